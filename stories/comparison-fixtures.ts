/**
 * Data for the <source-comparison> stories: plain objects in the element's
 * input format (see src/schema/comparison.ts).
 *
 * Only these figures are real (The Independent, 6 June 2017; see
 * /work/shared/seed/raqqa-figures.json):
 * - 21 civilians reportedly killed on the boats on Monday 5 June 2017, by both
 *   the Syrian Observatory for Human Rights and Syrian state media (reported);
 * - 12 killed in strikes on Friday 2 June 2017, by local sources (unverified,
 *   not confirmed by US Central Command or sources on the ground);
 * - at least 220 killed in May 2017, by Airwars (estimate);
 * - US Central Command released no figure (its own tally is "usually far lower").
 * Real names carry only these real figures. Every other value belongs to a
 * source whose name says "(illustrative)" or "(fictional)", and the story that
 * shows it says "illustrative" in its heading or subheading, so a screenshot
 * that travels without its note still says so.
 */
import type { SourceInput } from '../src/schema/comparison.js';

/** The seed figures, as numbers, for checks. */
export const SEED_COMPARISON = {
  boatsOn5June2017: 21,
  strikesOn2June2017Unverified: 12,
  airwarsMay2017AtLeast: 220,
} as const;

/** May 2017 (real): Airwars' estimate of at least 220; US Central Command gave no figure. */
export const may2017: SourceInput[] = [
  { name: 'Airwars', value: 220, kind: 'monitor', status: 'estimate', url: 'https://airwars.org/', note: 'at least 220' },
  { name: 'US Central Command', value: null, kind: 'military', note: 'own tally usually far lower; no figure given' },
];

/** Friday 2 June 2017 (real): 12 killed according to local sources (unverified); no figure from US Central Command. */
export const fridayStrikes: SourceInput[] = [
  {
    name: 'Local sources',
    value: 12,
    kind: 'local',
    status: 'unverified',
    note: 'not confirmed by US Central Command or sources on the ground',
  },
  { name: 'US Central Command', value: null, kind: 'military', note: 'no figure given in the article' },
];

/** Monday 5 June 2017 (real): 21 killed on the boats, reported by SOHR and by Syrian state media. */
export const mondayBoats: SourceInput[] = [
  { name: 'Syrian Observatory for Human Rights', value: 21, kind: 'monitor', status: 'reported', retrieved: '2017-06-06' },
  { name: 'Syrian state media', value: 21, kind: 'media', status: 'reported', retrieved: '2017-06-06' },
];

/** ILLUSTRATIVE: monitors giving ranges, one with a central value inside its range, one a range only. */
export const illustrativeRanges: SourceInput[] = [
  { name: 'Monitor A (illustrative)', value: 250, low: 220, high: 300, kind: 'monitor', status: 'estimate' },
  { name: 'Monitor B (illustrative)', low: 90, high: 160, kind: 'ngo', status: 'estimate' },
  { name: 'Monitor C (illustrative)', value: 75, low: 60, high: 95, kind: 'monitor', status: 'reported' },
  { name: 'Local reports (illustrative)', low: 30, high: 45, kind: 'local', status: 'unverified' },
];

/** ILLUSTRATIVE: sources that released no figure, as `value: null` and as `status: "no-figure"`, next to two that did. */
export const illustrativeNoFigure: SourceInput[] = [
  { name: 'Monitor A (illustrative)', value: 140, kind: 'monitor', status: 'estimate' },
  { name: 'Ministry (illustrative)', value: null, kind: 'government', note: 'declined to give a figure' },
  { name: 'Military (illustrative)', status: 'no-figure', kind: 'military' },
  { name: 'Local reports (illustrative)', value: 35, kind: 'local', status: 'unverified' },
];

/**
 * ILLUSTRATIVE: an official count of 20 and monitors' figures around it, so
 * the ratio callouts show: 220–300 is "11–15 times", 60 "3 times", 7 "35% of";
 * the ministry gave no figure, so it gets no ratio.
 */
export const illustrativeReference: SourceInput[] = [
  { name: 'Official tally (illustrative)', value: 20, kind: 'military', status: 'confirmed' },
  { name: 'Monitor A (illustrative)', low: 220, high: 300, kind: 'monitor', status: 'estimate', url: 'https://example.org/a' },
  { name: 'Monitor B (illustrative)', value: 60, kind: 'ngo', status: 'reported' },
  { name: 'Local reports (illustrative)', value: 7, kind: 'local', status: 'unverified' },
  { name: 'Ministry (illustrative)', value: null, kind: 'government' },
];

/** ILLUSTRATIVE, FICTIONAL: long names that wrap, all of them fictional (set in Quillhaven, a fictional city). */
export const longNames: SourceInput[] = [
  { name: 'Lantern Monitor for Civilian Harm in Quillhaven (fictional)', value: 21, kind: 'monitor', status: 'reported' },
  {
    name: 'Independent Joint Commission for the Protection of Civilians in the Ardle Valley (fictional)',
    value: 17,
    low: 14,
    high: 26,
    kind: 'ngo',
    status: 'estimate',
  },
  { name: 'Quillhaven Harbour Office (fictional)', value: 9, kind: 'government', status: 'confirmed' },
];

/**
 * ILLUSTRATIVE, FICTIONAL: the reference gives only a range, so every ratio
 * is a range: 220 against 5–10 reads "22–44 times", and against a range that
 * starts at 0 ("at least") see `illustrativeZeroRangeReference`.
 */
export const illustrativeRangeReference: SourceInput[] = [
  { name: 'Quillhaven Harbour Office (fictional)', value: null, low: 5, high: 10, kind: 'government', status: 'confirmed' },
  { name: 'Lantern Monitor (fictional)', value: 220, kind: 'monitor', status: 'estimate' },
  { name: 'Ardle Valley medics (fictional)', low: 60, high: 90, kind: 'ngo', status: 'reported' },
];

/** ILLUSTRATIVE, FICTIONAL: a reference range of 0–10 — 220 is "at least 22 times" it (no upper limit: nothing divides by 0). */
export const illustrativeZeroRangeReference: SourceInput[] = [
  { name: 'Quillhaven Harbour Office (fictional)', value: null, low: 0, high: 10, kind: 'government', status: 'confirmed' },
  { name: 'Lantern Monitor (fictional)', value: 220, kind: 'monitor', status: 'estimate' },
];

/** ILLUSTRATIVE, in Arabic: names and values for the right-to-left story (the names say "توضيحي", illustrative). */
export const arabicIllustrative: SourceInput[] = [
  { name: 'الحصيلة الرسمية (توضيحي)', value: 20, kind: 'عسكري', status: 'confirmed' },
  { name: 'المرصد أ (توضيحي)', low: 220, high: 300, kind: 'مرصد', status: 'estimate' },
  { name: 'مصادر محلية (توضيحي)', value: 60, kind: 'محلي', status: 'unverified' },
  { name: 'وزارة (توضيحي)', value: null, kind: 'حكومي' },
];

/** Text for a `data` attribute that is not valid JSON (trailing comma, missing bracket). */
export const brokenComparisonJson = '[{"name": "Local sources", "value": 12,}, {"name": "US Central Command", "value": null}';

/** ILLUSTRATIVE invalid input: the first source's low (300) is greater than its high (220). */
export const lowAboveHigh: SourceInput[] = [
  { name: 'Monitor A (illustrative)', low: 300, high: 220, kind: 'monitor', status: 'estimate' },
  { name: 'Monitor B (illustrative)', value: 60, kind: 'ngo', status: 'reported' },
];
