/**
 * Step 5a: what annotation labels keep off. Direct labels, markers, bars, and
 * boxes sampled along lines, band edges and change connectors, within the
 * budgets in constants.ts.
 */
import type { TrendMark } from '../../../core/describe.js';
import type { Box } from '../../../core/labels.js';
import type { Annotation, TrendPoint } from '../../../core/types.js';
import * as C from './constants.js';
import type { Frame } from './frame.js';
import type { SeriesModel } from './types.js';

/**
 * Small boxes along a polyline, so labels keep off lines and band edges: `budget` or so
 * for a long line, and at least one at each vertex. A segment's first box is the previous
 * segment's last, so it is pushed once (placement only asks whether a box is hit, so the
 * same set of places with half the boxes at one point per column).
 */
export function samplePolyline(points: readonly [number, number][], budget: number, out: Box[]): void {
  if (points.length < 2) return;
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  const step = Math.max(6, length / Math.max(1, budget));
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
    for (let k = i === 1 ? 0 : 1; k <= n; k++) {
      const x = x0 + ((x1 - x0) * k) / n;
      const y = y0 + ((y1 - y0) * k) / n;
      out.push({ x: x - 2, y: y - 2, w: 4, h: 4 });
    }
  }
}

/** Boxes along one series' drawn line and band edges, run by run. */
function sampleSeries(pts: readonly TrendPoint[], f: Frame, mark: TrendMark, budget: number, out: Box[]): void {
  let run: [number, number][] = [];
  let low: [number, number][] = [];
  let high: [number, number][] = [];
  const flush = () => {
    samplePolyline(run, budget, out);
    samplePolyline(low, budget / 2, out);
    samplePolyline(high, budget / 2, out);
    run = [];
    low = [];
    high = [];
  };
  for (const p of pts) {
    if (p.value === null) {
      flush();
      continue;
    }
    if (mark !== 'bar') run.push([f.X(p.t), f.Y(p.value)]);
    if (p.low !== null && p.high !== null && mark !== 'bar') {
      low.push([f.X(p.t), f.Y(p.low)]);
      high.push([f.X(p.t), f.Y(p.high)]);
    }
  }
  flush();
}

export function obstacles(
  series: readonly SeriesModel[],
  drawn: readonly (readonly TrendPoint[])[],
  annotations: readonly Annotation[],
  f: Frame,
  mark: TrendMark,
  valueY: (si: number, t: number) => number,
): Box[] {
  const out: Box[] = [];
  const budget = Math.max(C.LINE_SAMPLE_MIN, Math.round(C.LINE_SAMPLE_BUDGET / Math.max(1, series.length)));
  series.forEach((s, si) => {
    if (s.label) out.push(s.label);
    if (s.markers.length <= C.MARKER_OBSTACLE_MAX) for (const m of s.markers) out.push({ x: m.x - 4, y: m.y - 4, w: 8, h: 8 });
    for (const b of s.bars.length <= C.BAR_OBSTACLE_MAX ? s.bars : []) out.push(b);
    sampleSeries(drawn[si]!, f, mark, budget, out);
  });
  for (const a of annotations) {
    if (a.type !== 'change') continue;
    const ends: [number, number][] = [
      [f.X(a.from), valueY(a.series, a.from)],
      [f.X(a.to), valueY(a.series, a.to)],
    ];
    samplePolyline(ends, C.CHANGE_SAMPLE_BUDGET, out);
  }
  return out;
}
