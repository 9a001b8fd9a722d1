/** Step 1: the extents. Dates of the data and the annotations; counts from values and highs. */
import { addInterval } from '../../../core/dates.js';
import type { TrendMark } from '../../../core/describe.js';
import type { Annotation, TrendData } from '../../../core/types.js';

export interface Extent {
  /** First and last date of data and annotations (ms). */
  t0: number;
  t1: number;
  /** The x domain: the dates, widened by half a period each side for bars or a single date. */
  d0: number;
  d1: number;
  /** Highest value or high of a range (0 when none). */
  max: number;
}

export function extent(data: TrendData, annotations: readonly Annotation[], mark: TrendMark): Extent {
  let t0 = Infinity;
  let t1 = -Infinity;
  let max = 0;
  for (const s of data.series) {
    for (const p of s.points) {
      t0 = Math.min(t0, p.t);
      t1 = Math.max(t1, p.t);
      max = Math.max(max, p.value ?? 0, p.high ?? 0);
    }
  }
  for (const a of annotations) {
    const ts = a.type === 'event' || a.type === 'point' ? [a.t] : [a.from, a.to];
    for (const t of ts) {
      t0 = Math.min(t0, t);
      t1 = Math.max(t1, t);
    }
  }
  if (!Number.isFinite(t0)) {
    t0 = Date.UTC(2000, 0, 1);
    t1 = t0;
  }
  let d0 = t0;
  let d1 = t1;
  if (mark === 'bar' || t0 === t1) {
    // Bars are centred on their period start; half a period of room either side.
    d0 = (t0 + addInterval(t0, data.interval, -1)) / 2;
    d1 = (t1 + addInterval(t1, data.interval, 1)) / 2;
  }
  return { t0, t1, d0, d1, max };
}
