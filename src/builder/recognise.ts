/** Recognising a sheet's columns from their headers, so most sheets need no column to be assigned by hand. */
import type { Sheet } from './sheet.js';
import { IGNORE, WIDE, type Chart, type Role } from './roles.js';

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

const norm = (h: string) =>
  h
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The role of a header by name alone, or undefined. */
export function recogniseHeader(chart: Chart, header: string): Role | undefined {
  const h = norm(header);
  for (const [field, words] of Object.entries(ALIASES[chart])) if (words.includes(h)) return field;
  return undefined;
}

/**
 * Roles of every column, from the headers: known words first; for a trend with a
 * date column and no value column, the other columns holding numbers are one
 * series each (a wide sheet); anything else is ignored.
 */
export function recogniseColumns(chart: Chart, sheet: Sheet): Role[] {
  const roles: Role[] = [];
  for (const h of sheet.header) {
    const r = recogniseHeader(chart, h);
    roles.push(r && !roles.includes(r) ? r : IGNORE);
  }
  if (chart === 'casualty-trend' && roles.includes('date') && !roles.includes('value')) {
    const numeric = (i: number) => {
      const cells = sheet.rows.map((r) => (r.cells[i] ?? '').trim()).filter(Boolean);
      return cells.length > 0 && cells.every((c) => /^[-−+]?[\d\s\u00a0.,']+$|^(?:-|–|—|n\/?a|\.\.)$/i.test(c));
    };
    roles.forEach((r, i) => {
      if ((r === IGNORE || r === 'series') && sheet.header[i] && numeric(i)) roles[i] = WIDE;
    });
    if (roles.filter((r) => r === WIDE).length === 1 && !roles.includes('series')) roles[roles.indexOf(WIDE)] = 'value';
  }
  return roles;
}
