/**
 * Pure logic of <source-comparison>: sorting, range text, ratios against a
 * reference source written as words ("11 times", "a third of"), and the long
 * description read by screen readers.
 */
import type { Source } from '../schema/comparison.js';
import { formatDate, formatList, formatNumber } from './format.js';

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

/** "220", "220–300", "250 (220–300)", or "no figure released". */
export function figureText(s: Source, locale: string): string {
  const n = (v: number) => formatNumber(v, locale);
  if (s.noFigure) return 'no figure released';
  if (s.low !== null && s.high !== null) {
    const range = s.low === s.high ? n(s.low) : `${n(s.low)}–${n(s.high)}`;
    return s.value !== null && (s.value !== s.low || s.value !== s.high) ? `${n(s.value)} (${range})` : range;
  }
  return n(s.value!);
}

/** The same figure read as words: "between 220 and 300", "220". */
export function figureWords(s: Source, locale: string, unit = ''): string {
  const n = (v: number) => formatNumber(v, locale);
  const u = unit ? ` ${unit}` : '';
  if (s.noFigure) return 'no figure released';
  if (s.low !== null && s.high !== null && s.low !== s.high) {
    const range = `between ${n(s.low)} and ${n(s.high)}${u}`;
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

/** A ratio as words that precede the thing compared with: "11 times", "40% more than", "a third of". */
export function ratioPhrase(r: number, locale: string): string {
  if (!Number.isFinite(r)) return '';
  if (r >= 1.95) return `${formatNumber(r, locale, r < 10 ? 1 : 0)} times`;
  if (r >= 1.05) return `${formatNumber(Math.round((r - 1) * 100), locale)}% more than`;
  if (r > 0.95) return 'about the same as';
  for (const [f, words] of FRACTIONS) if (Math.abs(r - f) / f < 0.03) return words;
  return `${formatNumber(Math.max(1, Math.round(r * 100)), locale)}% of`;
}

export interface Comparison {
  /** Short callout next to the row: "11 times", "a third of", "2.5–3.4 times". */
  short: string;
  /** Full sentence naming both sources and how the ratio was taken. */
  long: string;
}

/**
 * Compares `s` with the reference. Ranges compare each end with the
 * reference's central figure (its value, or the midpoint of its range), and
 * the sentence says so. Null when either side has no figure, or for the
 * reference itself.
 */
export function compareWith(s: Source, ref: Source, locale: string): Comparison | null {
  if (s === ref || s.noFigure || ref.noFigure) return null;
  const base = central(ref)!;
  const basis = ref.value !== null ? `${ref.name}’s figure` : `the midpoint of ${ref.name}’s range`;
  if (base === 0) return { short: 'reference is 0', long: `${ref.name} counts none, so no ratio can be given` };
  if (s.low !== null && s.high !== null && s.low !== s.high) {
    const lo = ratioPhrase(s.low / base, locale);
    const hi = ratioPhrase(s.high / base, locale);
    const bothTimes = lo.endsWith(' times') && hi.endsWith(' times');
    const short = lo === hi ? lo : bothTimes ? `${lo.slice(0, -6)}–${hi}` : `${lo} to ${hi}`;
    return {
      short: `${short} the reference`,
      long: `${s.name}’s range is ${lo === hi ? lo : `from ${lo} to ${hi}`} ${basis} (each end of the range compared with ${basis})`,
    };
  }
  const v = s.value ?? s.low!;
  const phrase = ratioPhrase(v / base, locale);
  return { short: `${phrase} the reference`, long: `${s.name}’s figure is ${phrase} ${basis}` };
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
  const n = (v: number) => formatNumber(v, o.locale);
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
