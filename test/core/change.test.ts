import { expect } from '@open-wc/testing';
import { percentChange } from '../../src/core/change.js';

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
