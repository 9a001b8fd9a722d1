/** Where annotations may lie: at most one interval outside the data, since the time axis is never stretched further. */
import { addInterval, floorTo, intervalsBetween, type Interval } from '../../core/dates.js';
import type { TrendData } from '../../core/types.js';
import { word, type IssueWord } from '../../i18n/issue-text.js';
import { isoPeriod, periods } from './periods.js';

export interface Span {
  interval: Interval;
  /** The first and last date of the data (Infinity and -Infinity without data). */
  first: number;
  last: number;
  /** The first and last period an annotation may reach (unbounded without data). */
  lo: number;
  hi: number;
}

export function dataSpan(data: TrendData): Span {
  const iv = data.interval;
  let first = Infinity;
  let last = -Infinity;
  for (const s of data.series) {
    if (!s.points.length) continue;
    first = Math.min(first, s.points[0]!.t);
    last = Math.max(last, s.points[s.points.length - 1]!.t);
  }
  const hasDates = first <= last;
  const lo = hasDates ? addInterval(floorTo(first, iv), iv, -1) : -Infinity;
  const hi = hasDates ? addInterval(floorTo(last, iv), iv, 1) : Infinity;
  return { interval: iv, first, last, lo, hi };
}

/** How far `t`, outside the span, lies from the data: "3 months before 2017-01", as a message parameter. */
export function beyond(span: Span, t: number): IssueWord {
  const { interval: iv, first, last } = span;
  const f = floorTo(t, iv);
  const n = f < span.lo ? intervalsBetween(f, floorTo(first, iv), iv) : intervalsBetween(floorTo(last, iv), f, iv);
  return f < span.lo
    ? word('iBefore', { periods: periods(n, iv), date: isoPeriod(first, iv) })
    : word('iAfter', { periods: periods(n, iv), date: isoPeriod(last, iv) });
}
