/**
 * Greedy label placement: each label lists candidate boxes in order of
 * preference; the first that stays inside the bounds and clears every
 * obstacle and every label already placed wins. A label with no free candidate
 * gets null, and the caller shows it another way (a numbered note).
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelRequest<T = unknown> {
  candidates: Box[];
  data: T;
}

export interface Placed<T = unknown> {
  box: Box | null;
  data: T;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

export function inside(a: Box, bounds: Box): boolean {
  return (
    a.x >= bounds.x - 0.01 && a.y >= bounds.y - 0.01 && a.x + a.w <= bounds.x + bounds.w + 0.01 && a.y + a.h <= bounds.y + bounds.h + 0.01
  );
}

/** Places labels in the order given; earlier labels take precedence. */
export function placeLabels<T>(requests: readonly LabelRequest<T>[], bounds: Box, obstacles: readonly Box[] = [], gap = 2): Placed<T>[] {
  const taken: Box[] = [...obstacles];
  return requests.map(({ candidates, data }) => {
    for (const c of candidates) {
      if (inside(c, bounds) && !taken.some((t) => overlaps(c, t, gap))) {
        taken.push(c);
        return { box: c, data };
      }
    }
    return { box: null, data };
  });
}

/** Moves a box horizontally so that it lies within [min, max] where it can. */
export function clampX(box: Box, min: number, max: number): Box {
  const x = Math.max(min, Math.min(box.x, max - box.w));
  return { ...box, x };
}
