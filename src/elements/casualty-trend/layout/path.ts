/**
 * SVG paths of straight-segment lines and areas, broken where a point is not
 * defined (a gap stays a gap). The only shapes this chart draws; written here
 * instead of importing d3-shape + d3-path, which cost about 2 KB gzip for the
 * same strings (coordinates to 3 decimals, a lone point as `Mx,yZ`); the speed
 * is the same within noise (bench/paths.mjs). test/elements/trend-model-paths.test.ts
 * pins the strings against d3-shape's.
 */

/** Coordinates to 0.001 px, as d3-path writes them. */
const k = (v: number): number => Math.round(v * 1000) / 1000;

/**
 * A polyline through each run of consecutive defined points. A run of one
 * point is closed on itself (`Mx,yZ`), so a round line cap still draws a dot.
 * Null when no point is defined.
 */
export function linePath<T>(pts: readonly T[], defined: (p: T) => boolean, x: (p: T) => number, y: (p: T) => number): string | null {
  let d = '';
  let run = 0;
  for (const p of pts) {
    if (defined(p)) {
      d += `${run++ ? 'L' : 'M'}${k(x(p))},${k(y(p))}`;
    } else {
      if (run === 1) d += 'Z';
      run = 0;
    }
  }
  if (run === 1) d += 'Z';
  return d || null;
}

/**
 * A closed area per run of consecutive defined points: along `y1` left to
 * right, back along `y0` right to left. Null when no point is defined.
 */
export function areaPath<T>(
  pts: readonly T[],
  defined: (p: T) => boolean,
  x: (p: T) => number,
  y0: (p: T) => number,
  y1: (p: T) => number,
): string | null {
  let d = '';
  let start = -1;
  for (let i = 0; i <= pts.length; i++) {
    const p = pts[i] as T;
    if (i < pts.length && defined(p)) {
      d += `${start < 0 ? 'M' : 'L'}${k(x(p))},${k(y1(p))}`;
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    for (let j = i - 1; j >= start; j--) {
      const q = pts[j]!;
      d += `L${k(x(q))},${k(y0(q))}`;
    }
    d += 'Z';
    start = -1;
  }
  return d || null;
}
