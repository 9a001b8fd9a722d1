/** Header words the builder recognises as each field of each chart, so most sheets need no column to be assigned by hand. */
import type { Chart } from './columns.js';

/** Header words (lower case, without punctuation) recognised as each field. */
export const ALIASES: Record<Chart, Record<string, readonly string[]>> = {
  'casualty-trend': {
    date: ['date', 'day', 'week', 'month', 'year', 'period', 'time', 'when'],
    value: ['value', 'count', 'deaths', 'killed', 'dead', 'total', 'figure', 'number', 'civilians killed', 'casualties'],
    low: ['low', 'min', 'minimum', 'lower', 'low estimate', 'from'],
    high: ['high', 'max', 'maximum', 'upper', 'high estimate'],
    status: ['status'],
    note: ['note', 'notes', 'comment', 'comments'],
    series: ['series', 'source', 'monitor', 'group', 'name'],
  },
  'source-comparison': {
    name: ['name', 'source', 'organisation', 'organization', 'monitor', 'who'],
    value: ['value', 'count', 'deaths', 'killed', 'dead', 'total', 'figure', 'number', 'tally'],
    low: ['low', 'min', 'minimum', 'lower', 'low estimate'],
    high: ['high', 'max', 'maximum', 'upper', 'high estimate'],
    kind: ['kind', 'type', 'category'],
    status: ['status'],
    url: ['url', 'link', 'web', 'website'],
    retrieved: ['retrieved', 'accessed', 'date', 'as of'],
    note: ['note', 'notes', 'comment', 'comments'],
  },
  'photo-gallery-caption': {
    caption: ['caption', 'captions', 'description', 'text'],
    credit: ['credit', 'credits', 'photographer', 'photo', 'agency', 'byline'],
    src: ['src', 'url', 'image', 'file', 'picture', 'link'],
    alt: ['alt', 'alt text', 'alternative text'],
    srcset: ['srcset'],
    width: ['width', 'w'],
    height: ['height', 'h'],
  },
};
