/**
 * Data for the <casualty-trend> stories, shared with tests: plain objects in
 * the element's input format (see src/schema/trend.ts).
 *
 * Real names carry only real figures. These are real (The Independent,
 * 6 June 2017; /work/shared/seed/raqqa-figures.json):
 * - 21 civilians reportedly killed on 5 June 2017 (SOHR and Syrian state media);
 * - 12 killed on 2 June 2017 (local sources, unverified);
 * - at least 220 killed in May 2017 (Airwars);
 * - a 400 per cent rise since the assaults began in autumn 2016: 44 in
 *   October 2016 (the figure that rise implies) → 220 in May 2017.
 * Nothing else here is real. Every illustrative series is set in Quillhaven,
 * a fictional city, counted by fictional sources whose names say so, and its
 * story says "illustrative" in the heading or subheading, so a screenshot
 * that travels without its note still says it.
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
 * Civilians killed by coalition strikes (Airwars): the article's two figures
 * and nothing between them — October 2016 (44, implied by the 400 per cent
 * rise) and May 2017 (at least 220). The article gives no figure for the
 * months between, so none is given here. Same values as demo/index.html.
 */
export const airwarsMonthly: TrendPointInput[] = [
  { date: '2016-10', value: 44, status: 'estimate', note: 'start of the Mosul and Raqqa assaults; implied by the 400 per cent rise' },
  { date: '2017-05', value: 220, status: 'estimate', note: 'at least 220' },
];

/** The seed story's annotations: the +400% change (44 → 220), May's 220 and the start of the assault. */
export const airwarsAnnotations: AnnotationInput[] = [
  { type: 'change', from: '2016-10', to: '2017-05', label: '{change} since October' },
  { type: 'point', date: '2017-05', label: 'At least 220 killed in May' },
  { type: 'event', date: '2017-06-05', label: 'Assault on Raqqa begins' },
];

/** A single real point: at least 220 killed in May 2017 (Airwars). */
export const onePoint: TrendPointInput[] = [{ date: '2017-05', value: 220, status: 'estimate', note: 'at least 220 (Airwars)' }];

/** The fictional setting of every illustrative chart. */
export const FICTIONAL = {
  city: 'Quillhaven',
  monitor: 'Lantern Monitor (fictional)',
  defence: 'Quillhaven Civil Defence (fictional)',
  office: 'Quillhaven Harbour Office (fictional)',
} as const;

/**
 * ILLUSTRATIVE, FICTIONAL: civilians killed per month in Quillhaven (a
 * fictional city) by the Lantern Monitor's count (a fictional monitor),
 * January–August 2021, with ranges from March.
 */
export const quillhavenMonthly: TrendPointInput[] = [
  { date: '2021-01', value: 30, status: 'estimate' },
  { date: '2021-02', value: 41, status: 'estimate' },
  { date: '2021-03', value: 55, low: 45, high: 68, status: 'estimate' },
  { date: '2021-04', value: 49, low: 40, high: 61, status: 'estimate' },
  { date: '2021-05', value: 76, low: 62, high: 90, status: 'estimate' },
  { date: '2021-06', value: 118, low: 100, high: 140, status: 'estimate' },
  { date: '2021-07', value: 131, low: 110, high: 155, status: 'estimate' },
  { date: '2021-08', value: 164, low: 150, high: 190, status: 'estimate', note: 'highest month (illustrative)' },
];

/** ILLUSTRATIVE, FICTIONAL: the change since January (computed), August's figure, and an event one month after the data. */
export const quillhavenAnnotations: AnnotationInput[] = [
  { type: 'change', from: '2021-01', to: '2021-08', label: '{change} since January' },
  { type: 'point', date: '2021-08', label: '164 killed in August' },
  { type: 'event', date: '2021-09-02', label: 'Harbour assault begins' },
];

/** One annotation of every type (period, change, point, event) over `quillhavenMonthly` (fictional, illustrative). */
export const allAnnotationTypes: AnnotationInput[] = [
  { type: 'period', from: '2021-03', to: '2021-08', label: 'Siege of the old harbour' },
  ...quillhavenAnnotations,
];

/** `quillhavenMonthly` (fictional, illustrative) with no figure (null) for April and May 2021. */
export const quillhavenMonthlyWithGaps: TrendPointInput[] = quillhavenMonthly.map((p) =>
  p.date === '2021-04' || p.date === '2021-05' ? { date: p.date, value: null, note: 'no figure (illustrative gap)' } : p,
);

/** No points at all. */
export const noData: TrendPointInput[] = [];

/** ILLUSTRATIVE, FICTIONAL: three Quillhaven sources' monthly counts, each with a range. */
export const illustrativeSeries: { series: TrendSeriesInput[] } = {
  series: [
    {
      name: FICTIONAL.monitor,
      points: [
        { date: '2021-01', value: 40, low: 30, high: 55, status: 'estimate' },
        { date: '2021-02', value: 55, low: 42, high: 70, status: 'estimate' },
        { date: '2021-03', value: 70, low: 55, high: 90, status: 'estimate' },
        { date: '2021-04', value: 65, low: 50, high: 85, status: 'estimate' },
        { date: '2021-05', value: 90, low: 70, high: 115, status: 'estimate' },
        { date: '2021-06', value: 140, low: 110, high: 175, status: 'estimate' },
        { date: '2021-07', value: 160, low: 130, high: 200, status: 'estimate' },
        { date: '2021-08', value: 210, low: 170, high: 255, status: 'estimate' },
      ],
    },
    {
      name: FICTIONAL.defence,
      points: [
        { date: '2021-01', value: 25, low: 20, high: 32, status: 'reported' },
        { date: '2021-02', value: 30, low: 24, high: 38, status: 'reported' },
        { date: '2021-03', value: 38, low: 30, high: 48, status: 'reported' },
        { date: '2021-04', value: 35, low: 28, high: 45, status: 'reported' },
        { date: '2021-05', value: 50, low: 40, high: 62, status: 'reported' },
        { date: '2021-06', value: 80, low: 65, high: 100, status: 'reported' },
        { date: '2021-07', value: 95, low: 75, high: 120, status: 'reported' },
        { date: '2021-08', value: 120, low: 95, high: 150, status: 'reported' },
      ],
    },
    {
      name: FICTIONAL.office,
      points: [
        { date: '2021-01', value: 8, low: 5, high: 12, status: 'confirmed' },
        { date: '2021-02', value: 10, low: 6, high: 14, status: 'confirmed' },
        { date: '2021-03', value: 12, low: 8, high: 17, status: 'confirmed' },
        { date: '2021-04', value: 9, low: 6, high: 13, status: 'confirmed' },
        { date: '2021-05', value: 15, low: 10, high: 21, status: 'confirmed' },
        { date: '2021-06', value: 22, low: 15, high: 30, status: 'confirmed' },
        { date: '2021-07', value: 28, low: 20, high: 38, status: 'confirmed' },
        { date: '2021-08', value: 35, low: 25, high: 48, status: 'confirmed' },
      ],
    },
  ],
};

/** Annotations over `illustrativeSeries` (the series named explicitly). */
export const illustrativeSeriesAnnotations: AnnotationInput[] = [
  { type: 'change', series: FICTIONAL.monitor, from: '2021-01', to: '2021-08', label: '{change} (illustrative)' },
];

/** Text for a `data` attribute that is not valid JSON (trailing comma). */
export const brokenJson = '[{"date": "2017-06-02", "value": 12,}, {"date": "2017-06-05", "value": 21}';
