/**
 * The pure step between parsed sources and drawing: sources, reference, sort,
 * mark, width, locale and words → the sources in order, the chart's name, its
 * description and the drawable model. Each element holds its own memo
 * (`comparisonPreparer()`), so an update with the same inputs (a key press, focus)
 * returns the previous result without recomputing anything.
 */
import { comparisonName, describeComparison, sortSources, type SortMode } from '../../core/compare.js';
import { lastInputMemo } from '../../core/memo.js';
import type { Source } from '../../core/types.js';
import { msg, type Strings } from '../../i18n/messages.js';
import type { Keyword } from '../../internal/input.js';
import { makeIssue, type Issue } from '../../schema/issues.js';
import { buildComparisonModel, type CompareMark, type ComparisonModel } from './model.js';

export interface ComparisonInput {
  sources: readonly Source[];
  reference: Source | null;
  sort: SortMode;
  mark: CompareMark;
  /** Measured width in px; 0 before the first measurement (no model then). */
  width: number;
  locale: string;
  unit: string;
  period: string;
  heading: string;
  text: Strings;
}

export interface PreparedComparison {
  /** The sources in the order drawn. */
  sorted: Source[];
  name: string;
  description: string;
  /** Null while the width is unknown or when there are no sources. */
  model: ComparisonModel | null;
}

export function prepareComparison(input: ComparisonInput): PreparedComparison {
  const { reference, locale, text } = input;
  const sorted = sortSources(input.sources, input.sort, locale);
  const o = { locale, unit: input.unit, period: input.period, heading: input.heading, reference, text };
  const model =
    sorted.length && input.width > 0
      ? buildComparisonModel({
          sources: sorted,
          reference,
          mark: input.mark,
          width: input.width,
          locale,
          noFigureLabel: msg(text, 'noFigureReleased'),
          text,
        })
      : null;
  return { sorted, name: comparisonName(sorted, o), description: describeComparison(sorted, o), model };
}

const KEYS = ['sources', 'reference', 'sort', 'mark', 'width', 'locale', 'unit', 'period', 'heading', 'text'] as const;

/** prepareComparison memoised on its last inputs (by identity: parsed sources are a new array only when re-parsed). */
export const comparisonPreparer = (): ((input: ComparisonInput) => PreparedComparison) => lastInputMemo(KEYS, prepareComparison);

/** The keyword attributes: `sort` and `mark`. */
export const SORT: Keyword<SortMode> = { path: 'sort', allowed: ['value', 'name', 'none'], fallback: 'value', instead: 'xSortValue' };
export const MARK: Keyword<CompareMark> = { path: 'mark', allowed: ['bar', 'dot'], fallback: 'bar', instead: 'xBars' };

/** The source named by `reference` (case and spaces aside), or the error that none is. */
export function findReference(sources: readonly Source[], reference: string): { source: Source | null; issue: Issue | null } {
  const key = reference.trim().toLowerCase();
  const source = sources.find((s) => s.name.trim().toLowerCase() === key) ?? null;
  if (source) return { source, issue: null };
  const names = sources.map((s) => `"${s.name}"`);
  return { source: null, issue: makeIssue('reference', 'error', ['iNoReference', { name: reference, list: names }]) };
}

/** Three sources of the default shape: the room kept while `src` loads. */
const PLACEHOLDER: Source[] = [1, 2, 3].map((order) => ({
  name: 'Source',
  value: order,
  low: null,
  high: null,
  kind: 'monitor',
  status: null,
  url: null,
  urlRefused: false,
  retrieved: null,
  note: null,
  noFigure: false,
  order,
}));

/** While `src` loads: room for three sources at this width; pages that know better set a min-height. */
export function reserveModel(width: number): ComparisonModel {
  return buildComparisonModel({ sources: PLACEHOLDER, reference: null, mark: 'bar', width: width || 640, locale: 'en' });
}
