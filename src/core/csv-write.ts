/**
 * CSV for readers' "Get the data" and the command-line renderer: RFC 4180
 * fields, CRLF line ends, UTF-8 with a byte-order mark (without one, Excel
 * opens UTF-8 as the system code page and Arabic turns to mojibake). Pure: no
 * DOM. Columns are those the library's own CSV reader takes (core/csv.ts), so
 * a downloaded file can be fed back through `src`.
 */
import type { Source, TrendData } from './types.js';

export type CsvCell = string | number | null | undefined;

export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/** First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One field. Text that would start a formula gets a leading apostrophe, which
 * spreadsheets show as text and do not evaluate; numbers are written as numbers
 * (counts are never negative, so a number never starts with "-").
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file, with the byte-order mark unless `bom` is false. */
export function writeCsv(table: CsvTable, bom = true): string {
  const lines = [table.header, ...table.rows].map((r) => r.map(csvField).join(','));
  return `${bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}

const isoDay = (t: number | null): string | null => (t === null ? null : new Date(t).toISOString().slice(0, 10));

/**
 * Every point of every series as the data gave it, with its status, range and
 * note. Gaps the chart filled in for absent periods are not rows: the data had
 * no entry there, and the file is the data, not the drawing.
 */
export function trendTable(data: TrendData): CsvTable {
  return {
    header: ['series', 'date', 'value', 'low', 'high', 'status', 'note'],
    rows: data.series.flatMap((s) =>
      s.points.filter((p) => !p.filled).map((p) => [s.name, p.date, p.value, p.low, p.high, p.status, p.note]),
    ),
  };
}

/** Every source in input order, with its range, kind, status, link, retrieval date and note. */
export function sourcesTable(sources: readonly Source[]): CsvTable {
  return {
    header: ['name', 'value', 'low', 'high', 'kind', 'status', 'url', 'retrieved', 'note'],
    rows: [...sources]
      .sort((a, b) => a.order - b.order)
      .map((s) => [s.name, s.value, s.low, s.high, s.kind, s.status, s.url, isoDay(s.retrieved), s.note]),
  };
}

/** What a chart hands over for "Get the data": its validated data as it holds it (no code runs until a download). */
export type CsvSource = { trend: TrendData } | { sources: readonly Source[] };

export function tableOf(source: CsvSource): CsvTable {
  return 'trend' in source ? trendTable(source.trend) : sourcesTable(source.sources);
}
