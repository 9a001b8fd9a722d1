import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/casualty-trend.js';
import { fromManifest, width } from './shared.js';
import {
  allAnnotationTypes,
  brokenJson,
  illustrativeSeries,
  illustrativeSeriesAnnotations,
  noData,
  quillhavenAnnotations,
  quillhavenMonthly,
  quillhavenMonthlyWithGaps,
} from '../fixtures/trend.js';
import { airwarsMonthly, firstDays, onePoint, seedAnnotations } from '../fixtures/seed.js';

/**
 * Args are named after the element's attributes (as in custom-elements.json),
 * plus `dataText` (raw text for the `data` attribute, used instead of `data`,
 * e.g. for broken JSON) and `fallback` (light-DOM fallback content).
 */
interface TrendArgs {
  data?: unknown;
  dataText?: string;
  annotations?: unknown;
  mark?: string;
  interval?: string;
  unit?: string;
  heading?: string;
  subheading?: string;
  note?: string;
  source?: string;
  'source-url'?: string;
  byline?: string;
  locale?: string;
  theme?: string;
  'heading-level'?: number;
  fallback?: string;
  onNcInvalid?: (event: Event) => void;
  onNcWarning?: (event: Event) => void;
  /** Properties that mirror `source-url` and `heading-level` in the manifest; not bound (the attributes are). */
  sourceUrl?: never;
  headingLevel?: never;
}

const AIRWARS_NOTE =
  'The article’s two Airwars figures: at least 220 in May 2017, a 400 per cent rise since the assaults began in October 2016 ' +
  '(44 is the October figure that rise implies). The article gives no figure for the months between, so none is drawn.';

/** Quillhaven is a fictional city and every source in its charts is fictional: the heading and subheading say so. */
const FICTIONAL_NOTE = 'Quillhaven, its sources and every value in this chart are fictional, for illustration only.';

const quillhaven = {
  heading: 'Illustrative: civilian deaths in Quillhaven (a fictional city) rose fivefold',
  subheading: 'Illustrative values, not real data: civilians killed per month, Lantern Monitor (fictional)',
  mark: 'line',
  interval: 'month',
  source: 'Lantern Monitor (fictional)',
  note: FICTIONAL_NOTE,
  data: quillhavenMonthly,
  annotations: quillhavenAnnotations,
};

const meta = {
  title: 'Charts/Casualty trend',
  component: 'casualty-trend',
  // Every attribute and event in custom-elements.json, bound from args named after them (see fromManifest).
  render: (args) =>
    html`<casualty-trend ${fromManifest(args, { data: args.dataText })}
      >${args.fallback ? html`<p>${args.fallback}</p>` : nothing}</casualty-trend
    >`,
  argTypes: {
    data: { control: 'object' },
    annotations: { control: 'object' },
    dataText: {
      control: 'text',
      description: 'Story only: raw text for the `data` attribute, used instead of `data` (e.g. broken JSON).',
      table: { category: 'story' },
    },
    fallback: {
      control: 'text',
      description: 'Story only: fallback paragraph in the default slot.',
      table: { category: 'story' },
    },
    mark: { control: 'inline-radio', options: ['line', 'area', 'bar'] },
    interval: { control: 'select', options: ['', 'day', 'week', 'month', 'year'], labels: { '': '(inferred)' } },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'], labels: { '': '(reader’s preference)' } },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    // The same as the `source-url` and `heading-level` attributes: documented, no second control.
    sourceUrl: { control: false },
    headingLevel: { control: false },
  },
  args: {
    unit: 'civilians killed',
  },
} satisfies Meta<TrendArgs>;

export default meta;
type Story = StoryObj<TrendArgs>;

/**
 * The seed story: Airwars' two figures as bars (nothing drawn for the months the article gives no figure for),
 * the computed change (+400%), May's "at least 220" and the start of the assault.
 */
export const SeedAirwarsMonthly: Story = {
  name: 'Seed: Airwars monthly',
  args: {
    heading: 'Civilian deaths from coalition strikes rose fivefold in seven months',
    subheading: 'Civilians estimated killed by US-led coalition strikes in October 2016 and in May 2017, Airwars',
    mark: 'bar',
    interval: 'month',
    source: 'Airwars, as reported by The Independent',
    'source-url': 'https://airwars.org/',
    note: AIRWARS_NOTE,
    byline: 'Graphic: newsroom-charts demo',
    data: airwarsMonthly,
    annotations: seedAnnotations,
    fallback: 'Chart: civilian deaths from coalition strikes per month, from 44 in October 2016 to at least 220 in May 2017 (Airwars).',
  },
};

/** The first days of the assault: 12 unverified on 2 June, no figure on 3–4 June, 21 reported on 5 June. */
export const RaqqaDailyBars: Story = {
  name: 'Seed: first days of the assault (bars)',
  args: {
    heading: 'Deaths reported in the first days of the Raqqa assault',
    subheading: 'Civilians reported killed per day, 2–5 June 2017. Days without a figure are left blank, not counted as zero.',
    mark: 'bar',
    source: 'Syrian Observatory for Human Rights, Syrian state media, local sources (via The Independent)',
    note: '12 killed on Friday 2 June: unverified local reports, not confirmed by US Central Command. 21 killed on Monday 5 June: reported by both SOHR and Syrian state media.',
    data: firstDays,
    fallback: 'Chart: 12 civilians reported killed on 2 June 2017 (unverified) and 21 on 5 June 2017 (reported).',
  },
};

/** Several series, each with a low–high range. All values are illustrative. */
export const SeriesWithRanges: Story = {
  name: 'Series with ranges (illustrative)',
  args: {
    heading: 'Illustrative: three Quillhaven sources’ monthly counts with ranges',
    subheading: 'Illustrative values, not real data: civilians killed per month in Quillhaven, a fictional city',
    mark: 'line',
    note: FICTIONAL_NOTE,
    data: illustrativeSeries,
    annotations: illustrativeSeriesAnnotations,
  },
};

/** The monthly series drawn as bars; ranges become whiskers. */
export const Bars: Story = {
  name: 'Bars (monthly)',
  args: {
    ...quillhaven,
    heading: 'Illustrative: civilian deaths per month in Quillhaven (fictional), as bars',
    mark: 'bar',
    annotations: undefined,
    fallback: undefined,
  },
};

/** The monthly series as an area. */
export const Area: Story = {
  name: 'Area (monthly)',
  args: {
    ...Bars.args,
    mark: 'area',
  },
};

/** One annotation of each type: period, change, point and event. */
export const AllAnnotationTypes: Story = {
  name: 'Every annotation type',
  args: {
    ...quillhaven,
    heading: 'Illustrative: every annotation type (period, change, point, event) in fictional Quillhaven',
    annotations: allAnnotationTypes,
    fallback: undefined,
  },
};

/** No data: the element says so instead of drawing empty axes. */
export const Empty: Story = {
  name: 'Empty (no data)',
  args: {
    heading: 'Civilian deaths from coalition strikes',
    subheading: 'No figures yet',
    data: noData,
  },
};

/** A single point: at least 220 in May 2017 (Airwars). */
export const OnePoint: Story = {
  name: 'One point',
  args: {
    heading: 'At least 220 civilians killed in May 2017',
    subheading: 'Civilians estimated killed by US-led coalition strikes, Airwars',
    source: 'Airwars, as reported by The Independent',
    data: onePoint,
  },
};

/** `value: null` is a gap, drawn as a break in the line, never as zero. */
export const Gaps: Story = {
  name: 'Gaps (value null)',
  args: {
    ...quillhaven,
    heading: 'Illustrative: months without a figure stay blank',
    subheading: 'Illustrative values for a fictional city: April and May 2021 have no figure (value null)',
    data: quillhavenMonthlyWithGaps,
    annotations: undefined,
    fallback: undefined,
  },
};

/** A `data` attribute holding broken JSON: the error panel lists the problem; the fallback stays visible. */
export const InvalidJson: Story = {
  name: 'Invalid JSON',
  args: {
    heading: 'Deaths reported in the first days of the Raqqa assault',
    dataText: brokenJson,
    fallback: 'Chart: 12 civilians reported killed on 2 June 2017 (unverified) and 21 on 5 June 2017 (reported).',
  },
};

/** The seed chart in a 280 px wide container (a phone column). */
export const Narrow280: Story = {
  name: '280 px wide',
  args: { ...SeedAirwarsMonthly.args },
  decorators: [width(280)],
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  name: 'Dark',
  args: { ...SeedAirwarsMonthly.args, theme: 'dark' },
  decorators: [
    (story) =>
      html`<div style="background: #121212; color: #f1f1f1; padding: 16px; min-height: 100vh; box-sizing: border-box">${story()}</div>`,
  ],
  // The wrapper is the dark page; the background tool would only tint around it.
  parameters: { layout: 'fullscreen', backgrounds: { disable: true } },
};

/** Right-to-left: `dir="rtl"` on a wrapper, Arabic locale and text. */
export const Rtl: Story = {
  name: 'RTL (Arabic)',
  args: {
    heading: 'توضيحي: قتلى مدنيون كل شهر في كويلهافن (مدينة خيالية)',
    subheading: 'قيم توضيحية وليست بيانات حقيقية (illustrative): عدد القتلى المدنيين شهرياً بحسب مرصد الفانوس (خيالي)',
    unit: 'قتيلاً مدنياً',
    mark: 'line',
    locale: 'ar',
    source: 'مرصد الفانوس (خيالي)',
    note: 'المدينة والمصادر وجميع القيم في هذا الرسم خيالية وللتوضيح فقط (fictional, illustrative).',
    data: quillhavenMonthly,
    annotations: [
      { type: 'change', from: '2021-01', to: '2021-08', label: '{change} منذ يناير' },
      { type: 'point', date: '2021-08', label: '164 قتيلاً في أغسطس' },
      { type: 'event', date: '2021-09-02', label: 'بدء الهجوم على الميناء' },
    ],
  },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};
