/**
 * Template pieces every chart shares: the data table (always in the
 * accessibility tree, shown on screen on demand), its toggle button, the
 * readout line and the key. Functions of their inputs only.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { TABLE_PAGE, tableRows, type TableSpec } from './table-rows.js';
import { langOf, msg, type Strings } from '../i18n/messages.js';
import { renderText } from './text.js';
import type { Keyword } from './input.js';

export { TABLE_PAGE, TABLE_ROWS_LATER, TABLE_ROWS_NOW, type TableColumn, type TableSpec } from './table-rows.js';

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

/** The figcaption of every element: note, source (linked when its URL passed the allowlist) and byline. */
export function drawCaption(c: { note: string; source: string; href: string | null; byline: string; text: Strings }): TemplateResult {
  return html`<figcaption part="caption">
    ${c.note ? html`<p class="note" part="note">${c.note}</p>` : nothing}
    ${
      c.source
        ? html`<p class="source" part="source">
            ${renderText(c.text, 'source')}
            ${
              c.href
                ? html`<a href=${c.href} target="_blank" rel="noopener noreferrer"
                    >${c.source}<span class="vh" lang=${langOf(c.text, 'newTab') ?? nothing}>${msg(c.text, 'newTab')}</span></a
                  >`
                : c.source
            }
          </p>`
        : nothing
    }
    ${c.byline ? html`<p class="byline" part="byline">${c.byline}</p>` : nothing}
  </figcaption>`;
}

/** The `axis-direction` attribute's words, and what is drawn for anything else. */
export const AXIS_DIRECTION: Keyword<'ltr' | 'rtl' | 'auto'> = {
  path: 'axis-direction',
  allowed: ['ltr', 'rtl', 'auto'],
  fallback: 'ltr',
  code: 'iAxisDirection',
  instead: 'xLtr',
};

/** The `loading` attribute's words; anything else is `lazy`, as on `<img loading>`, with a warning. */
export const LOADING: Keyword<'lazy' | 'eager'> = { path: 'loading', allowed: ['lazy', 'eager'], fallback: 'lazy', instead: 'xLazy' };
