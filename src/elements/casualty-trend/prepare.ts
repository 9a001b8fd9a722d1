/**
 * The pure step between parsed input and drawing: parsed data, annotations,
 * mark, width, locale, unit, heading and words → the chart's name, its description,
 * the annotations' texts and the drawable model. Each element holds its own
 * memo (`trendPreparer()`), so an update whose inputs are the same objects and
 * values returns the previous result without recomputing anything.
 */
import { describeAnnotation, describeTrend, trendName, type TrendMark } from '../../core/describe.js';
import { lastInputMemo } from '../../core/memo.js';
import type { Annotation, TrendData } from '../../core/types.js';
import type { Strings } from '../../i18n/messages.js';
import { buildTrendModel } from './layout/index.js';
import type { TrendModel } from './layout/types.js';

export interface PrepareInput {
  data: TrendData;
  annotations: readonly Annotation[];
  mark: TrendMark;
  /** Measured width in px; 0 before the first measurement (no model then). */
  width: number;
  locale: string;
  unit: string;
  heading: string;
  /** The element's words (its language's catalogue with the publisher's strings); English when absent. */
  text?: Strings | undefined;
}

export interface Prepared {
  name: string;
  description: string;
  annotationTexts: string[];
  /** Null while the width is unknown or when there are no points. */
  model: TrendModel | null;
}

export function prepareTrend(input: PrepareInput): Prepared {
  const { data, annotations, mark, width, locale, unit, heading, text } = input;
  const o = { locale, unit, mark, heading, text };
  const empty = data.series.every((s) => s.points.length === 0);
  return {
    name: trendName(data, o),
    description: describeTrend(data, o),
    annotationTexts: annotations.map((a) => describeAnnotation(a, data, o)),
    model: !empty && width > 0 ? buildTrendModel({ data, annotations, mark, width, locale, unit, heading, text }) : null,
  };
}

const KEYS = ['data', 'annotations', 'mark', 'width', 'locale', 'unit', 'heading', 'text'] as const;

/** prepareTrend memoised on its last inputs (compared by identity: parsed data is a new object only when re-parsed). */
export const trendPreparer = (): ((input: PrepareInput) => Prepared) => lastInputMemo(KEYS, prepareTrend);
