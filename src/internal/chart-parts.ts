/**
 * Template pieces every chart shares: the data table (always in the
 * accessibility tree, shown on screen on demand), its toggle button, the
 * readout line and the key. Functions of their inputs only.
 */
import { html, isServer, noChange, nothing, render, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { afterPaint, backgroundTask } from './render-turns.js';
import { msg, type Strings } from '../i18n/messages.js';
import { renderText } from './text.js';

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
 * the cost); 100 rows now and the rest later 5.1× / 2.4×, today's cost.
 */
export const TABLE_ROWS_NOW = 100;
export const TABLE_ROWS_LATER = 100;

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
  private generation = 0;

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
      this.shape = shape;
    }
    const count = Math.max(0, last - first);
    while (this.rows.length > count) this.rows.pop()!.tr.remove();
    const generation = ++this.generation;
    const fill = (from: number, to: number): void => {
      if (generation !== this.generation) return;
      for (let k = from; k < to; k++) this.fillRow(part, spec, k, spec.row(first + k));
      if (to < count) (from === 0 ? afterPaint : backgroundTask)(() => fill(to, Math.min(count, to + TABLE_ROWS_LATER)));
    };
    fill(0, Math.min(count, TABLE_ROWS_NOW));
    return noChange;
  }

  /** Row k: built on first use (before the part's end, so rows stay in order), then only its changed cells rewritten. */
  private fillRow(part: ChildPart, spec: TableSpec, k: number, cells: readonly unknown[]): void {
    let row = this.rows[k];
    if (!row) {
      const doc = part.parentNode.ownerDocument ?? document;
      const tr = doc.createElement('tr');
      const texts = spec.columns.map((c, i) => {
        const cell = doc.createElement(i === spec.rowHeader ? 'th' : 'td');
        if (i === spec.rowHeader) cell.setAttribute('scope', 'row');
        else if (c.numeric) cell.className = 'num';
        const text = doc.createTextNode('');
        cell.append(text);
        tr.append(cell);
        return text;
      });
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

const tableRows = directive(TableRows);

/**
 * The data table. Hidden on screen (but not from screen readers) until
 * `shown`. Beyond TABLE_PAGE rows it is paged: `page` picks the rows, and
 * buttons (out of the Tab order while the table is hidden) move between pages.
 */
export function renderDataTable(spec: TableSpec, shown: boolean, text: Strings, page = 0, onPage?: (page: number) => void): TemplateResult {
  const pages = Math.max(1, Math.ceil(spec.rowCount / TABLE_PAGE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const first = current * TABLE_PAGE;
  const last = Math.min(spec.rowCount, first + TABLE_PAGE);
  const tab = shown ? nothing : '-1';
  // Shown, the table may scroll sideways on narrow screens: the scroll region is focusable and named.
  return html`<div
    class="table-wrap ${shown ? '' : 'vh'}"
    part="table"
    id="table"
    role=${shown ? 'region' : nothing}
    tabindex=${shown ? '0' : nothing}
    aria-labelledby=${shown ? 'table-caption' : nothing}
  >
    <table>
      <caption id="table-caption">
        ${spec.caption}
      </caption>
      <thead>
        <tr>
          ${spec.columns.map((c) => html`<th scope="col">${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${tableRows(spec, first, last)}
      </tbody>
    </table>
    ${
      pages > 1
        ? html`<p class="pager">
            <span aria-live="polite">${msg(text, 'tableRows', { first: first + 1, last, count: spec.rowCount })}</span>
            <button type="button" tabindex=${tab} ?disabled=${current === 0} @click=${() => onPage?.(current - 1)}>
              ${msg(text, 'tablePrevious')}
            </button>
            <button type="button" tabindex=${tab} ?disabled=${current === pages - 1} @click=${() => onPage?.(current + 1)}>
              ${msg(text, 'tableNext')}
            </button>
          </p>`
        : nothing
    }
  </div>`;
}

export function renderTableToggle(shown: boolean, onClick: () => void, text: Strings): TemplateResult {
  return html`<div class="tools">
    <button type="button" part="table-toggle" aria-expanded=${shown ? 'true' : 'false'} aria-controls="table" @click=${onClick}>
      ${renderText(text, shown ? 'tableHide' : 'tableShow')}
    </button>
  </div>`;
}

/** The readout line: the selected item's text, or a muted hint (hidden from screen readers, which get the key help instead). */
export function renderReadout(text: string | null, hint: string): TemplateResult {
  // The line aligns to the page's start; dir="auto" on its text keeps English punctuation in place on a right-to-left page.
  return html`<div class="readout" part="readout" aria-live="polite">
    ${text !== null ? html`<span dir="auto">${text}</span>` : html`<span class="hint" aria-hidden="true" dir="auto">${hint}</span>`}
  </div>`;
}

/** A key or legend: each item a small SVG sample (never a CSS background, which forced colours erase) and a label. */
export function renderKey(label: string, items: readonly { sample: TemplateResult; text: string }[]): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<ul class="key" aria-label=${label}>
    ${items.map((i) => html`<li>${i.sample}${i.text}</li>`)}
  </ul>`;
}

export type Anchor = 'start' | 'middle' | 'end';

/**
 * Drawing a plot right to left. Models lay out left to right; a mirrored plot
 * reflects the shapes with one transform (`shapes`, on each group of marks) and
 * places each label at its reflected x with the opposite anchor, so text is
 * never drawn backwards.
 */
export interface Mirror {
  on: boolean;
  /** Transform for groups of shapes; `nothing` when not mirrored. */
  shapes: string | typeof nothing;
  x(v: number): number;
  anchor(a: Anchor): Anchor;
  /** Left edge of a box [x, x + w] once reflected. */
  box(x: number, w: number): number;
}

const RTL_FIRST = /^[^\p{L}]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/**
 * Direction and anchor for an SVG label from the page. SVG text ignores
 * `unicode-bidi: plaintext`, so a label whose first letter is Hebrew or Arabic
 * gets `direction="rtl"` (numbers and punctuation then fall in reading order)
 * and the opposite anchor, which keeps it where `anchor` puts it on screen.
 */
export function bidi(text: string, anchor: Anchor): { dir: 'rtl' | typeof nothing; anchor: Anchor } {
  if (!RTL_FIRST.test(text)) return { dir: nothing, anchor };
  return { dir: 'rtl', anchor: anchor === 'start' ? 'end' : anchor === 'end' ? 'start' : anchor };
}

/** A one-line SVG label at (x, y), anchored as seen on screen whatever its script's direction. */
export function svgLabel(cls: string, x: number, y: number, anchor: Anchor, text: string): SVGTemplateResult {
  const d = bidi(text, anchor);
  return svg`<text class=${cls || nothing} x=${x} y=${y} text-anchor=${d.anchor} direction=${d.dir}>${text}</text>`;
}

export function mirror(on: boolean, width: number): Mirror {
  return {
    on,
    shapes: on ? `matrix(-1 0 0 1 ${width} 0)` : nothing,
    x: (v) => (on ? width - v : v),
    anchor: (a) => (on && a !== 'middle' ? (a === 'start' ? 'end' : 'start') : a),
    box: (x, w) => (on ? width - x - w : x),
  };
}
