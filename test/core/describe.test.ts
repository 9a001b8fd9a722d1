import { expect } from '@open-wc/testing';
import { changeLabel, describeAnnotation, describeTrend, noFiguresText, pointText, trendName } from '../../src/core/describe.js';
import { parseAnnotations, parseTrendData, type Status, type TrendData } from '../../src/schema/trend.js';
import { illustrativeMonthly, twoSeries } from '../../fixtures/trend.js';
import { firstDays, seedAnnotations } from '../../fixtures/seed.js';
import { enChecker } from '../../fixtures/claims.js';

const parse = (input: unknown) => (parseTrendData(input) as { value: TrendData }).value;
const o = { locale: 'en-GB', unit: 'civilians killed', mark: 'line' as const, heading: '' };

describe('core/describe', () => {
  it('describes the seed series: span, peak, lowest, latest, change, ranges, statuses', () => {
    expect(describeTrend(parse(illustrativeMonthly), o)).to.equal(
      'Line chart of civilians killed per month, from October 2016 to May 2017. ' +
        'Highest 220 civilians killed in May 2017 (estimate); lowest 44 in October 2016 (estimate); latest 220 in May 2017 (estimate); +400% since October 2016 (from 44); ' +
        'a range of uncertainty is given for 3 months; status: 8 estimates.',
    );
  });
  it('names gaps and statuses of the first days, with no zero', () => {
    const text = describeTrend(parse(firstDays), { ...o, mark: 'bar' });
    expect(text).to.equal(
      'Bar chart of civilians killed per day, from 2 June 2017 to 5 June 2017. ' +
        'Highest 21 civilians killed on 5 June 2017 (reported); lowest 12 on 2 June 2017 (unverified); latest 21 on 5 June 2017 (reported); +75% since 2 June 2017 (from 12, unverified, to 21, reported); ' +
        'no figure for 3 June 2017 and 4 June 2017; status: 1 unverified and 1 reported.',
    );
    expect(text).not.to.match(/\b0\b/);
    // The status rule: a percentage between an unverified and a reported figure names both statuses.
    expect(text).not.to.match(/%(?! since 2 June 2017 \(from 12, unverified, to 21, reported\))/);
  });
  it('describes each series when there are several', () => {
    const text = describeTrend(parse(twoSeries), o);
    expect(text).to.contain('2 series: Monitor A (illustrative) and Official tally (illustrative)');
    expect(text).to.contain('Official tally (illustrative): highest 12 civilians killed in March 2017');
    expect(text).to.contain('no figure for February 2017');
  });
  it('uses the locale’s digits', () => {
    expect(describeTrend(parse(firstDays), { ...o, locale: 'ar-EG' })).to.contain('٢١');
  });
  it('says when there is no data', () => {
    expect(describeTrend(parse([]), o)).to.equal('The chart has no data yet.');
  });
  it('names the chart by its heading, or by what and when', () => {
    expect(trendName(parse(illustrativeMonthly), { ...o, heading: 'Deaths rose' })).to.equal('Deaths rose');
    expect(trendName(parse(illustrativeMonthly), o)).to.equal('Civilians killed, October 2016 to May 2017');
  });
  it('reads ranges and gaps as words', () => {
    const data = parse(illustrativeMonthly);
    expect(pointText(data.series[0]!.points[7]!, null, 'month', o)).to.equal(
      'May 2017, 220 civilians killed (between 220 and 260), estimate, at least 220',
    );
    const gap = parse(firstDays).series[0]!.points[1]!;
    expect(pointText(gap, 'Local sources', 'day', o)).to.equal('3 June 2017, Local sources: no figure');
  });
  it('writes one sentence per annotation, with the computed change', () => {
    const data = parse(illustrativeMonthly);
    const r = parseAnnotations(seedAnnotations, data, enChecker);
    if (!r.ok) throw new Error('annotations invalid');
    const texts = r.value.map((a) => describeAnnotation(a, data, o));
    expect(texts).to.deep.equal([
      'Change from October 2016 to May 2017: 44 to 220, +400%, computed from the data. Label: +400% since October',
      'Note at May 2017, 220 civilians killed: At least 220 killed in May',
      'Event, June 2017: Assault on Raqqa begins',
    ]);
    const change = r.value[0]!;
    if (change.type === 'change') expect(changeLabel(change, 'en')).to.equal('+400% since October');
  });
});

describe('core/describe trust rules (#11)', () => {
  const desc = (input: unknown, extra: Partial<typeof o> = {}, missing: 'gap' | 'connect' = 'gap') =>
    describeTrend((parseTrendData(input, undefined, 'Values', missing) as { value: TrendData }).value, { ...o, ...extra });
  const m = (pairs: [string, number | null, Record<string, unknown>?][]) => pairs.map(([date, value, more]) => ({ date, value, ...more }));
  // [name, data, missing mode, text expected in the description, text that must not appear]
  const cases: [string, unknown, 'gap' | 'connect', string[], string[]][] = [
    [
      'an absent month is named',
      m([
        ['2017-01', 1],
        ['2017-02', 2],
        ['2017-04', 3],
      ]),
      'gap',
      ['no figure for March 2017'],
      [],
    ],
    [
      'a long absence reads as one span',
      m([
        ['1900-01', 5],
        ['2017-05', 220],
      ]),
      'gap',
      ['no figure for February 1900 to April 2017'],
      ['and 1,402'],
    ],
    [
      'joined over with connect',
      m([
        ['2017-01', 1],
        ['2017-02', 2],
        ['2017-05', 3],
      ]),
      'connect',
      ['the line joins the figures around 2 months with no entry'],
      ['no figure'],
    ],
    [
      'figures as given',
      m([
        ['2017-01', 0.04],
        ['2017-02', 1234.56],
        ['2017-03', 0.333],
      ]),
      'gap',
      ['1,234.56', 'from 0.04', 'latest 0.333'],
      ['(from 0)', '1,234.6 '],
    ],
    [
      'a change across statuses names both',
      m([
        ['2017-01', 44, { status: 'reported' }],
        ['2017-02', 220, { status: 'estimate' }],
      ]),
      'gap',
      ['+400% since January 2017 (from 44, reported, to 220, estimate)'],
      [],
    ],
    [
      'a change with one status given names both',
      m([
        ['2017-01', 44],
        ['2017-02', 220, { status: 'estimate' }],
      ]),
      'gap',
      ['(from 44, no status given, to 220, estimate)'],
      [],
    ],
    [
      'a range-only figure reads as its range',
      m([
        ['2017-01', 30],
        ['2017-02', null, { low: 10, high: 20 }],
        ['2017-03', 40],
      ]),
      'gap',
      ['only a range for February 2017 (between 10 and 20)'],
      ['no figure', 'no single figure'],
    ],
    [
      'every value null',
      m([
        ['2016-10', null],
        ['2016-12', null],
      ]),
      'gap',
      ['No figures for civilians killed from October 2016 to December 2016.'],
      ['highest'],
    ],
  ];
  for (const [name, data, missing, has, hasNot] of cases) {
    it(name, () => {
      const text = desc(data, {}, missing);
      for (const h of has) expect(text).to.contain(h);
      for (const h of hasNot) expect(text).not.to.contain(h);
    });
  }

  const change = (fromStatus: Status | null, toStatus: Status | null, label: string | null, change: number | null = 400) =>
    ({
      type: 'change',
      from: 0,
      to: 1,
      series: 0,
      fromValue: change === null ? 0 : 44,
      toValue: 220,
      fromStatus,
      toStatus,
      change,
      label,
    }) as const;
  const labels: [string, ReturnType<typeof change>, string][] = [
    ['same status: plain', change('estimate', 'estimate', '{change} since October'), '+400% since October'],
    ['no status: plain', change(null, null, null), '+400%'],
    [
      'mixed: {change} names both',
      change('reported', 'estimate', '{change} since October'),
      '+400% (from 44, reported, to 220, estimate) since October',
    ],
    [
      'mixed without {change}: the bracket follows the label',
      change('unverified', 'estimate', 'a 400% rise'),
      'a 400% rise (from 44, unverified, to 220, estimate)',
    ],
    ['mixed, no label', change('unverified', 'estimate', null), '+400% (from 44, unverified, to 220, estimate)'],
    ['from zero, mixed', change('unverified', 'estimate', null, null), 'from 0, unverified, to 220, estimate'],
    ['from zero, same', change(null, null, '{change}', null), 'from 0 to 220'],
  ];
  for (const [name, a, expected] of labels) it(`changeLabel: ${name}`, () => expect(changeLabel(a, 'en')).to.equal(expected));

  it('noFiguresText names the unit, else the heading', () => {
    const data = parse(
      m([
        ['2016-10', null],
        ['2016-11', null],
      ]),
    );
    expect(noFiguresText(data, { locale: 'en-GB', unit: '', heading: 'Deaths in Raqqa' })).to.equal(
      'No figures for Deaths in Raqqa from October 2016 to November 2016',
    );
    expect(noFiguresText(data, { locale: 'en-GB', unit: '', heading: '' })).to.equal('No figures from October 2016 to November 2016');
    expect(noFiguresText(parse(illustrativeMonthly), { locale: 'en-GB', unit: 'x', heading: '' })).to.equal(null);
  });
  it('reads a filled run in a readout', () => {
    const gap = parse(
      m([
        ['1900-01', 5],
        ['2017-05', 220],
      ]),
    ).series[0]!.points[1]!;
    expect(pointText(gap, null, 'month', o)).to.equal(
      'February 1900 to April 2017, no figure, no entry in the data for these 1,407 months',
    );
  });
});
