/**
 * Step 4: direct labels. Each series' name at its last value, pushed apart
 * vertically; when they cannot all fit above the plot's top, a legend instead.
 */
import type { TrendData } from '../../../core/types.js';
import { LINE_HEIGHT } from './constants.js';
import type { Frame } from './frame.js';
import type { SeriesModel } from './types.js';
import { r } from './util.js';

/** Sets `label` on each series when direct labels fit; returns whether a legend is needed instead. */
export function directLabels(data: TrendData, f: Frame, series: SeriesModel[]): boolean {
  const multi = data.series.length > 1;
  if (!f.direct) return multi;
  const { plot, nameBlocks, Y } = f;
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
  if (order[0]!.y < 0) return true;
  for (const w of wanted) {
    const b = nameBlocks[w.i]!;
    series[w.i]!.label = { x: plot.x + plot.w + 6, y: r(w.y), w: b.w, h: b.h, lines: b.lines };
  }
  return false;
}
