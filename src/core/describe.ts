/**
 * Text for screen readers and for everyone: the chart's name, a long
 * description computed from the data (what is measured, the dates, the peak,
 * the latest value, the change, the gaps, the statuses) and one sentence per
 * annotation. Every number goes through the locale's formatters.
 */
import type { Annotation, Status, TrendData, TrendPoint } from '../schema/trend.js';
import { percentChange } from './change.js';
import { formatChange, formatDate, formatList, formatNumber } from './format.js';
import type { Interval } from './dates.js';

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

/** "220 civilians killed", or "220" without a unit. */
export function countText(value: number, locale: string, unit: string): string {
  const n = formatNumber(value, locale);
  return unit ? `${n} ${unit}` : n;
}

/** "220", "between 200 and 260", or "no figure" for a point; ranges read as words. */
export function pointValueText(p: TrendPoint, locale: string, unit: string): string {
  if (p.value === null) {
    return p.low !== null && p.high !== null
      ? `no single figure, between ${formatNumber(p.low, locale)} and ${countText(p.high, locale, unit)}`
      : 'no figure';
  }
  const main = countText(p.value, locale, unit);
  if (p.low !== null && p.high !== null) {
    return `${main} (between ${formatNumber(p.low, locale)} and ${formatNumber(p.high, locale)})`;
  }
  return main;
}

/** The readout of one point: date, series, value or range, status and note. */
export function pointText(
  p: TrendPoint,
  seriesName: string | null,
  interval: Interval,
  opts: Pick<DescribeOptions, 'locale' | 'unit'>,
): string {
  const parts = [formatDate(p.t, interval, opts.locale, 'long')];
  const value = pointValueText(p, opts.locale, opts.unit);
  parts.push(seriesName ? `${seriesName}: ${value}` : value);
  if (p.status) parts.push(p.status);
  if (p.note) parts.push(p.note);
  return parts.join(', ');
}

function plural(n: number, words: [string, string], locale: string): string {
  return `${formatNumber(n, locale)} ${n === 1 ? words[0] : words[1]}`;
}

function seriesSentence(name: string | null, points: readonly TrendPoint[], interval: Interval, o: DescribeOptions): string {
  const valued = points.filter((p): p is TrendPoint & { value: number } => p.value !== null);
  const who = name ? `${name}: ` : '';
  const cap = (t: string) => (name ? t : t[0]!.toUpperCase() + t.slice(1));
  if (valued.length === 0)
    return `${who}${cap('no figures')}${points.length ? ` for ${plural(points.length, INTERVAL_WORD[interval], o.locale)} listed` : ''}.`;
  const date = (t: number) => formatDate(t, interval, o.locale, 'long');
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
    bits.push(`lowest ${formatNumber(low.value, o.locale)} ${at(low.t)}${st(low)}`);
    bits.push(`latest ${formatNumber(last.value, o.locale)} ${at(last.t)}${st(last)}`);
    // A percentage between figures of different standing (unverified against reported)
    // would compare unlike things, so it is only stated when both share a status.
    const change = first.status === last.status ? percentChange(first.value, last.value) : null;
    if (change !== null)
      bits.push(`${formatChange(change, o.locale)} since ${date(first.t)} (from ${formatNumber(first.value, o.locale)})`);
    else if (first.status === last.status) bits.push(`from ${formatNumber(first.value, o.locale)} ${at(first.t)}`);
    else bits.push(`first ${formatNumber(first.value, o.locale)} ${at(first.t)}${st(first)}`);
  }
  const gaps = points.filter((p) => p.value === null);
  if (gaps.length) {
    bits.push(
      `no figure for ${formatList(
        gaps.slice(0, 5).map((p) => date(p.t)),
      )}${gaps.length > 5 ? ` and ${formatNumber(gaps.length - 5, o.locale)} more` : ''}`,
    );
  }
  const ranged = points.filter((p) => p.low !== null);
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
  const body = data.series.map((s) => seriesSentence(n > 1 ? s.name : null, s.points, data.interval, o));
  return [head, ...body].join(' ');
}

/** Fills `{change}` in a label; without a label the change itself is the text. */
export function changeLabel(a: Extract<Annotation, { type: 'change' }>, locale: string): string {
  const pct =
    a.change === null ? `from ${formatNumber(a.fromValue, locale)} to ${formatNumber(a.toValue, locale)}` : formatChange(a.change, locale);
  return a.label === null ? pct : a.label.split('{change}').join(pct);
}

/** One sentence per annotation, in the order given. */
export function describeAnnotation(a: Annotation, data: TrendData, o: Pick<DescribeOptions, 'locale' | 'unit'>): string {
  const date = (t: number) => formatDate(t, data.interval, o.locale, 'long');
  const seriesName = (i: number) => (data.series.length > 1 ? ` (${data.series[i]!.name})` : '');
  switch (a.type) {
    case 'point':
      return `Note at ${date(a.t)}${seriesName(a.series)}, ${countText(a.value, o.locale, o.unit)}: ${a.label}`;
    case 'change': {
      const computed =
        a.change === null ? `no percentage can be computed from zero` : `${formatChange(a.change, o.locale)}, computed from the data`;
      return `Change from ${date(a.from)} to ${date(a.to)}${seriesName(a.series)}: ${formatNumber(a.fromValue, o.locale)} to ${formatNumber(a.toValue, o.locale)}, ${computed}${a.label !== null ? `. Label: ${changeLabel(a, o.locale)}` : ''}`;
    }
    case 'event':
      return `Event, ${date(a.t)}: ${a.label}`;
    case 'period':
      return `Period from ${date(a.from)} to ${date(a.to)}${a.label !== null ? `: ${a.label}` : ''}`;
  }
}
