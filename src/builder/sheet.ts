/**
 * What an editor pastes into the builder's Data box, read into a table: TSV
 * from Excel, Google Sheets or LibreOffice; CSV with commas (read by the
 * library's own reader, src/core/csv.ts) or semicolons; JSON; or an embed code
 * written by the builder. Pure: no DOM.
 */
import { readCsv, type CsvRow } from '../core/csv.js';
import { JsonParseFailure, parseJson } from '../schema/json.js';

export interface Problem {
  /** Where: `row 5, column "Deaths"`, `header`, `data[2].value`… */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export type SheetFormat = 'empty' | 'tsv' | 'csv' | 'csv-semicolon' | 'json' | 'embed';

export interface Sheet {
  format: SheetFormat;
  /** Header cells, trimmed (tables only). */
  header: string[];
  /** Rows under the header; `line` is the line of the pasted text (1 is the header). */
  rows: CsvRow[];
  /** JSON input, parsed (format json only). */
  json?: unknown;
  problems: Problem[];
}

export const FORMAT_NAMES: Record<SheetFormat, string> = {
  empty: 'nothing yet',
  tsv: 'a spreadsheet (tab-separated)',
  csv: 'CSV (commas)',
  'csv-semicolon': 'CSV (semicolons)',
  json: 'JSON',
  embed: 'an embed code',
};

const EMBED_TAG = /<(casualty-trend|source-comparison|photo-gallery-caption)[\s>/]/i;

/** Counts `ch` outside double-quoted stretches of one line. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/** Which kind of text this is, from its first characters and first line. */
export function detectFormat(text: string): SheetFormat {
  const s = text.replace(/^\uFEFF/, '').trim();
  if (!s) return 'empty';
  if (s.startsWith('<') || EMBED_TAG.test(s.slice(0, 4000))) return EMBED_TAG.test(s) ? 'embed' : 'tsv';
  if (s.startsWith('[') || s.startsWith('{')) return 'json';
  const first = s.split(/\r?\n|\r/, 1)[0]!;
  if (first.includes('\t')) return 'tsv';
  return countOutsideQuotes(first, ';') > countOutsideQuotes(first, ',') ? 'csv-semicolon' : 'csv';
}

/** Reads pasted text into a header and rows (or JSON). Every problem names its line. */
export function readSheet(text: string): Sheet {
  const format = detectFormat(text);
  const sheet: Sheet = { format, header: [], rows: [], problems: [] };
  if (format === 'empty' || format === 'embed') return sheet;
  if (format === 'json') {
    const json = parseJson(text.trim());
    if (json instanceof JsonParseFailure)
      sheet.problems.push({ path: 'JSON', message: `is not valid JSON (${json.message})`, severity: 'error' });
    else sheet.json = json;
    return sheet;
  }
  const r = readCsv(text, format === 'tsv' ? '\t' : format === 'csv-semicolon' ? ';' : ',');
  // The library's reader names lines "src line 3"; here there is no src, only the pasted text.
  const read = { rows: r.rows, problems: r.problems.map((p) => ({ ...p, path: p.path.replace(/^src /, '') })) };
  sheet.problems.push(...read.problems);
  const [head, ...rows] = read.rows;
  if (!head) return sheet;
  sheet.header = head.cells.map((c) => c.trim());
  sheet.header.forEach((h, i) => {
    if (!h)
      sheet.problems.push({ path: `header, column ${i + 1}`, message: 'has no name; name it or leave it unassigned', severity: 'warning' });
  });
  for (const row of rows) {
    if (row.cells.length > sheet.header.length && row.cells.slice(sheet.header.length).some((c) => c.trim())) {
      sheet.problems.push({
        path: `row ${row.line}`,
        message: `has ${row.cells.length} cells but the header has ${sheet.header.length}; the extra cells are not read`,
        severity: 'error',
      });
    }
    sheet.rows.push(row);
  }
  return sheet;
}

export type Decimal = '.' | ',';

const THOUSANDS_POINT = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const THOUSANDS_COMMA = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
/** Words and marks spreadsheets use for "no figure". */
const NO_FIGURE = /^(?:-|–|—|n\/?a|null|none|no figure|\.\.|…)$/i;

/** Which decimal mark a sheet's number cells use: a comma for semicolon CSV or cells like "12,5" or "1.234,5"; a point otherwise. */
export function guessDecimal(format: SheetFormat, cells: readonly string[]): Decimal {
  if (format === 'csv-semicolon') return ',';
  const clean = cells.map((c) => c.replace(/[\s\u00a0\u202f']/g, ''));
  if (clean.some((c) => /^-?\d+,\d{1,2}$/.test(c) || /^-?\d+,\d{4,}$/.test(c) || THOUSANDS_COMMA.test(c.replace(/^-/, '')))) return ',';
  return '.';
}

export type NumberCell = { ok: true; value: number | null; note?: string } | { ok: false; message: string };

/**
 * One number cell: digits with an optional decimal mark (the sheet's), thousands
 * separators (spaces, apostrophes, or the other mark in groups of three), a sign.
 * Empty is null (no figure); a dash or "n/a" is null too, said in a note.
 */
export function readNumber(cell: string, decimal: Decimal): NumberCell {
  const raw = cell.trim();
  if (!raw) return { ok: true, value: null };
  if (NO_FIGURE.test(raw)) return { ok: true, value: null, note: `"${raw}" read as no figure` };
  const sign = /^[-−]/.test(raw) ? -1 : 1;
  let s = raw.replace(/^[-−+]/, '').replace(/[\s\u00a0\u202f']/g, '');
  if (decimal === '.') {
    if (THOUSANDS_POINT.test(s)) s = s.replace(/,/g, '');
  } else {
    if (THOUSANDS_COMMA.test(s)) s = s.replace(/\./g, '');
    s = s.replace(',', '.');
  }
  if (!/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(s)) {
    const example = decimal === '.' ? '1234 or 1,234.5' : '1234 or 1.234,5';
    return {
      ok: false,
      message: `expected a number like ${example}, got ${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw)}`,
    };
  }
  const value = sign * Number(s);
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
