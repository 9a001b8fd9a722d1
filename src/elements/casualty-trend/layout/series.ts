/**
 * Step 3: the series. Per series: decimated points, line runs by status,
 * markers or bars, range bands or whiskers, the area, "no figure" marks, and
 * the keyboard's points.
 */
import { addInterval, type Interval } from '../../../core/dates.js';
import { decimate } from '../../../core/decimate.js';
import { isGap, pointText, type TrendMark } from '../../../core/describe.js';
import type { Status, TrendData, TrendPoint } from '../../../core/types.js';
import type { Strings } from '../../../i18n/messages.js';
import { MARKER_MIN_STEP } from './constants.js';
import { areaPath as areaOf, linePath } from './path.js';
import type { Frame } from './frame.js';
import { MARKER_SHAPES, type LineStyle, type NavPoint, type SeriesModel } from './types.js';
import { figureStyleOf, weaker } from '../../../core/figure-style.js';
import { r } from './util.js';

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

/** What every per-series step needs: the frame, the mark, and where this series' bars sit in a slot. */
export interface SeriesContext {
  f: Frame;
  mark: TrendMark;
  interval: Interval;
  /** Index of the series and number of series. */
  si: number;
  count: number;
  /** Centre of this series' bar (or the point, for lines) at date t. */
  cx: (t: number) => number;
}

export interface SeriesLayout {
  series: SeriesModel[];
  nav: NavPoint[][];
  /** Points drawn per series: min/max per pixel column beyond two points per column (readouts and the key use every point). */
  drawn: (readonly TrendPoint[])[];
  statuses: Set<Status>;
}

const hasRange = (p: TrendPoint) => p.low !== null && p.high !== null;
const defined = (p: TrendPoint) => p.value !== null;

/** One baseline mark per run of gaps (a range-only figure is not a gap: it has its whisker or band). */
function gapMarks(pts: readonly TrendPoint[], c: SeriesContext): SeriesModel['gaps'] {
  const { f, mark, interval, cx } = c;
  const gaps: SeriesModel['gaps'] = [];
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i]!;
    if (!isGap(p)) continue;
    let j = i;
    while (j + 1 < pts.length && isGap(pts[j + 1]!)) j++;
    const end = pts[j]!;
    // As wide as a bar would be (within 10–40 px), kept inside the plot.
    const pad = Math.max(5, Math.min(20, (mark === 'bar' ? f.barW : f.slot) * 0.35));
    gaps.push({
      x1: r(Math.max(f.plot.x, cx(p.t) - pad)),
      x2: r(Math.min(f.plot.x + f.plot.w, cx(end.filled && end.filled > 1 ? addInterval(end.t, interval, end.filled - 1) : end.t) + pad)),
    });
    i = j;
  }
  return gaps;
}

/** The line split into runs of one style: a segment takes the weaker status of its two ends. */
function lineRuns(pts: readonly TrendPoint[], f: Frame): SeriesModel['runs'] {
  const x = (p: TrendPoint) => f.X(p.t);
  const y = (p: TrendPoint) => f.Y(p.value ?? 0);
  const runs: SeriesModel['runs'] = [];
  let run: TrendPoint[] = [];
  let runStyle: LineStyle = 'solid';
  const flush = () => {
    if (run.length > 1) runs.push({ d: linePath(run, defined, x, y) ?? '', style: runStyle });
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
    const style = weaker(figureStyleOf(a.status), figureStyleOf(b.status));
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
  return runs;
}

/** A marker on every point when periods are far enough apart; otherwise only on isolated points. */
function markers(pts: readonly TrendPoint[], f: Frame): SeriesModel['markers'] {
  const out: SeriesModel['markers'] = [];
  const showAll = f.step >= MARKER_MIN_STEP || pts.length <= 2;
  pts.forEach((p, i) => {
    if (p.value === null) return;
    const isolated = (pts[i - 1]?.value ?? null) === null && (pts[i + 1]?.value ?? null) === null;
    if (showAll || isolated) out.push({ x: f.X(p.t), y: f.Y(p.value), hollow: figureStyleOf(p.status) !== 'solid' });
  });
  return out;
}

function bars(pts: readonly TrendPoint[], c: SeriesContext): SeriesModel['bars'] {
  const { f, si, count } = c;
  const out: SeriesModel['bars'] = [];
  pts.forEach((p) => {
    if (p.value === null) return;
    const cx = f.X(p.t) - f.slot / 2 + si * f.barW;
    const yv = f.Y(p.value);
    const h = Math.max(p.value > 0 ? 1 : 2, r(f.plot.y + f.plot.h - yv));
    out.push({
      x: r(cx),
      y: r(f.plot.y + f.plot.h - h),
      w: r(Math.max(1, f.barW - (count > 1 ? 1 : 0))),
      h,
      style: figureStyleOf(p.status),
    });
  });
  return out;
}

/** Ranges: whiskers on bars and lone points, a band with its edges along a line. */
function ranges(pts: readonly TrendPoint[], c: SeriesContext): Pick<SeriesModel, 'band' | 'bandEdges' | 'whiskers'> {
  const { f, mark } = c;
  const { X, Y } = f;
  const whiskers: SeriesModel['whiskers'] = [];
  const ranged = pts.filter(hasRange);
  if (!ranged.length) return { band: null, bandEdges: null, whiskers };
  if (mark === 'bar' || ranged.length === 1) {
    // At the bar's centre (or the point): c.cx, already rounded.
    for (const p of ranged) whiskers.push({ x: c.cx(p.t), y1: Y(p.high!), y2: Y(p.low!), w: r(Math.min(10, Math.max(4, f.barW * 0.6))) });
    return { band: null, bandEdges: null, whiskers };
  }
  const x = (p: TrendPoint) => X(p.t);
  const low = (p: TrendPoint) => Y(p.low!);
  const high = (p: TrendPoint) => Y(p.high!);
  const band = areaOf(pts, hasRange, x, low, high);
  const bandEdges = `${linePath(pts, hasRange, x, low) ?? ''}${linePath(pts, hasRange, x, high) ?? ''}`;
  // A lone range between gaps has no width as a band: give it a whisker.
  pts.forEach((p, i) => {
    if (hasRange(p) && !(pts[i - 1] && hasRange(pts[i - 1]!)) && !(pts[i + 1] && hasRange(pts[i + 1]!))) {
      whiskers.push({ x: X(p.t), y1: Y(p.high!), y2: Y(p.low!), w: 8 });
    }
  });
  return { band, bandEdges, whiskers };
}

function areaPath(pts: readonly TrendPoint[], f: Frame): string | null {
  const base = f.plot.y + f.plot.h;
  return areaOf(
    pts,
    defined,
    (p) => f.X(p.t),
    () => base,
    (p) => f.Y(p.value ?? 0),
  );
}

/** The keyboard's points: every point (not only the drawn ones); a range-only figure sits in the middle of its range. */
function navPoints(points: readonly TrendPoint[], c: SeriesContext, said: NavContext): NavPoint[] {
  const { Y } = c.f;
  return points.map(
    (p) =>
      new Nav(c.cx(p.t), p.value !== null ? Y(p.value) : p.low !== null && p.high !== null ? r((Y(p.low) + Y(p.high)) / 2) : null, p, said),
  );
}

export function layoutSeries(
  data: TrendData,
  f: Frame,
  mark: TrendMark,
  o: { locale: string; unit: string; text?: Strings | undefined },
): SeriesLayout {
  const multi = data.series.length > 1;
  const statuses = new Set<Status>();
  const nav: NavPoint[][] = [];
  const drawn: (readonly TrendPoint[])[] = [];
  const count = data.series.length;
  const series = data.series.map((s, si): SeriesModel => {
    const pts = decimate(s.points, { columns: f.plot.w, x: f.x, styleClass: (p) => figureStyleOf(p.status), bars: mark === 'bar' });
    drawn.push(pts);
    const cx = (t: number) => (mark === 'bar' ? r(f.X(t) - f.slot / 2 + si * f.barW + f.barW / 2) : f.X(t));
    const c: SeriesContext = { f, mark, interval: data.interval, si, count, cx };
    const gaps = gapMarks(pts, c);
    for (const p of s.points) if (p.status) statuses.add(p.status);
    const line = mark !== 'bar';
    const { band, bandEdges, whiskers } = ranges(pts, c);
    nav.push(navPoints(s.points, c, { series: multi ? s.name : null, interval: data.interval, o }));
    return {
      index: si,
      name: s.name,
      shape: MARKER_SHAPES[si % MARKER_SHAPES.length]!,
      runs: line ? lineRuns(pts, f) : [],
      area: mark === 'area' ? areaPath(pts, f) : null,
      band,
      bandEdges,
      bars: line ? [] : bars(pts, c),
      whiskers,
      markers: line ? markers(pts, f) : [],
      gaps,
      label: null,
    };
  });
  return { series, nav, drawn, statuses };
}
