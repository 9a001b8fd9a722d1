/** Reading the label: what is blanked out, the direction words, the qualifiers beside a number. */
import type { QualifierKind } from '../claim-words.js';
import { QUALIFIER_KINDS, type Compiled } from './patterns.js';
import type { FigureKind, Span } from './types.js';

export interface Direction extends Span {
  sign: 1 | -1;
}

/** Which characters of the label a claim already holds; checks and marks in the span's length, so the scan stays linear. */
export class Cover {
  private readonly held: Uint8Array;
  constructor(length: number) {
    this.held = new Uint8Array(length);
  }
  has(span: Span): boolean {
    for (let i = span.start; i < span.end; i++) if (this.held[i]) return true;
    return false;
  }
  add(span: Span): void {
    this.held.fill(1, span.start, span.end);
  }
}

/** The label with placeholders and ignored phrases blanked out, positions kept. */
export function mask(label: string, c: Compiled): string {
  let scan = label.replace(c.placeholder, (m) => `#${' '.repeat(m.length - 1)}`);
  scan = scan.replace(c.ignore, (m) => ' '.repeat(m.length));
  return scan;
}

export function directions(scan: string, c: Compiled): Direction[] {
  const out: Direction[] = [];
  for (const m of scan.matchAll(c.direction)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[3] !== undefined || m[4] !== undefined) {
      c.particleFollow.lastIndex = end;
      if (!c.particleFollow.test(scan)) continue;
    }
    out.push({ start, end, sign: m[1] !== undefined || m[3] !== undefined ? 1 : -1 });
  }
  return out;
}

/**
 * The sign of the direction word nearest to `span` (the one before wins a tie),
 * or 0 without one. `dirs` are in label order: a binary search finds the two
 * neighbours.
 */
export function nearestSign(span: Span, dirs: readonly Direction[]): 0 | 1 | -1 {
  let lo = 0;
  let hi = dirs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dirs[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const before = dirs[lo - 1];
  const after = dirs[lo];
  if (!before) return after ? after.sign : 0;
  if (!after) return before.sign;
  return span.start - before.end <= after.start - span.end ? before.sign : after.sign;
}

/** The qualifier written just before `start` ("at least", "nearly"), and where it starts. */
export function qualifierBefore(scan: string, start: number, c: Compiled): { figure: FigureKind; start: number } {
  const before = scan.slice(Math.max(0, start - 40), start);
  const q = c.qualifier.exec(before);
  if (!q) return { figure: 'exact', start };
  const i = q.slice(1).findIndex((g) => g !== undefined);
  const figure = QUALIFIER_KINDS[i];
  if (!figure) return { figure: 'exact', start };
  return { figure, start: start - before.length + q.index + q[0].indexOf(q[i + 1]!) };
}

/** The qualifier written just after `end` ("220 قتيلًا على الأقل"), and where it ends. */
export function qualifierAfter(scan: string, end: number, c: Compiled): { figure: QualifierKind; end: number } | null {
  const q = c.qualifierAfter.exec(scan.slice(end, end + 40));
  const i = q ? q.slice(1).findIndex((g) => g !== undefined) : -1;
  const figure = QUALIFIER_KINDS[i];
  return q && figure ? { figure, end: end + q[0].length } : null;
}
