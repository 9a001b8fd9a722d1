/**
 * Text for screen readers and for everyone: the chart's name, a long
 * description computed from the data (what is measured, the dates, the peak,
 * the latest value, the change, the gaps, the statuses) and one sentence per
 * annotation. Every number goes through the locale's formatters.
 */
import type { Annotation, Status, TrendData, TrendPoint } from './types.js';
import { percentChange } from './change.js';
import { formatChange, formatDate, formatFigure, formatList, formatNumber } from './format.js';
import { addInterval, type Interval } from './dates.js';

export type TrendMark = 'line' | 'area' | 'bar';

export interface DescribeOptions {
  locale: string;
  unit: string;
  mark: TrendMark;
  heading: string;
}

const INTERVAL_WORD: Record<Interval, [string, string]> = {
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
};

const MARK_WORD: Record<TrendMark, string> = { line: 'Line chart', area: 'Area chart', bar: 'Bar chart' };

/** "220 civilians killed", or "220" without a unit. Figures as given (formatFigure): 0.04 is never "0". */
export function countText(value: number, locale: string, unit: string): string {
  const n = formatFigure(value, locale);
  return unit ? `${n} ${unit}` : n;
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
export function rangeText(low: number, high: number, locale: string, unit: string): string {
  return `between ${formatFigure(low, locale)} and ${countText(high, locale, unit)}`;
}

/** "220", "220 (between 200 and 260)", "between 10 and 20" (a range-only figure) or "no figure"; ranges read as words. */
export function pointValueText(p: TrendPoint, locale: string, unit: string): string {
  if (p.value === null) {
    return p.low !== null && p.high !== null ? rangeText(p.low, p.high, locale, unit) : 'no figure';
  }
  const main = countText(p.value, locale, unit);
  if (p.low !== null && p.high !== null) {
    return `${main} (between ${formatFigure(p.low, locale)} and ${formatFigure(p.high, locale)})`;
  }
  return main;
}

/** The date of a point; a filled run of absent periods reads as its first and last period. */
export function pointDate(p: TrendPoint, interval: Interval, locale: string): string {
  const d = formatDate(p.t, interval, locale, 'long');
  return p.filled && p.filled > 1 ? `${d} to ${formatDate(addInterval(p.t, interval, p.filled - 1), interval, locale, 'long')}` : d;
}

/** The readout of one point: date, series, value or range, status and note. */
export function pointText(
  p: TrendPoint,
  seriesName: string | null,
  interval: Interval,
  opts: Pick<DescribeOptions, 'locale' | 'unit'>,
): string {
  const parts = [pointDate(p, interval, opts.locale)];
  const value = pointValueText(p, opts.locale, opts.unit);
  parts.push(seriesName ? `${seriesName}: ${value}` : value);
  if (p.status) parts.push(p.status);
  if (p.note) parts.push(p.note);
  if (p.filled)
    parts.push(
      p.filled > 1 ? `no entry in the data for these ${plural(p.filled, INTERVAL_WORD[interval], opts.locale)}` : 'no entry in the data',
    );
  return parts.join(', ');
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
): { mixed: boolean; text: string } {
  if (fromStatus === toStatus) return { mixed: false, text: `from ${formatFigure(from, locale)}` };
  const st = (s: Status | null) => s ?? 'no status given';
  return {
    mixed: true,
    text: `from ${formatFigure(from, locale)}, ${st(fromStatus)}, to ${formatFigure(to, locale)}, ${st(toStatus)}`,
  };
}

function plural(n: number, words: [string, string], locale: string): string {
  return `${formatNumber(n, locale)} ${n === 1 ? words[0] : words[1]}`;
}

function seriesSentence(
  name: string | null,
  points: readonly TrendPoint[],
  interval: Interval,
  o: DescribeOptions,
  series?: { joined: number },
): string {
  const valued = points.filter((p): p is TrendPoint & { value: number } => p.value !== null);
  const who = name ? `${name}: ` : '';
  const cap = (t: string) => (name ? t : t[0]!.toUpperCase() + t.slice(1));
  const date = (t: number) => formatDate(t, interval, o.locale, 'long');
  const rangeOnly = points.filter(isRangeOnly);
  const rangeBit = rangeOnly.length
    ? `only a range for ${formatList(rangeOnly.slice(0, 5).map((p) => `${date(p.t)} (${rangeText(p.low!, p.high!, o.locale, '')})`))}${
        rangeOnly.length > 5 ? ` and ${formatNumber(rangeOnly.length - 5, o.locale)} more` : ''
      }`
    : '';
  if (valued.length === 0) {
    if (rangeBit) return `${who}${cap(rangeBit)}.`;
    const periods = points.reduce((n, p) => n + (p.filled ?? 1), 0);
    return `${who}${cap('no figures')}${points.length ? ` for ${plural(periods, INTERVAL_WORD[interval], o.locale)} listed` : ''}.`;
  }
  const at = (t: number) => `${interval === 'day' ? 'on' : interval === 'week' ? 'in the week of' : 'in'} ${date(t)}`;
  let peak = valued[0]!;
  let low = valued[0]!;
  for (const p of valued) {
    if (p.value > peak.value) peak = p;
    if (p.value < low.value) low = p;
  }
  const first = valued[0]!;
  const last = valued[valued.length - 1]!;
  const bits: string[] = [];
  // A figure's status goes with it: an unverified count is never read as an established one.
  const st = (p: TrendPoint) => (p.status ? ` (${p.status})` : '');
  if (valued.length === 1) {
    bits.push(`one figure, ${countText(first.value, o.locale, o.unit)} ${at(first.t)}${st(first)}`);
  } else {
    bits.push(`highest ${countText(peak.value, o.locale, o.unit)} ${at(peak.t)}${st(peak)}`);
    bits.push(`lowest ${formatFigure(low.value, o.locale)} ${at(low.t)}${st(low)}`);
    bits.push(`latest ${formatFigure(last.value, o.locale)} ${at(last.t)}${st(last)}`);
    // The status rule (changeBasis): a percentage between figures of different standing
    // (unverified against reported) is stated only with both statuses named.
    const change = percentChange(first.value, last.value);
    const basis = changeBasis(first.value, first.status, last.value, last.status, o.locale);
    if (change !== null) bits.push(`${formatChange(change, o.locale)} since ${date(first.t)} (${basis.text})`);
    else bits.push(`${basis.text} ${at(first.t)}`);
  }
  const gaps = points.filter(isGap);
  if (gaps.length) {
    const periods = gaps.reduce((n, p) => n + (p.filled ?? 1), 0);
    const shown = gaps.slice(0, 5);
    const rest = periods - shown.reduce((n, p) => n + (p.filled ?? 1), 0);
    bits.push(
      `no figure for ${formatList(shown.map((p) => pointDate(p, interval, o.locale)))}${
        rest > 0 ? ` and ${plural(rest, INTERVAL_WORD[interval], o.locale)} more` : ''
      }`,
    );
  }
  if (rangeBit) bits.push(rangeBit);
  const joined = series?.joined ?? 0;
  if (joined) {
    const n = plural(joined, INTERVAL_WORD[interval], o.locale);
    bits.push(
      o.mark === 'bar' ? `${n} with no entry between the first and last figures` : `the line joins the figures around ${n} with no entry`,
    );
  }
  const ranged = points.filter((p) => p.low !== null && p.value !== null);
  if (ranged.length) bits.push(`a range of uncertainty is given for ${plural(ranged.length, INTERVAL_WORD[interval], o.locale)}`);
  const statuses = new Map<Status, number>();
  for (const p of points) if (p.status) statuses.set(p.status, (statuses.get(p.status) ?? 0) + 1);
  if (statuses.size) {
    bits.push(
      `status: ${formatList(
        [...statuses].map(([s, n]) => `${formatNumber(n, o.locale)} ${s === 'estimate' && n !== 1 ? 'estimates' : s}`),
      )}`,
    );
  }
  const sentence = bits.join('; ');
  return `${who}${name ? sentence : sentence[0]!.toUpperCase() + sentence.slice(1)}.`;
}

export function dataRange(data: TrendData): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of data.series) {
    for (const p of s.points) {
      lo = Math.min(lo, p.t);
      hi = Math.max(hi, p.t);
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** The accessible name: the heading, or what is measured and when. */
export function trendName(data: TrendData, o: DescribeOptions): string {
  if (o.heading.trim()) return o.heading.trim();
  const range = dataRange(data);
  const what = o.unit ? o.unit[0]!.toUpperCase() + o.unit.slice(1) : 'Values';
  if (!range) return what;
  return `${what}, ${formatDate(range[0], data.interval, o.locale, 'long')} to ${formatDate(range[1], data.interval, o.locale, 'long')}`;
}

/** The long description computed from the data. */
export function describeTrend(data: TrendData, o: DescribeOptions): string {
  const range = dataRange(data);
  if (!range) return 'The chart has no data yet.';
  const n = data.series.length;
  const per = INTERVAL_WORD[data.interval][0];
  const what = o.unit ? `${o.unit} per ${per}` : `values per ${per}`;
  const date = (t: number) => formatDate(t, data.interval, o.locale, 'long');
  const span = range[0] === range[1] ? `in ${date(range[0])}` : `from ${date(range[0])} to ${date(range[1])}`;
  const head = `${MARK_WORD[o.mark]} of ${what}, ${span}${
    n > 1 ? `, ${formatNumber(n, o.locale)} series: ${formatList(data.series.map((s) => s.name))}` : ''
  }.`;
  const none = noFiguresText(data, o);
  // With missing="connect" the line runs across absent periods: the description says how many.
  const body = data.series.map((s) =>
    seriesSentence(n > 1 ? s.name : null, s.points, data.interval, o, { joined: data.missing === 'connect' ? (s.missing ?? 0) : 0 }),
  );
  // Every value null: the message said in the plot leads (one series says nothing more).
  return [head, ...(none ? [`${none}.`] : []), ...(none && n === 1 ? [] : body)].join(' ');
}

/** True when no series has a figure or a range: nothing to draw but the dates. */
export function hasNoFigures(data: TrendData): boolean {
  return data.series.every((s) => s.points.every(isGap));
}

/**
 * "No figures for civilians killed from October 2016 to December 2016": the
 * message drawn in the plot of a chart whose every value is null (and said
 * first in its description), or null when there is a figure or no date at all.
 */
export function noFiguresText(data: TrendData, o: Pick<DescribeOptions, 'locale' | 'unit' | 'heading'>): string | null {
  const range = dataRange(data);
  if (!range || !hasNoFigures(data)) return null;
  const what = o.unit.trim() || o.heading.trim();
  const date = (t: number) => formatDate(t, data.interval, o.locale, 'long');
  const last = data.series.reduce((t, s) => {
    const p = s.points[s.points.length - 1];
    return p ? Math.max(t, p.filled ? addInterval(p.t, data.interval, p.filled - 1) : p.t) : t;
  }, range[1]);
  const span = range[0] === last ? `in ${date(range[0])}` : `from ${date(range[0])} to ${date(last)}`;
  return `No figures${what ? ` for ${what}` : ''} ${span}`;
}

/**
 * Fills `{change}` in a label; without a label the change itself is the text.
 * Under the status rule (changeBasis), a change between figures of different
 * status names both: `{change}` becomes "+400% (from 44, reported, to 220,
 * estimate)", and a label without `{change}` gets the same bracket after it.
 */
export function changeLabel(a: Extract<Annotation, { type: 'change' }>, locale: string): string {
  const basis = changeBasis(a.fromValue, a.fromStatus ?? null, a.toValue, a.toStatus ?? null, locale);
  const plain =
    a.change === null ? `from ${formatFigure(a.fromValue, locale)} to ${formatFigure(a.toValue, locale)}` : formatChange(a.change, locale);
  const pct = !basis.mixed ? plain : a.change === null ? basis.text : `${plain} (${basis.text})`;
  if (a.label === null) return pct;
  if (a.label.includes('{change}')) return a.label.split('{change}').join(pct);
  return basis.mixed ? `${a.label} (${basis.text})` : a.label;
}

/**
 * The text drawn for an annotation, or '' for none. A label the data
 * contradicts (`claim: 'replaced'`) is never drawn as written: what the data
 * says is drawn instead ("-75% from October 2016 to January 2017", "220
 * civilians killed in May 2017"; a period goes without a label). A label
 * still being checked (`pending`) is not drawn yet.
 */
export function annotationLabel(a: Annotation, interval: Interval, o: Pick<DescribeOptions, 'locale' | 'unit'>): string {
  if (a.type === 'event') return a.label;
  if (a.claim === 'pending') return '';
  const date = (t: number) => formatDate(t, interval, o.locale, 'long');
  switch (a.type) {
    case 'period':
      return a.claim === 'replaced' ? '' : (a.label ?? '');
    case 'point':
      return a.claim === 'replaced' ? `${pointFigure(a, o)} in ${date(a.t)}` : a.label;
    case 'change':
      return a.claim === 'replaced'
        ? `${changeLabel({ ...a, label: null }, o.locale)} from ${date(a.from)} to ${date(a.to)}`
        : changeLabel(a, o.locale);
  }
}

/** A point annotation's figure: "220 civilians killed", "between 200 and 260 …", or "no figure". */
function pointFigure(a: Extract<Annotation, { type: 'point' }>, o: Pick<DescribeOptions, 'locale' | 'unit'>): string {
  if (a.value !== null) return countText(a.value, o.locale, o.unit);
  return a.low != null && a.high != null ? rangeText(a.low, a.high, o.locale, o.unit) : 'no figure';
}

/** One sentence per annotation, in the order given. */
export function describeAnnotation(a: Annotation, data: TrendData, o: Pick<DescribeOptions, 'locale' | 'unit'>): string {
  const date = (t: number) => formatDate(t, data.interval, o.locale, 'long');
  const seriesName = (i: number) => (data.series.length > 1 ? ` (${data.series[i]!.name})` : '');
  switch (a.type) {
    case 'point': {
      const shown = annotationLabel(a, data.interval, o);
      return `Note at ${date(a.t)}${seriesName(a.series)}, ${pointFigure(a, o)}${shown ? `: ${shown}` : ''}`;
    }
    case 'change': {
      const computed =
        a.change === null ? `no percentage can be computed from zero` : `${formatChange(a.change, o.locale)}, computed from the data`;
      const basis = changeBasis(a.fromValue, a.fromStatus ?? null, a.toValue, a.toStatus ?? null, o.locale);
      // The status rule: between different statuses the figure comes with both ("+400% (from 44, unverified, to 220, estimate)").
      const figures = basis.mixed
        ? a.change === null
          ? `${basis.text}, no percentage can be computed from zero`
          : `${formatChange(a.change, o.locale)} (${basis.text}), computed from the data`
        : `${formatFigure(a.fromValue, o.locale)} to ${formatFigure(a.toValue, o.locale)}, ${computed}`;
      const shown = a.label !== null ? annotationLabel(a, data.interval, o) : '';
      return `Change from ${date(a.from)} to ${date(a.to)}${seriesName(a.series)}: ${figures}${shown ? `. Label: ${shown}` : ''}`;
    }
    case 'event':
      return `Event, ${date(a.t)}: ${a.label}`;
    case 'period': {
      const shown = annotationLabel(a, data.interval, o);
      return `Period from ${date(a.from)} to ${date(a.to)}${shown ? `: ${shown}` : ''}`;
    }
  }
}
