import { expect } from '@open-wc/testing';
import { checkClaims, percentChange } from '../../src/core/change.js';

describe('core/change percentChange', () => {
  const cases: [number, number, number | null][] = [
    [44, 220, 400],
    [220, 44, -80],
    [100, 100, 0],
    [0, 12, null],
    [0, 0, null],
  ];
  for (const [a, b, expected] of cases) {
    it(`${a} → ${b} is ${expected}%`, () => expect(percentChange(a, b)).to.equal(expected));
  }
});

describe('core/change checkClaims', () => {
  const cases: [string, number | null, number[]][] = [
    ['400% rise since autumn', 400, []],
    ['a 400 per cent increase', 400, []],
    ['400 percent more', 400, []],
    ['{change} since October', 400, []],
    ['400% rise', 354.5, [400]],
    ['400% rise', 399.6, []],
    ['400% rise', 399.4, [400]],
    ['up 12.5%', 12.46, []],
    ['up 12.5%', 12.4, [12.5]],
    ['an 80% fall', -80, []],
    ['an 80% fall', 80, [-80]],
    ['-80%', -80, []],
    ['1,200% jump', 1200, []],
    ['400% rise', null, [400]],
    ['no percentage here, just 220 deaths', 12, []],
  ];
  for (const [label, computed, claimed] of cases) {
    it(`"${label}" against ${computed}`, () => {
      expect(checkClaims(label, computed).map((m) => m.claimed)).to.deep.equal(claimed);
    });
  }
});
