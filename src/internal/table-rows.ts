/**
 * The data table's rows: built with plain DOM calls in the browser (the first
 * TABLE_ROWS_NOW with the chart, the rest in later tasks), as templates on the
 * server, and adopted from the server's markup when hydrating.
 */
import { html, isServer, noChange, nothing, render, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { afterPaint } from './render-turns.js';

export interface TableColumn {
  label: string;
  numeric?: boolean;
}

export interface TableSpec {
  caption: string;
  columns: readonly TableColumn[];
  rowCount: number;
  /** Cells of row i, built only for the rows on show. */
  row: (i: number) => readonly unknown[];
  /** Index of the column whose cells head their row (`th scope="row"`). */
  rowHeader: number;
}

/** Rows per page of the data table: one table up to 1,000 points (three years of daily figures), pages beyond. */
export const TABLE_PAGE = 1000;
/**
 * The table is in the document (for screen readers) even while hidden, so its rows
 * would be most of the cost of drawing a chart: these rows are built with the chart
 * itself, the rest in tasks of TABLE_ROWS_LATER rows after the first frame. Measured (bench --quick, first render
 * as a multiple of the hand-written baseline in the same run, 365 / 1,000 points):
 * 100-row pages 3.7–5.4× / 3.8–4.0×; every row at once 7.8× / 11.4×; every row
 * with `content-visibility: auto` on the hidden table 11.8× / 13.8× (no gain: the
 * clipped table counts as on screen, and building rows, not laying them out, is
 * the cost); 100 rows now and the rest later 5.1× / 2.4×. Then as main-thread CPU
 * (bench/cpu.mjs, 365 points, first render / update): 100 rows now 4.7× / 2.7×,
 * 20 rows 3.6× / 2.4×, none 3.2× / 1.9×. Twenty keep a table with rows in the
 * accessibility tree from the first frame (a screen reader's first screenful; the
 * rest follow within a few tasks, long before anyone could read that far).
 */
export const TABLE_ROWS_NOW = 20;
export const TABLE_ROWS_LATER = 100;
/**
 * Later rows written per frame across every table on the page. The rows are laid out in the
 * frame after they are written, so thirty charts each writing their batch in the same frame made
 * one rendering task of about 3,000 hidden rows (longest task of the live blog 107–112 ms,
 * against 62–83 ms for 100 rows with the chart and its later batches written the same way).
 */
export const TABLE_ROWS_PER_FRAME = 3 * TABLE_ROWS_LATER;

/** Later row batches of every table, in the order queued (document order, as charts render). */
const laterRows: (() => boolean)[] = [];
let pumping = false;

function queueRows(batch: () => boolean): void {
  laterRows.push(batch);
  if (!pumping) {
    pumping = true;
    afterPaint(pumpRows);
  }
}

/** Up to TABLE_ROWS_PER_FRAME rows in this task (stale batches are skipped free), then the rest after the next paint. */
function pumpRows(): void {
  try {
    let written = 0;
    while (laterRows.length && written < TABLE_ROWS_PER_FRAME) if (laterRows.shift()!()) written += TABLE_ROWS_LATER;
  } finally {
    // A batch that throws must not stop every other table's rows.
    if (laterRows.length) afterPaint(pumpRows);
    else pumping = false;
  }
}

interface Row {
  tr: HTMLTableRowElement;
  texts: Text[];
  templated: boolean[];
}

/**
 * The body rows of a table page, built with plain DOM calls and kept across
 * updates. As Lit templates, every row and every cell was a template instance
 * (over a thousand at 365 rows, the largest cost of a first render); here a row
 * is a few createElement calls, and new data only rewrites the cells whose text
 * changed. Text cells are set as text, never parsed as markup; a cell that is a
 * template (a link) is rendered into its own cell by Lit. Beyond TABLE_ROWS_NOW
 * rows, the rest are filled in later tasks; a newer update cancels an older fill.
 */
class TableRows extends Directive {
  private rows: Row[] = [];
  private shape = '';

  // In the browser Lit calls update(); render() runs only on the server (Lit SSR
  // never calls update()), where the rows are ordinary templates so that the
  // server's HTML carries the whole table. Their markup matches what update()
  // builds, and update() adopts those rows when it hydrates them.
  render(...args: [spec: TableSpec, first: number, last: number]): unknown {
    if (!isServer) return args.length ? noChange : nothing;
    const [spec, first, last] = args;
    const rows: TemplateResult[] = [];
    for (let i = first; i < last; i++) {
      const cells = spec
        .row(i)
        .map((v, c) =>
          c === spec.rowHeader
            ? html`<th scope="row">${v}</th>`
            : spec.columns[c]?.numeric
              ? html`<td class="num">${v}</td>`
              : html`<td>${v}</td>`,
        );
      rows.push(
        html`<tr>
          ${cells}
        </tr>`,
      );
    }
    return rows;
  }

  /**
   * Takes over rows the server rendered (hydration): each cell keeps its node,
   * with its text node found among Lit's markers. A cell that held a template
   * (a link) is emptied so the next update renders it once.
   */
  private adopt(parent: Node, columns: number): void {
    for (const tr of parent.childNodes) {
      if (!(tr instanceof HTMLTableRowElement) || tr.cells.length !== columns) continue;
      const templated: boolean[] = [];
      const texts = [...tr.cells].map((cell) => {
        const plain = [...cell.childNodes].every((n) => n.nodeType !== Node.ELEMENT_NODE);
        let text = [...cell.childNodes].find((n): n is Text => n instanceof Text && n.data.trim() !== '');
        if (!plain) cell.replaceChildren();
        if (!text || !plain) cell.append((text = document.createTextNode('')));
        templated.push(false);
        return text;
      });
      this.rows.push({ tr, texts, templated });
    }
  }

  override update(part: ChildPart, [spec, first, last]: [TableSpec, number, number]): unknown {
    const shape = `${spec.rowHeader}|${spec.columns.map((c) => (c.numeric ? 'n' : 't')).join('')}`;
    if (!this.shape && !this.rows.length) {
      this.adopt(part.parentNode, spec.columns.length);
      this.shape = shape;
    }
    if (shape !== this.shape) {
      for (const r of this.rows) r.tr.remove();
      this.rows = [];
      this.proto = null;
      this.shape = shape;
    }
    const count = Math.max(0, last - first);
    while (this.rows.length > count) this.rows.pop()!.tr.remove();
    this.job = { part, spec, first, count };
    this.fill(0, Math.min(count, TABLE_ROWS_NOW));
    return noChange;
  }

  /** The rows this update writes; later batches go on in background tasks until `count`. */
  private job: { part: ChildPart; spec: TableSpec; first: number; count: number } | null = null;
  /** Bumped by each update: a batch queued for an older one does nothing. */
  private generation = 0;

  /** Writes rows from..to of the current update; false when the batch is stale (nothing written). */
  private fill(from: number, to: number, generation = ++this.generation): boolean {
    const job = this.job;
    if (!job || generation !== this.generation) return false;
    for (let k = from; k < to; k++) this.fillRow(job.part, job.spec, k, job.spec.row(job.first + k));
    if (to >= job.count) return true;
    // The queued batch holds this directive weakly: a chart removed from the page is not kept
    // alive by rows it no longer needs (50 create/remove cycles left 94 detached trees before).
    const ref = new WeakRef(this);
    const end = Math.min(job.count, to + TABLE_ROWS_LATER);
    queueRows(() => ref.deref()?.fill(to, end, generation) ?? false);
    return true;
  }

  /** An empty row of this shape, cloned for each new row: one cloneNode instead of a dozen DOM calls (0.7 vs 1.1 ms per 100 six-cell rows). */
  private proto: HTMLTableRowElement | null = null;

  /** Row k: built on first use (before the part's end, so rows stay in order), then only its changed cells rewritten. */
  private fillRow(part: ChildPart, spec: TableSpec, k: number, cells: readonly unknown[]): void {
    let row = this.rows[k];
    if (!row) {
      const doc = part.parentNode.ownerDocument ?? document;
      if (this.proto?.ownerDocument !== doc || this.proto.cells.length !== spec.columns.length) this.proto = emptyRow(doc, spec);
      const tr = this.proto.cloneNode(true) as HTMLTableRowElement;
      // Walking siblings, not [...tr.cells].map: measured 1.5× faster per 100 rows (the HTMLCollection is the cost).
      const texts: Text[] = [];
      for (let cell = tr.firstChild; cell; cell = cell.nextSibling) texts.push(cell.firstChild as Text);
      part.parentNode.insertBefore(tr, part.endNode);
      this.rows.push((row = { tr, texts, templated: texts.map(() => false) }));
    }
    const { texts, templated } = row;
    for (let i = 0; i < texts.length; i++) {
      const value = cells[i];
      const node = texts[i]!;
      if (value === null || value === undefined || typeof value !== 'object') {
        const text = String(value ?? '');
        // Set the existing text node's data, as Lit does: nothing replaced, less to lay out again.
        if (node.data !== text) node.data = text;
        if (templated[i]) render(nothing, node.parentNode as HTMLElement);
        templated[i] = false;
      } else {
        node.data = '';
        render(value, node.parentNode as HTMLElement);
        templated[i] = true;
      }
    }
  }
}

/** A body row of the spec's shape: a header or data cell per column, each holding one empty text node. */
function emptyRow(doc: Document, spec: TableSpec): HTMLTableRowElement {
  const tr = doc.createElement('tr');
  spec.columns.forEach((c, i) => {
    const cell = doc.createElement(i === spec.rowHeader ? 'th' : 'td');
    if (i === spec.rowHeader) cell.setAttribute('scope', 'row');
    else if (c.numeric) cell.className = 'num';
    cell.append(doc.createTextNode(''));
    tr.append(cell);
  });
  return tr;
}

export const tableRows = directive(TableRows);
