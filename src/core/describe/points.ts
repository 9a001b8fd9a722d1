/** One figure as words: a count, a range, a point's readout, and the status rule for a change between two figures. */
import type { Status, TrendPoint } from '../types.js';
import { msg, textFor, type Strings } from '../../i18n/messages.js';
import { formatDate, formatFigure } from '../format.js';
import { addInterval, type Interval } from '../dates.js';
import { periods, statusWord, type TextOptions } from './words.js';

/** "220 civilians killed", or "220" without a unit. Figures as given (formatFigure): 0.04 is never "0". */
export function countText(value: number, locale: string, unit: string, text?: Strings): string {
  const n = formatFigure(value, locale);
  return unit ? msg(textFor(locale, text), 'count', { n, unit }) : n;
}

/** True for a figure given only as a range (`value: null` with low and high). */
export function isRangeOnly(p: Pick<TrendPoint, 'value' | 'low' | 'high'>): boolean {
  return p.value === null && p.low !== null && p.high !== null;
}

/** True for a period with no figure at all (null, or absent from the data): a gap. */
export function isGap(p: Pick<TrendPoint, 'value' | 'low' | 'high'>): boolean {
  return p.value === null && (p.low === null || p.high === null);
}

/** "between 10 and 20 civilians killed". */
export function rangeText(low: number, high: number, locale: string, unit: string, text?: Strings): string {
  return msg(textFor(locale, text), 'between', { low: formatFigure(low, locale), high: countText(high, locale, unit, text) });
}

/** "220", "220 (between 200 and 260)", "between 10 and 20" (a range-only figure) or "no figure"; ranges read as words. */
export function pointValueText(p: TrendPoint, locale: string, unit: string, text?: Strings): string {
  const s = textFor(locale, text);
  if (p.value === null) {
    return p.low !== null && p.high !== null ? rangeText(p.low, p.high, locale, unit, text) : msg(s, 'noFigure');
  }
  const main = countText(p.value, locale, unit, text);
  if (p.low !== null && p.high !== null) {
    return msg(s, 'valueRange', { value: main, low: formatFigure(p.low, locale), high: formatFigure(p.high, locale) });
  }
  return main;
}

/** The date of a point; a filled run of absent periods reads as its first and last period. */
export function pointDate(p: TrendPoint, interval: Interval, locale: string, text?: Strings): string {
  const d = formatDate(p.t, interval, locale, 'long');
  if (!p.filled || p.filled < 2) return d;
  return msg(textFor(locale, text), 'dateRun', {
    from: d,
    to: formatDate(addInterval(p.t, interval, p.filled - 1), interval, locale, 'long'),
  });
}

/** The readout of one point: date, series, value or range, status and note. */
export function pointText(p: TrendPoint, seriesName: string | null, interval: Interval, opts: TextOptions): string {
  const s = textFor(opts.locale, opts.text);
  const parts = [pointDate(p, interval, opts.locale, opts.text)];
  const value = pointValueText(p, opts.locale, opts.unit, opts.text);
  parts.push(seriesName ? msg(s, 'seriesValue', { series: seriesName, value }) : value);
  if (p.status) parts.push(statusWord(p.status, s));
  if (p.note) parts.push(p.note);
  if (p.filled) parts.push(p.filled > 1 ? msg(s, 'noEntryFor', { periods: periods(p.filled, interval, s) }) : msg(s, 'noEntry'));
  return parts.join(msg(s, 'listSep'));
}

/**
 * The one status rule: a change between figures of different status names
 * both ("from 44, reported, to 220, estimate"); between figures of the same
 * status (or none) it names only the start ("from 44"). Used by the
 * description, annotation labels and annotation sentences alike.
 */
export function changeBasis(
  from: number,
  fromStatus: Status | null,
  to: number,
  toStatus: Status | null,
  locale: string,
  text?: Strings,
): { mixed: boolean; text: string } {
  const s = textFor(locale, text);
  if (fromStatus === toStatus) return { mixed: false, text: msg(s, 'fromValue', { from: formatFigure(from, locale) }) };
  const st = (x: Status | null) => (x ? statusWord(x, s) : msg(s, 'noStatus'));
  return {
    mixed: true,
    text: msg(s, 'fromToStatus', {
      from: formatFigure(from, locale),
      fromStatus: st(fromStatus),
      to: formatFigure(to, locale),
      toStatus: st(toStatus),
    }),
  };
}
