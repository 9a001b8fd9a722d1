/** Every claim in a label, in label order, before it is checked. */
import { figuresIn } from './figures.js';
import { multipliersIn } from './multipliers.js';
import { readNumber } from './numbers.js';
import type { Compiled } from './patterns.js';
import { Cover, directions, mask, nearestSign, qualifierAfter, qualifierBefore } from './scan.js';
import type { Found } from './types.js';

/** The percentages ("400%", "−75 %"), each marked in `taken`. */
function percentsIn(scan: string, c: Compiled, taken: Cover): Found[] {
  const found: Found[] = [];
  for (const m of scan.matchAll(c.percent)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const { value, decimals } = readNumber(m[2]!, c.words);
    found.push({ ...span, kind: 'percent', value, decimals, sign: m[1] ? (m[1] === '+' ? 1 : -1) : undefined });
    taken.add(span);
  }
  return found;
}

/** A qualifier bounds a percentage or a multiplier too: "more than doubled", "nearly 400%". */
function qualify(claims: readonly Found[], scan: string, c: Compiled, taken: Cover): void {
  for (const f of claims) {
    const q = qualifierBefore(scan, f.start, c);
    const qa = q.figure === 'exact' ? qualifierAfter(scan, f.end, c) : null;
    if (q.figure !== 'exact') {
      f.figure = q.figure;
      f.start = q.start;
    } else if (qa && !taken.has({ start: f.end, end: qa.end })) {
      f.figure = qa.figure;
      f.end = qa.end;
    }
  }
}

export function find(label: string, c: Compiled): Found[] {
  const scan = mask(label, c);
  const allDirs = directions(scan, c);
  const taken = new Cover(scan.length);
  const found = percentsIn(scan, c, taken);
  const multipliers = multipliersIn(scan, c, taken);
  const figures = figuresIn(scan, c, taken);
  qualify([...found, ...multipliers], scan, c, taken);

  // Directions inside a figure ("fewer than 500") or a multiplier ("5 times fewer") are part of that claim.
  const bound = new Cover(scan.length);
  for (const f of [...found, ...figures, ...multipliers]) bound.add(f);
  const dirs = allDirs.filter((d) => !bound.has(d));
  for (const f of found) {
    if (f.sign === undefined) f.sign = nearestSign(f, dirs) === -1 ? -1 : 1;
    f.value *= f.sign;
  }
  for (const f of multipliers) {
    if (f.inverse === undefined) f.inverse = nearestSign(f, dirs) === -1;
    found.push(f);
  }
  for (const d of dirs) found.push({ ...d, kind: 'direction', value: d.sign, decimals: 0 });
  found.push(...figures);
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
