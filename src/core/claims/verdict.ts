/** Checking one claim found in a label against the figures it is about. */
import { FIGURE_SAYS, figureHolds, rangeAllows } from './holds.js';
import { arrow, EPS, finite, fmt, multiplierTolerance, percentTolerance, signed } from './numbers.js';
import type { ClaimTarget, ClaimVerdict, Found } from './types.js';

type Change = Extract<ClaimTarget, { kind: 'change' }>;

/** "at least ", or '' for an exact claim. */
function qualifierSays(f: Found): string {
  return f.figure && f.figure !== 'exact' ? `${FIGURE_SAYS[f.figure]} ` : '';
}

function percentVerdict(text: string, f: Found, { from, to }: Change): ClaimVerdict {
  const mag = Math.abs(f.value);
  const q = qualifierSays(f);
  const says = f.value === 0 && !q ? 'no change (0%)' : `a ${f.value >= 0 ? 'rise' : 'fall'} of ${q}${fmt(mag, f.decimals)}%`;
  if (!finite(from) || !finite(to) || from === 0) {
    return { text, kind: 'percent', says, holds: false, computed: 'no percentage: it starts from zero' };
  }
  const pct = ((to - from) / from) * 100;
  const tol = percentTolerance(mag, f.decimals);
  const holds = q
    ? (pct === 0 || Math.sign(pct) === Math.sign(f.value || 1)) && figureHolds(f.figure!, mag, tol, Math.abs(pct))
    : Math.abs(pct - f.value) <= tol + EPS;
  return { text, kind: 'percent', says, holds, computed: `${signed(pct, f.decimals + 1)}% (${arrow(from, to)})` };
}

function multiplierVerdict(text: string, f: Found, { from, to }: Change): ClaimVerdict {
  const factor = f.inverse ? 1 / f.value : f.value;
  const q = qualifierSays(f);
  const says = `${q}\u00d7${fmt(factor, 3)} (${text.toLowerCase().replace(/\s+/g, ' ')})`;
  if (!finite(from) || !finite(to) || from === 0) {
    return { text, kind: 'multiplier', says, holds: false, computed: 'no ratio: it starts from zero' };
  }
  const ratio = to / from;
  const seen = f.inverse ? 1 / ratio : ratio;
  const tol = multiplierTolerance(f.value, f.decimals);
  const holds = Number.isFinite(seen) && (q ? figureHolds(f.figure!, f.value, tol, seen) : Math.abs(seen - f.value) <= tol + EPS);
  return { text, kind: 'multiplier', says, holds, computed: `\u00d7${fmt(ratio, 2)} (${arrow(from, to)})` };
}

function directionVerdict(text: string, f: Found, { from, to }: Change): ClaimVerdict {
  const says = f.sign === 1 ? 'a rise' : 'a fall';
  if (!finite(from) || !finite(to)) {
    return { text, kind: 'direction', says, holds: false, computed: 'no change can be computed' };
  }
  const d = to - from;
  const computed =
    d > 0 ? `a rise from ${fmt(from)} to ${fmt(to)}` : d < 0 ? `a fall from ${fmt(from)} to ${fmt(to)}` : `no change (${arrow(from, to)})`;
  return { text, kind: 'direction', says, holds: Math.sign(d) === f.sign, computed };
}

/** A figure against a point's figure, or the range it is given as. */
function valueVerdict(
  base: Omit<ClaimVerdict, 'holds' | 'computed'>,
  f: Found,
  target: Extract<ClaimTarget, { kind: 'value' }>,
): ClaimVerdict {
  const kind = f.figure ?? 'exact';
  const n = f.value;
  const tol = 0.5 * 10 ** -f.decimals;
  const { value, low, high } = target;
  const hasRange = finite(low) || finite(high);
  const range = `${finite(low) ? fmt(low) : '…'}\u2013${finite(high) ? fmt(high) : '…'}`;
  if (finite(value)) {
    const holds =
      figureHolds(kind, n, tol, value) || (kind === 'exact' && [low, high].some((x) => finite(x) && figureHolds('exact', n, tol, x)));
    return { ...base, holds, computed: hasRange ? `${fmt(value)} (range ${range})` : fmt(value) };
  }
  if (hasRange) {
    const holds = rangeAllows(kind, n, tol, finite(low) ? low : -Infinity, finite(high) ? high : Infinity);
    return { ...base, holds, computed: `no central figure; range ${range}` };
  }
  return { ...base, holds: false, computed: 'no figure' };
}

function figureVerdict(text: string, f: Found, target: ClaimTarget): ClaimVerdict {
  const kind = f.figure ?? 'exact';
  const n = f.value;
  const tol = 0.5 * 10 ** -f.decimals;
  const says = `${FIGURE_SAYS[kind]} ${fmt(n, f.decimals)}`.trim();
  const base = { text, kind: 'figure' as const, says };
  if (target.kind === 'change') {
    const ends = [target.from, target.to].filter(finite);
    const holds = ends.some((x) => figureHolds(kind, n, tol, x));
    return { ...base, holds, computed: arrow(target.from, target.to) };
  }
  if (target.kind === 'value') return valueVerdict(base, f, target);
  const values = target.values.filter(finite);
  if (values.length === 0) return { ...base, holds: false, computed: 'no figures in the period' };
  const total = values.reduce((a, b) => a + b, 0);
  const holds = figureHolds(kind, n, tol, total) || values.some((x) => figureHolds(kind, n, tol, x));
  const shown = values.slice(0, 8).map((x) => fmt(x));
  if (values.length > 8) shown.push('…');
  return { ...base, holds, computed: `total ${fmt(total)} (${shown.join(', ')})` };
}

/** The verdict on claim `f` of `label`, or null when `target` cannot check it (a percentage on a point). */
export function verdict(label: string, f: Found, target: ClaimTarget): ClaimVerdict | null {
  const text = label.slice(f.start, f.end);
  if (f.kind === 'figure') return figureVerdict(text, f, target);
  if (target.kind !== 'change') return null;
  if (f.kind === 'percent') return percentVerdict(text, f, target);
  if (f.kind === 'multiplier') return multiplierVerdict(text, f, target);
  return directionVerdict(text, f, target);
}
