/** What every description shares: its options, and words for counts of periods, statuses and source kinds. */
import { SOURCE_KINDS, type Status } from '../types.js';
import { msg, type Key, type Strings } from '../../i18n/messages.js';
import type { Interval } from '../dates.js';

export type TrendMark = 'line' | 'area' | 'bar';

export interface DescribeOptions {
  locale: string;
  unit: string;
  mark: TrendMark;
  heading: string;
  /** The words, in the element's language; English (with the locale's numbers) when absent. */
  text?: Strings | undefined;
}

export type TextOptions = Pick<DescribeOptions, 'locale' | 'unit' | 'text'>;

/** "3 months": a count of periods, in the plural form of the language. */
const PERIODS: Record<Interval, Key> = { day: 'days', week: 'weeks', month: 'months', year: 'years' };

export function periods(n: number, interval: Interval, s: Strings): string {
  return msg(s, PERIODS[interval], { count: n });
}

/** "3 estimates": how many figures have a status. */
export const COUNT_KEY: Record<Status, Key> = {
  confirmed: 'countConfirmed',
  reported: 'countReported',
  unverified: 'countUnverified',
  estimate: 'countEstimate',
};

/** A status as a word of the text's language ("estimate"). */
export function statusWord(status: Status, s: Strings): string {
  return msg(s, `${status}Status`);
}

type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * A source's kind in the reader's language when it is one of the schema's kinds (SOURCE_KINDS itself, so a kind
 * added there is a kind here, and its `…Kind` key must exist); any other text as the editor wrote it.
 */
export function kindWord(kind: string, s: Strings): string {
  return (SOURCE_KINDS as readonly string[]).includes(kind) ? msg(s, `${kind as SourceKind}Kind`) : kind;
}
