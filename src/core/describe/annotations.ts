/** Annotations as text: the label drawn for each, and one sentence per annotation for the description. */
import type { Annotation, TrendData } from '../types.js';
import { msg, textFor, type Strings } from '../../i18n/messages.js';
import { formatChange, formatDate, formatFigure } from '../format.js';
import type { Interval } from '../dates.js';
import { changeBasis, countText, rangeText } from './points.js';
import type { TextOptions } from './words.js';

type ChangeAnnotation = Extract<Annotation, { type: 'change' }>;

/**
 * Fills `{change}` in a label; without a label the change itself is the text.
 * Under the status rule (changeBasis), a change between figures of different
 * status names both: `{change}` becomes "+400% (from 44, reported, to 220,
 * estimate)", and a label without `{change}` gets the same bracket after it.
 */
export function changeLabel(a: ChangeAnnotation, locale: string, text?: Strings): string {
  const s = textFor(locale, text);
  const basis = changeBasis(a.fromValue, a.fromStatus ?? null, a.toValue, a.toStatus ?? null, locale, text);
  const plain =
    a.change === null
      ? msg(s, 'figuresFromTo', { from: formatFigure(a.fromValue, locale), to: formatFigure(a.toValue, locale) })
      : formatChange(a.change, locale);
  const pct = !basis.mixed ? plain : a.change === null ? basis.text : msg(s, 'paren', { text: plain, detail: basis.text });
  if (a.label === null) return pct;
  if (a.label.includes('{change}')) return a.label.split('{change}').join(pct);
  return basis.mixed ? msg(s, 'paren', { text: a.label, detail: basis.text }) : a.label;
}

/**
 * The text drawn for an annotation, or '' for none. A label the data
 * contradicts (`claim: 'replaced'`) is never drawn as written: what the data
 * says is drawn instead ("-75% from October 2016 to January 2017", "220
 * civilians killed in May 2017"; a period goes without a label). A label
 * still being checked (`pending`) is not drawn yet.
 */
export function annotationLabel(a: Annotation, interval: Interval, o: TextOptions): string {
  if (a.type === 'event') return a.label;
  if (a.claim === 'pending') return '';
  const s = textFor(o.locale, o.text);
  const date = (t: number) => formatDate(t, interval, o.locale, 'long');
  switch (a.type) {
    case 'period':
      return a.claim === 'replaced' ? '' : (a.label ?? '');
    case 'point':
      return a.claim === 'replaced' ? msg(s, 'figureIn', { figure: pointFigure(a, o), date: date(a.t) }) : a.label;
    case 'change':
      return a.claim === 'replaced'
        ? msg(s, 'changeFromTo', { change: changeLabel({ ...a, label: null }, o.locale, o.text), from: date(a.from), to: date(a.to) })
        : changeLabel(a, o.locale, o.text);
  }
}

/** A point annotation's figure: "220 civilians killed", "between 200 and 260 …", or "no figure". */
function pointFigure(a: Extract<Annotation, { type: 'point' }>, o: TextOptions): string {
  if (a.value !== null) return countText(a.value, o.locale, o.unit, o.text);
  if (a.low != null && a.high != null) return rangeText(a.low, a.high, o.locale, o.unit, o.text);
  return msg(textFor(o.locale, o.text), 'noFigure');
}

/** The figures of a change annotation: from and to, and the change computed from the data. */
function changeFigures(a: ChangeAnnotation, o: TextOptions, s: Strings): string {
  const basis = changeBasis(a.fromValue, a.fromStatus ?? null, a.toValue, a.toStatus ?? null, o.locale, o.text);
  // The status rule: between different statuses the figure comes with both ("+400% (from 44, unverified, to 220, estimate)").
  if (basis.mixed) {
    return a.change === null
      ? msg(s, 'basisNoPercent', { basis: basis.text })
      : msg(s, 'computedChange', { change: msg(s, 'paren', { text: formatChange(a.change, o.locale), detail: basis.text }) });
  }
  const computed = a.change === null ? msg(s, 'noPercent') : msg(s, 'computedChange', { change: formatChange(a.change, o.locale) });
  return msg(s, 'valuesComputed', { from: formatFigure(a.fromValue, o.locale), to: formatFigure(a.toValue, o.locale), computed });
}

/** One sentence per annotation, in the order given. */
export function describeAnnotation(a: Annotation, data: TrendData, o: TextOptions): string {
  const s = textFor(o.locale, o.text);
  const date = (t: number) => formatDate(t, data.interval, o.locale, 'long');
  // With several series, the series is named after the (last) date: "May 2017 (Airwars)".
  const dated = (t: number, i: number) =>
    data.series.length > 1 ? msg(s, 'paren', { text: date(t), detail: data.series[i]!.name }) : date(t);
  switch (a.type) {
    case 'point': {
      const label = annotationLabel(a, data.interval, o);
      const params = { date: dated(a.t, a.series), figure: pointFigure(a, o), label };
      return msg(s, label ? 'notePointLabel' : 'notePoint', params);
    }
    case 'change': {
      const label = a.label !== null ? annotationLabel(a, data.interval, o) : '';
      const params = { from: date(a.from), to: dated(a.to, a.series), figures: changeFigures(a, o, s), label };
      return msg(s, label ? 'changeNoteLabel' : 'changeNote', params);
    }
    case 'event':
      return msg(s, 'eventNote', { date: date(a.t), label: a.label });
    case 'period': {
      const label = annotationLabel(a, data.interval, o);
      return msg(s, label ? 'periodNoteLabel' : 'periodNote', { from: date(a.from), to: date(a.to), label });
    }
  }
}
