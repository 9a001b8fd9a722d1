import { expect } from '@open-wc/testing';
import { parseAnnotations, parseTrendData, type TrendData } from '../../src/schema/trend.js';
import { JsonParseFailure, parseJson } from '../../src/schema/json.js';
import { illustrativeMonthly, twoSeries } from '../../fixtures/trend.js';
import { firstDays, seedAnnotations } from '../../fixtures/seed.js';
import { enChecker } from '../../fixtures/claims.js';
import type { LabelChecker } from '../../src/schema/trend.js';
// Read messages straight after parsing, as the npm entry's users do (elements load them with the first problem).
import '../../src/i18n/issue-texts-now.js';

function errorsOf(input: unknown, interval?: unknown): string[] {
  const r = parseTrendData(input, interval);
  return r.ok ? [] : r.issues.filter((i) => i.severity === 'error').map((i) => i.path);
}

function warningsOf(input: unknown): string[] {
  const r = parseTrendData(input);
  return (r.ok ? r.warnings : r.issues).filter((i) => i.severity === 'warning').map((i) => i.path);
}

describe('schema/trend parseTrendData: valid input', () => {
  it('normalises the seed series, monthly', () => {
    const r = parseTrendData(illustrativeMonthly, undefined, 'Civilians killed');
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value.interval).to.equal('month');
    expect(r.value.series).to.have.length(1);
    expect(r.value.series[0]!.name).to.equal('Civilians killed');
    const may = r.value.series[0]!.points[7]!;
    expect(may).to.deep.equal({
      t: Date.UTC(2017, 4, 1),
      date: '2017-05',
      value: 220,
      low: 220,
      high: 260,
      status: 'estimate',
      note: 'at least 220',
    });
  });
  it('keeps null values as gaps, never zero', () => {
    const r = parseTrendData(firstDays);
    expect(r.ok && r.value.series[0]!.points.map((p) => p.value)).to.deep.equal([12, null, null, 21]);
    expect(r.ok && r.value.interval).to.equal('day');
  });
  it('sorts unsorted input by date', () => {
    const r = parseTrendData([...illustrativeMonthly].reverse());
    expect(r.ok && r.value.series[0]!.points.map((p) => p.date)[0]).to.equal('2016-10');
  });
  it('reads several series', () => {
    const r = parseTrendData(twoSeries);
    expect(r.ok && r.value.series.map((s) => s.name)).to.deep.equal(['Monitor A (illustrative)', 'Official tally (illustrative)']);
  });
  it('treats missing data as empty, not as an error', () => {
    for (const input of [undefined, null, []]) {
      const r = parseTrendData(input);
      expect(r.ok, JSON.stringify(input)).to.equal(true);
    }
  });
  it('normalises -0 to 0', () => {
    const r = parseTrendData([{ date: '2017', value: -0 }]);
    expect(r.ok && Object.is(r.value.series[0]!.points[0]!.value, 0)).to.equal(true);
  });
  it('accepts an explicit interval', () => {
    const daily = [
      { date: '2017-05-03', value: 1 },
      { date: '2017-06-08', value: 2 },
    ];
    expect(parseTrendData(daily).ok && (parseTrendData(daily) as { value: TrendData }).value.interval).to.equal('day');
    const r = parseTrendData(daily, 'month');
    expect(r.ok && r.value.interval).to.equal('month');
    // An interval that puts two points in one period is refused.
    expect(errorsOf(firstDays, 'week')).to.deep.equal(['data[1].date', 'data[2].date']);
  });
});

describe('schema/trend parseTrendData: every problem with its path', () => {
  const cases: [string, unknown, string[]][] = [
    ['a bare object', { date: '2017' }, ['data']],
    ['a string', 'hello', ['data']],
    ['a point that is not an object', [1], ['data[0]']],
    ['a missing date', [{ value: 1 }], ['data[0].date']],
    ['a non-ISO date', [{ date: 'May', value: 1 }], ['data[0].date']],
    ['a US date', [{ date: '03/04/2017', value: 1 }], ['data[0].date']],
    ['an impossible date', [{ date: '2017-02-30', value: 1 }], ['data[0].date']],
    ['a numeric date', [{ date: 2017, value: 1 }], ['data[0].date']],
    ['a missing value', [{ date: '2017' }], ['data[0].value']],
    ['a string number', [{ date: '2017', value: '12' }], ['data[0].value']],
    ['a formatted number', [{ date: '2017', value: '1,234' }], ['data[0].value']],
    ['NaN as a string', [{ date: '2017', value: 'NaN' }], ['data[0].value']],
    ['a negative count', [{ date: '2017', value: -5 }], ['data[0].value']],
    ['low above high', [{ date: '2017', value: 5, low: 9, high: 3 }], ['data[0].low']],
    ['value outside its range', [{ date: '2017', value: 50, low: 1, high: 3 }], ['data[0].value']],
    ['low without high', [{ date: '2017', value: 5, low: 1 }], ['data[0].high']],
    ['an unknown status', [{ date: '2017', value: 5, status: 'estimated' }], ['data[0].status']],
    ['a non-text note', [{ date: '2017', value: 5, note: 4 }], ['data[0].note']],
    [
      'duplicate dates',
      [
        { date: '2017-05', value: 1 },
        { date: '2017-05', value: 2 },
      ],
      ['data[1].date'],
    ],
    [
      'mixed precision',
      [
        { date: '2017-05', value: 1 },
        { date: '2018', value: 2 },
      ],
      ['data[1].date'],
    ],
    [
      'several problems at once',
      [
        { date: 'May', value: 1 },
        { date: '2017-06', value: -1 },
        { date: '2017-07', value: 3, status: 'rumour' },
      ],
      ['data[0].date', 'data[1].value', 'data[2].status'],
    ],
    ['series not a list', { series: 3 }, ['data.series']],
    ['a series without name', { series: [{ points: [] }] }, ['data.series[0].name']],
    [
      'duplicate series names',
      {
        series: [
          { name: 'A', points: [] },
          { name: 'A', points: [] },
        ],
      },
      ['data.series[1].name'],
    ],
    ['points not a list', { series: [{ name: 'A', points: {} }] }, ['data.series[0].points']],
    [
      'a bad point inside a series',
      { series: [{ name: 'A', points: [{ date: '2017', value: 'x' }] }] },
      ['data.series[0].points[0].value'],
    ],
    [
      'a bad date in the second series',
      {
        series: [
          { name: 'A', points: [] },
          { name: 'B', points: [{ date: '2017-13', value: 1 }] },
        ],
      },
      ['data.series[1].points[0].date'],
    ],
  ];
  for (const [what, input, paths] of cases) {
    it(`${what} → ${paths.join(', ')}`, () => expect(errorsOf(input)).to.deep.equal(paths));
  }
  it('reports JSON that failed to parse', () => {
    const failure = parseJson('[{"date": "2017",]');
    expect(failure).to.be.instanceOf(JsonParseFailure);
    const r = parseTrendData(failure);
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.issues[0]!.path).to.equal('data');
    expect(!r.ok && r.issues[0]!.message).to.match(/not valid JSON/);
  });
  it('numbers too large for a double become errors, not Infinity', () => {
    expect(errorsOf(parseJson('[{"date": "2017", "value": 1e400}]'))).to.deep.equal(['data[0].value']);
  });
  it('refuses an unknown interval', () => {
    expect(errorsOf(illustrativeMonthly, 'fortnight')).to.deep.equal(['interval']);
  });
  it('warns about unknown fields instead of dropping them silently', () => {
    expect(warningsOf([{ date: '2017', value: 1, vlaue: 2 }])).to.deep.equal(['data[0].vlaue']);
  });
  it('ignores __proto__ keys without polluting', () => {
    const input = parseJson(
      '[{"date": "2017", "value": 1, "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}]',
    );
    const r = parseTrendData(input);
    expect(r.ok).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(warningsOf(input)).to.deep.equal(['data[0].__proto__', 'data[0].constructor']);
  });
});

describe('schema/trend parseAnnotations', () => {
  const data = (parseTrendData(illustrativeMonthly) as { value: TrendData }).value;
  it('resolves the seed annotations and computes the change from the data', () => {
    const r = parseAnnotations(seedAnnotations, data, enChecker);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.warnings).to.deep.equal([]);
    const change = r.value[0]!;
    expect(change.type === 'change' && change.change).to.equal(400);
    expect(change.type === 'change' && [change.fromValue, change.toValue]).to.deep.equal([44, 220]);
  });
  it('warns when a label states a percentage the data contradicts, and still draws', () => {
    const r = parseAnnotations([{ type: 'change', from: '2016-10', to: '2017-04', label: '400% rise since autumn' }], data, enChecker);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['annotations[0].label']);
    expect(r.warnings[0]!.message).to.contain('400%');
    expect(r.warnings[0]!.message).to.contain('+286.4%');
    expect(r.value[0]!.type === 'change' && r.value[0]!.claim).to.equal('replaced');
  });
  const cases: [string, unknown, string[]][] = [
    ['not a list', { type: 'event' }, ['annotations']],
    ['an unknown type', [{ type: 'arrow' }], ['annotations[0].type']],
    ['an event without label', [{ type: 'event', date: '2017-01' }], ['annotations[0].label']],
    ['an event with a bad date', [{ type: 'event', date: 'June', label: 'x' }], ['annotations[0].date']],
    ['a point on a date with no data', [{ type: 'point', date: '2015-01', label: 'x' }], ['annotations[0].date']],
    ['a change from after to', [{ type: 'change', from: '2017-05', to: '2016-10' }], ['annotations[0].to']],
    ['a change on a missing date', [{ type: 'change', from: '2015-01', to: '2017-05' }], ['annotations[0].from']],
    ['an unknown series', [{ type: 'point', date: '2017-05', label: 'x', series: 'Nobody' }], ['annotations[0].series']],
    ['a period with bad dates', [{ type: 'period', from: 'x', to: 'y' }], ['annotations[0].from', 'annotations[0].to']],
  ];
  for (const [what, input, paths] of cases) {
    it(`${what} → ${paths.join(', ')}`, () => {
      const r = parseAnnotations(input, data);
      expect(r.ok ? [] : r.issues.filter((i) => i.severity === 'error').map((i) => i.path)).to.deep.equal(paths);
    });
  }
});

describe('schema/trend limits', () => {
  it('refuses counts too large to draw (no NaN reaches the axis)', () => {
    expect(errorsOf([{ date: '2017', value: 1e300 }])).to.deep.equal(['data[0].value']);
    expect(errorsOf([{ date: '2017', value: 5, low: 1, high: 1.7e308 }])).to.deep.equal(['data[0].high']);
    expect(errorsOf([{ date: '2017', value: 1e12 }])).to.deep.equal([]);
  });
  it('refuses a series list over the cap before reading its entries: one error, not one per entry', () => {
    // Each entry was read first: 10 MB of JSON like this (half the JSON cap) made 5 million issues and froze the tab.
    const r = parseTrendData({ series: new Array(10_000).fill(0) });
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code, i.params])).to.deep.equal([
      ['data.series', 'iManySeries', { count: 10_000, max: 50 }],
    ]);
  });
  it('refuses two timestamps in the same day', () => {
    expect(
      errorsOf([
        { date: '2017-01-01T08:00Z', value: 1 },
        { date: '2017-01-01T20:00Z', value: 2 },
      ]),
    ).to.deep.equal(['data[1].date']);
  });
  it('starts the description with a capital when every value is missing', async () => {
    const { describeTrend } = await import('../../src/core/describe.js');
    const r = parseTrendData([
      { date: '2017-01', value: null },
      { date: '2017-02', value: null },
    ]);
    expect(r.ok && describeTrend(r.value, { locale: 'en', unit: '', mark: 'line', heading: '' })).to.equal(
      'Line chart of values per month, from January 2017 to February 2017. No figures from January 2017 to February 2017.',
    );
  });
});

describe('schema/trend absent periods (#11)', () => {
  const pts = (dates: string[]) => dates.map((date, i) => ({ date, value: i + 1 }));
  // [dates, interval (or inferred), gap points as [ISO period, periods in the run], warning path or null]
  const cases: [string, string[], string | undefined, [string, number][], number][] = [
    ['no hole, monthly', ['2017-01', '2017-02', '2017-03'], undefined, [], 0],
    ['March absent', ['2017-01', '2017-02', '2017-04', '2017-05'], undefined, [['2017-03', 1]], 1],
    [
      'two runs',
      ['2017-01', '2017-03', '2017-06'],
      undefined,
      [
        ['2017-02', 1],
        ['2017-04', 2],
      ],
      3,
    ],
    ['1900-01 to 2017-05: one point for 1,407 months', ['1900-01', '2017-05'], undefined, [['1900-02', 1407]], 1407],
    ['yearly', ['2010', '2013'], undefined, [['2011', 2]], 2],
    ['daily', ['2017-06-02', '2017-06-05'], undefined, [['2017-06-03', 2]], 2],
    ['weekly (inferred), one week absent', ['2017-01-02', '2017-01-09', '2017-01-23'], undefined, [['2017-01-16', 1]], 1],
    ['weekly on Wednesdays: the gap is a Wednesday', ['2017-01-04', '2017-01-11', '2017-01-25'], undefined, [['2017-01-18', 1]], 1],
    ['declared monthly over days', ['2017-01-15', '2017-03-02'], 'month', [['2017-02', 1]], 1],
    ['across a year boundary', ['2016-11', '2017-02'], undefined, [['2016-12', 2]], 2],
  ];
  for (const [name, dates, interval, gaps, missing] of cases) {
    it(name, () => {
      const r = parseTrendData(pts(dates), interval);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      const s = r.value.series[0]!;
      expect(s.points.filter((p) => p.filled).map((p) => [p.date, p.filled])).to.deep.equal(gaps);
      expect(s.points.filter((p) => p.filled).every((p) => p.value === null && p.low === null)).to.equal(true);
      expect(s.points.length).to.equal(dates.length + gaps.length);
      expect(s.missing ?? 0).to.equal(missing);
      const w = r.warnings.filter((i) => i.instead === 'drawn as gaps');
      expect(w.map((i) => i.path)).to.deep.equal(gaps.length ? ['data'] : []);
    });
  }
  it('warns once per series, with its path', () => {
    const r = parseTrendData({
      series: [
        { name: 'A', points: pts(['2017-01', '2017-03', '2017-05']) },
        { name: 'B', points: pts(['2017-01', '2017-02', '2017-03']) },
        { name: 'C', points: pts(['2017-01', '2017-04']) },
      ],
    });
    expect(
      r.ok && r.warnings.filter((i) => i.instead === 'drawn as gaps').map((i) => [i.path, i.message.split(' between')[0]]),
    ).to.deep.equal([
      ['data.series[0].points', '2 months'],
      ['data.series[2].points', '2 months'],
    ]);
  });
  it('connect: the points stay as given, the count is kept, no warning', () => {
    const r = parseTrendData(pts(['2017-01', '2017-02', '2017-04']), undefined, 'Values', 'connect');
    expect(r.ok && r.value.series[0]!.points.map((p) => p.date)).to.deep.equal(['2017-01', '2017-02', '2017-04']);
    expect(r.ok && r.value.series[0]!.missing).to.equal(1);
    expect(r.ok && r.value.missing).to.equal('connect');
    expect(r.ok && r.warnings).to.deep.equal([]);
  });
  it('100,000 days without a hole: the same array back, quickly', () => {
    const start = Date.UTC(1800, 0, 1);
    const input = Array.from({ length: 100_000 }, (_, i) => ({
      date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
      value: i % 50,
    }));
    const r = parseTrendData(input);
    expect(r.ok && r.value.series[0]!.points.length).to.equal(100_000);
    expect(r.ok && r.warnings).to.deep.equal([]);
  });
  it('a hole of 3,000 years of days costs one point', () => {
    const r = parseTrendData([
      { date: '0001-01-01', value: 1 },
      { date: '3000-01-01', value: 2 },
    ]);
    expect(r.ok && r.value.series[0]!.points).to.have.length(3);
    expect(r.ok && r.value.series[0]!.points[1]!.filled).to.be.greaterThan(1_000_000);
  });
});

describe('schema/trend annotations near the data, named series, statuses (#11)', () => {
  const oct = parseTrendData([
    { date: '2016-10', value: 40, status: 'unverified' },
    { date: '2016-11', value: 50, status: 'estimate' },
    { date: '2016-12', value: 60, status: 'estimate' },
    { date: '2017-02', value: null, low: 10, high: 20 },
  ]);
  const data = (oct as { value: TrendData }).value;
  const refused = (a: unknown[]) => {
    const r = parseAnnotations(a, data);
    return {
      kept: r.ok ? r.value.map((x) => x.type) : [],
      warnings: (r.ok ? r.warnings : r.issues).map((i) => [i.path, i.instead ?? '', i.severity]),
    };
  };
  // [annotation, drawn?, instead]
  const cases: [string, unknown, boolean, string][] = [
    ['event one month after the data', { type: 'event', date: '2017-03', label: 'x' }, true, ''],
    ['event one month before the data', { type: 'event', date: '2016-09-15', label: 'x' }, true, ''],
    ['event two months after', { type: 'event', date: '2017-04', label: 'x' }, false, 'not drawn'],
    ['event in 2019', { type: 'event', date: '2019-01', label: 'x' }, false, 'not drawn'],
    ['period in 2015', { type: 'period', from: '2015-01', to: '2015-06' }, false, 'not drawn'],
    ['period reaching back to 2015', { type: 'period', from: '2015-01', to: '2016-11' }, true, 'drawn from 2016-09 to 2016-11'],
    ['period inside', { type: 'period', from: '2016-10', to: '2016-12' }, true, ''],
  ];
  for (const [name, a, kept, instead] of cases) {
    it(name, () => {
      const r = refused([a]);
      expect(r.kept).to.deep.equal(kept ? [(a as { type: string }).type] : []);
      expect(r.warnings).to.deep.equal(instead ? [['annotations[0]', instead, 'warning']] : []);
    });
  }
  it('says how far out, and why', () => {
    const r = parseAnnotations([{ type: 'event', date: '2019-01', label: 'x' }], data);
    expect(r.ok && r.warnings[0]!.message).to.equal(
      'the date "2019-01" is 23 months after the last figure (2017-02); annotations may lie at most one month outside the data, so the time axis is not stretched to reach it',
    );
  });
  it('refuses a change or point without series on several series, naming them', () => {
    const two = (
      parseTrendData({
        series: [
          { name: 'A', points: [{ date: '2017-01', value: 1 }] },
          { name: 'B', points: [{ date: '2017-01', value: 2 }] },
        ],
      }) as { value: TrendData }
    ).value;
    for (const a of [
      { type: 'point', date: '2017-01', label: 'x' },
      { type: 'change', from: '2017-01', to: '2017-02' },
    ]) {
      const r = parseAnnotations([a], two);
      expect(r.ok && r.value).to.deep.equal([]);
      expect(r.ok && r.warnings.map((i) => [i.path, i.instead, i.message])).to.deep.equal([
        ['annotations[0]', 'not drawn', 'names no series, and this chart has 2: "A", "B"; add "series" with one of these names'],
      ]);
    }
  });
  it('keeps the status of each end of a change', () => {
    const r = parseAnnotations([{ type: 'change', from: '2016-10', to: '2016-12' }], data);
    const c = r.ok ? r.value[0] : undefined;
    expect(c?.type === 'change' && [c.fromStatus, c.toStatus, c.change]).to.deep.equal(['unverified', 'estimate', 50]);
  });
  it('anchors a point annotation on a range-only figure; a change from it is an error', () => {
    const r = parseAnnotations([{ type: 'point', date: '2017-02', label: 'a range' }], data);
    expect(r.ok && r.value[0]).to.deep.include({ value: null, low: 10, high: 20 });
    const c = parseAnnotations([{ type: 'change', from: '2016-12', to: '2017-02' }], data);
    expect(!c.ok && c.issues.map((i) => [i.path, i.message])).to.deep.equal([
      ['annotations[0].to', 'the data gives only a range at this date, not a figure to compute a change from'],
    ]);
  });
});

describe('schema/trend parseAnnotations: where each label stands against the data (docs/claims.md)', () => {
  const data = (parseTrendData(illustrativeMonthly) as { value: TrendData }).value;
  const change = (label: string, extra: object = {}) => ({ type: 'change', from: '2016-10', to: '2017-05', label, ...extra });
  const cases: [string, unknown, LabelChecker | null | undefined, string | undefined, string[]][] = [
    // [what, annotation, checker, claim, warning paths]
    ['a label that holds', change('a 400% rise'), enChecker, undefined, []],
    ['a contradicted label', change('a 300% fall'), enChecker, 'replaced', ['annotations[0].label', 'annotations[0].label']],
    ['any label while the checker loads', change('a 400% rise'), undefined, 'pending', []],
    ['a label when the checker could not load', change('a 400% rise'), null, 'replaced', ['annotations[0].label']],
    ['"check": false', change('a 300% fall', { check: false }), enChecker, undefined, []],
    [
      '"check" that is not a boolean',
      change('a 300% fall', { check: 'no' }),
      enChecker,
      'replaced',
      ['annotations[0].check', 'annotations[0].label', 'annotations[0].label'],
    ],
    ['a change without a label', { type: 'change', from: '2016-10', to: '2017-05' }, undefined, undefined, []],
    ['a point that holds', { type: 'point', date: '2017-05', label: 'At least 220 killed' }, enChecker, undefined, []],
    [
      'a point the figure contradicts',
      { type: 'point', date: '2017-05', label: 'At least 500 killed' },
      enChecker,
      'replaced',
      ['annotations[0].label'],
    ],
    ['a period total that holds', { type: 'period', from: '2016-10', to: '2016-11', label: '102 killed' }, enChecker, undefined, []],
    [
      'a period total the figures contradict',
      { type: 'period', from: '2016-10', to: '2016-11', label: 'more than 500 killed' },
      enChecker,
      'replaced',
      ['annotations[0].label'],
    ],
    ['an event (never checked: no figure to tie it to)', { type: 'event', date: '2017-05', label: '500 killed' }, undefined, undefined, []],
  ];
  for (const [what, a, checker, claim, paths] of cases) {
    it(what, () => {
      const r = parseAnnotations([a], data, checker);
      expect(r.ok).to.equal(true);
      if (!r.ok) return;
      const got = r.value[0]!;
      expect('claim' in got ? got.claim : undefined).to.equal(claim);
      expect(r.warnings.map((w) => w.path)).to.deep.equal(paths);
      for (const w of r.warnings.filter((x) => x.path.endsWith('.label')))
        expect(w.instead).to.match(/in place of the label|without its label/);
    });
  }
});
