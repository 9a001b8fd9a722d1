import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/photo-gallery-caption.js';
import { fromManifest, width } from './shared.js';
import {
  arabicGallery,
  brokenGalleryJson,
  hostileGallery,
  invalidGallery,
  longCaption,
  placeholderGallery,
  placeholderSize,
  placeholderSrc,
  uncreditedGallery,
} from '../fixtures/gallery.js';
import { SEED_GALLERY_HEADING, seedGallery } from '../fixtures/seed.js';

/**
 * Args are named after the element's attributes (as in custom-elements.json),
 * plus `itemsText` (raw text for the `items` attribute, used instead of
 * `items`, e.g. for broken JSON) and `fallback` (light-DOM fallback content).
 */
interface GalleryArgs {
  items?: unknown;
  itemsText?: string;
  index?: number;
  mode?: string;
  loop?: boolean;
  'credit-prefix'?: string;
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
  onGalleryChange?: (event: Event) => void;
  onNcInvalid?: (event: Event) => void;
  onNcWarning?: (event: Event) => void;
  /** Properties that mirror kebab-case attributes in the manifest; not bound (the attributes are). */
  creditPrefix?: never;
  sourceUrl?: never;
  headingLevel?: never;
}

const PLACEHOLDER_NOTE =
  'Placeholder images: the captions and credits are the seed article’s, the photos are not ours. Every image is a generated placeholder, not the photo its caption describes.';

const meta = {
  title: 'Galleries/Photo gallery caption',
  component: 'photo-gallery-caption',
  // Every attribute and event in custom-elements.json, bound from args named after them (see fromManifest).
  render: (args) =>
    html`<photo-gallery-caption ${fromManifest(args, { items: args.itemsText })}
      >${args.fallback ? html`<p>${args.fallback}</p>` : nothing}</photo-gallery-caption
    >`,
  argTypes: {
    items: { control: 'object' },
    itemsText: {
      control: 'text',
      description: 'Story only: raw text for the `items` attribute, used instead of `items` (e.g. broken JSON).',
      table: { category: 'story' },
    },
    fallback: {
      control: 'text',
      description: 'Story only: fallback paragraph in the default slot.',
      table: { category: 'story' },
    },
    index: { control: { type: 'number', min: 1, step: 1 } },
    mode: { control: 'inline-radio', options: ['single', 'all'] },
    loop: { control: 'boolean' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'], labels: { '': '(reader’s preference)' } },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    onGalleryChange: { action: 'gallery-change', table: { disable: true } },
    creditPrefix: { control: false },
    sourceUrl: { control: false },
    headingLevel: { control: false },
  },
  args: {
    heading: SEED_GALLERY_HEADING,
  },
} satisfies Meta<GalleryArgs>;

export default meta;
type Story = StoryObj<GalleryArgs>;

/** The seed gallery as a caption strip: 30 captions and credits, exactly as published (caption 12 keeps its "Aleppoís"). No photos: they are not ours. */
export const SeedCaptionStrip: Story = {
  name: 'Seed: caption strip (30 captions)',
  args: {
    items: seedGallery,
    note: 'The photos are not reproduced here: this strip carries the gallery’s 30 captions and credits, as published.',
    fallback: 'Gallery: 30 photos of the crisis in Syria, from Aleppo, Idlib and the Bekaa Valley in Lebanon.',
  },
};

/** Caption 12, whose mis-encoded "Aleppoís" is rendered exactly as the source gave it. */
export const SeedCaption12: Story = {
  name: 'Seed: caption 12 (text as given)',
  args: { ...SeedCaptionStrip.args, index: 12 },
};

/** The whole gallery, one photo at a time, with generated placeholder images. */
export const SingleWithPlaceholders: Story = {
  name: 'Single mode, placeholder photos',
  args: {
    items: placeholderGallery,
    subheading: 'Placeholder images stand in for the photos',
    'credit-prefix': 'Photo:',
    note: PLACEHOLDER_NOTE,
  },
};

/** Every photo and caption, one after another (the first six, placeholder images). */
export const AllWithPlaceholders: Story = {
  name: 'All mode, placeholder photos',
  args: {
    items: placeholderGallery.slice(0, 6),
    mode: 'all',
    subheading: 'Placeholder images stand in for the photos',
    'credit-prefix': 'Photo:',
    note: PLACEHOLDER_NOTE,
  },
};

/** Every caption of the seed gallery listed, numbered, with its credit (no photos). */
export const AllCaptions: Story = {
  name: 'All mode, captions only',
  args: { ...SeedCaptionStrip.args, mode: 'all' },
};

/** `loop`: Next on the last photo returns to the first. Starts on photo 30. */
export const Loop: Story = {
  name: 'Loop (starts at 30)',
  args: { ...SeedCaptionStrip.args, loop: true, index: 30 },
};

/** A caption of several hundred characters (illustrative): it wraps and is never cut. */
export const LongCaption: Story = {
  name: 'Long caption (illustrative)',
  args: { heading: 'A long caption (illustrative)', items: longCaption },
  decorators: [width(280)],
};

/** Photos without a credit (empty, and left out): published, with a warning per photo for the editor. Fictional captions. */
export const WithoutCredit: Story = {
  name: 'Photos without a credit (illustrative)',
  args: { heading: 'Illustrative: Quillhaven (a fictional city), two photos without a credit', items: uncreditedGallery, index: 2 },
};

/** The placeholder gallery in a 280 px wide container (a phone column). */
export const Narrow280: Story = {
  name: '280 px wide',
  args: { ...SingleWithPlaceholders.args },
  decorators: [width(280)],
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  name: 'Dark',
  args: { ...SingleWithPlaceholders.args, theme: 'dark' },
  decorators: [
    (story) =>
      html`<div style="background: #121212; color: #f1f1f1; padding: 16px; min-height: 100vh; box-sizing: border-box">${story()}</div>`,
  ],
  parameters: { layout: 'fullscreen', backgrounds: { disable: true } },
};

/** Right to left: `dir="rtl"` on a wrapper, Arabic captions (illustrative translations of seed captions 1, 11 and 21), placeholder photos. Previous sits on the right; the arrow keys and swipes mirror. */
export const Rtl: Story = {
  name: 'RTL (Arabic)',
  args: {
    heading: 'بالصور: الأزمة في سوريا',
    subheading: 'صور بديلة (placeholder)؛ التعليقات ترجمة توضيحية',
    locale: 'ar-EG',
    items: arabicGallery.map((item, i) => ({
      ...item,
      src: placeholderSrc([1, 11, 21][i]!),
      ...placeholderSize([1, 11, 21][i]!),
      alt: '',
    })),
  },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};

/** An `items` attribute holding broken JSON: the shared error panel lists the problem; the fallback stays visible. */
export const InvalidJson: Story = {
  name: 'Invalid JSON',
  args: {
    itemsText: brokenGalleryJson,
    fallback: 'Gallery: 30 photos of the crisis in Syria.',
  },
};

/** Several problems at once, each with its path: a missing caption, a credit that is a number, a negative width. */
export const InvalidFields: Story = {
  name: 'Invalid fields',
  args: { items: invalidGallery },
};

/** Captions and credits holding markup: shown as text. */
export const MarkupAsText: Story = {
  name: 'Markup shown as text',
  args: { heading: 'Markup is text', items: hostileGallery },
};
