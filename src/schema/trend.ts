/**
 * Input contract of <casualty-trend>: the data (points or several series) and
 * the annotations. Parsing collects every problem with its path and returns a
 * normalised, sorted, validated model; nothing is dropped silently.
 */
import { percentChange } from '../core/change.js';
import type { ClaimTarget } from '../core/claims.js';
import {
  addInterval,
  floorTo,
  inferInterval,
  INTERVALS,
  intervalsBetween,
  parseIsoDate,
  type Interval,
  type IsoDate,
} from '../core/dates.js';
import { word, type IssueParam, type IssueWord } from '../i18n/issue-text.js';
import type { Key } from '../i18n/messages.js';
import { checkKeys, got, has, isRecord, IssueList, own, readCount, readRange, readString, type Parsed } from './issues.js';
import { jsonProblem, JsonParseFailure } from './json.js';
import { MAX_ANNOTATIONS, MAX_POINTS, MAX_SERIES, tooMany } from './limits.js';
import {
  STATUSES,
  type Annotation,
  type LabelChecker,
  type LabelClaim,
  type MissingMode,
  type Status,
  type TrendData,
  type TrendPoint,
  type TrendSeries,
} from '../core/types.js';
export { MISSING_MODES, STATUSES } from '../core/types.js';
export type { Annotation, LabelChecker, LabelClaim, MissingMode, Status, TrendData, TrendPoint, TrendSeries } from '../core/types.js';

/** One observation as an editor writes it. */
export interface TrendPointInput {
  /** ISO date: `2017`, `2017-05`, `2017-05-31` or a timestamp. */
  date: string;
  /** The count; `null` is a gap (no figure), never zero. */
  value: number | null;
  low?: number;
  high?: number;
  status?: Status;
  note?: string;
}

export interface TrendSeriesInput {
  name: string;
  points: TrendPointInput[];
}

export type TrendDataInput = TrendPointInput[] | { series: TrendSeriesInput[] };

export type AnnotationInput =
  | { type: 'point'; date: string; label: string; series?: string; check?: boolean }
  | { type: 'change'; from: string; to: string; series?: string; label?: string; check?: boolean }
  | { type: 'event'; date: string; label: string; check?: boolean }
  | { type: 'period'; from: string; to: string; label?: string; check?: boolean };

export const POINT_KEYS = ['date', 'value', 'low', 'high', 'status', 'note'] as const;
export const SERIES_KEYS = ['name', 'points'] as const;

function readDate(v: unknown, path: string, issues: IssueList): IsoDate | undefined {
  if (v === undefined) {
    issues.error(path, 'iDateRequired');
    return undefined;
  }
  const parsed = typeof v === 'string' ? parseIsoDate(v) : null;
  if (!parsed) issues.error(path, 'iDate', { got: got(v) });
  return parsed ?? undefined;
}

function readPoint(raw: unknown, path: string, issues: IssueList): { point: TrendPoint; iso: IsoDate } | undefined {
  if (!isRecord(raw)) {
    issues.error(path, 'iPoint', { got: got(raw) });
    return undefined;
  }
  checkKeys(raw, POINT_KEYS, path, issues);
  const before = issues.items.length;
  const iso = readDate(own(raw, 'date'), `${path}.date`, issues);
  let value: number | null | undefined = null;
  if (!has(raw, 'value')) {
    issues.error(`${path}.value`, 'iValueRequired');
  } else if (raw.value !== null) {
    value = readCount(raw.value, `${path}.value`, issues);
  }
  const { low, high } = readRange(raw, value, path, issues);
  let status: Status | null = null;
  const rawStatus = own(raw, 'status');
  if (rawStatus !== undefined && rawStatus !== null) {
    if (typeof rawStatus === 'string' && (STATUSES as readonly string[]).includes(rawStatus)) status = rawStatus as Status;
    else issues.error(`${path}.status`, 'iOneOf', { list: STATUSES.join(', '), got: got(rawStatus) });
  }
  const note = readString(own(raw, 'note'), `${path}.note`, issues, false) ?? null;
  if (issues.items.slice(before).some((i) => i.severity === 'error') || !iso) return undefined;
  return {
    iso,
    point: {
      t: iso.t,
      date: raw.date as string,
      value: value ?? null,
      low,
      high,
      status,
      note,
    },
  };
}

/** The ISO form of a period start at the precision of `interval`: "2017-03", "2017", "2017-03-06". */
export function isoPeriod(t: number, interval: Interval): string {
  const iso = new Date(t).toISOString();
  const year = iso.startsWith('+') || iso.startsWith('-') ? iso.slice(0, 7) : iso.slice(0, 4);
  const rest = iso.slice(year.length);
  return interval === 'year' ? year : interval === 'month' ? year + rest.slice(0, 3) : year + rest.slice(0, 6);
}

/** The name of an interval (or a date's precision) inside a message. */
const UNIT_WORD: Record<Interval, Key> = { day: 'iDay', week: 'iWeek', month: 'iMonth', year: 'iYear' };
const PERIODS: Record<Interval, Key> = { day: 'days', week: 'weeks', month: 'months', year: 'years' };
/** "3 months", as a message parameter (the count as written in the English message: 1407, not 1,407). */
const periods = (count: number, iv: Interval): IssueWord => word(PERIODS[iv], { count: String(count) });

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
 * Validates `data` (and an optional `interval`). `defaultName` names the
 * series when data is a plain list of points. `missing` says what a period
 * absent from the data is (see fillMissing).
 */
export function parseTrendData(
  input: unknown,
  interval?: unknown,
  defaultName = 'Values',
  missing: MissingMode = 'gap',
): Parsed<TrendData> {
  const issues = new IssueList();
  const rawSeries: { name: unknown; points: unknown; path: string; namePath: string }[] = [];
  if (input instanceof JsonParseFailure) {
    issues.error('data', ...jsonProblem(input));
  } else if (input === undefined || input === null) {
    // No data yet: an empty chart, not an error.
  } else if (Array.isArray(input)) {
    rawSeries.push({ name: defaultName, points: input, path: 'data', namePath: 'data' });
  } else if (isRecord(input) && has(input, 'series')) {
    checkKeys(input, ['series'], 'data', issues);
    const list = input.series;
    if (!Array.isArray(list)) {
      issues.error('data.series', 'iSeriesList', { got: got(list) });
    } else {
      list.forEach((s, i) => {
        const path = `data.series[${i}]`;
        if (!isRecord(s)) {
          issues.error(path, 'iSeries', { got: got(s) });
          return;
        }
        checkKeys(s, SERIES_KEYS, path, issues);
        rawSeries.push({ name: own(s, 'name'), points: own(s, 'points'), path: `${path}.points`, namePath: `${path}.name` });
      });
    }
  } else {
    issues.error('data', 'iDataShape', { got: got(input) });
  }

  // Caps before the walk, so an oversized input costs a count, not a parse.
  const total = rawSeries.reduce((sum, s) => sum + (Array.isArray(s.points) ? s.points.length : 0), 0);
  if (rawSeries.length > MAX_SERIES) issues.error('data.series', ...tooMany(rawSeries.length, MAX_SERIES, 'iManySeries'));
  if (total > MAX_POINTS) issues.error('data', ...tooMany(total, MAX_POINTS, 'iManyPoints'));
  if (issues.hasErrors) return issues.result({ series: [], interval: 'day' as Interval });

  const series: TrendSeries[] = [];
  /** Per series, the input index of each kept point: paths for messages are built only when there is something to say. */
  const inputIndex: { path: string; at: number[] }[] = [];
  const datePath = (si: number, k: number) => `${inputIndex[si]!.path}[${inputIndex[si]!.at[k]}].date`;
  const allDates: IsoDate[] = [];
  const seenNames = new Map<string, string>();
  let precision: { p: IsoDate['precision']; path: string } | undefined;
  for (const rs of rawSeries) {
    const name = readString(rs.name, rs.namePath, issues, true);
    if (name !== undefined) {
      const first = seenNames.get(name);
      if (first) issues.error(rs.namePath, 'iDupSeries', { name, first });
      else seenNames.set(name, rs.namePath);
    }
    if (!Array.isArray(rs.points)) {
      issues.error(rs.path, 'iPointList', { got: got(rs.points) });
      continue;
    }
    let points: TrendPoint[] = [];
    let at: number[] = [];
    let ascending = true;
    rs.points.forEach((raw, i) => {
      const path = `${rs.path}[${i}]`;
      const read = readPoint(raw, path, issues);
      if (!read) return;
      const { point, iso } = read;
      const p = iso.precision === 'time' ? 'day' : iso.precision;
      if (!precision) precision = { p, path: `${path}.date` };
      else if (precision.p !== p) {
        issues.error(`${path}.date`, 'iPrecision', {
          date: point.date,
          precision: word(UNIT_WORD[p]),
          other: precision.path,
          otherPrecision: word(UNIT_WORD[precision.p as Interval]),
        });
        return;
      }
      if (points.length && point.t <= points[points.length - 1]!.t) ascending = false;
      allDates.push(iso);
      points.push(point);
      at.push(i);
    });
    // Dates in order without repeats (the usual case, and the fast one: no lookups, no sort).
    // Otherwise report exact duplicates (and leave them out), then sort.
    if (!ascending) {
      const seen = new Map<number, number>();
      const keep: number[] = [];
      points.forEach((point, k) => {
        const dup = seen.get(point.t);
        if (dup === undefined) {
          seen.set(point.t, at[k]!);
          keep.push(k);
        } else issues.error(`${rs.path}[${at[k]}].date`, 'iDupDate', { date: point.date, other: `${rs.path}[${dup}].date` });
      });
      keep.sort((a, b) => points[a]!.t - points[b]!.t);
      at = keep.map((k) => at[k]!);
      points = keep.map((k) => points[k]!);
    }
    inputIndex.push({ path: rs.path, at });
    series.push({ name: name ?? '', points });
  }

  let resolved: Interval = inferInterval(allDates);
  if (interval !== undefined && interval !== null && interval !== '') {
    if (typeof interval === 'string' && (INTERVALS as readonly string[]).includes(interval)) resolved = interval as Interval;
    else issues.error('interval', 'iOneOf', { list: INTERVALS.join(', '), got: got(interval) });
  }
  // Two timestamps on the same day (or in the same month, for a monthly chart) would
  // draw on one spot and read as the same date: an error, like an exact duplicate.
  series.forEach((s, si) => {
    for (let i = 1; i < s.points.length; i++) {
      const a = s.points[i - 1]!;
      const b = s.points[i]!;
      if (floorTo(a.t, resolved) === floorTo(b.t, resolved)) {
        issues.error(datePath(si, i), 'iSameInterval', { interval: word(UNIT_WORD[resolved]), other: datePath(si, i - 1), date: a.date });
      }
    }
  });
  if (issues.hasErrors) return issues.result({ series, interval: resolved, missing });
  // A period absent from the data is a gap, as if given with "value": null: never a line drawn as if measured.
  series.forEach((s, si) => {
    const filled = fillMissing(s.points, resolved, missing);
    if (!filled.missing) return;
    s.missing = filled.missing;
    if (missing === 'connect') return;
    s.points = filled.points as TrendPoint[];
    const more = filled.runs.length > 3 ? word('iMoreRuns', { count: String(filled.runs.length - 3) }) : '';
    issues.warn(
      inputIndex[si]!.path,
      'iMissing',
      {
        count: filled.missing,
        periods: periods(filled.missing, resolved),
        runs: filled.runs.slice(0, 3).map((run) => runText(run, resolved)),
        more,
      },
      'xDrawnAsGaps',
    );
  });
  return issues.result({ series, interval: resolved, missing });
}

export const ANNOTATION_KEYS: Record<AnnotationInput['type'], readonly string[]> = {
  point: ['type', 'date', 'label', 'series', 'check'],
  change: ['type', 'from', 'to', 'series', 'label', 'check'],
  event: ['type', 'date', 'label', 'check'],
  period: ['type', 'from', 'to', 'label', 'check'],
};

/** What an element shows in place of a label the data contradicts (the `instead` of its warning). */
const INSTEAD: Record<'point' | 'change' | 'period', Key> = { point: 'xPoint', change: 'xChange', period: 'xPeriod' };

/**
 * Validates annotations against already-parsed data (dates must exist where a
 * value is needed) and checks each label's claims with `checker`
 * (docs/claims.md): `undefined` while the checker is loading (labels to check
 * are `pending`), `null` when it could not be loaded (they are withheld).
 */
export function parseAnnotations(input: unknown, data: TrendData, checker?: LabelChecker | null): Parsed<Annotation[]> {
  const issues = new IssueList();
  const out: Annotation[] = [];
  /** Where `label` stands against `target`; every claim the data contradicts is a warning on the label's path. */
  const verify = (
    label: string | null,
    target: ClaimTarget,
    path: string,
    check: boolean,
    kind: keyof typeof INSTEAD,
  ): LabelClaim | undefined => {
    if (label === null || !check) return undefined;
    if (checker === undefined) return 'pending';
    if (checker === null) {
      issues.warn(`${path}.label`, 'iNoChecker', {}, INSTEAD[kind]);
      return 'replaced';
    }
    const wrong = checker(label, target).filter((v) => !v.holds);
    for (const v of wrong) issues.warn(`${path}.label`, 'iClaim', { says: v.says, text: v.text, computed: v.computed }, INSTEAD[kind]);
    return wrong.length ? 'replaced' : undefined;
  };
  if (input instanceof JsonParseFailure) {
    issues.error('annotations', ...jsonProblem(input));
    return issues.result(out);
  }
  if (input === undefined || input === null) return issues.result(out);
  if (!Array.isArray(input)) {
    issues.error('annotations', 'iAnnotationList', { got: got(input) });
    return issues.result(out);
  }
  if (input.length > MAX_ANNOTATIONS) {
    issues.error('annotations', ...tooMany(input.length, MAX_ANNOTATIONS, 'iManyAnnotations'));
    return issues.result(out);
  }
  /** The point at `t`: with a figure, or (`rangeOk`) a range-only figure; otherwise an error. */
  const pointAt = (series: number, t: number, path: string, rangeOk: boolean): TrendPoint | undefined => {
    const s = data.series[series];
    const key = floorTo(t, data.interval);
    const p = s?.points.find((pt) => floorTo(pt.t, data.interval) === key);
    const ranged = p !== undefined && p.low !== null && p.high !== null;
    if (!p || (p.value === null && !(rangeOk && ranged))) {
      const named = s && data.series.length > 1;
      if (named) issues.error(path, ranged ? 'iOnlyRangeSeries' : 'iNoValueSeries', { name: s.name });
      else issues.error(path, ranged ? 'iOnlyRange' : 'iNoValue');
      return undefined;
    }
    return p;
  };
  // Annotations may lie at most one interval outside the data: the time axis is never stretched further.
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
  const interval = word(UNIT_WORD[iv]);
  const beyond = (t: number): IssueWord => {
    const f = floorTo(t, iv);
    const n = f < lo ? intervalsBetween(f, floorTo(first, iv), iv) : intervalsBetween(floorTo(last, iv), f, iv);
    return f < lo
      ? word('iBefore', { periods: periods(n, iv), date: isoPeriod(first, iv) })
      : word('iAfter', { periods: periods(n, iv), date: isoPeriod(last, iv) });
  };
  input.forEach((raw, i) => {
    const path = `annotations[${i}]`;
    if (!isRecord(raw)) {
      issues.error(path, 'iAnnotation', { got: got(raw) });
      return;
    }
    const type = own(raw, 'type');
    if (typeof type !== 'string' || !has(ANNOTATION_KEYS, type)) {
      issues.error(`${path}.type`, 'iOneOf', { list: 'point, change, event, period', got: got(type) });
      return;
    }
    const kind = type as AnnotationInput['type'];
    checkKeys(raw, ANNOTATION_KEYS[kind], path, issues);
    const needsLabel = kind === 'point' || kind === 'event';
    const label = readString(own(raw, 'label'), `${path}.label`, issues, needsLabel) ?? null;
    // "check": false keeps a label as written, for claims about what the chart does not show.
    const rawCheck = own(raw, 'check');
    const check = rawCheck !== false;
    if (rawCheck !== undefined && typeof rawCheck !== 'boolean') {
      issues.warn(`${path}.check`, 'iBoolean', { got: got(rawCheck) }, 'xChecked');
    }
    let series = 0;
    if ((kind === 'point' || kind === 'change') && own(raw, 'series') === undefined && data.series.length > 1) {
      // Which series a figure belongs to is never guessed.
      issues.warn(path, 'iNoSeriesNamed', { count: String(data.series.length), names: data.series.map((s) => `"${s.name}"`) }, 'xNotDrawn');
      return;
    }
    if ((kind === 'point' || kind === 'change') && own(raw, 'series') !== undefined) {
      const name = own(raw, 'series');
      const idx = data.series.findIndex((s) => s.name === name);
      if (idx < 0) {
        issues.error(`${path}.series`, 'iNoSuchSeries', { got: got(name), names: data.series.map((s) => `"${s.name}"`) });
        return;
      }
      series = idx;
    }
    if (kind === 'point' || kind === 'event') {
      const d = readDate(own(raw, 'date'), `${path}.date`, issues);
      if (!d || (needsLabel && label === null)) return;
      if (kind === 'event') {
        const f = floorTo(d.t, iv);
        if (f < lo || f > hi) {
          issues.warn(path, 'iDateBeyond', { date: got(own(raw, 'date')), beyond: beyond(d.t), interval }, 'xNotDrawn');
          return;
        }
        out.push({ type: 'event', t: d.t, label: label! });
        return;
      }
      const p = pointAt(series, d.t, `${path}.date`, true);
      if (!p) return;
      const claim = verify(label, { kind: 'value', value: p.value, low: p.low, high: p.high }, path, check, 'point');
      out.push({
        type: 'point',
        t: floorTo(d.t, data.interval),
        label: label!,
        series,
        value: p.value,
        low: p.low,
        high: p.high,
        ...(claim ? { claim } : {}),
      });
      return;
    }
    const from = readDate(own(raw, 'from'), `${path}.from`, issues);
    const to = readDate(own(raw, 'to'), `${path}.to`, issues);
    if (!from || !to) return;
    if (from.t >= to.t) {
      issues.error(`${path}.to`, 'iToLater');
      return;
    }
    /** A period's label is checked against the figures inside it, when they belong to one series (with several, a number cannot be tied to one). */
    const period = (a: number, b: number): Annotation => {
      const only = data.series.length === 1 ? data.series[0]! : null;
      const values = only
        ? only.points
            .filter((p) => floorTo(p.t, iv) >= floorTo(a, iv) && floorTo(p.t, iv) <= floorTo(b, iv) && p.value !== null)
            .map((p) => p.value!)
        : [];
      const claim = only ? verify(label, { kind: 'period', values }, path, check, 'period') : undefined;
      return { type: 'period', from: a, to: b, label, ...(claim ? { claim } : {}) };
    };
    if (kind === 'period') {
      const f0 = floorTo(from.t, iv);
      const f1 = floorTo(to.t, iv);
      if (f1 < lo || f0 > hi) {
        issues.warn(
          path,
          'iPeriodBeyond',
          { from: got(own(raw, 'from')), to: got(own(raw, 'to')), beyond: beyond(f1 < lo ? to.t : from.t), interval },
          'xNotDrawn',
        );
        return;
      }
      if (f0 < lo || f1 > hi) {
        const a = Math.max(f0, lo);
        const b = Math.min(f1, hi);
        issues.warn(
          path,
          'iPeriodReaches',
          { from: got(own(raw, 'from')), to: got(own(raw, 'to')), beyond: beyond(f0 < lo ? from.t : to.t), interval },
          ['xDrawnFrom', { from: isoPeriod(a, iv), to: isoPeriod(b, iv) }],
        );
        out.push(period(a, b));
        return;
      }
      out.push(period(from.t, to.t));
      return;
    }
    const fromPoint = pointAt(series, from.t, `${path}.from`, false);
    const toPoint = pointAt(series, to.t, `${path}.to`, false);
    if (fromPoint?.value == null || toPoint?.value == null) return;
    const fromValue = fromPoint.value;
    const toValue = toPoint.value;
    const change = percentChange(fromValue, toValue);
    if (label !== null && change === null && label.includes('{change}')) {
      issues.warn(`${path}.label`, 'iChangeZero', { to: String(toValue) });
    }
    const claim = verify(label, { kind: 'change', from: fromValue, to: toValue }, path, check, 'change');
    out.push({
      type: 'change',
      from: floorTo(from.t, data.interval),
      to: floorTo(to.t, data.interval),
      series,
      fromValue,
      toValue,
      fromStatus: fromPoint.status,
      toStatus: toPoint.status,
      change,
      label,
      ...(claim ? { claim } : {}),
    });
  });
  return issues.result(out);
}
