/**
 * CSV for the charts' `src` data: an RFC 4180 reader (quoted fields with
 * commas, quotes and line breaks; CRLF or LF; a leading byte-order mark), the
 * column mapping of each chart, and the format sniffing of a response. Pure:
 * no DOM, no fetch. Every problem names the line (1 is the header) and, where
 * it concerns one cell, the column: `src line 7, column value`.
 */

import { englishField, type IssueParams } from '../i18n/issue-text.js';
import type { Key } from '../i18n/messages.js';

/** A problem in the CSV; like any issue, its English message comes from its catalogue key (src/i18n/en-issues.ts). */
export interface CsvProblem {
  path: string;
  message: string;
  severity: 'error' | 'warning';
  code: Key;
  params: IssueParams;
}

const problem = (path: string, severity: CsvProblem['severity'], code: Key, params: IssueParams = {}): CsvProblem =>
  englishField({ path, severity, code, params }, 'message', code, params) as CsvProblem;

/** Rows as the chart schema reads them, plus where each came from. */
export interface CsvData {
  data: unknown;
  problems: CsvProblem[];
  /** Turns a schema path (`data[3].value`, `data.series[1].points[0].date`) into `src line 5, column value`; other paths come back unchanged. */
  locate: (path: string) => string;
}

export const csvPath = (line: number, column?: string): string => `src line ${line}${column ? `, column ${column}` : ''}`;

/** A table row: its cells and the line it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

const err = (path: string, key: Key, params?: IssueParams): CsvProblem => problem(path, 'error', key, params);

/** The delimiters the reader splits on: commas (CSV), semicolons (CSV from European spreadsheets), tabs (pasted cells). */
export type Delimiter = ',' | ';' | '\t';

/** One cell: quoted (`""` is a quote; delimiters and line breaks allowed) or plain (no quote at its start), then what ends it. */
const cellPattern = (d: Delimiter): RegExp => {
  const c = d === '\t' ? '\\t' : d;
  return new RegExp(`(?:"((?:[^"]|"")*)"|((?!")[^${c}\\r\\n]*))(${c}|\\r?\\n|\\r|$)`, 'y');
};

/**
 * Splits delimited text into rows (commas unless told otherwise), skipping
 * blank lines. A quote that is never closed, or text after a closing quote,
 * stops the reading with the line.
 */
export function readCsv(text: string, delimiter: Delimiter = ','): { rows: CsvRow[]; problems: CsvProblem[] } {
  const cell = cellPattern(delimiter);
  const rows: CsvRow[] = [];
  const s = text.replace(/^\uFEFF/, '');
  let line = 1;
  let cells: string[] = [];
  let start = 1;
  while (cell.lastIndex < s.length) {
    const m = cell.exec(s);
    if (!m)
      return {
        rows,
        problems: [err(csvPath(line), 'cQuote')],
      };
    const quoted = m[1];
    cells.push(quoted === undefined ? m[2]! : quoted.replace(/""/g, '"'));
    line += (quoted?.split(/\r?\n|\r/).length ?? 1) - 1;
    if (m[3] === delimiter) continue;
    line++;
    if (cells.length > 1 || cells[0]!.trim()) rows.push({ line: start, cells });
    cells = [];
    start = line;
  }
  // A last line ending in a delimiter has an empty last cell.
  if (cells.length) rows.push({ line: start, cells: [...cells, ''] });
  return { rows, problems: [] };
}

/** A count as CSV writes it: plain digits, an optional decimal point and exponent; no thousands separators. */
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

const TREND_COLUMNS = ['date', 'value', 'low', 'high', 'status', 'note', 'series'];
const SOURCE_COLUMNS = ['name', 'value', 'low', 'high', 'kind', 'status', 'url', 'retrieved', 'note'];
const NUMERIC = ['value', 'low', 'high'];

/** Reads a table with a header into records of the known columns: numbers for value/low/high (empty: null), text otherwise (empty: absent). */
function records(
  text: string,
  known: string[],
  required: string[],
): { out: { line: number; rec: Record<string, unknown> }[]; problems: CsvProblem[] } {
  const { rows, problems } = readCsv(text);
  const out: { line: number; rec: Record<string, unknown> }[] = [];
  const header = rows.shift();
  if (!header) {
    problems.push(err('src', 'cNoHeader'));
    return { out, problems };
  }
  const cols = header.cells.map((c) => c.trim().toLowerCase());
  cols.forEach((c, i) => {
    if (!known.includes(c)) {
      problems.push(problem(csvPath(header.line, c || `${i + 1}`), 'warning', 'cUnknown', { list: known }));
    } else if (cols.indexOf(c) !== i) problems.push(err(csvPath(header.line, c), 'cRepeated'));
  });
  for (const r of required) {
    if (!cols.includes(r)) problems.push(err(csvPath(header.line), 'cNoColumn', { column: r }));
  }
  for (const { line, cells } of rows) {
    if (cells.length !== cols.length) {
      problems.push(err(csvPath(line), 'cFields', { count: String(cells.length), header: String(cols.length) }));
      continue;
    }
    const rec: Record<string, unknown> = {};
    cols.forEach((c, i) => {
      if (!known.includes(c)) return;
      const v = cells[i]!.trim();
      if (!NUMERIC.includes(c)) {
        if (v) rec[c] = v;
      } else if (!v) rec[c] = null;
      else if (NUMBER.test(v)) rec[c] = +v;
      else problems.push(err(csvPath(line, c), 'cDigits', { got: v }));
    });
    out.push({ line, rec });
  }
  return { out, problems };
}

/**
 * `<casualty-trend>` CSV: `date,value[,low,high,status,note,series]`. Without a
 * `series` column (or with it empty throughout) the rows are one series; with
 * it, rows are grouped into series by name, in order of first appearance.
 */
export const trendFromCsv = (text: string): CsvData => fromCsv(text, TREND_COLUMNS, ['date', 'value']);

/** `<source-comparison>` CSV: `name[,value,low,high,kind,status,url,retrieved,note]`, one source per row. */
export const sourcesFromCsv = (text: string): CsvData => fromCsv(text, SOURCE_COLUMNS, ['name']);

function fromCsv(text: string, known: string[], required: string[]): CsvData {
  const { out, problems } = records(text, known, required);
  const lines = new Map<string, number>();
  const locate = (path: string): string => {
    const m = /^(.*\])(?:\.(\w+))?$/.exec(path);
    const line = m && lines.get(m[1]!);
    return line ? csvPath(line, m[2] === 'name' && known === TREND_COLUMNS ? 'series' : m[2]) : path;
  };
  if (!out.some((r) => r.rec.series !== undefined)) {
    out.forEach((r, i) => lines.set(`data[${i}]`, r.line));
    return { data: out.map((r) => r.rec), problems, locate };
  }
  const series: { name: string; points: unknown[] }[] = [];
  for (const { line, rec } of out) {
    const name = rec.series as string | undefined;
    delete rec.series;
    if (name === undefined) {
      problems.push(err(csvPath(line, 'series'), 'cSeriesEmpty'));
      continue;
    }
    let k = series.findIndex((s) => s.name === name);
    if (k < 0) {
      k = series.push({ name, points: [] }) - 1;
      lines.set(`data.series[${k}]`, line);
    }
    lines.set(`data.series[${k}].points[${series[k]!.points.push(rec) - 1}]`, line);
  }
  return { data: { series }, problems, locate };
}

// Kept importable from here; it lives apart so the CSV reader can load only when a CSV arrives.
export { sniff } from './sniff.js';
