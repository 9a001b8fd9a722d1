/**
 * Axis ticks. Time ticks fall on calendar boundaries (1st of a month, 1
 * January, Mondays) chosen coarse enough to fit the width; count ticks are
 * whole numbers from zero, since the charts count people.
 */
import { addInterval, floorTo, type Interval } from './dates.js';
import { formatDate, formatYear } from './format.js';

export interface TimeTick {
  t: number;
  /** The main label: "Oct", "5 Jun", "2017". */
  label: string;
  /** A second line where the year changes: "2017". */
  sub?: string;
}

type Step = readonly [Interval, number];

const STEPS: readonly Step[] = [
  ['day', 1],
  ['day', 2],
  ['week', 1],
  ['week', 2],
  ['month', 1],
  ['month', 2],
  ['month', 3],
  ['month', 6],
  ['year', 1],
  ['year', 2],
  ['year', 5],
  ['year', 10],
  ['year', 25],
  ['year', 50],
  ['year', 100],
];

const RANK: Record<Interval, number> = { day: 0, week: 1, month: 2, year: 3 };

function* stepTicks(t0: number, t1: number, [unit, n]: Step): Generator<number> {
  if (!Number.isFinite(t0) || !Number.isFinite(t1)) return;
  let t = floorTo(t0, unit);
  if (t < t0) t = addInterval(t, unit, 1);
  if (unit === 'month') {
    while (new Date(t).getUTCMonth() % n !== 0) t = addInterval(t, 'month', 1);
  } else if (unit === 'year') {
    while (new Date(t).getUTCFullYear() % n !== 0) t = addInterval(t, 'year', 1);
  }
  // Days and weeks count from the first date, so the first period always gets a tick.
  for (; t <= t1; t = addInterval(t, unit, n)) yield t;
}

/** At most `maxCount` ticks between t0 and t1, never finer than the data's interval. */
export function timeTicks(t0: number, t1: number, interval: Interval, maxCount: number, locale: string): TimeTick[] {
  const limit = Math.max(1, Math.floor(maxCount));
  let chosen: number[] = [];
  let unit: Interval = interval;
  for (const step of STEPS) {
    if (RANK[step[0]] < RANK[interval]) continue;
    const ticks: number[] = [];
    for (const t of stepTicks(t0, t1, step)) {
      ticks.push(t);
      if (ticks.length > limit) break;
    }
    if (ticks.length <= limit && ticks.length > 0) {
      chosen = ticks;
      unit = step[0];
      break;
    }
  }
  if (chosen.length === 0) {
    chosen = [t0];
    unit = interval;
  }
  let lastYear = '';
  return chosen.map((t, i) => {
    const year = formatYear(t, locale);
    if (unit === 'year') return { t, label: year };
    const label = formatDate(t, unit === 'month' ? 'month' : 'day', locale, 'tick');
    const tick: TimeTick = { t, label };
    if (i === 0 || year !== lastYear) tick.sub = year;
    lastYear = year;
    return tick;
  });
}

export { countDomainMax, countTicks } from './scale.js';
