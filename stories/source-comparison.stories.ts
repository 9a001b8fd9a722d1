import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/source-comparison.js';
import { fromManifest, width } from './shared.js';
import {
  arabicIllustrative,
  brokenComparisonJson,
  illustrativeNoFigure,
  illustrativeRangeReference,
  illustrativeRanges,
  illustrativeZeroRangeReference,
  longNames,
  lowAboveHigh,
  withReference,
} from '../fixtures/comparison.js';
import { fridayStrikes, may2017, mondayBoats } from '../fixtures/seed.js';

/**
 * Args are named after the element's attributes (as in custom-elements.json),
 * plus `dataText` (raw text for the `data` attribute, used instead of `data`,
 * e.g. for broken JSON) and `fallback` (light-DOM fallback content).
 */
interface ComparisonArgs {
  data?: unknown;
  dataText?: string;
  unit?: string;
  period?: string;
  sort?: string;
  reference?: string;
  mark?: string;
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

const ARTICLE = 'The Independent, 6 June 2017';
const ILLUSTRATIVE_NOTE = 'All sources and values in this chart are illustrative, not real data.';

const meta = {
  title: 'Charts/Source comparison',
  component: 'source-comparison',
  // Every attribute and event in custom-elements.json, bound from args named after them (see fromManifest).
  render: (args) =>
    html`<source-comparison ${fromManifest(args, { data: args.dataText })}
      >${args.fallback ? html`<p>${args.fallback}</p>` : nothing}</source-comparison
    >`,
  argTypes: {
    data: { control: 'object' },
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
    sort: { control: 'inline-radio', options: ['value', 'name', 'none'] },
    mark: { control: 'inline-radio', options: ['bar', 'dot'] },
    reference: { control: 'text' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'], labels: { '': '(reader’s preference)' } },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    // The same as the `source-url` and `heading-level` attributes: documented, no second control.
    sourceUrl: { control: false },
    headingLevel: { control: false },
  },
  args: {
    unit: 'civilians killed',
  },
} satisfies Meta<ComparisonArgs>;

export default meta;
type Story = StoryObj<ComparisonArgs>;

/**
 * The seed story: May 2017, Airwars' estimate of at least 220 against US
 * Central Command, which released no figure. Central Command is the
 * reference, so the chart says that no ratios can be computed.
 */
export const SeedMay2017: Story = {
  name: 'Seed: May 2017 (Airwars vs no figure)',
  args: {
    heading: 'May 2017: the monitor’s estimate and the coalition’s silence',
    period: 'May 2017',
    reference: 'US Central Command',
    source: 'Airwars; The Independent',
    'source-url': 'https://airwars.org/',
    note: 'Airwars estimated at least 220 civilians killed by coalition strikes in May. Central Command’s own tally is “usually far lower”; the article gives no figure.',
    data: may2017,
    fallback: 'Chart: Airwars estimated at least 220 civilians killed in May 2017; US Central Command released no figure.',
  },
};

/** Friday 2 June 2017: local sources' 12 (unverified) and no figure from US Central Command. */
export const SeedFriday: Story = {
  name: 'Seed: Friday 2 June (unverified vs no figure)',
  args: {
    heading: 'Friday’s strikes: one unverified count, no official figure',
    period: 'Friday 2 June 2017',
    source: ARTICLE,
    note: 'Local sources’ figure was not confirmed by US Central Command or by sources on the ground.',
    data: fridayStrikes,
    fallback: 'Chart: local sources reported 12 killed on Friday 2 June 2017 (unverified); US Central Command released no figure.',
  },
};

/** Monday 5 June 2017: the Syrian Observatory for Human Rights and Syrian state media both reported 21 killed on the boats. */
export const SeedMondayBoats: Story = {
  name: 'Seed: Monday 5 June boats (SOHR and state media)',
  args: {
    heading: 'Who counted the dead on the Euphrates boats',
    period: 'Monday 5 June 2017',
    source: ARTICLE,
    note: 'Both figures as reported in the article; neither has been independently verified.',
    data: mondayBoats,
    fallback:
      'Chart: the Syrian Observatory for Human Rights and Syrian state media both reported 21 civilians killed on Monday 5 June 2017.',
  },
};

/** Low–high ranges, with and without a central value, drawn as bands with whiskers. All values are illustrative. */
export const Ranges: Story = {
  name: 'Ranges (illustrative)',
  args: {
    heading: 'Illustrative: four monitors’ estimates with ranges',
    subheading: 'Illustrative values, not real data: civilians killed in one month, with low–high ranges',
    note: ILLUSTRATIVE_NOTE,
    data: illustrativeRanges,
  },
};

/** `mark="dot"`: dot-and-range, better when most sources give ranges. All values are illustrative. */
export const DotMark: Story = {
  name: 'Dot mark (illustrative)',
  args: {
    ...Ranges.args,
    heading: 'Illustrative: the same estimates as dots and ranges',
    mark: 'dot',
  },
};

/** Sources that released no figure (`value: null`, `status: "no-figure"`): labelled empty rows, never zero bars. */
export const NoFigureRows: Story = {
  name: 'No-figure rows (illustrative)',
  args: {
    heading: 'Illustrative: two sources gave no figure',
    subheading: 'Illustrative values, not real data: civilians killed in one month',
    note: `${ILLUSTRATIVE_NOTE} “No figure released” is drawn as an empty row, never as zero.`,
    data: illustrativeNoFigure,
  },
};

/** Ratios against a reference source: an official count of 20 against monitors' figures ("11–15 times"). All illustrative. */
export const ReferenceRatios: Story = {
  name: 'Reference ratios (illustrative)',
  args: {
    heading: 'Illustrative: monitors count many times the official tally',
    subheading: 'Illustrative values, not real data: civilians killed in one month, compared with the official tally',
    reference: 'Official tally (illustrative)',
    note: `${ILLUSTRATIVE_NOTE} Ranges are compared end by end with the official figure.`,
    data: withReference,
  },
};

/**
 * A reference given only as a range: every ratio is a range too (220 against 5–10 is "22–44 times"), and the
 * reference is marked at both ends of its range, not at a midpoint. Fictional and illustrative.
 */
export const ReferenceRange: Story = {
  name: 'Reference given as a range (illustrative)',
  args: {
    heading: 'Illustrative: a monitor’s count against an official range',
    subheading: 'Illustrative values for Quillhaven, a fictional city: ratios against a range are ranges',
    reference: 'Quillhaven Harbour Office (fictional)',
    note: `${ILLUSTRATIVE_NOTE} Each ratio runs from the low end over the reference’s high end to the high end over its low end.`,
    data: illustrativeRangeReference,
  },
};

/** A reference range starting at 0: no upper limit ("at least 22 times"), since nothing can be divided by 0. Fictional. */
export const ReferenceRangeFromZero: Story = {
  name: 'Reference range from 0 (illustrative)',
  args: {
    heading: 'Illustrative: “at least 22 times” an official range of 0–10',
    subheading: 'Illustrative values for Quillhaven, a fictional city',
    reference: 'Quillhaven Harbour Office (fictional)',
    note: ILLUSTRATIVE_NOTE,
    data: illustrativeZeroRangeReference,
  },
};

/** Long source names wrap in the name column (or above the bars when narrow). All names and values are fictional. */
export const LongNames: Story = {
  name: 'Long names (illustrative)',
  args: {
    heading: 'Illustrative: long source names wrap',
    subheading: 'Fictional sources in Quillhaven, a fictional city',
    note: ILLUSTRATIVE_NOTE,
    data: longNames,
  },
};

/** The reference-ratio chart in a 280 px wide container (a phone column): names above bars, callouts under them. */
export const Narrow280: Story = {
  name: '280 px wide',
  args: { ...ReferenceRatios.args },
  decorators: [width(280)],
};

/** The seed chart (May 2017), 280 px wide. */
export const SeedNarrow280: Story = {
  name: 'Seed: May 2017, 280 px wide',
  args: { ...SeedMay2017.args },
  decorators: [width(280)],
};

/** `theme="dark"` on a dark page (the illustrative reference chart: every fill, outline and line style). */
export const Dark: Story = {
  name: 'Dark',
  args: { ...ReferenceRatios.args, theme: 'dark' },
  decorators: [
    (story) =>
      html`<div style="background: #121212; color: #f1f1f1; padding: 16px; min-height: 100vh; box-sizing: border-box">${story()}</div>`,
  ],
  // The wrapper is the dark page; the background tool would only tint around it.
  parameters: { layout: 'fullscreen', backgrounds: { disable: true } },
};

/** Right-to-left: `dir="rtl"` on a wrapper, Arabic locale, names and heading. All values are illustrative. */
export const Rtl: Story = {
  name: 'RTL (Arabic, illustrative)',
  args: {
    heading: 'المراصد تحصي أضعاف الحصيلة الرسمية (توضيحي)',
    subheading: 'قيم توضيحية وليست بيانات حقيقية (illustrative): عدد القتلى المدنيين في شهر واحد',
    unit: 'قتيلاً مدنياً',
    period: 'مارس 2021',
    locale: 'ar',
    reference: 'الحصيلة الرسمية (توضيحي)',
    note: 'جميع المصادر والقيم في هذا الرسم توضيحية (illustrative).',
    data: arabicIllustrative,
  },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};

/** A `data` attribute holding broken JSON: the error panel lists the problem; the fallback stays visible. */
export const InvalidJson: Story = {
  name: 'Invalid JSON',
  args: {
    heading: 'Friday’s strikes: one unverified count, no official figure',
    dataText: brokenComparisonJson,
    fallback: 'Chart: local sources reported 12 killed on Friday 2 June 2017 (unverified); US Central Command released no figure.',
  },
};

/** A source whose low (300) is greater than its high (220): an error with its path, nothing drawn. Illustrative values. */
export const InvalidLowAboveHigh: Story = {
  name: 'Invalid: low greater than high (illustrative)',
  args: {
    heading: 'Illustrative: a range given the wrong way round',
    note: ILLUSTRATIVE_NOTE,
    data: lowAboveHigh,
    fallback: 'Chart: illustrative monitors’ estimates.',
  },
};
