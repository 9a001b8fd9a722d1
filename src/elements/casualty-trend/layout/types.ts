/**
 * The drawable model of <casualty-trend>: what the layout steps produce and
 * the element's templates read. Types only.
 */
import type { Box } from '../../../core/labels.js';
import type { FigureStyle } from '../../../core/figure-style.js';
import type { TrendMark } from '../../../core/describe.js';
import type { Annotation, Status, TrendData } from '../../../core/types.js';
import type { Strings } from '../../../i18n/messages.js';

export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];
/** A line's, band's or bar's style by status: the one vocabulary of core/figure-style.ts. */
export type LineStyle = FigureStyle;

export interface TrendModelInput {
  data: TrendData;
  annotations: readonly Annotation[];
  mark: TrendMark;
  width: number;
  locale: string;
  unit: string;
  /** Names what is counted in the "No figures for …" message when there is no unit. */
  heading?: string;
  /** The words of readouts and messages, in the element's language (English when absent). */
  text?: Strings | undefined;
}

export interface TextBlock {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
}

export interface Marker {
  x: number;
  y: number;
  hollow: boolean;
}

export interface Bar {
  x: number;
  y: number;
  w: number;
  h: number;
  style: LineStyle;
}

export interface SeriesModel {
  index: number;
  name: string;
  shape: MarkerShape;
  runs: { d: string; style: LineStyle }[];
  area: string | null;
  band: string | null;
  bandEdges: string | null;
  bars: Bar[];
  whiskers: { x: number; y1: number; y2: number; w: number }[];
  markers: Marker[];
  /** "No figure" marks on the baseline, one per run of gaps (null values and absent periods): from x1 to x2 (padded to a bar's width). */
  gaps: { x1: number; x2: number }[];
  label: TextBlock | null;
}

export type AnnotationModel =
  | { kind: 'event'; x: number; y1: number; y2: number; label: TextBlock | null; note: number | null }
  | { kind: 'period'; x: number; w: number; y1: number; y2: number; label: TextBlock | null; note: number | null }
  | { kind: 'point'; x: number; y: number; label: TextBlock | null; note: number | null; leader: [number, number, number, number] | null }
  | { kind: 'change'; x1: number; y1: number; x2: number; y2: number; label: TextBlock | null; note: number | null };

export interface NavPoint {
  x: number;
  /** Null for a point with no figure. */
  y: number | null;
  /** The readout; computed when read, so long series do not format every point up front. */
  readonly text: string;
}

export interface TrendModel {
  width: number;
  height: number;
  plot: Box;
  xTicks: { x: number; label: string; sub?: string; anchor: 'start' | 'middle' | 'end' }[];
  yTicks: { y: number; label: string }[];
  unitLabel: { x: number; y: number; text: string } | null;
  series: SeriesModel[];
  annotations: AnnotationModel[];
  /** Annotation texts that did not fit on the chart, shown numbered below it. */
  notes: { n: number; text: string }[];
  /** Statuses present in the data, for the key. */
  statuses: Status[];
  /** True when several series could not be labelled directly; a legend is shown instead. */
  legend: boolean;
  /** Points reachable by keyboard, per series, in date order. */
  nav: NavPoint[][];
  /** True when a "No figure" mark is drawn (the key explains it). */
  hasGaps: boolean;
  /** Every value is null: the message drawn in the plot instead of an empty count axis. */
  noFigures: TextBlock | null;
}
