import { expect } from '@open-wc/testing';
import { overlaps } from '../../src/core/labels.js';
import { buildTrendModel, plotHeight, type TrendModel } from '../../src/elements/casualty-trend/model.js';
import { parseAnnotations, parseTrendData, type Annotation, type TrendData } from '../../src/schema/trend.js';
import { illustrativeMonthly, twoSeries } from '../../fixtures/trend.js';
import { firstDays, seedAnnotations } from '../../fixtures/seed.js';
import { enChecker } from '../../fixtures/claims.js';

function model(input: unknown, width: number, mark: 'line' | 'area' | 'bar' = 'line', annotations: unknown = []): TrendModel {
  const d = parseTrendData(input);
  if (!d.ok) throw new Error(JSON.stringify(d.issues));
  const a = parseAnnotations(annotations, d.value as TrendData, enChecker);
  if (!a.ok) throw new Error(JSON.stringify(a.issues));
  return buildTrendModel({ data: d.value, annotations: a.value as Annotation[], mark, width, locale: 'en-GB', unit: 'civilians killed' });
}

describe('casualty-trend model', () => {
  for (const width of [280, 320, 640, 1200]) {
    it(`fits the seed story into ${width}px without NaN, overflow or overlapping labels`, () => {
      const m = model(illustrativeMonthly, width, 'line', seedAnnotations);
      expect(JSON.stringify(m)).not.to.match(/NaN|Infinity|null,null/);
      expect(m.width).to.equal(width);
      expect(m.height).to.equal(m.plot.y + plotHeight(width) + 38);
      const boxes = m.annotations.flatMap((a) => (a.label ? [a.label] : []));
      for (const b of boxes) {
        expect(b.x, 'label left edge').to.be.at.least(0);
        expect(b.x + b.w, 'label right edge').to.be.at.most(width);
        expect(b.y).to.be.at.least(0);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).to.equal(false);
      // Every annotation is either labelled on the chart or numbered below it.
      for (const a of m.annotations) expect(a.label !== null || a.note !== null).to.equal(true);
    });
  }

  it('starts the count axis at zero and rounds the top up', () => {
    const m = model(illustrativeMonthly, 640);
    expect(m.yTicks[0]!.label).to.equal('0');
    expect(m.yTicks[0]!.y).to.equal(m.plot.y + m.plot.h);
    expect(m.yTicks.map((t) => t.label)).to.deep.equal(['0', '50', '100', '150', '200', '250', '300']);
  });

  it('draws gaps as breaks in the line, not as zero', () => {
    const m = model(
      [
        { date: '2017-01', value: 10 },
        { date: '2017-02', value: 20 },
        { date: '2017-03', value: null },
        { date: '2017-04', value: 30 },
        { date: '2017-05', value: 40 },
      ],
      640,
    );
    const runs = m.series[0]!.runs;
    expect(runs).to.have.length(2);
    for (const r of runs) expect((r.d.match(/[ML]/g) ?? []).length).to.equal(2);
    expect(m.nav[0]![2]!.y).to.equal(null);
    expect(m.nav[0]![2]!.text).to.equal('March 2017, no figure');
  });

  it('styles segments by status: estimate dashed, unverified dotted', () => {
    const m = model(
      [
        { date: '2017-01', value: 10, status: 'confirmed' },
        { date: '2017-02', value: 20, status: 'confirmed' },
        { date: '2017-03', value: 25, status: 'estimate' },
        { date: '2017-04', value: 30, status: 'unverified' },
      ],
      640,
    );
    expect(m.series[0]!.runs.map((r) => r.style)).to.deep.equal(['solid', 'estimate', 'unverified']);
    expect(m.series[0]!.markers.map((p) => p.hollow)).to.deep.equal([false, false, true, true]);
    expect(m.statuses).to.deep.equal(['confirmed', 'estimate', 'unverified']);
  });

  it('draws a bar per value, none for gaps, outlined for unverified', () => {
    const m = model(firstDays, 640, 'bar');
    const bars = m.series[0]!.bars;
    expect(bars).to.have.length(2);
    expect(bars.map((b) => b.style)).to.deep.equal(['unverified', 'solid']);
    const base = m.plot.y + m.plot.h;
    for (const b of bars) expect(Math.round(b.y + b.h)).to.equal(base);
    expect(bars[1]!.h).to.be.greaterThan(bars[0]!.h);
  });

  it('draws a band for ranges and labels several series directly', () => {
    const m = model(twoSeries, 640);
    expect(m.series[0]!.band).to.match(/^M/);
    expect(m.series[1]!.band).to.equal(null);
    expect(m.legend).to.equal(false);
    const [a, b] = [m.series[0]!.label!, m.series[1]!.label!];
    expect(a.x).to.be.greaterThan(m.plot.x + m.plot.w);
    expect(overlaps(a, b)).to.equal(false);
  });

  it('handles one point', () => {
    const m = model([{ date: '2017-05', value: 220 }], 320);
    expect(m.series[0]!.runs).to.have.length(0);
    expect(m.series[0]!.markers).to.have.length(1);
    expect(m.series[0]!.markers[0]!.x).to.be.within(m.plot.x, m.plot.x + m.plot.w);
    expect(JSON.stringify(m)).not.to.match(/NaN|Infinity/);
  });

  it('handles all-zero values', () => {
    const m = model(
      [
        { date: '2017-01', value: 0 },
        { date: '2017-02', value: 0 },
      ],
      320,
    );
    expect(m.yTicks.map((t) => t.label)).to.deep.equal(['0', '1']);
    expect(JSON.stringify(m)).not.to.match(/NaN|Infinity/);
  });

  it('renders 100,000 daily points without NaN', () => {
    const start = Date.UTC(1750, 0, 1);
    const pts = Array.from({ length: 100_000 }, (_, i) => ({
      date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
      value: i % 97,
    }));
    const t0 = performance.now();
    const m = model(pts, 640);
    const ms = performance.now() - t0;
    expect(m.series[0]!.runs[0]!.d).not.to.contain('NaN');
    expect(ms).to.be.below(5000);
  });
});

describe('casualty-trend model: label leaders', () => {
  it('draws a leader only when the label sits away from its point', async () => {
    const { leader } = await import('../../src/elements/casualty-trend/model.js');
    expect(leader(100, 100, { x: 104, y: 90, w: 40, h: 15 })).to.equal(null);
    expect(leader(100, 100, { x: 80, y: 40, w: 40, h: 15 })).to.deep.equal([100, 93, 100, 55]);
  });
});

describe('casualty-trend model: legend fallback', () => {
  it('labels series directly while they fit, and falls back to a legend when they do not', () => {
    const names = [
      'Syrian Observatory for Human Rights',
      'Airwars monitoring group',
      'US Central Command',
      'Local sources',
      'State media',
      'Hospital records',
    ];
    const many = {
      series: names.map((name, i) => ({
        name: `${name} (illustrative)`,
        points: [
          { date: '2017-01', value: 10 },
          { date: '2017-02', value: 11 + i * 0.1 },
        ],
      })),
    };
    expect(model(many, 280).legend).to.equal(true);
    expect(model(many, 280).series.every((s) => s.label === null)).to.equal(true);
    expect(model(twoSeries, 640).legend).to.equal(false);
  });
});

describe('casualty-trend model: no word broken in a series label', () => {
  it('uses a legend when a name would have to be split inside a word', () => {
    const m = model(twoSeries, 640);
    for (const s of m.series) {
      if (!s.label) continue;
      const words = s.name.split(/\s+/);
      for (const line of s.label.lines) for (const w of line.split(' ')) expect(words, `${w} in ${s.name}`).to.include(w);
    }
    const long = { series: twoSeries.series.map((s, i) => ({ ...s, name: i ? 'Internationalisation' : s.name })) };
    expect(model(long, 280).legend).to.equal(true);
  });
});

describe('casualty-trend model: gaps, range-only figures, no figures (#11)', () => {
  const m = (pairs: [string, number | null, Record<string, unknown>?][]) => pairs.map(([date, value, more]) => ({ date, value, ...more }));
  // [name, data, mark, line pieces, gap marks, whiskers, markers]
  const cases: [string, unknown, 'line' | 'area' | 'bar', number, number, number, number][] = [
    [
      'no gap',
      m([
        ['2017-01', 1],
        ['2017-02', 2],
        ['2017-03', 3],
      ]),
      'line',
      1,
      0,
      0,
      3,
    ],
    [
      'March absent',
      m([
        ['2017-01', 1],
        ['2017-02', 2],
        ['2017-04', 3],
        ['2017-05', 4],
      ]),
      'line',
      2,
      1,
      0,
      4,
    ],
    [
      'March absent, bars',
      m([
        ['2017-01', 1],
        ['2017-02', 2],
        ['2017-04', 3],
        ['2017-05', 4],
      ]),
      'bar',
      0,
      1,
      0,
      0,
    ],
    [
      'two nulls in a row: one mark',
      m([
        ['2017-01', 1],
        ['2017-02', null],
        ['2017-03', null],
        ['2017-04', 3],
      ]),
      'area',
      0,
      1,
      0,
      2,
    ],
    [
      'null then absent: one mark',
      m([
        ['2017-01', 1],
        ['2017-02', null],
        ['2017-04', 3],
      ]),
      'line',
      0,
      1,
      0,
      2,
    ],
    [
      'range-only: whisker, no mark, no line',
      m([
        ['2017-01', 3],
        ['2017-02', null, { low: 1, high: 2 }],
        ['2017-03', 4],
      ]),
      'line',
      0,
      0,
      1,
      2,
    ],
    [
      'all null',
      m([
        ['2017-01', null],
        ['2017-02', null],
      ]),
      'line',
      0,
      1,
      0,
      0,
    ],
  ];
  for (const [name, data, mark, lines, gaps, whiskers, markers] of cases) {
    it(name, () => {
      const t = model(data, 640, mark);
      const s = t.series[0]!;
      expect([s.runs.length, s.gaps.length, s.whiskers.length, s.markers.length]).to.deep.equal([lines, gaps, whiskers, markers]);
      expect(t.hasGaps).to.equal(gaps > 0);
      expect(JSON.stringify(t)).not.to.match(/NaN|Infinity/);
    });
  }
  it('a gap mark spans the absent periods, centred on bars', () => {
    const t = model(
      m([
        ['2017-01', 1],
        ['2017-02', 2],
        ['2017-05', 3],
      ]),
      640,
      'bar',
    );
    const nav = t.nav[0]!;
    // The filled run (March to April) is one keyboard stop; its mark runs from March to April.
    expect(nav).to.have.length(4);
    const g = t.series[0]!.gaps[0]!;
    const step = nav[1]!.x - nav[0]!.x;
    // From before March's slot to after April's, short of May's bar.
    expect(g.x1).to.be.below(nav[2]!.x);
    expect(g.x1).to.be.above(nav[1]!.x);
    expect(g.x2).to.be.above(nav[2]!.x + step);
    expect(g.x2).to.be.below(nav[3]!.x);
  });
  it('1900-01 and 2017-05: one gap across the plot, no line', () => {
    const t = model(
      m([
        ['1900-01', 5],
        ['2017-05', 220],
      ]),
      640,
    );
    expect(t.series[0]!.runs).to.deep.equal([]);
    const g = t.series[0]!.gaps[0]!;
    expect(g.x2 - g.x1).to.be.greaterThan(t.plot.w * 0.9);
  });
  it('figures on the axis as given: nice ticks, no rounding to 0', () => {
    const t = model(
      m([
        ['2017-01', 0.04],
        ['2017-02', 0.333],
      ]),
      640,
    );
    expect(t.yTicks.map((y) => y.label)).to.deep.equal(['0', '1']);
  });
  it('all null: no count axis, a message centred in the plot', () => {
    const t = model(
      m([
        ['2016-10', null],
        ['2016-12', null],
      ]),
      280,
    );
    expect(t.yTicks).to.deep.equal([]);
    const b = t.noFigures!;
    expect(b.lines.join(' ')).to.equal('No figures for civilians killed from October 2016 to December 2016');
    expect(b.x).to.be.at.least(t.plot.x);
    expect(b.x + b.w).to.be.at.most(t.plot.x + t.plot.w);
    expect(model(illustrativeMonthly, 640).noFigures).to.equal(null);
  });
  it('anchors a point annotation on a range-only figure mid-range, and reads it there', () => {
    const t = model(
      m([
        ['2017-01', 30],
        ['2017-02', null, { low: 10, high: 20 }],
        ['2017-03', 40],
      ]),
      640,
      'line',
      [{ type: 'point', date: '2017-02', label: 'A range' }],
    );
    const w = t.series[0]!.whiskers[0]!;
    const a = t.annotations[0]!;
    expect(a.kind === 'point' && Math.abs(a.y - (w.y1 + w.y2) / 2)).to.be.lessThan(0.01);
    expect(Math.abs(t.nav[0]![1]!.y! - (w.y1 + w.y2) / 2)).to.be.lessThan(0.01);
    expect(t.nav[0]![1]!.text).to.equal('February 2017, between 10 and 20 civilians killed');
  });
});

describe('casualty-trend obstacles along a line', () => {
  it('puts a box at each vertex of a dense line, none twice', async () => {
    const { samplePolyline } = await import('../../src/elements/casualty-trend/layout/obstacles.js');
    // One point per 1.6 px (365 days across 594 px): shorter than any sampling step.
    const points = Array.from({ length: 365 }, (_, i) => [32 + i * 1.63, 200 + (i % 9)] as [number, number]);
    const out: { x: number; y: number; w: number; h: number }[] = [];
    samplePolyline(points, 120, out);
    const keys = out.map((b) => `${b.x},${b.y}`);
    expect(new Set(keys).size, 'no box twice').to.equal(keys.length);
    // Two per segment before: each segment's first box repeated the last one's end.
    expect(out.length).to.be.lessThan(2 * (points.length - 1));
    for (const [x, y] of points) expect(keys).to.include(`${x - 2},${y - 2}`);
  });
});
