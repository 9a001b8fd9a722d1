/**
 * ISO 8601 dates as the charts accept them: `2017`, `2017-05`, `2017-05-31`
 * and full timestamps (`2017-05-31T14:00Z`; without a zone, UTC is assumed so
 * that output never depends on the reader's time zone). All arithmetic is in
 * UTC milliseconds.
 */

export type Precision = 'year' | 'month' | 'day' | 'time';
export const INTERVALS = ['day', 'week', 'month', 'year'] as const;
export type Interval = (typeof INTERVALS)[number];

export interface IsoDate {
  /** UTC milliseconds of the start of the period the string names. */
  t: number;
  precision: Precision;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

const DAY = 86_400_000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month1: number): number {
  // Arithmetic, not a Date: this runs for every point of a long series.
  if (month1 === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month1 - 1] ?? new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/** The `n` digits of `text` from `from` as a number; -1 if one is not 0–9. */
function digits(text: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** A date of the calendar (month 1–12, day within the month) at midnight UTC, or null. */
function calendarDate(year: number, month: number, day: number, precision: Precision): IsoDate | null {
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { t: utc(year, month - 1, day), precision };
}

/** Parses a strict ISO date; returns null for anything else (`03/04/2017`, `2017-02-30`). */
export function parseIsoDate(text: string): IsoDate | null {
  // `2017-05-02` and `2017-05` read by hand: this runs for every point, and the regular
  // expression was the largest cost of parsing 5,000 points.
  const n = text.length;
  if ((n === 10 || n === 7) && text.charCodeAt(4) === 45 && (n === 7 || text.charCodeAt(7) === 45)) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = n === 10 ? digits(text, 8, 2) : 1;
    if (year >= 0 && month >= 0 && day >= 0) return calendarDate(year, month, day, n === 10 ? 'day' : 'month');
  }
  const m = ISO.exec(text);
  if (!m) return null;
  const year = +m[1]!;
  const month = m[2] === undefined ? 1 : +m[2];
  const day = m[3] === undefined ? 1 : +m[3];
  if (m[4] === undefined) return calendarDate(year, month, day, m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year');
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const hour = +m[4];
  const minute = +m[5]!;
  const second = m[6] === undefined ? 0 : +m[6];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const ms = m[7] === undefined ? 0 : Math.floor(+`0.${m[7]}` * 1000);
  let offset = 0;
  const zone = m[8];
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = +digits.slice(0, 2);
    const om = +digits.slice(2);
    if (oh > 23 || om > 59) return null;
    offset = sign * (oh * 60 + om) * 60_000;
  }
  return { t: utc(year, month - 1, day, hour, minute, second, ms) - offset, precision: 'time' };
}

function utc(y: number, m0: number, d = 1, h = 0, mi = 0, s = 0, ms = 0): number {
  if (y >= 100) return Date.UTC(y, m0, d, h, mi, s, ms);
  const date = new Date(0);
  // setUTCFullYear keeps years 0–99 literal, which Date.UTC would map to 1900s.
  date.setUTCFullYear(y, m0, d);
  date.setUTCHours(h, mi, s, ms);
  return date.getTime();
}

/** Start of the interval containing `t`. Weeks start on Monday (ISO). */
export function floorTo(t: number, interval: Interval): number {
  if (interval === 'day') return Math.floor(t / DAY) * DAY;
  const d = new Date(t);
  const y = d.getUTCFullYear();
  switch (interval) {
    case 'year':
      return utc(y, 0);
    case 'month':
      return utc(y, d.getUTCMonth());
    case 'week': {
      const day = Math.floor(t / DAY) * DAY;
      const weekday = (new Date(day).getUTCDay() + 6) % 7;
      return day - weekday * DAY;
    }
    default:
      return Math.floor(t / DAY) * DAY;
  }
}

/** Moves `t` by `n` intervals (months and years by calendar, days exactly). */
export function addInterval(t: number, interval: Interval, n: number): number {
  // Days and weeks are arithmetic: no Date for them (gap checks call this once a point).
  if (interval === 'day') return t + n * DAY;
  if (interval === 'week') return t + n * 7 * DAY;
  const d = new Date(t);
  switch (interval) {
    case 'year':
      return utc(d.getUTCFullYear() + n, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
    case 'month': {
      const y = d.getUTCFullYear();
      const m = d.getUTCMonth() + n;
      const ty = y + Math.floor(m / 12);
      const tm = ((m % 12) + 12) % 12;
      const day = Math.min(d.getUTCDate(), daysInMonth(ty, tm + 1));
      return utc(ty, tm, day, d.getUTCHours(), d.getUTCMinutes());
    }
  }
}

/**
 * The interval a series of dates was recorded at. Year-only or month-only
 * strings say it themselves; daily dates whose gaps are all whole weeks are
 * weekly; everything else is daily.
 */
export function inferInterval(dates: readonly IsoDate[]): Interval {
  if (dates.length === 0) return 'month';
  if (dates.every((d) => d.precision === 'year')) return 'year';
  if (dates.every((d) => d.precision === 'month')) return 'month';
  let ts = dates.map((d) => floorTo(d.t, 'day'));
  let ascending = true;
  for (let i = 1; i < ts.length && ascending; i++) ascending = ts[i]! > ts[i - 1]!;
  // Usually the dates come in order without repeats; otherwise sort the distinct days.
  if (!ascending) ts = [...new Set(ts)].sort((a, b) => a - b);
  if (ts.length < 2) return 'day';
  let weekly = true;
  for (let i = 1; i < ts.length; i++) {
    const gap = Math.round((ts[i]! - ts[i - 1]!) / DAY);
    if (gap % 7 !== 0) weekly = false;
  }
  return weekly ? 'week' : 'day';
}

/** Whole intervals between a and b (b ≥ a), by calendar for months and years. */
export function intervalsBetween(a: number, b: number, interval: Interval): number {
  const da = new Date(a);
  const db = new Date(b);
  switch (interval) {
    case 'year':
      return db.getUTCFullYear() - da.getUTCFullYear();
    case 'month':
      return (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + db.getUTCMonth() - da.getUTCMonth();
    case 'week':
      return Math.round((b - a) / (7 * DAY));
    default:
      return Math.round((b - a) / DAY);
  }
}
