/**
 * Data for the <casualty-trend> stories, shared with tests: plain objects in
 * the element's input format (see src/schema/trend.ts).
 *
 * Only the figures in /work/shared/seed/raqqa-figures.json are real (The
 * Independent, 6 June 2017):
 * - 21 civilians reportedly killed on 5 June 2017 (SOHR and Syrian state media);
 * - 12 killed on 2 June 2017 (local sources, unverified);
 * - at least 220 killed in May 2017 (Airwars);
 * - a 400 per cent rise since autumn 2016: 44 in October 2016 → 220 in May 2017.
 * Every other value below is illustrative and is labelled so, both here and
 * in the stories that show it.
 */
import type { AnnotationInput, TrendPointInput, TrendSeriesInput } from '../src/schema/trend.js';

/** The seed figures, as numbers, for assertions. */
export const SEED = {
  killedOn5June2017: 21,
  killedOn2June2017Unverified: 12,
  airwarsOctober2016: 44,
  airwarsMay2017AtLeast: 220,
  airwarsRisePercent: 400,
} as const;

/** Daily deaths reported in the first days of the Raqqa assault (real; 3–4 June have no figure). */
export const raqqaDaily: TrendPointInput[] = [
  { date: '2017-06-02', value: 12, status: 'unverified', note: 'local sources; not confirmed' },
  { date: '2017-06-03', value: null },
  { date: '2017-06-04', value: null },
  { date: '2017-06-05', value: 21, status: 'reported', note: 'on boats on the Euphrates; SOHR and state media' },
];

/**
 * Civilians killed by coalition strikes per month (Airwars). October 2016
 * (44) and May 2017 (at least 220) are real; the months between, and the
 * ranges, are illustrative. Same values as demo/index.html.
 */
export const airwarsMonthly: TrendPointInput[] = [
  { date: '2016-10', value: 44, status: 'estimate', note: 'start of the Mosul and Raqqa assaults' },
  { date: '2016-11', value: 58, status: 'estimate', note: 'illustrative' },
  { date: '2016-12', value: 71, status: 'estimate', note: 'illustrative' },
  { date: '2017-01', value: 66, status: 'estimate', note: 'illustrative' },
  { date: '2017-02', value: 95, status: 'estimate', note: 'illustrative' },
  { date: '2017-03', value: 150, low: 120, high: 180, status: 'estimate', note: 'illustrative' },
  { date: '2017-04', value: 170, low: 140, high: 200, status: 'estimate', note: 'illustrative' },
  { date: '2017-05', value: 220, low: 220, high: 260, status: 'estimate', note: 'at least 220 (Airwars); the high end is illustrative' },
];

/** The seed story's annotations: the +400% change (44 → 220), May's 220 and the start of the assault. */
export const airwarsAnnotations: AnnotationInput[] = [
  { type: 'change', from: '2016-10', to: '2017-05', label: '{change} since October' },
  { type: 'point', date: '2017-05', label: 'At least 220 killed in May' },
  { type: 'event', date: '2017-06-05', label: 'Assault on Raqqa begins' },
];

/** One annotation of every type (point, change, event, period) over `airwarsMonthly`. */
export const allAnnotationTypes: AnnotationInput[] = [
  { type: 'period', from: '2016-11', to: '2017-05', label: 'SDF tightens the siege of Raqqa' },
  { type: 'change', from: '2016-10', to: '2017-05', label: '{change} since October' },
  { type: 'point', date: '2017-05', label: 'At least 220 killed in May' },
  { type: 'event', date: '2017-06-05', label: 'Assault on Raqqa begins' },
];

/** `airwarsMonthly` with no figure (null) for December 2016 and January 2017; values between the ends are illustrative. */
export const airwarsMonthlyWithGaps: TrendPointInput[] = airwarsMonthly.map((p) =>
  p.date === '2016-12' || p.date === '2017-01' ? { date: p.date, value: null, note: 'no figure (illustrative gap)' } : p,
);

/** A single real point: at least 220 killed in May 2017 (Airwars). */
export const onePoint: TrendPointInput[] = [{ date: '2017-05', value: 220, status: 'estimate', note: 'at least 220 (Airwars)' }];

/** No points at all. */
export const noData: TrendPointInput[] = [];

/** Three series with uncertainty ranges. ALL VALUES ARE ILLUSTRATIVE, not real data. */
export const illustrativeSeries: { series: TrendSeriesInput[] } = {
  series: [
    {
      name: 'Monitor A (illustrative)',
      points: [
        { date: '2016-10', value: 40, low: 30, high: 55, status: 'estimate' },
        { date: '2016-11', value: 55, low: 42, high: 70, status: 'estimate' },
        { date: '2016-12', value: 70, low: 55, high: 90, status: 'estimate' },
        { date: '2017-01', value: 65, low: 50, high: 85, status: 'estimate' },
        { date: '2017-02', value: 90, low: 70, high: 115, status: 'estimate' },
        { date: '2017-03', value: 140, low: 110, high: 175, status: 'estimate' },
        { date: '2017-04', value: 160, low: 130, high: 200, status: 'estimate' },
        { date: '2017-05', value: 210, low: 170, high: 255, status: 'estimate' },
      ],
    },
    {
      name: 'Monitor B (illustrative)',
      points: [
        { date: '2016-10', value: 25, low: 20, high: 32, status: 'reported' },
        { date: '2016-11', value: 30, low: 24, high: 38, status: 'reported' },
        { date: '2016-12', value: 38, low: 30, high: 48, status: 'reported' },
        { date: '2017-01', value: 35, low: 28, high: 45, status: 'reported' },
        { date: '2017-02', value: 50, low: 40, high: 62, status: 'reported' },
        { date: '2017-03', value: 80, low: 65, high: 100, status: 'reported' },
        { date: '2017-04', value: 95, low: 75, high: 120, status: 'reported' },
        { date: '2017-05', value: 120, low: 95, high: 150, status: 'reported' },
      ],
    },
    {
      name: 'Monitor C (illustrative)',
      points: [
        { date: '2016-10', value: 8, low: 5, high: 12, status: 'confirmed' },
        { date: '2016-11', value: 10, low: 6, high: 14, status: 'confirmed' },
        { date: '2016-12', value: 12, low: 8, high: 17, status: 'confirmed' },
        { date: '2017-01', value: 9, low: 6, high: 13, status: 'confirmed' },
        { date: '2017-02', value: 15, low: 10, high: 21, status: 'confirmed' },
        { date: '2017-03', value: 22, low: 15, high: 30, status: 'confirmed' },
        { date: '2017-04', value: 28, low: 20, high: 38, status: 'confirmed' },
        { date: '2017-05', value: 35, low: 25, high: 48, status: 'confirmed' },
      ],
    },
  ],
};

/** Annotations over `illustrativeSeries` (the series named explicitly). */
export const illustrativeSeriesAnnotations: AnnotationInput[] = [
  { type: 'change', series: 'Monitor A (illustrative)', from: '2016-10', to: '2017-05', label: '{change} (illustrative)' },
];

/** Text for a `data` attribute that is not valid JSON (trailing comma). */
export const brokenJson = '[{"date": "2017-06-02", "value": 12,}, {"date": "2017-06-05", "value": 21}';
