/** Periods in messages: a period start as ISO text, the name of an interval, "3 months". */
import type { Interval } from '../../core/dates.js';
import { word, type IssueWord } from '../../i18n/issue-text.js';
import type { Key } from '../../i18n/messages.js';

/** The ISO form of a period start at the precision of `interval`: "2017-03", "2017", "2017-03-06". */
export function isoPeriod(t: number, interval: Interval): string {
  const iso = new Date(t).toISOString();
  const year = iso.startsWith('+') || iso.startsWith('-') ? iso.slice(0, 7) : iso.slice(0, 4);
  const rest = iso.slice(year.length);
  return interval === 'year' ? year : interval === 'month' ? year + rest.slice(0, 3) : year + rest.slice(0, 6);
}

const UNIT_WORD: Record<Interval, Key> = { day: 'iDay', week: 'iWeek', month: 'iMonth', year: 'iYear' };
const PERIODS: Record<Interval, Key> = { day: 'days', week: 'weeks', month: 'months', year: 'years' };

/** The name of an interval (or a date's precision) inside a message: "month". */
export const unitWord = (iv: Interval): IssueWord => word(UNIT_WORD[iv]);

/** "3 months", as a message parameter (the count as written in the English message: 1407, not 1,407). */
export const periods = (count: number, iv: Interval): IssueWord => word(PERIODS[iv], { count: String(count) });
