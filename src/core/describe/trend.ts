/** The chart's accessible name and long description computed from the data. */
import type { TrendData } from '../types.js';
import { capitalise, listLang, msg, textFor, type Key, type Strings } from '../../i18n/messages.js';
import { formatDate, formatList } from '../format.js';
import { addInterval, type Interval } from '../dates.js';
import { isGap } from './points.js';
import { seriesSentence } from './series.js';
import type { DescribeOptions, TrendMark } from './words.js';

const PER: Record<Interval, Key> = { day: 'perDay', week: 'perWeek', month: 'perMonth', year: 'perYear' };
const MARK_KEY: Record<TrendMark, Key> = { line: 'lineChart', area: 'areaChart', bar: 'barChart' };

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
  const s = textFor(o.locale, o.text);
  const range = dataRange(data);
  const what = o.unit ? capitalise(o.unit, s.lang) : msg(s, 'values');
  if (!range) return what;
  const date = (t: number) => formatDate(t, data.interval, o.locale, 'long');
  return msg(s, 'nameSpan', { what, from: date(range[0]), to: date(range[1]) });
}

/** "in May 2017", or "from October 2016 to May 2017". */
function span(from: number, to: number, interval: Interval, s: Strings): string {
  const date = (t: number) => formatDate(t, interval, s.locale, 'long');
  return from === to ? msg(s, 'inPeriod', { date: date(from) }) : msg(s, 'fromTo', { from: date(from), to: date(to) });
}

/** The long description computed from the data. */
export function describeTrend(data: TrendData, o: DescribeOptions): string {
  const s = textFor(o.locale, o.text);
  const range = dataRange(data);
  if (!range) return msg(s, 'noDataYet');
  const n = data.series.length;
  const what = msg(s, PER[data.interval], { unit: o.unit || msg(s, 'valuesLower') });
  const params = { mark: msg(s, MARK_KEY[o.mark]), what, span: span(range[0], range[1], data.interval, s) };
  const head =
    n > 1
      ? msg(s, 'headSeries', {
          ...params,
          count: n,
          list: formatList(
            data.series.map((x) => x.name),
            listLang(s),
          ),
        })
      : msg(s, 'head', params);
  const none = noFiguresText(data, o);
  // With missing="connect" the line runs across absent periods: the description says how many.
  const body = data.series.map((x) =>
    seriesSentence(n > 1 ? x.name : null, x.points, data.interval, o, { joined: data.missing === 'connect' ? (x.missing ?? 0) : 0 }),
  );
  // Every value null: the message said in the plot leads (one series says nothing more).
  return [head, ...(none ? [msg(s, 'sentence', { text: none })] : []), ...(none && n === 1 ? [] : body)].join(' ');
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
export function noFiguresText(data: TrendData, o: Pick<DescribeOptions, 'locale' | 'unit' | 'heading' | 'text'>): string | null {
  const range = dataRange(data);
  if (!range || !hasNoFigures(data)) return null;
  const s = textFor(o.locale, o.text);
  const what = o.unit.trim() || o.heading.trim();
  const last = data.series.reduce((t, x) => {
    const p = x.points[x.points.length - 1];
    return p ? Math.max(t, p.filled ? addInterval(p.t, data.interval, p.filled - 1) : p.t) : t;
  }, range[1]);
  const when = span(range[0], last, data.interval, s);
  return what ? msg(s, 'noFiguresFor', { what, span: when }) : msg(s, 'noFiguresSpan', { span: when });
}
