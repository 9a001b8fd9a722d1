/**
 * How a figure is drawn, by its status, in every element: `solid` (confirmed or
 * reported), `estimate` (dashed) and `unverified` (dotted). One vocabulary for
 * the trend's lines and bars and the comparison's bars, ranges and dots, so a
 * status looks the same wherever it is drawn and the styles name what they mean.
 */
import type { Status } from './types.js';

export type FigureStyle = 'solid' | 'estimate' | 'unverified';

/** A source's `no-figure` status draws no mark; it is solid here like any other. */
export function figureStyleOf(status: Status | 'no-figure' | null | undefined): FigureStyle {
  if (status === 'unverified') return 'unverified';
  if (status === 'estimate') return 'estimate';
  return 'solid';
}

const RANK: Record<FigureStyle, number> = { solid: 0, estimate: 1, unverified: 2 };

/** The weaker of two styles: a segment between an estimate and a confirmed figure is drawn as an estimate. */
export function weaker(a: FigureStyle, b: FigureStyle): FigureStyle {
  return RANK[a] >= RANK[b] ? a : b;
}
