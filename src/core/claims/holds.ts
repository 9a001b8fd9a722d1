/** Whether a figure, or some figure in a range, satisfies a qualified claim ("at least 500", "about 220"). */
import { EPS } from './numbers.js';
import type { FigureKind } from './types.js';

/** How each qualifier reads for the editor. */
export const FIGURE_SAYS: Record<FigureKind, string> = {
  atLeast: 'at least',
  moreThan: 'more than',
  about: 'about',
  nearly: 'nearly',
  upTo: 'up to',
  fewerThan: 'fewer than',
  exact: '',
};

export function figureHolds(kind: FigureKind, n: number, tol: number, x: number): boolean {
  switch (kind) {
    case 'atLeast':
      return x >= n - EPS;
    case 'moreThan':
      return x > n;
    case 'about':
      return Math.abs(x - n) <= 0.1 * Math.abs(n) + EPS;
    case 'nearly':
      return x >= 0.9 * n - EPS && x <= n + EPS;
    case 'upTo':
      return x <= n + EPS;
    case 'fewerThan':
      return x < n;
    case 'exact':
      return Math.abs(x - n) <= tol + EPS;
  }
}

/** Whether some figure in [lo, hi] satisfies the claim: "the range allows it". */
export function rangeAllows(kind: FigureKind, n: number, tol: number, lo: number, hi: number): boolean {
  switch (kind) {
    case 'atLeast':
      return hi >= n - EPS;
    case 'moreThan':
      return hi > n;
    case 'about':
      return lo <= 1.1 * n + EPS && hi >= 0.9 * n - EPS;
    case 'nearly':
      return lo <= n + EPS && hi >= 0.9 * n - EPS;
    case 'upTo':
      return lo <= n + EPS;
    case 'fewerThan':
      return lo < n;
    case 'exact':
      return lo - tol - EPS <= n && n <= hi + tol + EPS;
  }
}
