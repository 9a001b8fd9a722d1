/** One sentence per series of the long description: its figures, gaps, ranges and statuses. */
import type { Status, TrendPoint } from '../types.js';
import { capitalise, listLang, msg, textFor, type Key, type Strings } from '../../i18n/messages.js';
import { percentChange } from '../change.js';
import { formatChange, formatDate, formatFigure, formatList } from '../format.js';
import type { Interval } from '../dates.js';
import { changeBasis, countText, isGap, isRangeOnly, pointDate, rangeText } from './points.js';
import { COUNT_KEY, periods, statusWord, type DescribeOptions, type TextOptions } from './words.js';

const WHEN: Record<Interval, Key> = { day: 'onDay', week: 'inWeek', month: 'inPeriod', year: 'inYear' };

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

export function seriesSentence(
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
