/** The charts the builder makes, their row fields, and the roles a sheet's column can take. */

export const CHARTS = ['casualty-trend', 'source-comparison', 'photo-gallery-caption'] as const;
export type Chart = (typeof CHARTS)[number];

export const CHART_NAMES: Record<Chart, string> = {
  'casualty-trend': 'Trend over time (casualty-trend)',
  'source-comparison': 'Sources compared (source-comparison)',
  'photo-gallery-caption': 'Photo captions and credits (photo-gallery-caption)',
};

/** Fields of each chart's rows, in the schema's own names. */
export const FIELDS: Record<Chart, readonly string[]> = {
  'casualty-trend': ['date', 'value', 'low', 'high', 'status', 'note', 'series'],
  'source-comparison': ['name', 'value', 'low', 'high', 'kind', 'status', 'url', 'retrieved', 'note'],
  'photo-gallery-caption': ['caption', 'credit', 'src', 'alt', 'srcset', 'width', 'height'],
};

/** A column's role: one of FIELDS, `wide` (a series of its own, named by its header; trend only) or `ignore`. */
export type Role = string;
export const WIDE = 'wide';
export const IGNORE = 'ignore';

export const NUMERIC: Record<Chart, readonly string[]> = {
  'casualty-trend': ['value', 'low', 'high'],
  'source-comparison': ['value', 'low', 'high'],
  'photo-gallery-caption': ['width', 'height'],
};
