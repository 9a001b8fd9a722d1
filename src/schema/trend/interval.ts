/** The interval of a trend (given, or inferred from its dates), and points that fall in one period of it. */
import { floorTo, inferInterval, INTERVALS, type Interval, type IsoDate } from '../../core/dates.js';
import type { TrendSeries } from '../../core/types.js';
import type { IssueList } from '../issues.js';
import { readOneOf } from '../read.js';
import { unitWord } from './periods.js';
import { datePath, type InputIndex } from './series.js';

/** The `interval` given (one of INTERVALS; left out, null or "" is none), else the one the dates imply. */
export function resolveInterval(given: unknown, dates: readonly IsoDate[], issues: IssueList): Interval {
  return readOneOf(given === '' ? null : given, INTERVALS, 'interval', issues) ?? inferInterval(dates);
}

/**
 * Two timestamps on the same day (or in the same month, for a monthly chart)
 * would draw on one spot and read as the same date: an error, like an exact duplicate.
 */
export function checkSameInterval(
  series: readonly TrendSeries[],
  index: readonly InputIndex[],
  interval: Interval,
  issues: IssueList,
): void {
  series.forEach((s, si) => {
    for (let i = 1; i < s.points.length; i++) {
      const a = s.points[i - 1]!;
      const b = s.points[i]!;
      if (floorTo(a.t, interval) === floorTo(b.t, interval)) {
        issues.error(datePath(index[si]!, i), 'iSameInterval', {
          interval: unitWord(interval),
          other: datePath(index[si]!, i - 1),
          date: a.date,
        });
      }
    }
  });
}
