/**
 * Periods absent from a series whose dates fall on a regular interval: a gap
 * in the line (as if given with "value": null), never a line drawn as if measured.
 */
import { addInterval, floorTo, intervalsBetween, type Interval } from '../../core/dates.js';
import type { MissingMode, TrendPoint, TrendSeries } from '../../core/types.js';
import { word, type IssueParam } from '../../i18n/issue-text.js';
import type { IssueList } from '../issues.js';
import { isoPeriod, periods } from './periods.js';
import type { InputIndex } from './series.js';

/**
 * Periods absent from a series whose dates fall on a regular interval. With
 * `gap`, each run of absent periods becomes one gap point (`value: null`,
 * `filled`: the run's length) so it breaks the line and reads "no figure",
 * like an explicit null; with `connect` the points stay as given. Returns the
 * points (the same array when nothing is absent: the usual, fast case), the
 * count of absent periods and the runs (start, length).
 */
export function fillMissing(
  points: readonly TrendPoint[],
  interval: Interval,
  mode: MissingMode,
): { points: readonly TrendPoint[]; missing: number; runs: [number, number][] } {
  /** Each run: first absent period, how many, and the index of the point after it. */
  const runs: { t: number; n: number; before: number }[] = [];
  let missing = 0;
  let prev = points.length ? floorTo(points[0]!.t, interval) : 0;
  for (let i = 1; i < points.length; i++) {
    const cur = floorTo(points[i]!.t, interval);
    const next = addInterval(prev, interval, 1);
    if (next < cur) {
      const n = intervalsBetween(prev, cur, interval) - 1;
      if (n > 0) {
        // Weeks keep the weekday of the data (a series of Wednesdays gets a Wednesday gap), other intervals their period start.
        runs.push({ t: interval === 'week' ? addInterval(floorTo(points[i - 1]!.t, 'day'), 'week', 1) : next, n, before: i });
        missing += n;
      }
    }
    prev = cur;
  }
  const pairs = runs.map((r): [number, number] => [r.t, r.n]);
  if (!runs.length || mode === 'connect') return { points, missing, runs: pairs };
  const out: TrendPoint[] = [];
  let from = 0;
  for (const run of runs) {
    for (let k = from; k < run.before; k++) out.push(points[k]!);
    out.push({ t: run.t, date: isoPeriod(run.t, interval), value: null, low: null, high: null, status: null, note: null, filled: run.n });
    from = run.before;
  }
  for (let k = from; k < points.length; k++) out.push(points[k]!);
  return { points: out, missing, runs: pairs };
}

/** "2017-03" for one period, "1900-02 to 2017-04" for a run. */
function runText([t, n]: [number, number], interval: Interval): IssueParam {
  return n === 1
    ? isoPeriod(t, interval)
    : word('iRun', { from: isoPeriod(t, interval), to: isoPeriod(addInterval(t, interval, n - 1), interval) });
}

/**
 * Counts each series' absent periods (`missing`) and, in `gap` mode, puts the
 * gap points in and warns once per series, naming the first three runs.
 */
export function markGaps(
  series: TrendSeries[],
  index: readonly InputIndex[],
  interval: Interval,
  mode: MissingMode,
  issues: IssueList,
): void {
  series.forEach((s, si) => {
    const filled = fillMissing(s.points, interval, mode);
    if (!filled.missing) return;
    s.missing = filled.missing;
    if (mode === 'connect') return;
    s.points = filled.points as TrendPoint[];
    const more = filled.runs.length > 3 ? word('iMoreRuns', { count: String(filled.runs.length - 3) }) : '';
    issues.warn(
      index[si]!.path,
      'iMissing',
      {
        count: filled.missing,
        periods: periods(filled.missing, interval),
        runs: filled.runs.slice(0, 3).map((run) => runText(run, interval)),
        more,
      },
      'xDrawnAsGaps',
    );
  });
}
