/**
 * Columns of a pasted sheet → the chart's input. Each column gets a role (a
 * field of the chart's schema, "series" for one column per series in a wide
 * sheet, or "ignore"), recognised from its header and changeable by the editor.
 * The rows then become exactly the JSON the element reads; the element's own
 * schema (src/schema) validates it. Pure: no DOM.
 */
import { ALIASES } from './aliases.js';
import { guessDecimal, readNumber, type Decimal, type Problem, type Sheet } from './sheet.js';

export const CHARTS = ['casualty-trend', 'source-comparison', 'photo-gallery-caption'] as const;
export type Chart = (typeof CHARTS)[number];

export const CHART_NAMES: Record<Chart, string> = {
  'casualty-trend': 'Trend over time (casualty-trend)',
  'source-comparison': 'Sources compared (source-comparison)',
  'photo-gallery-caption': 'Photo captions and credits (photo-gallery-caption)',
};

/** Fields of each chart's rows, in the schema's own names. */
export const FIELDS: Record<Chart, readonly string[]> = {
  'casualty-trend': ['date', 'value', 'low', 'high', 'status', 'note', 'series'],
  'source-comparison': ['name', 'value', 'low', 'high', 'kind', 'status', 'url', 'retrieved', 'note'],
  'photo-gallery-caption': ['caption', 'credit', 'src', 'alt', 'srcset', 'width', 'height'],
};

/** A column's role: one of FIELDS, `wide` (a series of its own, named by its header; trend only) or `ignore`. */
export type Role = string;
export const WIDE = 'wide';
export const IGNORE = 'ignore';

export const NUMERIC: Record<Chart, readonly string[]> = {
  'casualty-trend': ['value', 'low', 'high'],
  'source-comparison': ['value', 'low', 'high'],
  'photo-gallery-caption': ['width', 'height'],
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

export interface BuiltInput {
  /** The chart's input (`data` or `items`), as JSON-ready values. */
  data: unknown;
  problems: Problem[];
  /** Names where a schema path points in the sheet: `data[3].value` → `row 5, column "Deaths"`. */
  locate: (path: string) => string;
  decimal: Decimal;
}

const cellPath = (line: number, header: string, index: number) => `row ${line}, column ${header ? JSON.stringify(header) : index + 1}`;

/**
 * Builds the chart's input from the rows and roles. Every cell that cannot be
 * read is listed with its row and column; its row is still passed on (with the
 * cell left out), so the schema names what is then missing.
 */
export function buildInput(chart: Chart, sheet: Sheet, roles: readonly Role[], decimalChoice: Decimal | 'auto' = 'auto'): BuiltInput {
  const problems: Problem[] = [];
  const paths = new Map<string, { line: number; cols: Map<string, number> }>();
  const locate = (path: string): string => {
    const m = /^(.*?\])(?:\.(\w+))?$/.exec(path);
    const at = m && paths.get(m[1]!);
    if (!at) return path;
    const col = m[2] === undefined ? undefined : at.cols.get(m[2] === 'name' ? 'series' : m[2]);
    return col === undefined ? `row ${at.line}` : cellPath(at.line, sheet.header[col] ?? '', col);
  };
  const fields = FIELDS[chart];
  const numeric = NUMERIC[chart];
  const seen = new Map<string, number>();
  roles.forEach((r, i) => {
    if (r === IGNORE || r === WIDE) return;
    if (!fields.includes(r)) {
      problems.push({ path: `column ${i + 1}`, message: `"${r}" is not a field of ${chart}; ignored`, severity: 'warning' });
      return;
    }
    const first = seen.get(r);
    if (first !== undefined)
      problems.push({
        path: cellPath(1, sheet.header[i] ?? '', i),
        message: `is also assigned to "${r}" (like column ${first + 1}); only the first is read`,
        severity: 'error',
      });
    else seen.set(r, i);
  });
  const numberCols = [...seen].filter(([f]) => numeric.includes(f)).map(([, i]) => i);
  const wideCols = chart === 'casualty-trend' ? roles.flatMap((r, i) => (r === WIDE ? [i] : [])) : [];
  const decimal =
    decimalChoice === 'auto'
      ? guessDecimal(
          sheet.format,
          sheet.rows.flatMap((r) => [...numberCols, ...wideCols].map((i) => r.cells[i] ?? '')),
        )
      : decimalChoice;

  const readRow = (line: number, cells: readonly string[]): { rec: Record<string, unknown>; cols: Map<string, number> } => {
    const rec: Record<string, unknown> = {};
    const cols = new Map<string, number>();
    for (const f of fields) {
      const i = seen.get(f);
      if (i === undefined || (chart === 'casualty-trend' && f === 'series')) continue;
      cols.set(f, i);
      const cell = cells[i] ?? '';
      if (numeric.includes(f)) {
        const n = readNumber(cell, decimal);
        if (!n.ok) problems.push({ path: cellPath(line, sheet.header[i] ?? '', i), message: n.message, severity: 'error' });
        else {
          if (n.note) problems.push({ path: cellPath(line, sheet.header[i] ?? '', i), message: n.note, severity: 'warning' });
          // An empty value is a gap or "no figure released": written as null, never as 0. Empty low/high/width/height are absent.
          if (n.value !== null || f === 'value') rec[f] = n.value;
        }
      } else {
        const v = f === 'caption' || f === 'note' || f === 'alt' ? cell : cell.trim();
        if (v.trim()) rec[f] = v;
      }
    }
    return { rec, cols };
  };

  if (chart !== 'casualty-trend') {
    const data = sheet.rows.map((r, k) => {
      const { rec, cols } = readRow(r.line, r.cells);
      paths.set(`${chart === 'photo-gallery-caption' ? 'items' : 'data'}[${k}]`, { line: r.line, cols });
      return rec;
    });
    return { data, problems, locate, decimal };
  }

  // Trend: one series per wide column, or rows grouped by the series column, or one list of points.
  if (wideCols.length) {
    const dateCol = seen.get('date');
    const series = wideCols.map((i, k) => ({ name: sheet.header[i]!, points: [] as unknown[], k }));
    for (const s of series) {
      const i = wideCols[s.k]!;
      for (const r of sheet.rows) {
        const rec: Record<string, unknown> = {};
        if (dateCol !== undefined && (r.cells[dateCol] ?? '').trim()) rec.date = r.cells[dateCol]!.trim();
        const n = readNumber(r.cells[i] ?? '', decimal);
        const at = cellPath(r.line, sheet.header[i] ?? '', i);
        if (!n.ok) {
          problems.push({ path: at, message: n.message, severity: 'error' });
          continue;
        }
        if (n.note) problems.push({ path: at, message: n.note, severity: 'warning' });
        rec.value = n.value;
        const cols = new Map<string, number>([['value', i]]);
        if (dateCol !== undefined) cols.set('date', dateCol);
        paths.set(`data.series[${s.k}].points[${s.points.push(rec) - 1}]`, { line: r.line, cols });
      }
      paths.set(`data.series[${s.k}]`, { line: 1, cols: new Map([['series', i]]) });
    }
    if (seen.has('value'))
      problems.push({
        path: 'columns',
        message: 'a "value" column and series columns cannot be read together; the value column is not read',
        severity: 'error',
      });
    return { data: { series: series.map(({ name, points }) => ({ name, points })) }, problems, locate, decimal };
  }
  const seriesCol = seen.get('series');
  if (seriesCol === undefined || sheet.rows.every((r) => !(r.cells[seriesCol] ?? '').trim())) {
    const data = sheet.rows.map((r, k) => {
      const { rec, cols } = readRow(r.line, r.cells);
      paths.set(`data[${k}]`, { line: r.line, cols });
      return rec;
    });
    return { data, problems, locate, decimal };
  }
  const series: { name: string; points: unknown[] }[] = [];
  for (const r of sheet.rows) {
    const name = (r.cells[seriesCol] ?? '').trim();
    if (!name) {
      problems.push({
        path: cellPath(r.line, sheet.header[seriesCol] ?? '', seriesCol),
        message: 'is empty but other rows name a series; the row is not read',
        severity: 'error',
      });
      continue;
    }
    let k = series.findIndex((s) => s.name === name);
    if (k < 0) {
      k = series.push({ name, points: [] }) - 1;
      paths.set(`data.series[${k}]`, { line: r.line, cols: new Map([['series', seriesCol]]) });
    }
    const { rec, cols } = readRow(r.line, r.cells);
    paths.set(`data.series[${k}].points[${series[k]!.points.push(rec) - 1}]`, { line: r.line, cols });
  }
  return { data: { series }, problems, locate, decimal };
}
