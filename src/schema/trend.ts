/**
 * Input contract of <casualty-trend>: the data (points or several series) and
 * the annotations. Parsing collects every problem with its path and returns a
 * normalised, sorted, validated model; nothing is dropped silently. The steps
 * live in trend/, in the order the two parsers below call them.
 */
import type { Interval } from '../core/dates.js';
import type { Annotation, LabelChecker, MissingMode, TrendData } from '../core/types.js';
import { IssueList, type Parsed } from './issues.js';
import { MAX_ANNOTATIONS } from './limits.js';
import { readList } from './read.js';
import { readAnnotation } from './trend/annotations.js';
import { markGaps } from './trend/gaps.js';
import { checkSameInterval, resolveInterval } from './trend/interval.js';
import { checkPointCap, listSeries, readAllSeries } from './trend/series.js';
import { dataSpan } from './trend/span.js';

export { MISSING_MODES, STATUSES } from '../core/types.js';
export type { Annotation, LabelChecker, LabelClaim, MissingMode, Status, TrendData, TrendPoint, TrendSeries } from '../core/types.js';
export { ANNOTATION_KEYS, type AnnotationInput } from './trend/annotations.js';
export { fillMissing } from './trend/gaps.js';
export { isoPeriod } from './trend/periods.js';
export { POINT_KEYS, type TrendPointInput } from './trend/points.js';
export { SERIES_KEYS, type TrendDataInput, type TrendSeriesInput } from './trend/series.js';

/**
 * Validates `data` (and an optional `interval`). `defaultName` names the
 * series when data is a plain list of points. `missing` says what a period
 * absent from the data is (see fillMissing).
 */
export function parseTrendData(
  input: unknown,
  interval?: unknown,
  defaultName = 'Values',
  missing: MissingMode = 'gap',
): Parsed<TrendData> {
  const issues = new IssueList();
  const raw = listSeries(input, defaultName, issues);
  checkPointCap(raw, issues);
  if (issues.hasErrors) return issues.result({ series: [], interval: 'day' as Interval });
  const { series, index, dates } = readAllSeries(raw, issues);
  const resolved = resolveInterval(interval, dates, issues);
  checkSameInterval(series, index, resolved, issues);
  if (issues.hasErrors) return issues.result({ series, interval: resolved, missing });
  markGaps(series, index, resolved, missing, issues);
  return issues.result({ series, interval: resolved, missing });
}

/**
 * Validates annotations against already-parsed data (dates must exist where a
 * value is needed) and checks each label's claims with `checker`
 * (docs/claims.md): `undefined` while the checker is loading (labels to check
 * are `pending`), `null` when it could not be loaded (they are withheld).
 */
export function parseAnnotations(input: unknown, data: TrendData, checker?: LabelChecker | null): Parsed<Annotation[]> {
  const issues = new IssueList();
  const list = readList(input, 'annotations', ['iAnnotationList', MAX_ANNOTATIONS, 'iManyAnnotations'], issues);
  if (!list.length) return issues.result([]);
  const ctx = { data, checker, issues, span: dataSpan(data) };
  const out: Annotation[] = [];
  list.forEach((raw, i) => {
    const annotation = readAnnotation(raw, `annotations[${i}]`, ctx);
    if (annotation) out.push(annotation);
  });
  return issues.result(out);
}
