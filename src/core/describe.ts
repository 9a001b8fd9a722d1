/**
 * Text for screen readers and for everyone: the chart's name, a long
 * description computed from the data (what is measured, the dates, the peak,
 * the latest value, the change, the gaps, the statuses) and one sentence per
 * annotation. Every number goes through the locale's formatters.
 *
 * The steps are in describe/: words (options, statuses, kinds), points (one
 * figure), series (one sentence per series), trend (name and description),
 * annotations (labels and their sentences).
 */
export { kindWord, statusWord, type DescribeOptions, type TrendMark } from './describe/words.js';
export { changeBasis, countText, isGap, isRangeOnly, pointDate, pointText, pointValueText, rangeText } from './describe/points.js';
export { dataRange, describeTrend, hasNoFigures, noFiguresText, trendName } from './describe/trend.js';
export { annotationLabel, changeLabel, describeAnnotation } from './describe/annotations.js';
