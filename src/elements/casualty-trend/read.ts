/**
 * <casualty-trend>'s input step: the raw data and annotations (from whichever
 * source won, see internal/input.ts) → parsed values and their problems. Pure
 * apart from reading whether the claim checker has loaded.
 */
import type { Annotation, MissingMode, TrendData } from '../../core/types.js';
import { claimChecker } from '../../internal/claim-checker.js';
import { problemsOf, type Keyword, type Problems } from '../../internal/input.js';
import { MISSING_MODES, parseAnnotations, parseTrendData } from '../../schema/trend.js';
import type { TrendMark } from '../../core/describe.js';
import type { Interval } from '../../core/dates.js';

/** The keyword attributes: `mark` and `missing`. */
export const MARK: Keyword<TrendMark> = { path: 'mark', allowed: ['line', 'area', 'bar'], fallback: 'line', instead: 'xLine' };
export const MISSING: Keyword<MissingMode> = { path: 'missing', allowed: MISSING_MODES, fallback: 'gap', instead: 'xDrawnAsGaps' };

export interface TrendRead {
  /** Both parsed, or null when either could not be. */
  value: { data: TrendData; annotations: Annotation[] } | null;
  problems: Problems;
  /** True when a label waits for the claim checker (load it, then read again). */
  claimsPending: boolean;
}

export interface ReadOptions {
  interval: Interval | undefined;
  /** What is counted; the series' name without one is "Values". */
  unit: string;
  missing: MissingMode;
  /** The labels' language, for the claim checker. */
  locale: string;
}

export function readTrend(data: unknown, annotations: unknown, o: ReadOptions): TrendRead {
  const name = o.unit ? o.unit[0]!.toUpperCase() + o.unit.slice(1) : 'Values';
  const d = parseTrendData(data, o.interval, name, o.missing);
  if (!d.ok) return { value: null, problems: problemsOf(d), claimsPending: false };
  const a = parseAnnotations(annotations, d.value, claimChecker(o.locale));
  const pa = problemsOf(a);
  return {
    value: a.ok ? { data: d.value, annotations: a.value } : null,
    problems: { errors: pa.errors, warnings: [...d.warnings, ...pa.warnings] },
    claimsPending: a.ok && a.value.some((x) => 'claim' in x && x.claim === 'pending'),
  };
}
