import { expect } from '@open-wc/testing';
import { moveCursor, nearestIndex, pointAt } from '../../src/core/navigation.js';
import { countDomainMax, countTicks, timeTicks } from '../../src/core/ticks.js';

const U = Date.UTC;

describe('core/ticks timeTicks', () => {
  it('puts monthly ticks on month starts with the year where it changes', () => {
    const ticks = timeTicks(U(2016, 9, 1), U(2017, 4, 1), 'month', 10, 'en-US');
    expect(ticks.map((t) => t.label)).to.deep.equal(['Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May']);
    expect(ticks.map((t) => t.sub ?? '')).to.deep.equal(['2016', '', '', '2017', '', '', '', '']);
  });
  it('thins monthly ticks to fit, on calendar-aligned months: every second, then quarters', () => {
    expect(timeTicks(U(2016, 9, 1), U(2017, 4, 1), 'month', 4, 'en-US').map((t) => t.label)).to.deep.equal(['Nov', 'Jan', 'Mar', 'May']);
    expect(timeTicks(U(2016, 9, 1), U(2017, 4, 1), 'month', 3, 'en-US').map((t) => t.label)).to.deep.equal(['Oct', 'Jan', 'Apr']);
  });
  it('uses years for long monthly series', () => {
    const ticks = timeTicks(U(2010, 0, 1), U(2017, 4, 1), 'month', 5, 'en-US');
    expect(ticks.map((t) => t.label)).to.deep.equal(['2010', '2012', '2014', '2016']);
  });
  it('labels daily ticks with day and month', () => {
    const ticks = timeTicks(U(2017, 5, 2), U(2017, 5, 5), 'day', 8, 'en-GB');
    expect(ticks.map((t) => t.label)).to.deep.equal(['2 Jun', '3 Jun', '4 Jun', '5 Jun']);
    expect(ticks[0]!.sub).to.equal('2017');
  });
  it('never goes finer than the data interval', () => {
    const ticks = timeTicks(U(2015, 0, 1), U(2017, 0, 1), 'year', 50, 'en-US');
    expect(ticks.map((t) => t.label)).to.deep.equal(['2015', '2016', '2017']);
  });
  it('always returns at least one tick', () => {
    expect(timeTicks(U(2017, 4, 1), U(2017, 4, 1), 'month', 0, 'en-US')).to.have.length(1);
  });
  it('uses the locale’s digits', () => {
    expect(timeTicks(U(2015, 0, 1), U(2016, 0, 1), 'year', 5, 'ar-EG').map((t) => t.label)).to.deep.equal(['٢٠١٥', '٢٠١٦']);
  });
});

describe('core/ticks count axis', () => {
  const tops: [number, number, number][] = [
    [220, 5, 250],
    [21, 5, 25],
    [0, 5, 1],
    [0.4, 5, 1],
    [1e6, 4, 1e6],
  ];
  for (const [max, n, top] of tops) {
    it(`rounds ${max} up to ${top}`, () => expect(countDomainMax(max, n)).to.equal(top));
  }
  it('gives whole-number ticks from zero', () => {
    expect(countTicks(250, 5)).to.deep.equal([0, 50, 100, 150, 200, 250]);
    expect(countTicks(1, 5)).to.deep.equal([0, 1]);
  });
});

describe('core/navigation', () => {
  const xs = [[10, 20, 30, 40], [15, 35], []];
  const cases: [string, { series: number; index: number } | null, { series: number; index: number } | null][] = [
    ['ArrowRight', null, { series: 0, index: 0 }],
    ['End', null, { series: 0, index: 3 }],
    ['ArrowRight', { series: 0, index: 0 }, { series: 0, index: 1 }],
    ['ArrowRight', { series: 0, index: 3 }, { series: 0, index: 3 }],
    ['ArrowLeft', { series: 0, index: 0 }, { series: 0, index: 0 }],
    ['Home', { series: 0, index: 2 }, { series: 0, index: 0 }],
    ['ArrowDown', { series: 0, index: 3 }, { series: 1, index: 1 }],
    ['ArrowDown', { series: 1, index: 0 }, { series: 1, index: 0 }],
    ['ArrowUp', { series: 1, index: 0 }, { series: 0, index: 0 }],
    ['a', { series: 0, index: 0 }, null],
    ['Tab', { series: 0, index: 0 }, null],
  ];
  for (const [key, from, to] of cases) {
    it(`${key} from ${JSON.stringify(from)}`, () => expect(moveCursor(key, from, xs)).to.deep.equal(to));
  }
  describe('PageUp / PageDown move a tenth of a long series', () => {
    const long = [Array.from({ length: 100_000 }, (_, i) => i / 200)];
    const pages: [string, number | null, number][] = [
      ['PageDown', null, 0],
      ['PageDown', 0, 10_000],
      ['PageDown', 95_000, 99_999],
      ['PageUp', 25_000, 15_000],
      ['PageUp', 4_000, 0],
    ];
    for (const [key, from, to] of pages) {
      it(`${key} from ${from}`, () =>
        expect(moveCursor(key, from === null ? null : { series: 0, index: from }, long)).to.deep.equal({ series: 0, index: to }));
    }
    it('moves at least one point in a short series', () => {
      expect(moveCursor('PageDown', { series: 0, index: 1 }, xs)).to.deep.equal({ series: 0, index: 2 });
    });
  });
  it('finds the nearest index', () => {
    expect(nearestIndex([10, 20, 30], 24)).to.equal(1);
    expect(nearestIndex([10, 20, 30], 26)).to.equal(2);
    expect(nearestIndex([10, 20, 30], -5)).to.equal(0);
    expect(nearestIndex([10, 20, 30], 99)).to.equal(2);
  });
});

describe('core/ticks daily steps', () => {
  it('counts multi-day steps from the first date, so it is labelled', () => {
    const ticks = timeTicks(Date.UTC(2017, 5, 2), Date.UTC(2017, 5, 5), 'day', 2, 'en-GB');
    expect(ticks.map((t) => t.label)).to.deep.equal(['2 Jun', '4 Jun']);
  });
});

describe('core/navigation pointAt', () => {
  const xs = [
    [10, 20, 30],
    [10, 20, 30],
  ];
  const ys = [
    [100, 100, 100],
    [50, null, 50],
  ];
  const y = (s: number, i: number) => ys[s]![i]!;
  const cases: [number, number, { series: number; index: number } | null][] = [
    [11, 95, { series: 0, index: 0 }],
    [11, 55, { series: 1, index: 0 }],
    [29, 60, { series: 1, index: 2 }],
    // A gap counts as sitting on the baseline (200).
    [20, 190, { series: 1, index: 1 }],
    [20, 110, { series: 0, index: 1 }],
  ];
  for (const [px, py, expected] of cases) it(`(${px}, ${py})`, () => expect(pointAt(xs, y, px, py, 200)).to.deep.equal(expected));
  it('is null when there is nothing to point at', () => expect(pointAt([[], []], y, 0, 0, 0)).to.equal(null));
});
