/** Small helpers every layout step shares: rounding, wrapped text boxes, status styles. */
import { textWidth, wrapText } from '../../../core/text.js';
import { FONT_SIZE, LINE_HEIGHT } from './constants.js';

/** Coordinates are rounded to 0.01 px: shorter paths, stable snapshots. */
export function r(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Wrapped text and its box; `weight` widens the estimate for bold text. */
export function block(text: string, maxWidth: number, weight = 1): { lines: string[]; w: number; h: number } {
  const size = FONT_SIZE * weight;
  const lines = wrapText(text, maxWidth, size);
  const w = Math.min(maxWidth, Math.max(0, ...lines.map((l) => textWidth(l, size))));
  return { lines, w: Math.ceil(w) + 2, h: lines.length * LINE_HEIGHT };
}
