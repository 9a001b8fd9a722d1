/**
 * Reduction of a long series for drawing, so the cost of a chart grows with
 * its width in pixels, not with its number of points. Only what is drawn is
 * reduced: descriptions, computed figures, annotations, readouts and the data
 * table keep using every point.
 *
 * Method: min/max per pixel column, keeping the first and last point of each
 * column as well (the "M4" reduction). A line through those four points per
 * column covers exactly the pixels the full line covers, so a one-day spike is
 * never smoothed away (LTTB, which keeps one point per bucket chosen by area,
 * can drop the second of two nearby spikes; averaging drops both). Points are
 * grouped by column *and* by run: a new group starts at a gap (missing value),
 * where an uncertainty range starts or stops, or where the drawing style class
 * changes, so gaps stay gaps and style boundaries fall on the same points as
 * in the full data. Within a group every kept point carries the group's
 * envelope of low and high, so a band is never narrower than the data in it.
 */
import type { TrendPoint } from './types.js';

/** Reduce only beyond this many points per pixel column. */
export const POINTS_PER_COLUMN = 2;

export interface DecimateOptions {
  /** Pixel columns the series spans (the plot width). */
  columns: number;
  /** x position in px of a date. */
  x: (t: number) => number;
  /** Points with different classes (e.g. line styles) are never merged into one group. */
  styleClass?: (p: TrendPoint) => string;
  /** Bars: one point per group, the highest (a bar chart's outline is its maxima). */
  bars?: boolean;
}

/**
 * The points to draw: `points` itself when it has at most POINTS_PER_COLUMN
 * points per column, otherwise a subsequence (in date order) of at most four
 * points per group, as described above. Returned points are the input
 * objects, or copies whose only change is the envelope low/high.
 */
export function decimate(points: readonly TrendPoint[], o: DecimateOptions): readonly TrendPoint[] {
  const n = points.length;
  if (n <= Math.max(2, POINTS_PER_COLUMN * Math.max(1, o.columns))) return points;
  const out: TrendPoint[] = [];
  const cls = o.styleClass ?? (() => '');
  let i = 0;
  while (i < n) {
    const first = points[i]!;
    const col = Math.floor(o.x(first.t));
    const gap = first.value === null;
    const ranged = first.low !== null && first.high !== null;
    const style = cls(first);
    let minI = i;
    let maxI = i;
    let low = ranged ? first.low! : 0;
    let high = ranged ? first.high! : 0;
    let j = i + 1;
    for (; j < n; j++) {
      const p = points[j]!;
      if ((p.value === null) !== gap || (p.low !== null && p.high !== null) !== ranged || Math.floor(o.x(p.t)) !== col || cls(p) !== style)
        break;
      if (!gap) {
        if (p.value! < points[minI]!.value!) minI = j;
        if (p.value! > points[maxI]!.value!) maxI = j;
      }
      if (ranged) {
        if (p.low! < low) low = p.low!;
        if (p.high! > high) high = p.high!;
      }
    }
    const lastI = j - 1;
    const keep = o.bars ? [gap ? i : maxI] : gap ? [i, lastI] : [i, Math.min(minI, maxI), Math.max(minI, maxI), lastI];
    let prev = -1;
    for (const k of keep) {
      if (k === prev) continue;
      prev = k;
      const p = points[k]!;
      out.push(ranged && (p.low !== low || p.high !== high) ? { ...p, low, high } : p);
    }
    i = j;
  }
  return out;
}
