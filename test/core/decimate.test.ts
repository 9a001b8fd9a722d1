import { expect } from '@open-wc/testing';
import { decimate, type DecimateOptions } from '../../src/core/decimate.js';
import type { Status, TrendPoint } from '../../src/schema/trend.js';

/** Point i of a series: t = i, so with x = t / k there are k points per pixel column. */
function pt(i: number, value: number | null, extra: Partial<TrendPoint> = {}): TrendPoint {
  return { t: i, date: String(i), value, low: null, high: null, status: null, note: null, ...extra };
}
const series = (values: readonly (number | null)[]) => values.map((v, i) => pt(i, v));
/** k points per column. */
const opts = (k: number, columns: number, more: Partial<DecimateOptions> = {}): DecimateOptions => ({ columns, x: (t) => t / k, ...more });
const values = (ps: readonly TrendPoint[]) => ps.map((p) => p.value);
const ts = (ps: readonly TrendPoint[]) => ps.map((p) => p.t);

describe('core/decimate', () => {
  describe('keeps the series as it is at two points per column or fewer', () => {
    const cases: [string, number, number, number][] = [
      ['one point per column', 100, 1, 100],
      ['exactly two per column', 200, 2, 100],
      ['two points in total', 2, 2, 1],
    ];
    for (const [name, n, k, columns] of cases) {
      it(name, () => {
        const pts = series(Array.from({ length: n }, (_, i) => i % 7));
        expect(decimate(pts, opts(k, columns))).to.equal(pts);
      });
    }
  });

  describe('min/max per column, with the first and last point of the column, in date order', () => {
    const cases: [string, (number | null)[], number, (number | null)[], number[]][] = [
      ['ten points in one column', [5, 3, 8, 1, 9, 2, 7, 4, 6, 5], 10, [5, 1, 9, 5], [0, 3, 4, 9]],
      ['max before min', [5, 9, 8, 1, 4, 2, 7, 4, 6, 5], 10, [5, 9, 1, 5], [0, 1, 3, 9]],
      ['first is the minimum', [0, 3, 8, 1, 9, 2, 7, 4, 6, 5], 10, [0, 9, 5], [0, 4, 9]],
      ['flat column', [4, 4, 4, 4, 4, 4], 6, [4, 4], [0, 5]],
      ['two columns of five', [1, 5, 2, 3, 2, 9, 8, 0, 8, 7], 5, [1, 5, 2, 9, 0, 7], [0, 1, 4, 5, 7, 9]],
    ];
    for (const [name, input, k, expectedValues, expectedTs] of cases) {
      it(name, () => {
        const out = decimate(series(input), opts(k, Math.ceil(input.length / k)));
        expect(values(out)).to.deep.equal(expectedValues);
        expect(ts(out)).to.deep.equal(expectedTs);
      });
    }
  });

  describe('a spike or a trough is never smoothed away', () => {
    const n = 100_000;
    const cases: [string, number, number, number][] = [
      ['one-day casualty spike', 63_211, 10, 2_400],
      ['spike on the first point', 0, 10, 2_400],
      ['spike on the last point', n - 1, 10, 2_400],
      ['one-day trough to zero', 40_000, 100, 0],
    ];
    for (const [name, at, base, extreme] of cases) {
      it(name, () => {
        const pts = series(Array.from({ length: n }, (_, i) => (i === at ? extreme : base + (i % 3))));
        const out = decimate(pts, opts(n / 600, 600));
        expect(out.length).to.be.at.most(4 * 600);
        expect(out.some((p) => p.t === at && p.value === extreme)).to.equal(true);
      });
    }
  });

  it('keeps the first and last point of the series', () => {
    const pts = series(Array.from({ length: 5_000 }, (_, i) => 50 + Math.round(40 * Math.sin(i / 30))));
    const out = decimate(pts, opts(5_000 / 320, 320));
    expect(out[0]).to.equal(pts[0]);
    expect(out[out.length - 1]).to.equal(pts[pts.length - 1]);
  });

  it('every column keeps its lowest and highest value (pseudo-random series)', () => {
    let seed = 7;
    const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const k = 37;
    const pts = series(Array.from({ length: 37 * 200 }, () => Math.round(rnd() * 1000)));
    const out = decimate(pts, opts(k, 200));
    for (let c = 0; c < 200; c++) {
      const inCol = (ps: readonly TrendPoint[]) => ps.filter((p) => Math.floor(p.t / k) === c).map((p) => p.value!);
      expect([Math.min(...inCol(out)), Math.max(...inCol(out))]).to.deep.equal([Math.min(...inCol(pts)), Math.max(...inCol(pts))]);
    }
  });

  describe('gaps stay gaps', () => {
    const cases: [string, (number | null)[], (number | null)[]][] = [
      ['a gap inside a column splits it', [5, 6, 7, null, null, 1, 2, 3], [5, 7, null, null, 1, 3]],
      ['a single missing value', [5, 6, 7, 8, null, 1, 2, 3], [5, 8, null, 1, 3]],
      ['gap at the start', [null, null, 1, 2, 3, 4, 5, 6], [null, null, 1, 6]],
    ];
    for (const [name, input, expected] of cases) {
      it(name, () => expect(values(decimate(series(input), opts(8, 1)))).to.deep.equal(expected));
    }
    it('no figure is ever turned into a number, nor a number into a gap', () => {
      const pts = series(Array.from({ length: 10_000 }, (_, i) => (i % 250 < 3 ? null : i % 17)));
      const out = decimate(pts, opts(10_000 / 400, 400));
      for (const p of out) expect(p.value).to.equal(pts[p.t]!.value);
      // Every run of gaps is still there, between the same drawn neighbours.
      const gapsIn = (ps: readonly TrendPoint[]) => ps.filter((p, i) => p.value === null && (i === 0 || ps[i - 1]!.value !== null)).length;
      expect(gapsIn(out)).to.equal(gapsIn(pts));
    });
  });

  describe('uncertainty bands: the envelope of low and high per column', () => {
    const ranged = (v: number, low: number, high: number, i: number) => pt(i, v, { low, high });
    it('each kept point carries the lowest low and highest high of its group', () => {
      const pts = [
        ranged(10, 8, 12, 0),
        ranged(11, 2, 13, 1),
        ranged(30, 25, 90, 2),
        ranged(12, 10, 14, 3),
        ranged(9, 7, 11, 4),
        ranged(10, 9, 11, 5),
      ];
      const out = decimate(pts, opts(6, 1));
      expect(out.map((p) => [p.value, p.low, p.high])).to.deep.equal([
        [10, 2, 90],
        [30, 2, 90],
        [9, 2, 90],
        [10, 2, 90],
      ]);
      // The input is never changed.
      expect(pts[0]!.low).to.equal(8);
    });
    it('where a range starts or stops, a new group starts (band edges stay put)', () => {
      const pts = [pt(0, 5), pt(1, 6), pt(2, 7), ranged(8, 6, 9, 3), ranged(9, 6, 12, 4), ranged(10, 5, 11, 5)];
      const out = decimate(pts, opts(6, 1));
      expect(out.map((p) => [p.t, p.low, p.high])).to.deep.equal([
        [0, null, null],
        [2, null, null],
        [3, 5, 12],
        [5, 5, 12],
      ]);
    });
    it('a range with no single figure (value null) keeps its extent', () => {
      const pts = [
        pt(0, null, { low: 3, high: 9 }),
        pt(1, null, { low: 1, high: 8 }),
        pt(2, null, { low: 2, high: 12 }),
        pt(3, 4),
        pt(4, 5),
      ];
      const out = decimate(pts, opts(5, 1));
      expect(out.map((p) => [p.t, p.value, p.low, p.high])).to.deep.equal([
        [0, null, 1, 12],
        [2, null, 1, 12],
        [3, 4, null, null],
        [4, 5, null, null],
      ]);
    });
  });

  describe('status styles: boundaries fall on the same points, none invented', () => {
    const style = (p: TrendPoint) => (p.status === 'estimate' ? 'estimate' : p.status === 'unverified' ? 'unverified' : 'solid');
    const st = (list: (Status | null)[]) => list.map((s, i) => pt(i, 10 + (i % 4), { status: s }));
    it('the last point before and the first after a change are kept', () => {
      const pts = st([null, 'confirmed', null, 'reported', 'estimate', 'estimate', 'estimate', 'estimate']);
      const out = decimate(pts, opts(8, 1, { styleClass: style }));
      expect(ts(out)).to.include.members([0, 3, 4, 7]);
      // Between two kept points the style never changes unless it changes in the data there.
      for (let i = 1; i < out.length; i++) {
        const a = out[i - 1]!;
        const b = out[i]!;
        const between = pts.slice(a.t, b.t + 1).map(style);
        expect(new Set(between).size <= 2 && (style(a) === style(b) ? new Set(between).size === 1 : b.t === a.t + 1)).to.equal(true);
      }
    });
    it('statuses that draw alike (confirmed, reported) are reduced together', () => {
      const pts = st(Array.from({ length: 12 }, (_, i) => (i % 2 ? 'confirmed' : 'reported')));
      expect(decimate(pts, opts(12, 1, { styleClass: style })).length).to.be.at.most(4);
    });
  });

  it('bars: the highest point of each column', () => {
    const out = decimate(series([1, 7, 3, 2, 0, 4, 9, 1]), opts(4, 2, { bars: true }));
    expect(values(out)).to.deep.equal([7, 9]);
  });
});
