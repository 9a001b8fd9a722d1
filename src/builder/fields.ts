/** The frame fields the builder's form offers for each element (heading, unit, source…), in embed-code order. */
import type { Chart } from './columns.js';

export interface FieldSpec {
  name: string;
  label: string;
  /** Choices for a select (the first is the default); text otherwise. */
  options?: readonly string[];
  hint?: string;
}

const COMMON_TOP: FieldSpec[] = [
  { name: 'heading', label: 'Heading' },
  { name: 'subheading', label: 'Subheading' },
];
const COMMON_BOTTOM: FieldSpec[] = [
  { name: 'note', label: 'Note' },
  { name: 'source', label: 'Source' },
  { name: 'source-url', label: 'Source URL', hint: 'https: or http: only' },
  { name: 'byline', label: 'Byline' },
  { name: 'locale', label: 'Locale', hint: 'e.g. en-GB, ar, fr; empty: the page’s language' },
  { name: 'theme', label: 'Theme', options: ['', 'light', 'dark'], hint: 'empty: follows the reader’s setting' },
];

/** Frame fields of each element, in the order they are written into the embed code. */
export const FRAME_FIELDS: Record<Chart, readonly FieldSpec[]> = {
  'casualty-trend': [
    ...COMMON_TOP,
    { name: 'unit', label: 'Unit', hint: 'what is counted, e.g. civilians killed' },
    ...COMMON_BOTTOM,
    { name: 'mark', label: 'Mark', options: ['line', 'area', 'bar'] },
    { name: 'interval', label: 'Interval', options: ['', 'day', 'week', 'month', 'year'], hint: 'empty: inferred from the dates' },
    { name: 'axis-direction', label: 'Axis direction', options: ['ltr', 'rtl', 'auto'] },
  ],
  'source-comparison': [
    ...COMMON_TOP,
    { name: 'unit', label: 'Unit', hint: 'what is counted, e.g. civilians killed' },
    { name: 'period', label: 'Period', hint: 'what the figures cover, e.g. May 2017' },
    { name: 'reference', label: 'Reference source', hint: 'name of the source others are compared with' },
    ...COMMON_BOTTOM,
    { name: 'mark', label: 'Mark', options: ['bar', 'dot'] },
    { name: 'sort', label: 'Sort', options: ['value', 'name', 'none'] },
    { name: 'axis-direction', label: 'Axis direction', options: ['ltr', 'rtl', 'auto'] },
  ],
  'photo-gallery-caption': [
    ...COMMON_TOP,
    { name: 'credit-prefix', label: 'Credit prefix', hint: 'e.g. Photo:' },
    ...COMMON_BOTTOM,
    { name: 'mode', label: 'Show', options: ['single', 'all'] },
  ],
};
