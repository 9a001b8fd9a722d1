/** One observation of a trend: its date, its count (or a gap), an optional range, status and note. */
import { parseIsoDate, type IsoDate } from '../../core/dates.js';
import { STATUSES, type Status, type TrendPoint } from '../../core/types.js';
import { checkKeys, got, has, isRecord, own, readCount, readRange, readString, type IssueList } from '../issues.js';
import { readOneOf } from '../read.js';

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

export const POINT_KEYS = ['date', 'value', 'low', 'high', 'status', 'note'] as const;

/** The required ISO date in field `key` of the record at `path` (a point's date, an annotation's date, from or to). */
export function readDate(raw: Record<string, unknown>, key: string, path: string, issues: IssueList): IsoDate | undefined {
  const v = own(raw, key);
  if (v === undefined) {
    issues.error(`${path}.${key}`, 'iDateRequired');
    return undefined;
  }
  const parsed = typeof v === 'string' ? parseIsoDate(v) : null;
  if (!parsed) issues.error(`${path}.${key}`, 'iDate', { got: got(v) });
  return parsed ?? undefined;
}

/** The point at `path`, with its parsed date; undefined (after recording why) when any field is in error. */
export function readPoint(raw: unknown, path: string, issues: IssueList): { point: TrendPoint; iso: IsoDate } | undefined {
  if (!isRecord(raw)) {
    issues.error(path, 'iPoint', { got: got(raw) });
    return undefined;
  }
  checkKeys(raw, POINT_KEYS, path, issues);
  const before = issues.items.length;
  const iso = readDate(raw, 'date', path, issues);
  let value: number | null | undefined = null;
  if (!has(raw, 'value')) {
    issues.error(`${path}.value`, 'iValueRequired');
  } else if (raw.value !== null) {
    value = readCount(raw.value, `${path}.value`, issues);
  }
  const { low, high } = readRange(raw, value, path, issues);
  // Absent fields need no path (most points have no status or note: no string built per point).
  const rawStatus = own(raw, 'status');
  const status = rawStatus === undefined ? null : readOneOf(rawStatus, STATUSES, `${path}.status`, issues);
  const rawNote = own(raw, 'note');
  const note = rawNote === undefined ? null : (readString(rawNote, `${path}.note`, issues, false) ?? null);
  if (!iso || (issues.items.length > before && issues.items.slice(before).some((i) => i.severity === 'error'))) return undefined;
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
