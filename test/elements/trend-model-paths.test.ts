import { expect } from '@open-wc/testing';
import { area, line } from 'd3-shape';
import { areaPath, linePath } from '../../src/elements/casualty-trend/layout/path.js';

/** [x, y] or [x, null] for a gap; the area's bottom is y0 = 100 unless a third value is given. */
type P = [number, number | null, number?];
const defined = (p: P) => p[1] !== null;
const x = (p: P) => p[0];
const y = (p: P) => p[1] ?? 0;
const y0 = (p: P) => p[2] ?? 100;

const CASES: { name: string; pts: P[]; line: string | null; area: string | null }[] = [
  { name: 'no points', pts: [], line: null, area: null },
  {
    name: 'only gaps',
    pts: [
      [0, null],
      [10, null],
    ],
    line: null,
    area: null,
  },
  { name: 'one point', pts: [[5, 7]], line: 'M5,7Z', area: 'M5,7L5,100Z' },
  {
    name: 'two points',
    pts: [
      [0, 10],
      [20, 30],
    ],
    line: 'M0,10L20,30',
    area: 'M0,10L20,30L20,100L0,100Z',
  },
  {
    name: 'a gap in the middle',
    pts: [
      [0, 1],
      [1, 2],
      [2, null],
      [3, 4],
      [4, 5],
    ],
    line: 'M0,1L1,2M3,4L4,5',
    area: 'M0,1L1,2L1,100L0,100ZM3,4L4,5L4,100L3,100Z',
  },
  {
    name: 'a lone point between gaps',
    pts: [
      [0, null],
      [1, 2],
      [2, null],
      [3, 4],
      [4, 5],
      [5, null],
    ],
    line: 'M1,2ZM3,4L4,5',
    area: 'M1,2L1,100ZM3,4L4,5L4,100L3,100Z',
  },
  {
    name: 'rounding to 3 decimals, negative and -0',
    pts: [
      [0.12345, 1.98765],
      [1 / 3, -2 / 3],
      [-0.0001, 0],
    ],
    line: 'M0.123,1.988L0.333,-0.667L0,0',
    area: 'M0.123,1.988L0.333,-0.667L0,0L0,100L0.333,100L0.123,100Z',
  },
  {
    name: 'a band between two edges',
    pts: [
      [0, 10, 20],
      [5, 12, 18],
    ],
    line: 'M0,10L5,12',
    area: 'M0,10L5,12L5,18L0,20Z',
  },
];

describe('casualty-trend paths (layout/path.ts)', () => {
  for (const c of CASES) {
    it(`${c.name}: the same strings as d3-shape`, () => {
      expect(linePath(c.pts, defined, x, y), 'line').to.equal(c.line);
      expect(areaPath(c.pts, defined, x, y0, y), 'area').to.equal(c.area);
      // The table above is what d3-shape writes with its defaults (linear curve, 3 digits).
      expect(line<P>().defined(defined).x(x).y(y)(c.pts), 'd3 line').to.equal(c.line);
      expect(area<P>().defined(defined).x(x).y0(y0).y1(y)(c.pts), 'd3 area').to.equal(c.area);
    });
  }

  it('matches d3-shape on long random series with gaps', () => {
    let s = 7;
    const rnd = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    for (let round = 0; round < 20; round++) {
      const pts: P[] = Array.from({ length: 500 }, (_, i) => [i * 1.37, rnd() < 0.1 ? null : rnd() * 300, 300 - rnd() * 10]);
      expect(linePath(pts, defined, x, y)).to.equal(line<P>().defined(defined).x(x).y(y)(pts));
      expect(areaPath(pts, defined, x, y0, y)).to.equal(area<P>().defined(defined).x(x).y0(y0).y1(y)(pts));
    }
  });
});
