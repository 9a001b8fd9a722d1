/**
 * Input + width → everything <casualty-trend> draws: scales, ticks, paths,
 * bars, markers, series labels and placed annotation labels. Pure (no Lit,
 * no DOM), so the layout is tested as numbers.
 */
import { area, line } from 'd3-shape';
import { addInterval, type Interval } from '../../core/dates.js';
import { decimate } from '../../core/decimate.js';
import { annotationLabel, isGap, noFiguresText, pointText, type TrendMark } from '../../core/describe.js';
import { msg, textFor, type Strings } from '../../i18n/messages.js';
import { formatFigure } from '../../core/format.js';
import { clampX, placeLabels, type Box, type LabelRequest } from '../../core/labels.js';
import { textWidth, wrapText } from '../../core/text.js';
import { countDomainMax, countTicks, linear } from '../../core/scale.js';
import { timeTicks } from '../../core/ticks.js';
import type { Annotation, Status, TrendData, TrendPoint } from '../../schema/trend.js';

export const FONT_SIZE = 12;
export const LINE_HEIGHT = 15;
export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];
export type LineStyle = 'solid' | 'dashed' | 'dotted';

/**
 * Path of a marker centred on 0,0 with about the given area in px². Written
 * out rather than taken from d3-shape's symbol(), which pulls every symbol
 * type into the bundle.
 */
export function markerPath(shape: MarkerShape, size = 44): string {
  const s = Math.sqrt(size);
  const h = r(s / 2);
  switch (shape) {
    case 'square':
      return `M${-h},${-h}h${r(s)}v${r(s)}h${-r(s)}Z`;
    case 'triangle': {
      const side = Math.sqrt((4 * size) / Math.sqrt(3));
      const ty = r((side * Math.sqrt(3)) / 3);
      return `M0,${-ty}L${r(side / 2)},${r(ty / 2)}H${-r(side / 2)}Z`;
    }
    case 'diamond': {
      const d = r(Math.sqrt(size / 2));
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
    default: {
      const rad = r(Math.sqrt(size / Math.PI));
      return `M${rad},0A${rad},${rad},0,1,1,${-rad},0A${rad},${rad},0,1,1,${rad},0Z`;
    }
  }
}

export interface TrendModelInput {
  data: TrendData;
  annotations: readonly Annotation[];
  mark: TrendMark;
  width: number;
  locale: string;
  unit: string;
  /** Names what is counted in the "No figures for …" message when there is no unit. */
  heading?: string;
  /** The words of readouts and messages, in the element's language (English when absent). */
  text?: Strings | undefined;
}

export interface TextBlock {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
}

export interface Marker {
  x: number;
  y: number;
  hollow: boolean;
}

export interface Bar {
  x: number;
  y: number;
  w: number;
  h: number;
  style: LineStyle;
}

export interface SeriesModel {
  index: number;
  name: string;
  shape: MarkerShape;
  runs: { d: string; style: LineStyle }[];
  area: string | null;
  band: string | null;
  bandEdges: string | null;
  bars: Bar[];
  whiskers: { x: number; y1: number; y2: number; w: number }[];
  markers: Marker[];
  /** "No figure" marks on the baseline, one per run of gaps (null values and absent periods): from x1 to x2 (padded to a bar's width). */
  gaps: { x1: number; x2: number }[];
  label: TextBlock | null;
}

export type AnnotationModel =
  | { kind: 'event'; x: number; y1: number; y2: number; label: TextBlock | null; note: number | null }
  | { kind: 'period'; x: number; w: number; y1: number; y2: number; label: TextBlock | null; note: number | null }
  | { kind: 'point'; x: number; y: number; label: TextBlock | null; note: number | null; leader: [number, number, number, number] | null }
  | { kind: 'change'; x1: number; y1: number; x2: number; y2: number; label: TextBlock | null; note: number | null };

export interface NavPoint {
  x: number;
  /** Null for a point with no figure. */
  y: number | null;
  /** The readout; computed when read, so long series do not format every point up front. */
  readonly text: string;
}

export interface TrendModel {
  width: number;
  height: number;
  plot: Box;
  xTicks: { x: number; label: string; sub?: string; anchor: 'start' | 'middle' | 'end' }[];
  yTicks: { y: number; label: string }[];
  unitLabel: { x: number; y: number; text: string } | null;
  series: SeriesModel[];
  annotations: AnnotationModel[];
  /** Annotation texts that did not fit on the chart, shown numbered below it. */
  notes: { n: number; text: string }[];
  /** Statuses present in the data, for the key. */
  statuses: Status[];
  /** True when several series could not be labelled directly; a legend is shown instead. */
  legend: boolean;
  /** Points reachable by keyboard, per series, in date order. */
  nav: NavPoint[][];
  /** True when a "No figure" mark is drawn (the key explains it). */
  hasGaps: boolean;
  /** Every value is null: the message drawn in the plot instead of an empty count axis. */
  noFigures: TextBlock | null;
}

interface NavContext {
  series: string | null;
  interval: Interval;
  o: { locale: string; unit: string; text?: Strings | undefined };
}

/** A NavPoint as a class: one per data point, so a getter on the prototype (an object literal with its own getter was slow to make 100,000 times). */
class Nav implements NavPoint {
  constructor(
    readonly x: number,
    readonly y: number | null,
    private readonly p: TrendPoint,
    private readonly c: NavContext,
  ) {}

  get text(): string {
    return pointText(this.p, this.c.series, this.c.interval, this.c.o);
  }
}

const STYLE_RANK: Record<LineStyle, number> = { solid: 0, dashed: 1, dotted: 2 };

export function statusStyle(status: Status | null): LineStyle {
  if (status === 'unverified') return 'dotted';
  if (status === 'estimate') return 'dashed';
  return 'solid';
}

function weaker(a: LineStyle, b: LineStyle): LineStyle {
  return STYLE_RANK[a] >= STYLE_RANK[b] ? a : b;
}

function r(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Wrapped text and its box; `weight` widens the estimate for bold text. */
function block(text: string, maxWidth: number, weight = 1): { lines: string[]; w: number; h: number } {
  const size = FONT_SIZE * weight;
  const lines = wrapText(text, maxWidth, size);
  const w = Math.min(maxWidth, Math.max(0, ...lines.map((l) => textWidth(l, size))));
  return { lines, w: Math.ceil(w) + 2, h: lines.length * LINE_HEIGHT };
}

/** Small boxes along a polyline, so labels keep off lines and band edges. At most `budget` boxes. */
function samplePolyline(points: readonly [number, number][], budget: number, out: Box[]): void {
  if (points.length < 2) return;
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  const step = Math.max(6, length / Math.max(1, budget));
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
    for (let k = 0; k <= n; k++) {
      const x = x0 + ((x1 - x0) * k) / n;
      const y = y0 + ((y1 - y0) * k) / n;
      out.push({ x: x - 2, y: y - 2, w: 4, h: 4 });
    }
  }
}

/** A line from a ring of radius 6 around (x, y) to the nearest edge of a label that sits away from it. */
export function leader(x: number, y: number, box: Box): [number, number, number, number] | null {
  const bx = Math.max(box.x, Math.min(x, box.x + box.w));
  const by = Math.max(box.y, Math.min(y, box.y + box.h));
  const d = Math.hypot(bx - x, by - y);
  if (d < 14) return null;
  return [r(x + ((bx - x) * 7) / d), r(y + ((by - y) * 7) / d), r(bx), r(by)];
}

/** Plot height for a given width: wider charts are taller, within readable bounds. */
export function plotHeight(width: number): number {
  return Math.round(Math.max(180, Math.min(320, width * 0.5)));
}

export function buildTrendModel(input: TrendModelInput): TrendModel {
  const { data, annotations, mark, locale, unit, text } = input;
  const width = Math.max(200, Math.floor(input.width));
  const interval: Interval = data.interval;
  const multi = data.series.length > 1;

  // Extents: dates of data and annotations; counts from values and highs.
  let t0 = Infinity;
  let t1 = -Infinity;
  let max = 0;
  for (const s of data.series) {
    for (const p of s.points) {
      t0 = Math.min(t0, p.t);
      t1 = Math.max(t1, p.t);
      max = Math.max(max, p.value ?? 0, p.high ?? 0);
    }
  }
  for (const a of annotations) {
    const ts = a.type === 'event' || a.type === 'point' ? [a.t] : [a.from, a.to];
    for (const t of ts) {
      t0 = Math.min(t0, t);
      t1 = Math.max(t1, t);
    }
  }
  if (!Number.isFinite(t0)) {
    t0 = Date.UTC(2000, 0, 1);
    t1 = t0;
  }
  let d0 = t0;
  let d1 = t1;
  if (mark === 'bar' || t0 === t1) {
    // Bars are centred on their period start; half a period of room either side.
    d0 = (t0 + addInterval(t0, interval, -1)) / 2;
    d1 = (t1 + addInterval(t1, interval, 1)) / 2;
  }

  const hasTopBand = annotations.some((a) => a.type === 'event' || a.type === 'period');
  // The unit label keeps 10 px above the top tick label (4 px let tall glyphs, Arabic among them, touch it).
  const top = 6 + (unit ? LINE_HEIGHT + 10 : 0) + (hasTopBand ? 2 * LINE_HEIGHT + 4 : 0);
  const ph = plotHeight(width);
  const yCount = Math.max(2, Math.floor(ph / 45));
  // A little headroom, so the highest value never sits on the top edge.
  const yTop = countDomainMax(max * 1.04, yCount);
  // No figure anywhere: no count axis to suggest a scale (a message says so instead).
  const noFigures = data.series.length > 0 && data.series.every((s) => s.points.length > 0 && s.points.every(isGap));
  const yValues = noFigures ? [] : countTicks(yTop, yCount);
  const yLabels = yValues.map((v) => formatFigure(v, locale));
  const left = Math.max(20, ...yLabels.map((l) => textWidth(l, FONT_SIZE))) + 8;

  // Direct series labels take a right margin when there are several series.
  const labelMax = Math.max(48, Math.round(width * 0.26));
  // Direct labels only when no name has to be broken inside a word; otherwise a legend.
  const direct = multi && data.series.every((s) => s.name.split(/\s+/).every((w) => textWidth(w, FONT_SIZE * 1.1) <= labelMax));
  const nameBlocks = direct ? data.series.map((s) => block(s.name, labelMax, 1.1)) : [];
  const right = direct ? Math.max(...nameBlocks.map((b) => b.w)) + 14 : 14;
  const bottom = 2 * LINE_HEIGHT + 8;
  const plot: Box = { x: Math.ceil(left), y: top, w: Math.max(40, width - Math.ceil(left) - right), h: ph };
  const height = top + ph + bottom;

  const x = linear([d0, d1], [plot.x, plot.x + plot.w]);
  const y = linear([0, yTop], [plot.y + plot.h, plot.y]);
  const X = (t: number) => r(x(t));
  const Y = (v: number) => r(y(v));

  const yTicks = yValues.map((v, i) => ({ y: Y(v), label: yLabels[i]! }));
  const xTicks = timeTicks(d0, d1, interval, Math.floor(plot.w / 64), locale).map((tk) => {
    const px = X(tk.t);
    const half = Math.max(textWidth(tk.label, FONT_SIZE), tk.sub ? textWidth(tk.sub, FONT_SIZE) : 0) / 2;
    const anchor: 'start' | 'middle' | 'end' = px - half < 0 ? 'start' : px + half > width ? 'end' : 'middle';
    return {
      x: anchor === 'start' ? Math.max(0, px - 2) : anchor === 'end' ? Math.min(width, px + 2) : px,
      label: tk.label,
      ...(tk.sub ? { sub: tk.sub } : {}),
      anchor,
    };
  });

  // Pixels per period decide whether every point gets a marker.
  const periods = Math.max(1, (d1 - d0) / Math.max(1, addInterval(d0, interval, 1) - d0));
  const step = plot.w / periods;
  const slot = Math.max(1, step * 0.8);
  const barW = Math.max(1, slot / Math.max(1, data.series.length));

  const statuses = new Set<Status>();
  const nav: NavPoint[][] = [];
  /** Points drawn per series: min/max per pixel column beyond two points per column (readouts and the key use every point). */
  const drawn: (readonly TrendPoint[])[] = [];
  const series: SeriesModel[] = data.series.map((s, si) => {
    const pts = decimate(s.points, { columns: plot.w, x, styleClass: (p) => statusStyle(p.status), bars: mark === 'bar' });
    drawn.push(pts);
    const defined = (p: TrendPoint) => p.value !== null;
    const lineGen = line<TrendPoint>()
      .defined(defined)
      .x((p) => X(p.t))
      .y((p) => Y(p.value ?? 0));
    const runs: { d: string; style: LineStyle }[] = [];
    const markers: Marker[] = [];
    const bars: Bar[] = [];
    const whiskers: SeriesModel['whiskers'] = [];
    const gaps: SeriesModel['gaps'] = [];
    const cx = (t: number) => (mark === 'bar' ? r(X(t) - slot / 2 + si * barW + barW / 2) : X(t));
    // One baseline mark per run of gaps (a range-only figure is not a gap: it has its whisker or band).
    for (let i = 0; i < pts.length; i++) {
      const p = pts[i]!;
      if (!isGap(p)) continue;
      let j = i;
      while (j + 1 < pts.length && isGap(pts[j + 1]!)) j++;
      const end = pts[j]!;
      // As wide as a bar would be (within 10–40 px), kept inside the plot.
      const pad = Math.max(5, Math.min(20, (mark === 'bar' ? barW : slot) * 0.35));
      gaps.push({
        x1: r(Math.max(plot.x, cx(p.t) - pad)),
        x2: r(Math.min(plot.x + plot.w, cx(end.filled && end.filled > 1 ? addInterval(end.t, interval, end.filled - 1) : end.t) + pad)),
      });
      i = j;
    }
    for (const p of s.points) if (p.status) statuses.add(p.status);

    if (mark !== 'bar') {
      // Split the line into runs of one style: a segment takes the weaker status of its two ends.
      let run: TrendPoint[] = [];
      let runStyle: LineStyle = 'solid';
      const flush = () => {
        if (run.length > 1) runs.push({ d: lineGen(run) ?? '', style: runStyle });
        run = [];
      };
      for (let i = 0; i < pts.length; i++) {
        const a = pts[i]!;
        const b = pts[i + 1];
        if (a.value === null) {
          flush();
          continue;
        }
        if (!b || b.value === null) {
          if (run.length) run.push(a);
          flush();
          continue;
        }
        const style = weaker(statusStyle(a.status), statusStyle(b.status));
        if (run.length && style !== runStyle) {
          run.push(a);
          flush();
        }
        if (!run.length) {
          run = [a];
          runStyle = style;
        }
        if (run[run.length - 1] !== a) run.push(a);
      }
      flush();
      const showAll = step >= 6 || pts.length <= 2;
      pts.forEach((p, i) => {
        if (p.value === null) return;
        const isolated = (pts[i - 1]?.value ?? null) === null && (pts[i + 1]?.value ?? null) === null;
        if (showAll || isolated) markers.push({ x: X(p.t), y: Y(p.value), hollow: statusStyle(p.status) !== 'solid' });
      });
    } else {
      pts.forEach((p) => {
        if (p.value === null) return;
        const cx = X(p.t) - slot / 2 + si * barW;
        const yv = Y(p.value);
        const h = Math.max(p.value > 0 ? 1 : 2, r(plot.y + plot.h - yv));
        bars.push({
          x: r(cx),
          y: r(plot.y + plot.h - h),
          w: r(Math.max(1, barW - (data.series.length > 1 ? 1 : 0))),
          h,
          style: statusStyle(p.status),
        });
      });
    }

    const ranged = pts.filter((p) => p.low !== null && p.high !== null);
    let band: string | null = null;
    let bandEdges: string | null = null;
    if (ranged.length) {
      const hasRange = (p: TrendPoint) => p.low !== null && p.high !== null;
      if (mark === 'bar' || ranged.length === 1) {
        for (const p of ranged) {
          const cx = mark === 'bar' ? X(p.t) - slot / 2 + si * barW + barW / 2 : X(p.t);
          whiskers.push({ x: r(cx), y1: Y(p.high!), y2: Y(p.low!), w: r(Math.min(10, Math.max(4, barW * 0.6))) });
        }
      } else {
        band =
          area<TrendPoint>()
            .defined(hasRange)
            .x((p) => X(p.t))
            .y0((p) => Y(p.low!))
            .y1((p) => Y(p.high!))(pts) ?? null;
        const edge = line<TrendPoint>()
          .defined(hasRange)
          .x((p) => X(p.t));
        bandEdges = `${edge.y((p) => Y(p.low!))(pts) ?? ''}${edge.y((p) => Y(p.high!))(pts) ?? ''}`;
        // A lone range between gaps has no width as a band: give it a whisker.
        pts.forEach((p, i) => {
          if (hasRange(p) && !(pts[i - 1] && hasRange(pts[i - 1]!)) && !(pts[i + 1] && hasRange(pts[i + 1]!))) {
            whiskers.push({ x: X(p.t), y1: Y(p.high!), y2: Y(p.low!), w: 8 });
          }
        });
      }
    }
    const areaPath =
      mark === 'area'
        ? (area<TrendPoint>()
            .defined(defined)
            .x((p) => X(p.t))
            .y0(plot.y + plot.h)
            .y1((p) => Y(p.value ?? 0))(pts) ?? null)
        : null;

    const said: NavContext = { series: multi ? s.name : null, interval, o: { locale, unit, text } };
    nav.push(
      s.points.map(
        (p) =>
          new Nav(
            cx(p.t),
            p.value !== null ? Y(p.value) : p.low !== null && p.high !== null ? r((Y(p.low) + Y(p.high)) / 2) : null,
            p,
            said,
          ),
      ),
    );
    return {
      index: si,
      name: s.name,
      shape: MARKER_SHAPES[si % MARKER_SHAPES.length]!,
      runs,
      area: areaPath,
      band,
      bandEdges,
      bars,
      whiskers,
      markers,
      gaps,
      label: null,
    };
  });

  // Direct labels at the last value of each series, pushed apart vertically.
  let legend = multi && !direct;
  if (direct) {
    const wanted = data.series.map((s, i) => {
      const last = [...s.points].reverse().find((p) => p.value !== null);
      const b = nameBlocks[i]!;
      return { i, y: last ? Y(last.value!) - b.h / 2 : plot.y, h: b.h };
    });
    const order = [...wanted].sort((a, b) => a.y - b.y);
    let cursor = -Infinity;
    for (const w of order) {
      w.y = Math.max(w.y, cursor);
      cursor = w.y + w.h + 2;
    }
    let floor = plot.y + plot.h + LINE_HEIGHT;
    for (const w of [...order].reverse()) {
      w.y = Math.min(w.y, floor - w.h);
      floor = w.y - 2;
    }
    if (order[0]!.y < 0) legend = true;
    else {
      for (const w of wanted) {
        const b = nameBlocks[w.i]!;
        series[w.i]!.label = { x: plot.x + plot.w + 6, y: r(w.y), w: b.w, h: b.h, lines: b.lines };
      }
    }
  }

  // Annotations: marks first, then labels placed without collisions.
  function valueY0(si: number, t: number): number {
    const p = data.series[si]?.points.find((pt) => pt.t === t);
    // A range-only figure is anchored in the middle of its range.
    if (p && p.value === null && p.low !== null && p.high !== null) return r((Y(p.low) + Y(p.high)) / 2);
    return Y(p?.value ?? 0);
  }
  const bandTop = 6 + (unit ? LINE_HEIGHT + 4 : 0);
  const labelW = Math.max(72, Math.round(plot.w * 0.45));
  const bounds: Box = { x: 0, y: 0, w: width, h: plot.y + plot.h };
  const obstacles: Box[] = [];
  // Labels keep off the data: lines, band edges, bars and markers.
  const budget = Math.max(40, Math.round(1200 / Math.max(1, series.length)));
  series.forEach((s, si) => {
    if (s.label) obstacles.push(s.label);
    if (s.markers.length <= 200) for (const m of s.markers) obstacles.push({ x: m.x - 4, y: m.y - 4, w: 8, h: 8 });
    for (const b of s.bars.length <= 400 ? s.bars : []) obstacles.push(b);
    const pts = drawn[si]!;
    let run: [number, number][] = [];
    let low: [number, number][] = [];
    let high: [number, number][] = [];
    const flush = () => {
      samplePolyline(run, budget, obstacles);
      samplePolyline(low, budget / 2, obstacles);
      samplePolyline(high, budget / 2, obstacles);
      run = [];
      low = [];
      high = [];
    };
    for (const p of pts) {
      if (p.value === null) {
        flush();
        continue;
      }
      if (mark !== 'bar') run.push([X(p.t), Y(p.value)]);
      if (p.low !== null && p.high !== null && mark !== 'bar') {
        low.push([X(p.t), Y(p.low)]);
        high.push([X(p.t), Y(p.high)]);
      }
    }
    flush();
  });
  for (const a of annotations) {
    if (a.type === 'change') {
      samplePolyline(
        [
          [X(a.from), valueY0(a.series, a.from)],
          [X(a.to), valueY0(a.series, a.to)],
        ],
        60,
        obstacles,
      );
    }
  }
  const models: AnnotationModel[] = [];
  const requests: LabelRequest<number>[] = [];
  const valueY = valueY0;
  const clampIn = (b: Box) => clampX(b, plot.x, plot.x + plot.w + (direct ? 0 : 12));
  // What each annotation says: a contradicted label is replaced by what the data says (describe.ts annotationLabel).
  const texts = annotations.map((a) => annotationLabel(a, interval, { locale, unit, text }));
  annotations.forEach((a, i) => {
    const text = texts[i]!;
    let cands: Box[];
    if (a.type === 'event' || a.type === 'period') {
      const b = block(text, labelW);
      const ax = a.type === 'event' ? X(a.t) : X(a.from);
      cands = [0, 1].flatMap((row) => {
        const yy = bandTop + row * LINE_HEIGHT;
        return [clampIn({ x: ax + 4, y: yy, w: b.w, h: b.h }), clampIn({ x: ax - 4 - b.w, y: yy, w: b.w, h: b.h })];
      });
      cands.push(clampIn({ x: ax + 4, y: plot.y + 2, w: b.w, h: b.h }));
      if (a.type === 'event') models.push({ kind: 'event', x: X(a.t), y1: bandTop, y2: plot.y + plot.h, label: null, note: null });
      else
        models.push({
          kind: 'period',
          x: Math.max(plot.x, X(a.from)),
          // `to` names the last period covered: shade through its end (within the plot).
          w: r(Math.max(2, Math.min(plot.x + plot.w, X(addInterval(a.to, interval, 1))) - Math.max(plot.x, X(a.from)))),
          y1: plot.y,
          y2: plot.y + plot.h,
          label: null,
          note: null,
        });
      if (text) requests.push({ candidates: cands, data: i });
      else requests.push({ candidates: [], data: -1 });
      return;
    }
    if (a.type === 'point') {
      const px = X(a.t);
      const py = a.value !== null ? Y(a.value) : a.low != null && a.high != null ? r((Y(a.low) + Y(a.high)) / 2) : Y(0);
      const b = block(text, labelW);
      cands = [10, 26, 44]
        .flatMap((d) => [
          { x: px - b.w / 2, y: py - d - b.h, w: b.w, h: b.h },
          { x: px + d - 2, y: py - d + 4 - b.h, w: b.w, h: b.h },
          { x: px - d + 2 - b.w, y: py - d + 4 - b.h, w: b.w, h: b.h },
          { x: px - b.w / 2, y: py + d, w: b.w, h: b.h },
          { x: px + d, y: py - b.h / 2, w: b.w, h: b.h },
          { x: px - d - b.w, y: py - b.h / 2, w: b.w, h: b.h },
        ])
        .map(clampIn);
      models.push({ kind: 'point', x: px, y: py, label: null, note: null, leader: null });
      requests.push(text ? { candidates: cands, data: i } : { candidates: [], data: -1 });
      return;
    }
    const x1 = X(a.from);
    const x2 = X(a.to);
    const y1 = valueY(a.series, a.from);
    const y2 = valueY(a.series, a.to);
    const b = block(text, labelW);
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2;
    cands = [6, 20, 36].flatMap((d) => [
      { x: mx - b.w - d, y: my - b.h - d, w: b.w, h: b.h },
      { x: mx + d, y: my + d, w: b.w, h: b.h },
      { x: mx - b.w / 2, y: Math.min(y1, y2) - b.h - d - 2, w: b.w, h: b.h },
      { x: x2 - b.w - 6 - d, y: y2 + d + 2, w: b.w, h: b.h },
    ]);
    cands.push({ x: mx - b.w / 2, y: plot.y + plot.h - b.h - 4, w: b.w, h: b.h }, { x: mx - b.w / 2, y: plot.y + 2, w: b.w, h: b.h });
    cands = cands.map(clampIn);
    models.push({ kind: 'change', x1, y1, x2, y2, label: null, note: null });
    requests.push(text ? { candidates: cands, data: i } : { candidates: [], data: -1 });
  });
  const placed = placeLabels(requests, bounds, obstacles);
  const notes: TrendModel['notes'] = [];
  placed.forEach((p, k) => {
    const m = models[k]!;
    if (p.data < 0) return;
    if (p.box) {
      const b = block(texts[p.data]!, labelW);
      m.label = { ...p.box, lines: b.lines };
      if (m.kind === 'point') m.leader = leader(m.x, m.y, p.box);
    } else {
      m.note = notes.length + 1;
      notes.push({ n: m.note, text: texts[p.data]! });
    }
  });

  const unitLabel = unit ? { x: 0, y: 6 + FONT_SIZE, text: unit } : null;
  let noFiguresBlock: TextBlock | null = null;
  if (noFigures) {
    const message =
      noFiguresText(data, { locale, unit, heading: input.heading ?? '', text }) ?? msg(textFor(locale, text), 'noFiguresShort');
    const b = block(message, Math.max(40, plot.w - 16), 1.1);
    noFiguresBlock = { x: r(plot.x + (plot.w - b.w) / 2), y: r(plot.y + (plot.h - b.h) / 2), w: b.w, h: b.h, lines: b.lines };
  }
  return {
    width,
    height,
    plot,
    xTicks,
    yTicks,
    unitLabel,
    series,
    annotations: models,
    notes,
    statuses: (['confirmed', 'reported', 'estimate', 'unverified'] as const).filter((s) => statuses.has(s)),
    legend,
    nav,
    hasGaps: series.some((s) => s.gaps.length > 0),
    noFigures: noFiguresBlock,
  };
}
