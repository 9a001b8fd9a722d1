/**
 * Pure logic of <source-comparison>: sorting, range text, ratios against a
 * reference source written as words ("11 times", "a third of"), and the long
 * description read by screen readers.
 */
import type { Source } from './types.js';
import { capitalise, listLang, msg, textFor, type Key, type Strings } from '../i18n/messages.js';
import { kindWord, statusWord } from './describe.js';
import { formatDate, formatFigure, formatList, formatNumber } from './format.js';

export type SortMode = 'value' | 'name' | 'none';

/** The central figure: the value, or the middle of the range; null for no figure. */
export function central(s: Source): number | null {
  if (s.value !== null) return s.value;
  if (s.low !== null && s.high !== null) return (s.low + s.high) / 2;
  return null;
}

/** The largest number a source states (its high end or value). */
export function upper(s: Source): number | null {
  return s.high ?? s.value;
}

/**
 * Sorted copy. `value`: descending by central figure, sources with no figure
 * last; `name`: by name in the locale's order; `none`: as given.
 */
export function sortSources(sources: readonly Source[], mode: SortMode, locale: string): Source[] {
  const list = [...sources];
  if (mode === 'none') return list.sort((a, b) => a.order - b.order);
  if (mode === 'name') {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    return list.sort((a, b) => collator.compare(a.name, b.name) || a.order - b.order);
  }
  return list.sort((a, b) => {
    const ca = central(a);
    const cb = central(b);
    if (ca === null || cb === null) return (ca === null ? 1 : 0) - (cb === null ? 1 : 0) || a.order - b.order;
    return cb - ca || a.order - b.order;
  });
}

/** True when the source gives a range whose ends differ. */
export function hasRange(s: Source): boolean {
  return s.low !== null && s.high !== null && s.low !== s.high;
}

/** A range-only figure: low and high given (and different), no central value. Drawn and read without a central mark. */
export function rangeOnly(s: Source): boolean {
  return !s.noFigure && s.value === null && hasRange(s);
}

/** "220", "220–300", "250 (220–300)", or "no figure released". */
export function figureText(s: Source, locale: string, text?: Strings): string {
  const n = (v: number) => formatFigure(v, locale);
  if (s.noFigure) return msg(textFor(locale, text), 'noFigureReleasedCell');
  if (s.low !== null && s.high !== null) {
    const range = s.low === s.high ? n(s.low) : `${n(s.low)}–${n(s.high)}`;
    return s.value !== null && (s.value !== s.low || s.value !== s.high)
      ? msg(textFor(locale, text), 'paren', { text: n(s.value), detail: range })
      : range;
  }
  return n(s.value!);
}

/** The same figure read as words: "between 220 and 300", "220". */
export function figureWords(s: Source, locale: string, unit = '', text?: Strings): string {
  const t = textFor(locale, text);
  const n = (v: number) => formatFigure(v, locale);
  const u = (v: number) => (unit ? msg(t, 'count', { n: n(v), unit }) : n(v));
  if (s.noFigure) return msg(t, 'noFigureReleasedCell');
  if (hasRange(s)) {
    const range = msg(t, 'between', { low: n(s.low!), high: u(s.high!) });
    return s.value !== null ? msg(t, 'valueThenRange', { value: u(s.value), range }) : range;
  }
  return u(s.value ?? s.low!);
}

const FRACTIONS: [number, Key][] = [
  [1 / 4, 'ratioQuarter'],
  [1 / 3, 'ratioThird'],
  [1 / 2, 'ratioHalf'],
  [2 / 3, 'ratioTwoThirds'],
  [3 / 4, 'ratioThreeQuarters'],
];

/**
 * A ratio of two single figures as words that precede the thing compared
 * with: "11 times", "40% more than", "a third of". Rounded to the nearest;
 * a ratio above zero never reads as 0% ("under 1% of").
 */
export function ratioPhrase(r: number, locale: string, text?: Strings): string {
  if (!Number.isFinite(r) || r < 0) return '';
  const t = textFor(locale, text);
  if (r >= 1.95) return msg(t, 'ratioTimes', { n: formatNumber(r, locale, r < 10 ? 1 : 0), count: r });
  if (r >= 1.05) return msg(t, 'ratioMore', { n: formatNumber(Math.round((r - 1) * 100), locale) });
  if (r > 0.95) return msg(t, 'ratioSame');
  for (const [f, key] of FRACTIONS) if (Math.abs(r - f) / f < 0.03) return msg(t, key);
  if (r === 0) return msg(t, 'ratioOf', { n: formatNumber(0, locale) });
  if (r < 0.005) return msg(t, 'ratioUnder1');
  return msg(t, 'ratioOf', { n: formatNumber(Math.round(r * 100), locale) });
}

/** `v` rounded down (`dir` -1) or up (+1) to `digits` decimals. */
function roundTo(v: number, digits: number, dir: -1 | 1): number {
  const f = 10 ** digits;
  // The 1e-9 keeps 2.2 / 0.1 (= 22.000000000000004) from rounding up to 23.
  return dir < 0 ? Math.floor(v * f + 1e-9) / f : Math.ceil(v * f - 1e-9) / f;
}

/** Decimals for a multiplier bound: none from 10 up, one below, and as many as keep a small bound from reading 0. */
function timesDigits(v: number): number {
  return v >= 10 ? 0 : v >= 0.1 || v === 0 ? 1 : Math.min(6, Math.ceil(-Math.log10(v)));
}

type RatioUnit = 'times' | 'more' | 'of';
const UNIT_KEYS: Record<RatioUnit, Key> = { times: 'ratioTimes', more: 'ratioMore', of: 'ratioOf' };

/** A ratio bound in `unit`, rounded outwards (down for a low end, up for a high end): [number, decimals]. */
function bound(v: number, unit: RatioUnit, dir: -1 | 1): [number, number] {
  if (unit === 'times') return [roundTo(v, timesDigits(v), dir), timesDigits(v)];
  return [roundTo(unit === 'more' ? (v - 1) * 100 : v * 100, 0, dir), 0];
}

/**
 * A ratio known only to lie between `lo` and `hi` (`hi` Infinity: no upper
 * limit), as words: "22–44 times", "at least 22 times", "20–60% more than",
 * "10–40% of", "0.5–2 times" (a range across 1 up to twice or more is in
 * times). The low end is rounded down and the high end up, so the words
 * always contain the true ratio. Null when nothing can be said (0 to no
 * limit, or reversed ends).
 */
export function ratioRangePhrase(lo: number, hi: number, locale: string, text?: Strings): string | null {
  if (!(lo >= 0) || !(hi >= lo)) return null;
  if (lo === hi) return ratioPhrase(lo, locale, text);
  const t = textFor(locale, text);
  const unit: RatioUnit = (hi === Infinity ? lo : hi) >= 1.95 ? 'times' : lo >= 1 ? 'more' : 'of';
  const [a, da] = bound(lo, unit, -1);
  const num = (v: number, d: number) => formatNumber(v, locale, d);
  // `count` picks the plural form ("у 22 рази", "у 44 рази"): the larger end decides.
  const words = (n: string, count: number) => msg(t, UNIT_KEYS[unit], { n, count });
  if (hi === Infinity) {
    if (a > 0) return msg(t, 'ratioAtLeast', { phrase: words(num(a, da), a) });
    return unit === 'more' ? msg(t, 'ratioAtLeastSame') : null;
  }
  const [b, db] = bound(hi, unit, 1);
  if (a === b) return words(num(a, da), a);
  if (a === 0 && unit === 'more') return msg(t, 'ratioUpToMore', { n: num(b, db) });
  if (a === 0 && lo > 0) return msg(t, 'ratioUnderTo', { n: num(b, db) });
  return words(`${num(a, da)}–${num(b, db)}`, b);
}

export interface Comparison {
  /** Short callout next to the row: "11 times the reference", "22–44 times the reference", "at least 22 times the reference". */
  short: string;
  /** Full sentence naming both sources and how the ratio was taken. */
  long: string;
}

/**
 * Compares `s` with the reference. A single figure against a single figure
 * is one ratio. Whenever either side is a range the ratio is a range too: its
 * lowest is the source's low end over the reference's high end, its highest
 * the source's high end over the reference's low end (a reference range
 * starting at 0 leaves no upper limit: "at least …"). The sentence says how
 * the ratio was taken. Null for the reference itself and when either side has
 * no figure.
 */
export function compareWith(s: Source, ref: Source, locale: string, text?: Strings): Comparison | null {
  if (s === ref || s.noFigure || ref.noFigure) return null;
  const t = textFor(locale, text);
  const n = (v: number) => formatFigure(v, locale);
  const sRange = hasRange(s);
  const rRange = hasRange(ref);
  const [sLo, sHi] = sRange ? [s.low!, s.high!] : [s.value ?? s.low!, s.value ?? s.low!];
  const [rLo, rHi] = rRange ? [ref.low!, ref.high!] : [ref.value ?? ref.low!, ref.value ?? ref.low!];
  if (rHi === 0) return { short: msg(t, 'refZero'), long: msg(t, 'refNone', { name: ref.name }) };
  const subject = msg(t, sRange ? 'subjectRange' : 'subjectFigure', { name: s.name });
  const basis = rRange ? msg(t, 'basisRange', { name: ref.name, low: n(rLo), high: n(rHi) }) : msg(t, 'basisFigure', { name: ref.name });
  const said = (phrase: string) => ({ short: msg(t, 'shortRef', { phrase }), long: msg(t, 'longRatio', { subject, phrase, basis }) });
  if (!sRange && !rRange) return said(ratioPhrase(sLo / rLo, locale, text));
  const lo = sLo / rHi;
  const hi = rLo === 0 ? Infinity : sHi / rLo;
  const phrase = ratioRangePhrase(lo, hi, locale, text);
  if (phrase === null) {
    return { short: msg(t, 'noRatioShort'), long: msg(t, sRange ? 'noRatioRangeZero' : 'noRatioFigureZero', { basis, subject }) };
  }
  const how = [
    sRange && rRange ? msg(t, 'howBoth') : sRange ? msg(t, 'howSource', { basis }) : msg(t, 'howRef', { name: ref.name }),
    ...(hi === Infinity ? [msg(t, 'noUpper', { name: ref.name })] : []),
  ].join(msg(t, 'clauseSep'));
  const r = said(phrase);
  return { short: r.short, long: msg(t, 'paren', { text: r.long, detail: how }) };
}

export interface DescribeComparisonOptions {
  locale: string;
  unit: string;
  period: string;
  heading: string;
  reference: Source | null;
  /** The words, in the element's language; English (with the locale's numbers) when absent. */
  text?: Strings | undefined;
}

/** Accessible name: the heading, or what is compared. */
export function comparisonName(sources: readonly Source[], o: DescribeComparisonOptions): string {
  if (o.heading.trim()) return o.heading.trim();
  const t = textFor(o.locale, o.text);
  const what = o.unit ? capitalise(o.unit, t.lang) : msg(t, 'figures');
  const params = { what, period: o.period, count: sources.length };
  return msg(t, o.period ? 'nameSourcesPeriod' : 'nameSources', params);
}

/** One sentence per source for the readout and the table's sense. */
export function sourceText(s: Source, o: Pick<DescribeComparisonOptions, 'locale' | 'unit' | 'reference' | 'text'>): string {
  const t = textFor(o.locale, o.text);
  const name = s.kind ? msg(t, 'paren', { text: s.name, detail: kindWord(s.kind, t) }) : s.name;
  const parts = [msg(t, 'seriesValue', { series: name, value: figureWords(s, o.locale, s.noFigure ? '' : o.unit, o.text) })];
  if (s.status && !s.noFigure) parts.push(s.status === 'no-figure' ? msg(t, 'noFigureReleasedCell') : statusWord(s.status, t));
  if (s.note) parts.push(s.note);
  if (o.reference === s) parts.push(msg(t, 'theReference'));
  else if (o.reference) {
    const c = compareWith(s, o.reference, o.locale, o.text);
    if (c) parts.push(c.long);
  }
  if (s.retrieved !== null) parts.push(msg(t, 'retrieved', { date: formatDate(s.retrieved, 'day', o.locale, 'long') }));
  return parts.join(msg(t, 'clauseSep'));
}

/** "2 sources for civilians killed, May 2017." */
function headSentence(count: number, o: DescribeComparisonOptions, t: Strings): string {
  const key = o.unit ? (o.period ? 'sourcesHeadUnitPeriod' : 'sourcesHeadUnit') : o.period ? 'sourcesHeadPeriod' : 'sourcesHead';
  return msg(t, key, { count, unit: o.unit, period: o.period });
}

/** The spread: from the smallest number any source states to the largest, saying whose it is and whether it is the end of a range. */
function spreadSentence(withFigure: readonly Source[], o: DescribeComparisonOptions, t: Strings): string {
  const n = (v: number) => formatFigure(v, o.locale);
  const u = (v: number) => (o.unit ? msg(t, 'count', { n: n(v), unit: o.unit }) : n(v));
  const ends = withFigure.flatMap((s) =>
    hasRange(s)
      ? [
          { s, v: s.low!, who: msg(t, 'lowEnd', { name: s.name }) },
          { s, v: s.high!, who: msg(t, 'highEnd', { name: s.name }) },
        ]
      : [{ s, v: s.value ?? s.low!, who: s.name }],
  );
  const min = ends.reduce((a, b) => (b.v < a.v ? b : a));
  const max = ends.reduce((a, b) => (b.v > a.v ? b : a));
  const st = (who: string, s: Source) =>
    s.status && s.status !== 'no-figure' ? msg(t, 'whoStatus', { who, status: statusWord(s.status, t) }) : who;
  if (withFigure.length === 1)
    return msg(t, 'onlyOne', { name: min.s.name, figure: st(figureWords(min.s, o.locale, o.unit, o.text), min.s) });
  if (min.v === max.v) return msg(t, 'allSame', { count: withFigure.length, value: u(min.v) });
  return msg(t, 'spread', { min: n(min.v), minWho: st(min.who, min.s), max: u(max.v), maxWho: st(max.who, max.s) });
}

/** The long description: spread, highest and lowest, the reference, no-figure sources, statuses. */
export function describeComparison(sources: readonly Source[], o: DescribeComparisonOptions): string {
  const t = textFor(o.locale, o.text);
  if (!sources.length) return msg(t, 'comparisonEmpty');
  const sep = msg(t, 'clauseSep');
  const list = (items: string[]) => formatList(items, listLang(t));
  const withFigure = sources.filter((s) => !s.noFigure);
  const none = sources.filter((s) => s.noFigure);
  const bits: string[] = [headSentence(sources.length, o, t)];
  if (withFigure.length) bits.push(spreadSentence(withFigure, o, t));
  // A range-only figure is said as its range, so no one takes its midpoint (or the spread's ends) for its figure.
  const ranges = withFigure.filter(rangeOnly);
  if (ranges.length) {
    const items = ranges.map((s) => msg(t, 'nameFigure', { name: s.name, figure: figureWords(s, o.locale, o.unit, o.text) }));
    bits.push(msg(t, 'rangeOnlyList', { list: items.join(sep) }));
  }
  const ref = o.reference;
  if (ref?.noFigure) bits.push(msg(t, 'refNoFigure', { name: ref.name }));
  else if (ref) {
    const cs = sources.map((s) => compareWith(s, ref, o.locale, o.text)).filter((c): c is NonNullable<typeof c> => c !== null);
    bits.push(
      msg(t, 'comparedWith', { name: ref.name, figure: figureWords(ref, o.locale, o.unit, o.text), list: cs.map((c) => c.long).join(sep) }),
    );
  }
  if (none.length) bits.push(msg(t, 'noFigureBy', { list: list(none.map((s) => s.name)) }));
  const notes = sources.filter((s) => s.note).slice(0, 6);
  if (notes.length)
    bits.push(msg(t, 'notesList', { list: notes.map((s) => msg(t, 'seriesValue', { series: s.name, value: s.note! })).join(sep) }));
  const counts = new Map<Exclude<Source['status'], null | 'no-figure'>, number>();
  for (const s of withFigure) if (s.status && s.status !== 'no-figure') counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  if (counts.size) bits.push(msg(t, 'statusSentence', { list: list([...counts].map(([k, v]) => msg(t, COUNT_KEY[k], { count: v }))) }));
  return bits.join(' ');
}

const COUNT_KEY: Record<'confirmed' | 'reported' | 'unverified' | 'estimate', Key> = {
  confirmed: 'countConfirmed',
  reported: 'countReported',
  unverified: 'countUnverified',
  estimate: 'countEstimate',
};
