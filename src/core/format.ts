/**
 * Locale-aware formatting through Intl, with one cached formatter per
 * locale and option set (constructing Intl formatters is the slow part).
 * Dates are always formatted in UTC so every reader sees the same label.
 */
import type { Interval } from './dates.js';

const numberCache = new Map<string, Intl.NumberFormat>();
const dateCache = new Map<string, Intl.DateTimeFormat>();
const listCache = new Map<string, Intl.ListFormat>();

/** A valid BCP 47 tag for `input`, or the fallback when it is missing or malformed. */
export function resolveLocale(input: string | null | undefined, fallback = 'en'): string {
  if (!input) return fallback;
  try {
    const [tag] = Intl.getCanonicalLocales(input);
    return tag ?? fallback;
  } catch {
    return fallback;
  }
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    numberCache.set(key, f);
  }
  return f;
}

const plainNumbers = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: string, maximumFractionDigits = 1): string {
  // Called for every table cell and tick: skip building and serialising an options key.
  const key = `${locale}|${maximumFractionDigits}`;
  let f = plainNumbers.get(key);
  if (!f) plainNumbers.set(key, (f = numberFormat(locale, { maximumFractionDigits })));
  return f.format(value);
}

/** A signed percentage such as "+400%" or "−12%" in the locale's own form. */
export function formatChange(percent: number, locale: string): string {
  const digits = Math.abs(percent) >= 10 ? 0 : 1;
  return numberFormat(locale, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: digits,
  }).format(percent / 100);
}

export type DateStyle = 'tick' | 'short' | 'long';

const DATE_OPTIONS: Record<Interval, Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  year: {
    tick: { year: 'numeric' },
    short: { year: 'numeric' },
    long: { year: 'numeric' },
  },
  month: {
    tick: { month: 'short' },
    short: { month: 'short', year: 'numeric' },
    long: { month: 'long', year: 'numeric' },
  },
  week: {
    tick: { month: 'short', day: 'numeric' },
    short: { day: 'numeric', month: 'short', year: 'numeric' },
    long: { day: 'numeric', month: 'long', year: 'numeric' },
  },
  day: {
    tick: { month: 'short', day: 'numeric' },
    short: { day: 'numeric', month: 'short', year: 'numeric' },
    long: { day: 'numeric', month: 'long', year: 'numeric' },
  },
};

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    dateCache.set(key, f);
  }
  return f;
}

const periodFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats the period starting at `t` at the precision of `interval`. */
export function formatDate(t: number, interval: Interval, locale: string, style: DateStyle = 'short'): string {
  // Called for every table row and tick: a flat key instead of serialising the options each time.
  const key = `${locale}|${interval}|${style}`;
  let f = periodFormats.get(key);
  if (!f) periodFormats.set(key, (f = dateFormat(locale, DATE_OPTIONS[interval][style])));
  return f.format(t);
}

export function formatYear(t: number, locale: string): string {
  return dateFormat(locale, { year: 'numeric' }).format(t);
}

/**
 * Joins items with "and". The sentences around it are English (the UI text
 * is not translated yet), so the conjunction is English too, whatever the
 * locale of the numbers and dates: no Arabic "و" inside an English sentence.
 */
export function formatList(items: readonly string[]): string {
  let f = listCache.get('en');
  if (!f) {
    f = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
    listCache.set('en', f);
  }
  return f.format(items);
}
