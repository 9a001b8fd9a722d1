/**
 * Columns of a pasted sheet → the chart's input. Each column gets a role (a
 * field of the chart's schema, "series" for one column per series in a wide
 * sheet, or "ignore"), recognised from its header and changeable by the editor.
 * The rows then become exactly the JSON the element reads; the element's own
 * schema (src/schema) validates it. Pure: no DOM.
 */
import { FIELDS, IGNORE, NUMERIC, WIDE, type Chart, type Role } from './roles.js';
import { guessDecimal, readNumber, type Decimal, type Problem, type Sheet } from './sheet.js';

export { CHARTS, CHART_NAMES, FIELDS, IGNORE, NUMERIC, WIDE, type Chart, type Role } from './roles.js';
export { recogniseColumns, recogniseHeader } from './recognise.js';

export interface BuiltInput {
  /** The chart's input (`data` or `items`), as JSON-ready values. */
  data: unknown;
  problems: Problem[];
  /** Names where a schema path points in the sheet: `data[3].value` → `row 5, column "Deaths"`. */
  locate: (path: string) => string;
  decimal: Decimal;
}

const cellPath = (line: number, header: string, index: number) => `row ${line}, column ${header ? JSON.stringify(header) : index + 1}`;

/** Where each element path came from: the sheet's line and the column of each field. */
type Paths = Map<string, { line: number; cols: Map<string, number> }>;

/** What every step of building the input shares. */
interface Build {
  chart: Chart;
  sheet: Sheet;
  /** Field → the first column assigned to it. */
  seen: Map<string, number>;
  decimal: Decimal;
  problems: Problem[];
  paths: Paths;
}

/** Names where a schema path points in the sheet: `data[3].value` → `row 5, column "Deaths"`. */
function locator(sheet: Sheet, paths: Paths): (path: string) => string {
  return (path) => {
    const m = /^(.*?\])(?:\.(\w+))?$/.exec(path);
    const at = m && paths.get(m[1]!);
    if (!at) return path;
    const col = m[2] === undefined ? undefined : at.cols.get(m[2] === 'name' ? 'series' : m[2]);
    return col === undefined ? `row ${at.line}` : cellPath(at.line, sheet.header[col] ?? '', col);
  };
}

/** Field → first column with that role; a role that is not a field, or a field given twice, is a problem. */
function assignRoles(chart: Chart, sheet: Sheet, roles: readonly Role[], problems: Problem[]): Map<string, number> {
  const seen = new Map<string, number>();
  roles.forEach((r, i) => {
    if (r === IGNORE || r === WIDE) return;
    if (!FIELDS[chart].includes(r)) {
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
  return seen;
}

/** One number cell: its value, or a problem (and a note as a warning) at its row and column. */
function readCell(b: Build, line: number, i: number, cell: string): { ok: true; value: number | null } | { ok: false } {
  const n = readNumber(cell, b.decimal);
  const at = cellPath(line, b.sheet.header[i] ?? '', i);
  if (!n.ok) {
    b.problems.push({ path: at, message: n.message, severity: 'error' });
    return { ok: false };
  }
  if (n.note) b.problems.push({ path: at, message: n.note, severity: 'warning' });
  return { ok: true, value: n.value };
}

/** One row as a record of the chart's fields; a cell that cannot be read is left out (the schema then names it). */
function readRow(b: Build, line: number, cells: readonly string[]): { rec: Record<string, unknown>; cols: Map<string, number> } {
  const rec: Record<string, unknown> = {};
  const cols = new Map<string, number>();
  for (const f of FIELDS[b.chart]) {
    const i = b.seen.get(f);
    if (i === undefined || (b.chart === 'casualty-trend' && f === 'series')) continue;
    cols.set(f, i);
    const cell = cells[i] ?? '';
    if (NUMERIC[b.chart].includes(f)) {
      const n = readCell(b, line, i, cell);
      // An empty value is a gap or "no figure released": written as null, never as 0. Empty low/high/width/height are absent.
      if (n.ok && (n.value !== null || f === 'value')) rec[f] = n.value;
    } else {
      const v = f === 'caption' || f === 'note' || f === 'alt' ? cell : cell.trim();
      if (v.trim()) rec[f] = v;
    }
  }
  return { rec, cols };
}

/** Every row as a record, in order (`data[k]` or `items[k]`). */
function rowsAsRecords(b: Build, key: string): Record<string, unknown>[] {
  return b.sheet.rows.map((r, k) => {
    const { rec, cols } = readRow(b, r.line, r.cells);
    b.paths.set(`${key}[${k}]`, { line: r.line, cols });
    return rec;
  });
}

/** A wide sheet: one series per column, named by its header, dated by the date column. */
function wideSeries(b: Build, wideCols: number[]): unknown {
  const dateCol = b.seen.get('date');
  const series = wideCols.map((i, k) => {
    const points: unknown[] = [];
    for (const r of b.sheet.rows) {
      const rec: Record<string, unknown> = {};
      if (dateCol !== undefined && (r.cells[dateCol] ?? '').trim()) rec.date = r.cells[dateCol]!.trim();
      const n = readCell(b, r.line, i, r.cells[i] ?? '');
      if (!n.ok) continue;
      rec.value = n.value;
      const cols = new Map<string, number>([['value', i]]);
      if (dateCol !== undefined) cols.set('date', dateCol);
      b.paths.set(`data.series[${k}].points[${points.push(rec) - 1}]`, { line: r.line, cols });
    }
    b.paths.set(`data.series[${k}]`, { line: 1, cols: new Map([['series', i]]) });
    return { name: b.sheet.header[i]!, points };
  });
  if (b.seen.has('value'))
    b.problems.push({
      path: 'columns',
      message: 'a "value" column and series columns cannot be read together; the value column is not read',
      severity: 'error',
    });
  return { series };
}

/** A long sheet with a series column: rows grouped into series by name, in order of first appearance. */
function groupedSeries(b: Build, seriesCol: number): unknown {
  const series: { name: string; points: unknown[] }[] = [];
  for (const r of b.sheet.rows) {
    const name = (r.cells[seriesCol] ?? '').trim();
    if (!name) {
      b.problems.push({
        path: cellPath(r.line, b.sheet.header[seriesCol] ?? '', seriesCol),
        message: 'is empty but other rows name a series; the row is not read',
        severity: 'error',
      });
      continue;
    }
    let k = series.findIndex((s) => s.name === name);
    if (k < 0) {
      k = series.push({ name, points: [] }) - 1;
      b.paths.set(`data.series[${k}]`, { line: r.line, cols: new Map([['series', seriesCol]]) });
    }
    const { rec, cols } = readRow(b, r.line, r.cells);
    b.paths.set(`data.series[${k}].points[${series[k]!.points.push(rec) - 1}]`, { line: r.line, cols });
  }
  return { series };
}

/**
 * Builds the chart's input from the rows and roles. Every cell that cannot be
 * read is listed with its row and column; its row is still passed on (with the
 * cell left out), so the schema names what is then missing.
 */
export function buildInput(chart: Chart, sheet: Sheet, roles: readonly Role[], decimalChoice: Decimal | 'auto' = 'auto'): BuiltInput {
  const problems: Problem[] = [];
  const paths: Paths = new Map();
  const seen = assignRoles(chart, sheet, roles, problems);
  const numberCols = [...seen].filter(([f]) => NUMERIC[chart].includes(f)).map(([, i]) => i);
  const wideCols = chart === 'casualty-trend' ? roles.flatMap((r, i) => (r === WIDE ? [i] : [])) : [];
  const decimal =
    decimalChoice === 'auto'
      ? guessDecimal(
          sheet.format,
          sheet.rows.flatMap((r) => [...numberCols, ...wideCols].map((i) => r.cells[i] ?? '')),
        )
      : decimalChoice;
  const b: Build = { chart, sheet, seen, decimal, problems, paths };
  const done = (data: unknown): BuiltInput => ({ data, problems, locate: locator(sheet, paths), decimal });
  if (chart !== 'casualty-trend') return done(rowsAsRecords(b, chart === 'photo-gallery-caption' ? 'items' : 'data'));
  // Trend: one series per wide column, or rows grouped by the series column, or one list of points.
  if (wideCols.length) return done(wideSeries(b, wideCols));
  const seriesCol = seen.get('series');
  if (seriesCol === undefined || sheet.rows.every((r) => !(r.cells[seriesCol] ?? '').trim())) return done(rowsAsRecords(b, 'data'));
  return done(groupedSeries(b, seriesCol));
}
