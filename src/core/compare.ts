/**
 * Pure logic of <source-comparison>: sorting, range text, ratios against a
 * reference source written as words ("11 times", "a third of"), and the long
 * description read by screen readers.
 *
 * The steps are in compare/: figures (a source's figure), ratios (against the
 * reference), describe (name, sentences, description).
 */
export { central, figureText, figureWords, hasRange, rangeOnly, sortSources, upper, type SortMode } from './compare/figures.js';
export { compareWith, ratioPhrase, ratioRangePhrase, type Comparison } from './compare/ratios.js';
export { comparisonName, describeComparison, sourceText, type DescribeComparisonOptions } from './compare/describe.js';
