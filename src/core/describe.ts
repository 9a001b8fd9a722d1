/**
 * Text for screen readers and for everyone: the chart's name, a long
 * description computed from the data (what is measured, the dates, the peak,
 * the latest value, the change, the gaps, the statuses) and one sentence per
 * annotation. Every number goes through the locale's formatters.
 */
import type { Annotation, Status, TrendData, TrendPoint } from './types.js';
import { capitalise, listLang, msg, textFor, type Key, type Strings } from '../i18n/messages.js';
import { percentChange } from './change.js';
import { formatChange, formatDate, formatFigure, formatList } from './format.js';
import { addInterval, type Interval } from './dates.js';

export type TrendMark = 'line' | 'area' | 'bar';

export interface DescribeOptions {
  locale: string;
  unit: string;
  mark: TrendMark;
  heading: string;
  /** The words, in the element's language; English (with the locale's numbers) when absent. */
  text?: Strings | undefined;
}

type TextOptions = Pick<DescribeOptions, 'locale' | 'unit' | 'text'>;

/** "3 months": a count of periods, in the plural form of the language. */
const PERIODS: Record<Interval, Key> = { day: 'days', week: 'weeks', month: 'months', year: 'years' };
const PER: Record<Interval, Key> = { day: 'perDay', week: 'perWeek', month: 'perMonth', year: 'perYear' };
const MARK_KEY: Record<TrendMark, Key> = { line: 'lineChart', area: 'areaChart', bar: 'barChart' };
const WHEN: Record<Interval, Key> = { day: 'onDay', week: 'inWeek', month: 'inPeriod', year: 'inYear' };
const COUNT_KEY: Record<Status, Key> = {
  confirmed: 'countConfirmed',
  reported: 'countReported',
  unverified: 'countUnverified',
  estimate: 'countEstimate',
};

function periods(n: number, interval: Interval, s: Strings): string {
  return msg(s, PERIODS[interval], { count: n });
}

/** A status as a word of the text's language ("estimate"). */
export function statusWord(status: Status, s: Strings): string {
  return msg(s, `${status}Status`);
}

const KINDS = new Set(['military', 'government', 'monitor', 'ngo', 'media', 'local']);

/** A source's kind in the reader's language when it is one of the schema's kinds; any other text as the editor wrote it. */
export function kindWord(kind: string, s: Strings): string {
  return KINDS.has(kind) ? msg(s, `${kind}Kind` as Key) : kind;
}

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

/** "in May 2017", "on 2 June 2017", "in the week of 5 June 2017". */
function when(t: number, interval: Interval, s: Strings): string {
  const date = formatDate(t, interval, s.locale, 'long');
  return msg(s, WHEN[interval], { date });
}

/** "only a range for May 2017 (between 200 and 260)": figures given only as ranges, the first five named. */
function rangeOnlyClause(points: readonly TrendPoint[], interval: Interval, s: Strings): string {
  const rangeOnly = points.filter(isRangeOnly);
  if (!rangeOnly.length) return '';
  const items = rangeOnly
    .slice(0, 5)
    .map((p) =>
      msg(s, 'paren', { text: formatDate(p.t, interval, s.locale, 'long'), detail: rangeText(p.low!, p.high!, s.locale, '', s) }),
    );
  const list = formatList(items, listLang(s));
  return rangeOnly.length > 5 ? msg(s, 'onlyRangeMore', { list, count: rangeOnly.length - 5 }) : msg(s, 'onlyRange', { list });
}

/** Highest, lowest, latest and the change since the first figure, each with its status. */
function figureClauses(valued: readonly (TrendPoint & { value: number })[], interval: Interval, o: TextOptions, s: Strings): string[] {
  const L = o.locale;
  // A figure's status goes with it: an unverified count is never read as an established one.
  const st = (text: string, p: TrendPoint) => (p.status ? msg(s, 'paren', { text, detail: statusWord(p.status, s) }) : text);
  const first = valued[0]!;
  if (valued.length === 1)
    return [st(msg(s, 'oneFigure', { value: countText(first.value, L, o.unit, s), when: when(first.t, interval, s) }), first)];
  let peak = first;
  let low = first;
  for (const p of valued) {
    if (p.value > peak.value) peak = p;
    if (p.value < low.value) low = p;
  }
  const last = valued[valued.length - 1]!;
  const bits = [
    st(msg(s, 'highest', { value: countText(peak.value, L, o.unit, s), when: when(peak.t, interval, s) }), peak),
    st(msg(s, 'lowest', { value: formatFigure(low.value, L), when: when(low.t, interval, s) }), low),
    st(msg(s, 'latest', { value: formatFigure(last.value, L), when: when(last.t, interval, s) }), last),
  ];
  // The status rule (changeBasis): a percentage between figures of different standing
  // (unverified against reported) is stated only with both statuses named.
  const change = percentChange(first.value, last.value);
  const basis = changeBasis(first.value, first.status, last.value, last.status, L, s).text;
  const date = formatDate(first.t, interval, L, 'long');
  bits.push(
    change !== null
      ? msg(s, 'changeSince', { change: formatChange(change, L), date, basis })
      : msg(s, 'basisWhen', { basis, when: when(first.t, interval, s) }),
  );
  return bits;
}

function seriesSentence(
  name: string | null,
  points: readonly TrendPoint[],
  interval: Interval,
  o: DescribeOptions,
  series?: { joined: number },
): string {
  const s = textFor(o.locale, o.text);
  const end = (text: string) =>
    name ? msg(s, 'seriesSentence', { series: name, text }) : msg(s, 'sentence', { text: capitalise(text, s.lang) });
  const valued = points.filter((p): p is TrendPoint & { value: number } => p.value !== null);
  const rangeBit = rangeOnlyClause(points, interval, s);
  if (valued.length === 0) {
    if (rangeBit) return end(rangeBit);
    const n = points.reduce((n, p) => n + (p.filled ?? 1), 0);
    return end(points.length ? msg(s, 'noFiguresListed', { periods: periods(n, interval, s) }) : msg(s, 'noFigures'));
  }
  const bits = figureClauses(valued, interval, o, s);
  const gaps = points.filter(isGap);
  if (gaps.length) {
    const total = gaps.reduce((n, p) => n + (p.filled ?? 1), 0);
    const shown = gaps.slice(0, 5);
    const rest = total - shown.reduce((n, p) => n + (p.filled ?? 1), 0);
    const list = formatList(
      shown.map((p) => pointDate(p, interval, o.locale, s)),
      listLang(s),
    );
    bits.push(rest > 0 ? msg(s, 'noFigureForMore', { list, periods: periods(rest, interval, s) }) : msg(s, 'noFigureFor', { list }));
  }
  if (rangeBit) bits.push(rangeBit);
  const joined = series?.joined ?? 0;
  if (joined) bits.push(msg(s, o.mark === 'bar' ? 'joinedBar' : 'joinedLine', { periods: periods(joined, interval, s) }));
  const ranged = points.filter((p) => p.low !== null && p.value !== null);
  if (ranged.length) bits.push(msg(s, 'uncertainty', { periods: periods(ranged.length, interval, s) }));
  const statuses = new Map<Status, number>();
  for (const p of points) if (p.status) statuses.set(p.status, (statuses.get(p.status) ?? 0) + 1);
  if (statuses.size) {
    const list = formatList(
      [...statuses].map(([st, n]) => msg(s, COUNT_KEY[st], { count: n })),
      listLang(s),
    );
    bits.push(msg(s, 'statusList', { list }));
  }
  return end(bits.join(msg(s, 'clauseSep')));
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

/**
 * Fills `{change}` in a label; without a label the change itself is the text.
 * Under the status rule (changeBasis), a change between figures of different
 * status names both: `{change}` becomes "+400% (from 44, reported, to 220,
 * estimate)", and a label without `{change}` gets the same bracket after it.
 */
export function changeLabel(a: Extract<Annotation, { type: 'change' }>, locale: string, text?: Strings): string {
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
function changeFigures(a: Extract<Annotation, { type: 'change' }>, o: TextOptions, s: Strings): string {
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
