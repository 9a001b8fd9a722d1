/** The comparison's accessible name, one sentence per source, and the long description read by screen readers. */
import type { Source } from '../types.js';
import { capitalise, listLang, msg, textFor, type Strings } from '../../i18n/messages.js';
import { COUNT_KEY, kindWord, statusWord } from '../describe/words.js';
import { formatDate, formatFigure, formatList } from '../format.js';
import { figureWords, hasRange, rangeOnly } from './figures.js';
import { compareWith } from './ratios.js';

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
