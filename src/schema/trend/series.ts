/**
 * The series of a trend: the input's shape (a plain list of points, or
 * `{ series: [...] }`), the size caps, and each series read point by point,
 * with repeated dates reported and the points in date order.
 */
import type { Interval, IsoDate } from '../../core/dates.js';
import type { TrendPoint, TrendSeries } from '../../core/types.js';
import { checkKeys, got, has, isRecord, own, readString, type IssueList } from '../issues.js';
import { jsonProblem, JsonParseFailure } from '../json.js';
import { MAX_POINTS, MAX_SERIES, tooMany } from '../limits.js';
import { unitWord } from './periods.js';
import { readPoint, type TrendPointInput } from './points.js';

export interface TrendSeriesInput {
  name: string;
  points: TrendPointInput[];
}

export type TrendDataInput = TrendPointInput[] | { series: TrendSeriesInput[] };

export const SERIES_KEYS = ['name', 'points'] as const;

/** A series as found in the input, not yet read, with the paths its problems are reported at. */
export interface RawSeries {
  name: unknown;
  points: unknown;
  path: string;
  namePath: string;
}

/**
 * Where a series' kept points came from: the input index of each, so the
 * paths of messages are built only when there is something to say.
 */
export interface InputIndex {
  path: string;
  at: number[];
}

/** The path of the date of kept point `k` in the input. */
export const datePath = (index: InputIndex, k: number): string => `${index.path}[${index.at[k]}].date`;

/** The series in `input`: one named `defaultName` for a plain list of points; none (no error) for no input. */
export function listSeries(input: unknown, defaultName: string, issues: IssueList): RawSeries[] {
  // No data yet: an empty chart, not an error.
  if (input === undefined || input === null) return [];
  if (input instanceof JsonParseFailure) issues.error('data', ...jsonProblem(input));
  else if (Array.isArray(input)) return [{ name: defaultName, points: input, path: 'data', namePath: 'data' }];
  else if (isRecord(input) && has(input, 'series')) return listNamedSeries(input, issues);
  else issues.error('data', 'iDataShape', { got: got(input) });
  return [];
}

/** The entries of `{ series: [...] }` that are series, each with its paths. */
function listNamedSeries(input: Record<string, unknown>, issues: IssueList): RawSeries[] {
  checkKeys(input, ['series'], 'data', issues);
  const list = input.series;
  if (!Array.isArray(list)) {
    issues.error('data.series', 'iSeriesList', { got: got(list) });
    return [];
  }
  // Counted before any entry is read, so a list of millions costs a count, not a problem per entry.
  if (list.length > MAX_SERIES) {
    issues.error('data.series', ...tooMany(list.length, MAX_SERIES, 'iManySeries'));
    return [];
  }
  const out: RawSeries[] = [];
  list.forEach((s, i) => {
    const path = `data.series[${i}]`;
    if (!isRecord(s)) issues.error(path, 'iSeries', { got: got(s) });
    else {
      checkKeys(s, SERIES_KEYS, path, issues);
      out.push({ name: own(s, 'name'), points: own(s, 'points'), path: `${path}.points`, namePath: `${path}.name` });
    }
  });
  return out;
}

/** The cap on points in all series together, checked before the walk so an oversized input costs a count, not a parse. */
export function checkPointCap(raw: readonly RawSeries[], issues: IssueList): void {
  const total = raw.reduce((sum, s) => sum + (Array.isArray(s.points) ? s.points.length : 0), 0);
  if (total > MAX_POINTS) issues.error('data', ...tooMany(total, MAX_POINTS, 'iManyPoints'));
}

/** What the walk over all series carries from one series to the next. */
interface Walk {
  issues: IssueList;
  /** Each name seen, with its path (for the message about a repeat). */
  names: Map<string, string>;
  /** The dates of every point read, for inferring the interval. */
  dates: IsoDate[];
  /** The precision of the first point read; every other must have the same. */
  precision?: { p: IsoDate['precision']; path: string };
}

/** Every series read: its kept points in date order, where each came from in the input, and all dates read. */
export function readAllSeries(
  raw: readonly RawSeries[],
  issues: IssueList,
): { series: TrendSeries[]; index: InputIndex[]; dates: IsoDate[] } {
  const walk: Walk = { issues, names: new Map(), dates: [] };
  const series: TrendSeries[] = [];
  const index: InputIndex[] = [];
  for (const rs of raw) {
    const name = readName(rs, walk);
    if (!Array.isArray(rs.points)) {
      issues.error(rs.path, 'iPointList', { got: got(rs.points) });
      continue;
    }
    const read = readPoints(rs.points, rs.path, walk);
    const { points, at } = read.ascending ? read : dropRepeatsAndSort(read.points, read.at, rs.path, issues);
    index.push({ path: rs.path, at });
    series.push({ name: name ?? '', points });
  }
  return { series, index, dates: walk.dates };
}

/** A series' name: required, and used once. */
function readName(rs: RawSeries, walk: Walk): string | undefined {
  const name = readString(rs.name, rs.namePath, walk.issues, true);
  if (name !== undefined) {
    const first = walk.names.get(name);
    if (first) walk.issues.error(rs.namePath, 'iDupSeries', { name, first });
    else walk.names.set(name, rs.namePath);
  }
  return name;
}

/** The valid points of one series, with the input index of each and whether their dates already rise. */
function readPoints(list: readonly unknown[], path: string, walk: Walk): { points: TrendPoint[]; at: number[]; ascending: boolean } {
  const points: TrendPoint[] = [];
  const at: number[] = [];
  let ascending = true;
  list.forEach((raw, i) => {
    const at_ = `${path}[${i}]`;
    const read = readPoint(raw, at_, walk.issues);
    if (!read || !samePrecision(read.iso, at_, read.point.date, walk)) return;
    if (points.length && read.point.t <= points[points.length - 1]!.t) ascending = false;
    walk.dates.push(read.iso);
    points.push(read.point);
    at.push(i);
  });
  return { points, at, ascending };
}

/** Whether the date of the point at `point` has the precision of the first date read (a timestamp counts as a day); an error if not. */
function samePrecision(iso: IsoDate, point: string, date: string, walk: Walk): boolean {
  const p = iso.precision === 'time' ? 'day' : iso.precision;
  // The date's path is written only when needed: the first point's, or an error's.
  if (!walk.precision) walk.precision = { p, path: `${point}.date` };
  else if (walk.precision.p !== p) {
    walk.issues.error(`${point}.date`, 'iPrecision', {
      date,
      precision: unitWord(p),
      other: walk.precision.path,
      otherPrecision: unitWord(walk.precision.p as Interval),
    });
    return false;
  }
  return true;
}

/**
 * Points whose dates do not simply rise (the usual case, and the fast one, needs
 * no lookups and no sort): exact repeats are reported and left out, the rest sorted.
 */
function dropRepeatsAndSort(points: TrendPoint[], at: number[], path: string, issues: IssueList): { points: TrendPoint[]; at: number[] } {
  const seen = new Map<number, number>();
  const keep: number[] = [];
  points.forEach((point, k) => {
    const dup = seen.get(point.t);
    if (dup === undefined) {
      seen.set(point.t, at[k]!);
      keep.push(k);
    } else issues.error(`${path}[${at[k]}].date`, 'iDupDate', { date: point.date, other: `${path}[${dup}].date` });
  });
  keep.sort((a, b) => points[a]!.t - points[b]!.t);
  return { points: keep.map((k) => points[k]!), at: keep.map((k) => at[k]!) };
}
