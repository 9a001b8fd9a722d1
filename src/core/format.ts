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

/** Decimal places a figure is shown with at most: more than any published count carries. */
export const FIGURE_DECIMALS = 6;

/** Decimal places in the shortest form of `value` (`0.04` → 2, `1e-7` → 7, `220` → 0). */
export function decimalsOf(value: number): number {
  const m = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(value)));
  if (!m) return 0;
  return Math.max(0, (m[1]?.length ?? 0) - Number(m[2] ?? 0));
}

const figureFormats = new Map<string, Intl.NumberFormat>();
const figureStrings = new Map<string, Map<number, string>>();

/** Strings kept per formatter, at most this many each (a page of many charts must not grow them without end). */
const MEMO_MAX = 5000;

/**
 * `make(value)`, remembered: an update of a long series formats the same dates and many of
 * the same figures again (table rows, ticks), and an Intl call costs ~50× a Map lookup.
 */
function memo(cache: Map<number, string>, value: number, make: (v: number) => string): string {
  let s = cache.get(value);
  if (s === undefined) {
    if (cache.size >= MEMO_MAX) cache.clear();
    cache.set(value, (s = make(value)));
  }
  return s;
}

/**
 * A figure as it was given: every decimal the editor wrote (`1234.56` →
 * "1,234.56", `0.333` → "0.333", `220` → "220"), up to FIGURE_DECIMALS places,
 * grouped in the locale's way. A non-zero figure is never shown as 0: one
 * smaller than the last place shown keeps two significant digits
 * (`0.00000012` → "0.00000012"). The one rule for table, readouts,
 * description, labels and axis (whose ticks are round numbers already).
 */
export function formatFigure(value: number, locale: string): string {
  // Zero is left out: the Map takes -0 for 0, and Intl writes them differently.
  if (value === 0) return figureString(value, locale);
  let cache = figureStrings.get(locale);
  if (!cache) figureStrings.set(locale, (cache = new Map()));
  return memo(cache, value, (v) => figureString(v, locale));
}

function figureString(value: number, locale: string): string {
  const decimals = decimalsOf(value);
  const tiny = value !== 0 && Math.abs(value) < 0.5 * 10 ** -FIGURE_DECIMALS;
  const key = `${locale}|${tiny ? 's' : Math.min(decimals, FIGURE_DECIMALS)}`;
  let f = figureFormats.get(key);
  if (!f) {
    f = numberFormat(locale, tiny ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: Math.min(decimals, FIGURE_DECIMALS) });
    figureFormats.set(key, f);
  }
  return f.format(value);
}

/**
 * A signed percentage such as "+400%" or "−12%" in the locale's own form. A
 * change that is not zero never reads as "0%" (+0.04% keeps its digit).
 */
export function formatChange(percent: number, locale: string): string {
  const size = Math.abs(percent);
  const digits: Intl.NumberFormatOptions =
    size >= 10 ? { maximumFractionDigits: 0 } : size >= 0.05 || size === 0 ? { maximumFractionDigits: 1 } : { maximumSignificantDigits: 1 };
  return numberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', ...digits }).format(percent / 100);
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

const periodFormats = new Map<string, { f: Intl.DateTimeFormat; strings: Map<number, string> }>();

/** Formats the period starting at `t` at the precision of `interval`. */
export function formatDate(t: number, interval: Interval, locale: string, style: DateStyle = 'short'): string {
  // Called for every table row and tick: a flat key instead of serialising the options each time.
  const key = `${locale}|${interval}|${style}`;
  let p = periodFormats.get(key);
  if (!p) periodFormats.set(key, (p = { f: dateFormat(locale, DATE_OPTIONS[interval][style]), strings: new Map() }));
  const { f } = p;
  return memo(p.strings, t, (v) => f.format(v));
}

export function formatYear(t: number, locale: string): string {
  return dateFormat(locale, { year: 'numeric' }).format(t);
}

/**
 * Joins items with the language's "and" (or "or"): the language of the
 * sentence around the list (`lang` of its catalogue), not of the numbers, so
 * an English sentence never gets an Arabic "و".
 */
export function formatList(items: readonly string[], lang = 'en', type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const key = `${lang}|${type}`;
  let f = listCache.get(key);
  if (!f) {
    f = new Intl.ListFormat(lang, { style: 'long', type });
    listCache.set(key, f);
  }
  return f.format(items);
}
