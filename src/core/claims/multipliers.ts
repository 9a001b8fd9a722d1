/** Finding the multipliers in a label: "tripled", "fivefold", "5 times more", "5x". */
import { readNumber, type Written } from './numbers.js';
import { key, type Compiled } from './patterns.js';
import type { Cover } from './scan.js';
import type { Found } from './types.js';

/** The multipliers, each marked in `taken`. */
export function multipliersIn(scan: string, c: Compiled, taken: Cover): Found[] {
  const { words } = c;
  const multipliers: Found[] = [];
  const addMultiplier = (f: Found): void => {
    if (taken.has(f) || !(f.value > 0)) return;
    multipliers.push(f);
    taken.add(f);
  };
  const factorOf = (wordGroup: string | undefined, digits: string | undefined): Written =>
    wordGroup !== undefined ? { value: c.numberWords.get(key(wordGroup)) ?? NaN, decimals: 0 } : readNumber(digits ?? '', words);
  // Before the multiplier verbs: a verb leading "N times" ("تضاعف خمس مرات") is part of that claim.
  for (const m of scan.matchAll(c.times)) {
    const comparative = m[3] !== undefined || m[4] !== undefined;
    const before = scan.slice(Math.max(0, m.index - 60), m.index);
    const far = comparative ? null : c.timesLeadFar.exec(before);
    if (!comparative && !far && !c.timesLead.test(before.slice(-40))) continue;
    const w = factorOf(m[1], m[2]);
    const start = far ? m.index - before.length + far.index : m.index;
    const f: Found = { start, end: m.index + m[0].length, kind: 'multiplier', ...w };
    if (comparative) f.inverse = m[4] !== undefined;
    addMultiplier(f);
  }
  for (const m of scan.matchAll(c.multWord)) {
    const factor = c.multiplierWords.get(key(m[1]!)) ?? NaN;
    const inverse = factor < 1;
    addMultiplier({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'multiplier',
      value: inverse ? 1 / factor : factor,
      decimals: 0,
      inverse,
    });
  }
  for (const m of scan.matchAll(c.fold)) {
    const w = factorOf(m[1], m[2]);
    addMultiplier({ start: m.index, end: m.index + m[0].length, kind: 'multiplier', ...w });
  }
  for (const m of scan.matchAll(c.ex)) {
    const w = readNumber(m[1] ?? m[2] ?? '', words);
    addMultiplier({ start: m.index, end: m.index + m[0].length, kind: 'multiplier', ...w });
  }
  return multipliers;
}
