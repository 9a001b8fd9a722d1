/** A source's figure: its central value, the sort order, and the figure as digits and as words. */
import type { Source } from '../types.js';
import { msg, textFor, type Strings } from '../../i18n/messages.js';
import { formatFigure } from '../format.js';

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
