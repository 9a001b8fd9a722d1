/**
 * <source-comparison>'s drawing as functions of the model and a small view state
 * (cursor, mirroring, mark, reference, words): the SVG, the key, the list of source
 * links and the data table. No element, no `this`.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { compareWith, figureText, figureWords, hasRange, rangeOnly } from '../../core/compare.js';
import { kindWord } from '../../core/describe.js';
import { formatDate, formatFigure } from '../../core/format.js';
import type { Source } from '../../core/types.js';
import { msg, type Strings } from '../../i18n/messages.js';
import { bidi, mirror, renderKey, svgLabel, type Mirror, type TableSpec } from '../../internal/chart-parts.js';
import { renderText } from '../../internal/text.js';
import { LINE_HEIGHT } from '../casualty-trend/layout/constants.js';
import { BAR_H, type ComparisonModel, type FigureStyle, type Row } from './model.js';

export interface ComparisonView {
  mirrored: boolean;
  /** The row selected by keys or pointer. */
  cursor: number | null;
  /** The `mark` attribute as set (the key shows dots only for `dot`). */
  mark: string;
  reference: Source | null;
  sources: readonly Source[];
  name: string;
  unit: string;
  locale: string;
  text: Strings;
  tableShown: boolean;
}

const STYLE_LABEL: Record<FigureStyle, 'confirmed' | 'estimate' | 'unverified'> = {
  solid: 'confirmed',
  estimate: 'estimate',
  unverified: 'unverified',
};

export function drawComparisonSvg(m: ComparisonModel, v: ComparisonView): TemplateResult {
  const active = v.cursor !== null ? m.rows[v.cursor] : undefined;
  // Mirrored (axis-direction), bars grow from the right: shapes reflected per group, labels placed at reflected x.
  const f = mirror(v.mirrored, m.width);
  return html`<svg width=${m.width} height=${m.height} viewBox="0 0 ${m.width} ${m.height}" aria-hidden="true" focusable="false">
    <g transform=${f.shapes}>
      ${m.ticks.map((t) => m.gridSpans.map(([a, b]) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${a} y2=${b}></line>`))}
    </g>
    ${m.rows.map((row) => drawRow(row, m, f))}
    ${
      m.reference
        ? svg`<g transform=${f.shapes}>${m.reference.xs.map(
            (x) => svg`${m.reference!.spans.map(([a, b]) => svg`<line class="ref-line" x1=${x} x2=${x} y1=${a} y2=${b}></line>`)}
              <path class="ref-mark" d="M${x - 5},${m.axisY + 1}h10l-5,-7z"></path>`,
          )}</g>`
        : nothing
    }
    <line class="baseline" x1=${m.x0} x2=${m.x1} y1=${m.axisY} y2=${m.axisY} transform=${f.shapes}></line>
    ${m.ticks.map((t, i) => svg`<text x=${f.x(t.x)} y=${m.axisY + LINE_HEIGHT} text-anchor=${f.anchor(i === 0 ? 'start' : 'middle')}>${t.label}</text>`)}
    ${active ? svg`<rect class="focus-ring" x="1.25" y=${active.y - 4} width=${m.width - 2.5} height=${active.h + 8} rx="3"></rect>` : nothing}
  </svg>`;
}

function drawRow(row: Row, m: ComparisonModel, f: Mirror): SVGTemplateResult {
  const s = row.source;
  const mid = row.barY + BAR_H / 2;
  const start = f.anchor('start');
  const name = bidi(row.name.lines[0] ?? '', start);
  return svg`<g class="row${row.isReference ? ' ref' : ''}">
    <text class="name" text-anchor=${name.anchor} direction=${name.dir}>${row.name.lines.map((l, i) => svg`<tspan x=${f.x(row.name.x)} y=${row.name.y + i * LINE_HEIGHT}>${l}</tspan>`)}</text>
    ${row.meta ? svgLabel('', f.x(row.meta.x), row.meta.y, start, row.meta.text) : nothing}
    <g transform=${f.shapes}>
      ${s.noFigure ? svg`<rect class="track" x=${m.x0} y=${row.barY} width=${m.x1 - m.x0} height=${BAR_H} rx="2"></rect>` : nothing}
      ${row.bar ? svg`<rect class="bar ${row.style}" x=${row.bar.x} y=${row.barY} width=${row.bar.w} height=${BAR_H}></rect>` : nothing}
      ${
        row.range
          ? svg`<rect class="range ${row.style}" x=${row.range.x1} y=${row.barY + 4} width=${Math.max(1, row.range.x2 - row.range.x1)} height=${BAR_H - 8}></rect>
            <path class="whisker" d="M${row.range.x1},${row.barY}v${BAR_H}M${row.range.x2},${row.barY}v${BAR_H}"></path>`
          : nothing
      }
      ${
        row.dot !== null
          ? row.bar
            ? svg`<line class="tick-mark" x1=${row.dot} x2=${row.dot} y1=${row.barY - 3} y2=${row.barY + BAR_H + 3}></line>`
            : svg`<circle class="dot ${row.style}" cx=${row.dot} cy=${mid} r="6"></circle>`
          : nothing
      }
    </g>
    ${svgLabel(s.noFigure ? 'none' : 'value', f.x(row.label.x), row.label.y, start, row.label.text)}
    ${row.callout ? svgLabel('callout', f.x(row.callout.x), row.callout.y, start, row.callout.text) : nothing}
  </g>`;
}

export function drawComparisonKeys(m: ComparisonModel, v: ComparisonView): TemplateResult | typeof nothing {
  const dots = v.mark === 'dot';
  const items = m.styles.map((st) => ({
    sample: html`<svg width="24" height="14" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
      <g class="row">
        ${
          dots
            ? svg`<rect class="range ${st}" x="1" y="4" width="22" height="6"></rect><circle class="dot ${st}" cx="12" cy="7" r="5"></circle>`
            : svg`<rect class="bar ${st}" x="1" y="2" width="22" height="10"></rect>`
        }
      </g>
    </svg>`,
    text: msg(v.text, STYLE_LABEL[st]),
  }));
  if (m.reference && v.reference)
    items.push({
      sample: html`<svg width="24" height="14" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
        <line class="ref-line" x1="12" x2="12" y1="0" y2="14"></line>
      </svg>`,
      text: hasRange(v.reference)
        ? msg(v.text, 'referenceRange', { name: v.reference.name, figure: figureText(v.reference, v.locale, v.text) })
        : msg(v.text, 'reference', { name: v.reference.name }),
    });
  return m.styles.length > 1 || m.styles[0] !== 'solid' || m.reference ? renderKey(msg(v.text, 'key'), items) : nothing;
}

/**
 * "Sources:" with every source that gave a link: linked when the link passed
 * the allowlist, its name as plain text when the link was refused (the name
 * never disappears with its link).
 */
export function drawSourceLinks(v: ComparisonView): TemplateResult | typeof nothing {
  const listed = v.sources.filter((s) => s.url || s.urlRefused);
  if (!listed.length) return nothing;
  return html`<p class="sources" part="sources">
    ${renderText(v.text, 'sources')}
    ${listed.map(
      (s, i) =>
        html`${i ? ', ' : ''}${
          s.url
            ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.name}<span class="vh">${msg(v.text, 'newTab')}</span></a>`
            : html`<span class="unlinked">${s.name}</span>`
        }`,
    )}
  </p>`;
}

export function comparisonTable(m: ComparisonModel | null, v: ComparisonView): TableSpec {
  const loc = v.locale;
  const n = (v: number | null) => (v === null ? '' : formatFigure(v, loc));
  const ref = v.reference;
  const list = m?.rows.map((r) => r.source) ?? v.sources;
  const rows = list.map((s) => [
    s.name,
    s.kind ? kindWord(s.kind, v.text) : '',
    // A range-only figure has no central value: the cell says so in words rather than standing empty.
    s.noFigure ? msg(v.text, 'noFigureReleasedCell') : rangeOnly(s) ? figureWords(s, loc, '', v.text) : n(s.value),
    n(s.low),
    n(s.high),
    s.status === 'no-figure' ? msg(v.text, 'noFigureReleasedCell') : s.status ? msg(v.text, `${s.status}Status`) : '',
    ...(ref
      ? [
          ref === s
            ? msg(v.text, 'referenceCell')
            : (compareWith(s, ref, loc, v.text)?.long ??
              (s.noFigure ? msg(v.text, 'noFigureToCompare') : msg(v.text, 'noRatio', { name: ref.name }))),
        ]
      : []),
    s.retrieved === null ? '' : formatDate(s.retrieved, 'day', loc, 'long'),
    s.note ?? '',
    // While the table is only visually hidden its links stay out of the Tab order (screen readers still reach them).
    s.url ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer" tabindex=${v.tableShown ? nothing : '-1'}>${s.url}</a>` : '',
  ]);
  return {
    caption: v.unit ? msg(v.text, 'tableCaptionUnit', { name: v.name, unit: v.unit }) : msg(v.text, 'tableCaption', { name: v.name }),
    columns: [
      { label: msg(v.text, 'colSource') },
      { label: msg(v.text, 'colKind') },
      { label: msg(v.text, 'colValue'), numeric: true },
      { label: msg(v.text, 'colLow'), numeric: true },
      { label: msg(v.text, 'colHigh'), numeric: true },
      { label: msg(v.text, 'colStatus') },
      ...(ref ? [{ label: msg(v.text, 'colCompared', { name: ref.name }) }] : []),
      { label: msg(v.text, 'colRetrieved') },
      { label: msg(v.text, 'colNote') },
      { label: msg(v.text, 'colLink') },
    ],
    rowCount: rows.length,
    row: (i) => rows[i]!,
    rowHeader: 0,
  };
}
