/**
 * Pure logic of <source-comparison>: sorting, range text, ratios against a
 * reference source written as words ("11 times", "a third of"), and the long
 * description read by screen readers.
 */
import type { Source } from './types.js';
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
export function figureText(s: Source, locale: string): string {
  const n = (v: number) => formatFigure(v, locale);
  if (s.noFigure) return 'no figure released';
  if (s.low !== null && s.high !== null) {
    const range = s.low === s.high ? n(s.low) : `${n(s.low)}–${n(s.high)}`;
    return s.value !== null && (s.value !== s.low || s.value !== s.high) ? `${n(s.value)} (${range})` : range;
  }
  return n(s.value!);
}

/** The same figure read as words: "between 220 and 300", "220". */
export function figureWords(s: Source, locale: string, unit = ''): string {
  const n = (v: number) => formatFigure(v, locale);
  const u = unit ? ` ${unit}` : '';
  if (s.noFigure) return 'no figure released';
  if (hasRange(s)) {
    const range = `between ${n(s.low!)} and ${n(s.high!)}${u}`;
    return s.value !== null ? `${n(s.value)}${u}, ${range}` : range;
  }
  return `${n(s.value ?? s.low!)}${u}`;
}

const FRACTIONS: [number, string][] = [
  [1 / 4, 'a quarter of'],
  [1 / 3, 'a third of'],
  [1 / 2, 'half'],
  [2 / 3, 'two thirds of'],
  [3 / 4, 'three quarters of'],
];

/**
 * A ratio of two single figures as words that precede the thing compared
 * with: "11 times", "40% more than", "a third of". Rounded to the nearest;
 * a ratio above zero never reads as 0% ("under 1% of").
 */
export function ratioPhrase(r: number, locale: string): string {
  if (!Number.isFinite(r) || r < 0) return '';
  if (r >= 1.95) return `${formatNumber(r, locale, r < 10 ? 1 : 0)} times`;
  if (r >= 1.05) return `${formatNumber(Math.round((r - 1) * 100), locale)}% more than`;
  if (r > 0.95) return 'about the same as';
  for (const [f, words] of FRACTIONS) if (Math.abs(r - f) / f < 0.03) return words;
  if (r === 0) return '0% of';
  if (r < 0.005) return 'under 1% of';
  return `${formatNumber(Math.round(r * 100), locale)}% of`;
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
const UNIT_WORDS: Record<RatioUnit, string> = { times: ' times', more: '% more than', of: '% of' };

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
export function ratioRangePhrase(lo: number, hi: number, locale: string): string | null {
  if (!(lo >= 0) || !(hi >= lo)) return null;
  if (lo === hi) return ratioPhrase(lo, locale);
  const unit: RatioUnit = (hi === Infinity ? lo : hi) >= 1.95 ? 'times' : lo >= 1 ? 'more' : 'of';
  const [a, da] = bound(lo, unit, -1);
  const text = (v: number, d: number) => formatNumber(v, locale, d);
  if (hi === Infinity) {
    if (a > 0) return `at least ${text(a, da)}${UNIT_WORDS[unit]}`;
    return unit === 'more' ? 'at least as many as' : null;
  }
  const [b, db] = bound(hi, unit, 1);
  if (a === b) return `${text(a, da)}${UNIT_WORDS[unit]}`;
  if (a === 0 && unit === 'more') return `up to ${text(b, db)}% more than`;
  if (a === 0 && lo > 0) return `under 1% to ${text(b, db)}% of`;
  return `${text(a, da)}–${text(b, db)}${UNIT_WORDS[unit]}`;
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
export function compareWith(s: Source, ref: Source, locale: string): Comparison | null {
  if (s === ref || s.noFigure || ref.noFigure) return null;
  const n = (v: number) => formatFigure(v, locale);
  const sRange = hasRange(s);
  const rRange = hasRange(ref);
  const [sLo, sHi] = sRange ? [s.low!, s.high!] : [s.value ?? s.low!, s.value ?? s.low!];
  const [rLo, rHi] = rRange ? [ref.low!, ref.high!] : [ref.value ?? ref.low!, ref.value ?? ref.low!];
  if (rHi === 0) return { short: 'reference is 0', long: `${ref.name} counts none, so no ratio can be given` };
  const subject = sRange ? `${s.name}’s range` : `${s.name}’s figure`;
  const basis = rRange ? `${ref.name}’s range of ${n(rLo)} to ${n(rHi)}` : `${ref.name}’s figure`;
  if (!sRange && !rRange) {
    const phrase = ratioPhrase(sLo / rLo, locale);
    return { short: `${phrase} the reference`, long: `${subject} is ${phrase} ${basis}` };
  }
  const lo = sLo / rHi;
  const hi = rLo === 0 ? Infinity : sHi / rLo;
  const phrase = ratioRangePhrase(lo, hi, locale);
  if (phrase === null) {
    return {
      short: 'no ratio',
      long: `no ratio can be given: ${basis} starts at 0 and ${sRange ? `${subject} starts at 0` : `${subject} is 0`}`,
    };
  }
  const how =
    (sRange && rRange
      ? 'low end over high end, high end over low end'
      : sRange
        ? `each end of the range compared with ${basis}`
        : `compared with each end of ${ref.name}’s range`) +
    (hi === Infinity ? `; ${ref.name}’s range starts at 0, so there is no upper limit` : '');
  return { short: `${phrase} the reference`, long: `${subject} is ${phrase} ${basis} (${how})` };
}

export interface DescribeComparisonOptions {
  locale: string;
  unit: string;
  period: string;
  heading: string;
  reference: Source | null;
}

/** Accessible name: the heading, or what is compared. */
export function comparisonName(sources: readonly Source[], o: DescribeComparisonOptions): string {
  if (o.heading.trim()) return o.heading.trim();
  const what = o.unit ? o.unit[0]!.toUpperCase() + o.unit.slice(1) : 'Figures';
  return `${what}${o.period ? `, ${o.period}` : ''}: ${formatNumber(sources.length, o.locale)} sources compared`;
}

/** One sentence per source for the readout and the table's sense. */
export function sourceText(s: Source, o: Pick<DescribeComparisonOptions, 'locale' | 'unit' | 'reference'>): string {
  const parts = [`${s.name}${s.kind ? ` (${s.kind})` : ''}: ${figureWords(s, o.locale, s.noFigure ? '' : o.unit)}`];
  if (s.status && !s.noFigure) parts.push(s.status);
  if (s.note) parts.push(s.note);
  if (o.reference === s) parts.push('the reference');
  else if (o.reference) {
    const c = compareWith(s, o.reference, o.locale);
    if (c) parts.push(c.long);
  }
  if (s.retrieved !== null) parts.push(`retrieved ${formatDate(s.retrieved, 'day', o.locale, 'long')}`);
  return parts.join('; ');
}

/** The long description: spread, highest and lowest, the reference, no-figure sources, statuses. */
export function describeComparison(sources: readonly Source[], o: DescribeComparisonOptions): string {
  if (!sources.length) return 'No sources to compare yet.';
  const n = (v: number) => formatFigure(v, o.locale);
  const u = o.unit ? ` ${o.unit}` : '';
  const withFigure = sources.filter((s) => !s.noFigure);
  const none = sources.filter((s) => s.noFigure);
  const bits: string[] = [
    `${formatNumber(sources.length, o.locale)} ${sources.length === 1 ? 'source' : 'sources'}${o.unit ? ` for ${o.unit}` : ''}${o.period ? `, ${o.period}` : ''}.`,
  ];
  if (withFigure.length) {
    // The spread runs from the smallest number any source states to the largest,
    // saying whose it is and whether it is the end of a range.
    const ends = withFigure.flatMap((s) => {
      const ranged = s.low !== null && s.high !== null && s.low !== s.high;
      return ranged
        ? [
            { s, v: s.low!, who: `the low end of ${s.name}’s range` },
            { s, v: s.high!, who: `the high end of ${s.name}’s range` },
          ]
        : [{ s, v: s.value ?? s.low!, who: s.name }];
    });
    const min = ends.reduce((a, b) => (b.v < a.v ? b : a));
    const max = ends.reduce((a, b) => (b.v > a.v ? b : a));
    const st = (s: Source) => (s.status ? `, ${s.status}` : '');
    if (withFigure.length === 1) {
      bits.push(`Only ${min.s.name} gives a figure: ${figureWords(min.s, o.locale, o.unit)}${st(min.s)}.`);
    } else if (min.v === max.v) {
      bits.push(`All ${formatNumber(withFigure.length, o.locale)} sources with a figure give ${n(min.v)}${u}.`);
    } else {
      bits.push(`Figures range from ${n(min.v)} (${min.who}${st(min.s)}) to ${n(max.v)}${u} (${max.who}${st(max.s)}).`);
    }
  }
  // A range-only figure is said as its range, so no one takes its midpoint (or the spread's ends) for its figure.
  const ranges = withFigure.filter(rangeOnly);
  if (ranges.length)
    bits.push(`Range only, no single figure: ${ranges.map((s) => `${s.name}, ${figureWords(s, o.locale, o.unit)}`).join('; ')}.`);
  if (o.reference) {
    const ref = o.reference;
    if (ref.noFigure) bits.push(`The reference, ${ref.name}, released no figure, so no ratios can be computed.`);
    else {
      const cs = sources.map((s) => compareWith(s, ref, o.locale)).filter((c): c is NonNullable<typeof c> => c !== null);
      bits.push(`Compared with ${ref.name} (${figureWords(ref, o.locale, o.unit)}): ${cs.map((c) => c.long).join('; ')}.`);
    }
  }
  if (none.length) bits.push(`No figure released by ${formatList(none.map((s) => s.name))}.`);
  const notes = sources.filter((s) => s.note).slice(0, 6);
  if (notes.length) bits.push(`Notes: ${notes.map((s) => `${s.name}: ${s.note}`).join('; ')}.`);
  const counts = new Map<string, number>();
  for (const s of withFigure) if (s.status) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  if (counts.size) bits.push(`Status: ${formatList([...counts].map(([k, v]) => `${n(v)} ${k}`))}.`);
  return bits.join(' ');
}
