/** Finding the figures in a label: "at least 220", "220 killed", both numbers of "from 44 to 220". */
import { readNumber } from './numbers.js';
import { key, type Compiled } from './patterns.js';
import { qualifierAfter, qualifierBefore, type Cover } from './scan.js';
import type { Found } from './types.js';

/** Two days of a month framed as a pair ("from 1 to 5 May", "من 1 إلى 5 يونيو"): a date, not two figures. */
function dayRange(scan: string, first: number, m: RegExpMatchArray, c: Compiled): boolean {
  const day = (s: string): boolean => /^\d{1,2}$/.test(s) && Number(s) >= 1 && Number(s) <= 31;
  const end = m.index! + m[0].length;
  if (!day(m[1]!) || !day(m[3]!)) return false;
  return c.monthAfter.test(scan.slice(end, end + 40)) || c.monthBefore.test(scan.slice(Math.max(0, first - 40), first));
}

/** Every number in the label by where it starts, and which of them are framed as a pair. */
function numbersIn(scan: string, c: Compiled): { numbers: Map<number, string>; paired: Set<number> } {
  // Numbers framed as a pair ("from 44 to 220", "44 → 220") are figures even without a noun.
  // They are read even where a dash joins them ("from 44–220").
  const paired = new Set<number>();
  const numbers = new Map<number, string>();
  for (const m of scan.matchAll(c.number)) numbers.set(m.index, m[1]!);
  for (const re of [c.range, c.arrow]) {
    for (const m of scan.matchAll(re)) {
      const first = m.index + m[0].length - m[3]!.length - m[2]!.length - m[1]!.length;
      const second = first + m[1]!.length + m[2]!.length;
      if (dayRange(scan, first, m, c)) continue;
      paired.add(first).add(second);
      numbers.set(first, m[1]!).set(second, m[3]!);
    }
  }
  return { numbers, paired };
}

/** The figures, proportions marked in `taken`. */
export function figuresIn(scan: string, c: Compiled, taken: Cover): Found[] {
  const { numbers, paired } = numbersIn(scan, c);
  // Neither number of a proportion ("1 in 5 victims") is a figure.
  for (const m of scan.matchAll(c.proportion)) taken.add({ start: m.index, end: m.index + m[0].length });

  const figures: Found[] = [];
  for (const [start, raw] of [...numbers].sort((a, b) => a[0] - b[0])) {
    const end = start + raw.length;
    if (taken.has({ start, end })) continue;
    const { value, decimals } = readNumber(raw, c.words);
    if (!Number.isFinite(value)) continue;
    const before = scan.slice(Math.max(0, start - 40), start);
    const after = scan.slice(end, end + 40);
    const { figure, start: qStart } = qualifierBefore(scan, start, c);
    // A year ("in 2017", "since 2016"), unless a qualifier makes it a figure.
    if (figure === 'exact' && /^\d{4}$/.test(raw) && value >= 1800 && value <= 2099) continue;
    // A day beside a month ("May 3", "3 May").
    if (decimals === 0 && value >= 1 && value <= 31 && (c.monthBefore.test(before) || c.monthAfter.test(after))) {
      continue;
    }
    const next = c.nextWord.exec(after)?.[1];
    const nextKey = next === undefined ? '' : key(next);
    if (c.units.has(nextKey)) continue;
    let fEnd = end;
    let kind = figure;
    if (figure === 'exact') {
      if (c.countNouns.has(nextKey)) fEnd = end + after.indexOf(next!) + next!.length;
      const q = qualifierAfter(scan, fEnd, c);
      if (q) [kind, fEnd] = [q.figure, q.end];
      else if (fEnd === end && !paired.has(start)) continue;
    }
    figures.push({ start: qStart, end: fEnd, kind: 'figure', value, decimals, figure: kind });
  }
  return figures;
}
