/**
 * The accessibility matrix: every element × state × theme × direction × width
 * that test/a11y walks. States are rows of a table: adding a state is one entry.
 * Each state says how to draw the element (attributes, in the direction's
 * language) and what the accessibility tree must then hold.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatChange, formatNumber } from '../../src/core/format.js';
import { illustrativeMonthly, twoSeries } from '../../fixtures/trend.js';
import { seedAnnotations } from '../../fixtures/seed.js';
import { withReference } from '../../fixtures/comparison.js';

export type Tag = 'casualty-trend' | 'source-comparison' | 'photo-gallery-caption';
export type Theme = 'light' | 'dark';
export type Dir = 'ltr' | 'rtl';

export const THEMES: readonly Theme[] = ['light', 'dark'];
export const DIRS: readonly Dir[] = ['ltr', 'rtl'];
export const WIDTHS: readonly number[] = [280, 640];
/** Language of each direction's page: right to left is an Arabic page. */
export const LANG: Record<Dir, string> = { ltr: 'en', rtl: 'ar' };
/** The matrix's Arabic page is Egyptian Arabic, so its numbers and dates use Arabic-Indic digits (plain `ar` gives Latin ones). */
export const MATRIX_LANG: Record<Dir, string> = { ltr: 'en', rtl: 'ar-EG' };

/** Words of the page, in the page's language (headings, units, names and captions come from the page). */
const WORDS = {
  en: {
    heading: 'Civilian deaths in coalition strikes',
    unit: 'civilians killed',
    monitor: 'Monitor A',
    official: 'Official tally',
    caption: 'Smoke rises over the old city',
    credit: 'Reuters',
    change: '{change} since October',
    point: 'At least 220 killed in May',
    event: 'Assault on Raqqa begins',
  },
  ar: {
    heading: 'القتلى المدنيون في غارات التحالف',
    unit: 'مدنيون قتلى',
    monitor: 'مرصد أ',
    official: 'الحصيلة الرسمية',
    caption: 'دخان يتصاعد فوق المدينة القديمة',
    credit: 'رويترز',
    change: '{change} منذ أكتوبر',
    point: '٢٢٠ قتيلًا على الأقل في مايو',
    event: 'بدء الهجوم على الرقة',
  },
} as const;

export interface Expect {
  /** The plot is a focusable group with a name (false for empty, error and loading states). */
  chart: boolean;
  /** Texts the chart group's accessible description must contain (formatted in the page's locale). */
  figures: string[];
  /** An error message is shown (and console.error says why). */
  error?: boolean;
  /** The input has problems the element warns about on the console. */
  warns?: boolean;
  /** Gallery: number of slide groups in the tree. */
  slides?: number;
  /** Charts: rows of the data table (one per datum). */
  rows?: number;
  /** The loading state: a busy figure with a status message. */
  loading?: boolean;
}

export interface State {
  tag: Tag;
  state: string;
  /** False leaves the row in the table but skips it (say why in `why`). */
  enabled?: boolean;
  why?: string;
  render: (lang: 'en' | 'ar') => TemplateResult;
  expect: (locale: string) => Expect;
}

const trendSeed = (w: (typeof WORDS)['en' | 'ar']) =>
  JSON.stringify(seedAnnotations.map((a, i) => ({ ...a, label: [w.change, w.point, w.event][i] })));
const seriesIn = (w: (typeof WORDS)['en' | 'ar']) =>
  JSON.stringify({ series: twoSeries.series.map((s, i) => ({ ...s, name: i ? w.official : w.monitor })) });

/** Data that arrives only after a minute: the loading state for as long as a test needs it. */
const SLOW = '/__remote/data?body=%5B%5D&type=application%2Fjson&delay=60000';

export const STATES: readonly State[] = [
  // <casualty-trend>
  {
    tag: 'casualty-trend',
    state: 'normal',
    render: (l) =>
      html`<casualty-trend
        heading=${WORDS[l].heading}
        unit=${WORDS[l].unit}
        source="Airwars"
        source-url="https://airwars.org/"
        data=${JSON.stringify(illustrativeMonthly)}
        annotations=${trendSeed(WORDS[l])}
      ></casualty-trend>`,
    expect: (loc) => ({ chart: true, figures: [formatNumber(220, loc), formatNumber(44, loc), formatChange(400, loc)], rows: 8 }),
  },
  {
    tag: 'casualty-trend',
    // axis-direction="auto": left to right on the ltr page, mirrored (time right to left) on the rtl page.
    state: 'normal, axis-direction auto',
    render: (l) =>
      html`<casualty-trend
        axis-direction="auto"
        heading=${WORDS[l].heading}
        unit=${WORDS[l].unit}
        data=${JSON.stringify(illustrativeMonthly)}
        annotations=${trendSeed(WORDS[l])}
      ></casualty-trend>`,
    expect: (loc) => ({ chart: true, figures: [formatNumber(220, loc), formatNumber(44, loc), formatChange(400, loc)], rows: 8 }),
  },
  {
    tag: 'casualty-trend',
    state: 'several series with ranges',
    render: (l) => html`<casualty-trend heading=${WORDS[l].heading} unit=${WORDS[l].unit} data=${seriesIn(WORDS[l])}></casualty-trend>`,
    expect: (loc) => ({ chart: true, figures: [formatNumber(120, loc), formatNumber(12, loc)], rows: 6 }),
  },
  {
    tag: 'casualty-trend',
    // Every value null (#11): a "No figures for …" message in the plot, gap marks and their key, no count axis.
    state: 'every value null',
    render: (l) =>
      html`<casualty-trend
        heading=${WORDS[l].heading}
        unit=${WORDS[l].unit}
        data=${JSON.stringify([
          { date: '2016-10', value: null },
          { date: '2016-11', value: null },
          { date: '2016-12', value: null },
        ])}
      ></casualty-trend>`,
    expect: () => ({ chart: true, figures: ['No figures for'], rows: 3 }),
  },
  {
    tag: 'casualty-trend',
    state: 'empty',
    render: (l) => html`<casualty-trend heading=${WORDS[l].heading} data="[]"></casualty-trend>`,
    expect: () => ({ chart: false, figures: [] }),
  },
  {
    tag: 'casualty-trend',
    state: 'one point',
    render: (l) =>
      html`<casualty-trend
        heading=${WORDS[l].heading}
        unit=${WORDS[l].unit}
        data=${JSON.stringify([{ date: '2017-05', value: 220, low: 220, high: 260 }])}
      ></casualty-trend>`,
    expect: (loc) => ({ chart: true, figures: [formatNumber(220, loc)], rows: 1 }),
  },
  {
    tag: 'casualty-trend',
    state: 'error',
    render: (l) => html`<casualty-trend heading=${WORDS[l].heading} data='[{"date": "May", "value": -3}]'></casualty-trend>`,
    expect: () => ({ chart: false, figures: [], error: true }),
  },
  {
    tag: 'casualty-trend',
    // The editor's preview panel (issue 11): its colours, names and wrapping pass like everything else.
    state: 'editor preview with warnings',
    render: (l) =>
      html`<casualty-trend
        preview
        heading=${WORDS[l].heading}
        unit=${WORDS[l].unit}
        source="Airwars"
        source-url="javascript:alert(1)"
        data=${JSON.stringify([
          { date: '2016', value: 44 },
          { date: '2017', value: 220, vlaue: 1 },
        ])}
      ></casualty-trend>`,
    expect: (loc) => ({ chart: true, figures: [formatNumber(220, loc), formatNumber(44, loc)], rows: 2, warns: true }),
  },
  {
    tag: 'casualty-trend',
    state: 'loading',
    // A `src` the test server answers only after 60 s (test/remote/server-plugin.mjs) keeps the chart loading;
    // the request is aborted when the fixture is removed.
    render: (l) => html`<casualty-trend heading=${WORDS[l].heading} src=${SLOW}></casualty-trend>`,
    expect: () => ({ chart: false, figures: [], loading: true }),
  },
  // <source-comparison>
  {
    tag: 'source-comparison',
    state: 'normal',
    render: (l) =>
      html`<source-comparison
        heading=${WORDS[l].heading}
        unit=${WORDS[l].unit}
        period="May 2017"
        reference="Official tally (illustrative)"
        data=${JSON.stringify(withReference)}
      ></source-comparison>`,
    expect: (loc) => ({
      chart: true,
      figures: [formatNumber(20, loc), formatNumber(300, loc), formatNumber(7, loc), formatNumber(3, loc)],
      rows: 5,
    }),
  },
  {
    tag: 'source-comparison',
    state: 'normal, axis-direction auto',
    render: (l) =>
      html`<source-comparison
        axis-direction="auto"
        heading=${WORDS[l].heading}
        unit=${WORDS[l].unit}
        reference="Official tally (illustrative)"
        data=${JSON.stringify(withReference)}
      ></source-comparison>`,
    expect: (loc) => ({ chart: true, figures: [formatNumber(20, loc), formatNumber(300, loc)], rows: 5 }),
  },
  {
    tag: 'source-comparison',
    state: 'several ranges, dots',
    render: (l) =>
      html`<source-comparison
        mark="dot"
        heading=${WORDS[l].heading}
        unit=${WORDS[l].unit}
        data=${JSON.stringify([
          { name: WORDS[l].monitor, low: 220, high: 300, status: 'estimate' },
          { name: WORDS[l].official, low: 15, high: 40, status: 'unverified' },
          { name: 'SOHR', value: 21, status: 'reported' },
        ])}
      ></source-comparison>`,
    expect: (loc) => ({ chart: true, figures: [formatNumber(15, loc), formatNumber(300, loc)], rows: 3 }),
  },
  {
    tag: 'source-comparison',
    state: 'empty',
    render: (l) => html`<source-comparison heading=${WORDS[l].heading} data="[]"></source-comparison>`,
    expect: () => ({ chart: false, figures: [] }),
  },
  {
    tag: 'source-comparison',
    state: 'one point',
    render: (l) =>
      html`<source-comparison
        heading=${WORDS[l].heading}
        unit=${WORDS[l].unit}
        data=${JSON.stringify([{ name: 'SOHR', value: 21 }])}
      ></source-comparison>`,
    expect: (loc) => ({ chart: true, figures: [formatNumber(21, loc)], rows: 1 }),
  },
  {
    tag: 'source-comparison',
    state: 'error',
    render: (l) => html`<source-comparison heading=${WORDS[l].heading} data='[{"value": 3}]'></source-comparison>`,
    expect: () => ({ chart: false, figures: [], error: true }),
  },
  {
    tag: 'source-comparison',
    state: 'loading',
    render: (l) => html`<source-comparison heading=${WORDS[l].heading} src=${SLOW}></source-comparison>`,
    expect: () => ({ chart: false, figures: [], loading: true }),
  },
  // <photo-gallery-caption>
  {
    tag: 'photo-gallery-caption',
    state: 'normal',
    render: (l) =>
      html`<photo-gallery-caption
        heading=${WORDS[l].heading}
        index="2"
        items=${JSON.stringify([1, 2, 3].map((i) => ({ caption: `${WORDS[l].caption} ${i}`, credit: WORDS[l].credit })))}
      ></photo-gallery-caption>`,
    expect: () => ({ chart: false, figures: [], slides: 1 }),
  },
  {
    tag: 'photo-gallery-caption',
    state: 'with photos (alt given, and empty alt)',
    render: (l) =>
      html`<photo-gallery-caption
        heading=${WORDS[l].heading}
        items=${JSON.stringify([
          {
            caption: `${WORDS[l].caption} 1`,
            credit: WORDS[l].credit,
            src: '/demo/placeholders/photo-01.svg',
            alt: 'Grey placeholder',
            width: 1200,
            height: 800,
          },
          {
            caption: `${WORDS[l].caption} 2`,
            credit: WORDS[l].credit,
            src: '/demo/placeholders/photo-02.svg',
            alt: '',
            width: 1200,
            height: 800,
          },
        ])}
      ></photo-gallery-caption>`,
    expect: () => ({ chart: false, figures: [], slides: 1 }),
  },
  {
    tag: 'photo-gallery-caption',
    state: 'several: all photos',
    render: (l) =>
      html`<photo-gallery-caption
        heading=${WORDS[l].heading}
        mode="all"
        items=${JSON.stringify([1, 2, 3].map((i) => ({ caption: `${WORDS[l].caption} ${i}`, credit: WORDS[l].credit })))}
      ></photo-gallery-caption>`,
    expect: () => ({ chart: false, figures: [], slides: 3 }),
  },
  {
    tag: 'photo-gallery-caption',
    state: 'empty',
    render: (l) => html`<photo-gallery-caption heading=${WORDS[l].heading} items="[]"></photo-gallery-caption>`,
    expect: () => ({ chart: false, figures: [], slides: 0 }),
  },
  {
    tag: 'photo-gallery-caption',
    state: 'one photo',
    render: (l) =>
      html`<photo-gallery-caption
        heading=${WORDS[l].heading}
        items=${JSON.stringify([{ caption: WORDS[l].caption, credit: WORDS[l].credit }])}
      ></photo-gallery-caption>`,
    expect: () => ({ chart: false, figures: [], slides: 1 }),
  },
  {
    tag: 'photo-gallery-caption',
    state: 'error',
    render: (l) => html`<photo-gallery-caption heading=${WORDS[l].heading} items='[{"credit": "x"}]'></photo-gallery-caption>`,
    expect: () => ({ chart: false, figures: [], error: true }),
  },
];

/** The page around an element: its direction and language (mount() sets the width). */
export function page(dir: Dir, body: TemplateResult | typeof nothing): TemplateResult {
  return html`<div dir=${dir} lang=${MATRIX_LANG[dir]}>${body}</div>`;
}
