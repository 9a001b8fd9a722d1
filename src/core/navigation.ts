/**
 * Keyboard movement between data points: Left/Right along a series,
 * Up/Down to the series above/below at the nearest date, Home/End to the ends,
 * PageUp/PageDown a tenth of the series back or on (long series stay usable).
 * Pure: positions in, position out; null for keys the chart does not handle.
 */

export interface Cursor {
  series: number;
  index: number;
}

/** `xs[s][i]` is the x position of point i of series s, ascending. */
export function moveCursor(key: string, cursor: Cursor | null, xs: readonly (readonly number[])[]): Cursor | null {
  const nonEmpty = xs.map((s, i) => (s.length ? i : -1)).filter((i) => i >= 0);
  if (!nonEmpty.length) return null;
  const handled = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'];
  if (!handled.includes(key)) return null;
  const cur = cursor && xs[cursor.series]?.length ? cursor : null;
  if (!cur) {
    const s = nonEmpty[0]!;
    return { series: s, index: key === 'End' ? xs[s]!.length - 1 : 0 };
  }
  const row = xs[cur.series]!;
  const index = Math.min(cur.index, row.length - 1);
  switch (key) {
    case 'ArrowLeft':
      return { series: cur.series, index: Math.max(0, index - 1) };
    case 'ArrowRight':
      return { series: cur.series, index: Math.min(row.length - 1, index + 1) };
    case 'PageUp':
    case 'PageDown': {
      const step = Math.max(1, Math.round(row.length / 10));
      return { series: cur.series, index: Math.min(row.length - 1, Math.max(0, index + (key === 'PageUp' ? -step : step))) };
    }
    case 'Home':
      return { series: cur.series, index: 0 };
    case 'End':
      return { series: cur.series, index: row.length - 1 };
    default: {
      const pos = nonEmpty.indexOf(cur.series);
      const nextPos = key === 'ArrowUp' ? pos - 1 : pos + 1;
      if (nextPos < 0 || nextPos >= nonEmpty.length) return { series: cur.series, index };
      const target = nonEmpty[nextPos]!;
      return { series: target, index: nearestIndex(xs[target]!, row[index]!) };
    }
  }
}

/** Index of the value in ascending `xs` closest to `x`. */
export function nearestIndex(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(xs[lo - 1]! - x) <= Math.abs(xs[lo]! - x)) return lo - 1;
  return lo;
}

/**
 * The point a pointer at (px, py) means: in each series the point nearest in x,
 * then the series whose point is nearest, weighting horizontal distance four
 * times (the column under the pointer matters most). A point with no figure
 * (y null) counts as sitting at `baseline`. Null when every series is empty.
 */
export function pointAt(
  xs: readonly (readonly number[])[],
  ys: (series: number, index: number) => number | null,
  px: number,
  py: number,
  baseline: number,
): Cursor | null {
  let best: Cursor | null = null;
  let bestD = Infinity;
  xs.forEach((row, series) => {
    if (!row.length) return;
    const index = nearestIndex(row, px);
    const d = Math.abs(row[index]! - px) * 4 + Math.abs((ys(series, index) ?? baseline) - py);
    if (d < bestD) {
      bestD = d;
      best = { series, index };
    }
  });
  return best;
}
