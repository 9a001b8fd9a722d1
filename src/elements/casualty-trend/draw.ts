/**
 * <casualty-trend>'s SVG as functions of the model and a small view state
 * (cursor, mirroring, locale): no element, no `this`. A mirrored plot reflects its
 * shapes with one transform per group and places labels at the reflected x.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Cursor } from '../../core/navigation.js';
import { formatNumber } from '../../core/format.js';
import { bidi, mirror, svgLabel, type Mirror } from '../../internal/chart-parts.js';
import { LINE_HEIGHT, markerPath, mergedMarkers, type SeriesModel, type TextBlock, type TrendModel } from './model.js';

export interface TrendView {
  mirrored: boolean;
  cursor: Cursor | null;
  locale: string;
}

/** The "No figure" mark: a dashed bracket standing on the baseline over a gap from x1 to x2. */
export function gapPath(x1: number, x2: number, baseline: number): string {
  const top = baseline - 8;
  return `M${Math.min(x1, x2)},${baseline}V${top}H${Math.max(x1, x2)}V${baseline}`;
}

export function drawTrendSvg(m: TrendModel, v: TrendView): TemplateResult {
  const { plot } = m;
  const bottom = plot.y + plot.h;
  const c = v.cursor;
  const active = c ? m.nav[c.series]?.[c.index] : undefined;
  const f = mirror(v.mirrored, m.width);
  return html`<svg width=${m.width} height=${m.height} viewBox="0 0 ${m.width} ${m.height}" aria-hidden="true" focusable="false">
    ${m.unitLabel ? svgLabel('unit', f.x(m.unitLabel.x), m.unitLabel.y, f.anchor('start'), m.unitLabel.text) : nothing}
    <path class="grid" transform=${f.shapes} d=${m.yTicks.map((t) => `M${plot.x},${t.y}H${plot.x + plot.w}`).join('')}></path>
    <g class="axis y">
      ${m.yTicks.map((t) => svg`<text x=${f.x(plot.x - 6)} y=${t.y} dy="0.32em" text-anchor=${f.anchor('end')}>${t.label}</text>`)}
    </g>
    <g transform=${f.shapes}>
      ${m.annotations.map((a) => (a.kind === 'period' ? svg`<rect class="period" x=${a.x} y=${a.y1} width=${a.w} height=${a.y2 - a.y1}></rect>` : nothing))}
    </g>
    <g class="axis x">
      <path class="tick" transform=${f.shapes} d=${m.xTicks.map((t) => `M${t.x},${bottom}V${bottom + 4}`).join('')}></path>
      ${m.xTicks.map(
        (t) => svg`<text x=${f.x(t.x)} y=${bottom + 18} text-anchor=${f.anchor(t.anchor)}>${t.label}</text>
          ${t.sub ? svg`<text x=${f.x(t.x)} y=${bottom + 18 + LINE_HEIGHT} text-anchor=${f.anchor(t.anchor)}>${t.sub}</text>` : nothing}`,
      )}
    </g>
    ${m.series.map((s) => drawSeries(s, f, bottom))}
    <line class="baseline" x1=${plot.x} x2=${plot.x + plot.w} y1=${bottom} y2=${bottom} transform=${f.shapes}></line>
    ${m.noFigures ? drawText(m.noFigures, 'no-figures', f) : nothing} ${m.annotations.map((a) => drawAnnotation(a, f, v.locale))}
    ${
      active
        ? svg`<g class="focus" transform=${f.shapes}>
          <line class="crosshair" x1=${active.x} x2=${active.x} y1=${plot.y} y2=${bottom}></line>
          ${active.y !== null ? svg`<circle class="focus-halo" cx=${active.x} cy=${active.y} r="7"></circle><circle class="focus-ring" cx=${active.x} cy=${active.y} r="7"></circle>` : nothing}
        </g>`
        : nothing
    }
  </svg>`;
}

function drawSeries(s: SeriesModel, f: Mirror, bottom: number): SVGTemplateResult {
  return svg`<g class="series s${s.index % 6}">
        <g transform=${f.shapes}>
          ${s.band ? svg`<path class="band" d=${s.band}></path><path class="band-edge" d=${s.bandEdges ?? ''}></path>` : nothing}
          ${s.area ? svg`<path class="area" d=${s.area}></path>` : nothing}
          ${s.bars.map((b) => svg`<rect class="bar ${b.style}" x=${b.x} y=${b.y} width=${b.w} height=${b.h}></rect>`)}
          ${s.runs.map((run) => svg`<path class="line ${run.style}" d=${run.d}></path>`)}
          ${s.whiskers.map((w) => svg`<path class="whisker" d="M${w.x - w.w / 2},${w.y1}h${w.w}M${w.x},${w.y1}V${w.y2}M${w.x - w.w / 2},${w.y2}h${w.w}"></path>`)}
          ${drawMarkers(s)}
          ${s.gaps.map((g) => svg`<path class="gap-mark" d=${gapPath(g.x1, g.x2, bottom)}></path>`)}
        </g>
        ${s.label ? drawText(s.label, 'series-label', f) : nothing}
      </g>`;
}

/** Markers one by one, or (many, none touching) one path per fill: the same pixels with far fewer elements. */
function drawMarkers(s: SeriesModel): unknown {
  const one = mergedMarkers(s.shape, s.markers);
  if (!one)
    return s.markers.map(
      (p) => svg`<path class="marker${p.hollow ? ' hollow' : ''}" transform="translate(${p.x},${p.y})" d=${markerPath(s.shape)}></path>`,
    );
  return svg`${one.solid ? svg`<path class="marker" d=${one.solid}></path>` : nothing}${one.hollow ? svg`<path class="marker hollow" d=${one.hollow}></path>` : nothing}`;
}

function drawText(b: TextBlock, cls: string, f: Mirror): SVGTemplateResult {
  // A label sits in its (reflected) box, flush to the side its text starts from: right for Arabic or Hebrew.
  const left = f.box(b.x, b.w);
  const d = bidi(b.lines[0] ?? '', 'start');
  const x = d.dir === 'rtl' ? left + b.w - 1 : left + 1;
  return svg`<text class=${cls} direction=${d.dir}>${b.lines.map((l, i) => svg`<tspan x=${x} y=${b.y + (i + 1) * LINE_HEIGHT - 4}>${l}</tspan>`)}</text>`;
}

function drawNoteMarker(n: number | null, x: number, y: number, f: Mirror, locale: string): SVGTemplateResult | typeof nothing {
  if (n === null) return nothing;
  const cx = f.x(x);
  return svg`<circle class="note-dot" cx=${cx} cy=${y} r="8"></circle><text class="note-num" x=${cx} y=${y} dy="0.35em" text-anchor="middle">${formatNumber(n, locale)}</text>`;
}

function drawAnnotation(a: TrendModel['annotations'][number], f: Mirror, locale: string): SVGTemplateResult {
  const t = f.shapes;
  const label = (x: number, y: number) => (a.label ? drawText(a.label, 'ann-text', f) : drawNoteMarker(a.note, x, y, f, locale));
  switch (a.kind) {
    case 'event':
      return svg`<g class="annotation event"><line class="ann-line" x1=${a.x} x2=${a.x} y1=${a.y1} y2=${a.y2} transform=${t}></line>
          ${label(a.x, a.y1 + 8)}</g>`;
    case 'period':
      return svg`<g class="annotation period-label">
          <g transform=${t}>
            <line class="ann-line" x1=${a.x} x2=${a.x} y1=${a.y1} y2=${a.y2}></line>
            <line class="ann-line" x1=${a.x + a.w} x2=${a.x + a.w} y1=${a.y1} y2=${a.y2}></line>
          </g>
          ${label(a.x + 10, a.y1 + 10)}</g>`;
    case 'point':
      return svg`<g class="annotation point"><g transform=${t}><circle class="ann-ring" cx=${a.x} cy=${a.y} r="6"></circle>
          ${a.leader ? svg`<line class="ann-leader" x1=${a.leader[0]} y1=${a.leader[1]} x2=${a.leader[2]} y2=${a.leader[3]}></line>` : nothing}</g>
          ${label(a.x, a.y - 16)}</g>`;
    case 'change':
      return svg`<g class="annotation change"><g transform=${t}>
          <path class="ann-change" d="M${a.x1},${a.y1}L${a.x2},${a.y2}" stroke-dasharray="5 3"></path>
          <circle class="ann-ring" cx=${a.x1} cy=${a.y1} r="5"></circle><circle class="ann-ring" cx=${a.x2} cy=${a.y2} r="5"></circle></g>
          ${label((a.x1 + a.x2) / 2, (a.y1 + a.y2) / 2)}</g>`;
  }
}
