/**
 * Size caps on input, shared by every schema (docs/robustness.md lists them).
 * Each is far above anything a newsroom graphic needs and far below where a
 * tab would freeze: input over a cap is an error with its path and the limit,
 * never silently cut. 100,000 points are well inside the point cap: long
 * series are reduced to what the pixels can show, not refused.
 */

/** Characters of JSON in one attribute or child script (about 20 MB; 100,000 points take about 4 MB). */
export const MAX_JSON_CHARS = 20_000_000;
/** Points in one chart, all series together. */
export const MAX_POINTS = 1_000_000;
/** Series in one <casualty-trend> (six colours, then repeated markers; more is unreadable long before this). */
export const MAX_SERIES = 50;
/** Annotations on one <casualty-trend>. */
export const MAX_ANNOTATIONS = 200;
/** Sources in one <source-comparison> (one row each). */
export const MAX_SOURCES = 200;
/** Photos in one <photo-gallery-caption>. */
export const MAX_PHOTOS = 1_000;
/** Characters in one text field inside JSON (a label, name, note, caption, credit, alt, URL). */
export const MAX_TEXT_CHARS = 10_000;

import type { IssueText } from '../i18n/issue-text.js';
import type { Key } from '../i18n/messages.js';

/** The message for a list longer than its cap (`what`: iManyPoints, iManySeries…). */
export function tooMany(count: number, max: number, what: Key): IssueText {
  return [what, { count, max }];
}

/** The message for a text longer than its cap. */
export function tooLong(length: number, max: number): IssueText {
  return ['iTooLong', { count: length, max }];
}
