import { expect } from '@open-wc/testing';
import { enChecker } from '../../fixtures/claims.js';
import { parseSources } from '../../src/schema/comparison.js';
import type { Issue, Parsed } from '../../src/schema/issues.js';
import { parseAnnotations, parseTrendData } from '../../src/schema/trend.js';

/**
 * The whole list of problems, in order, for inputs with a problem at every step
 * of a parser: `E` error or `W` warning, the path, the message key and, after
 * `→`, what the element did instead. The lists were taken from the parsers
 * before they were split into steps (issue 12), so a change of order, path or
 * key in any step shows here.
 */
const listed = (r: Parsed<unknown>): string[] =>
  (r.ok ? r.warnings : r.issues).map(
    (i: Issue) => `${i.severity === 'error' ? 'E' : 'W'} ${i.path} ${i.code}${i.insteadCode ? ` → ${i.insteadCode}` : ''}`,
  );

const trendCases: [string, unknown, unknown?][] = [
  [
    'reading: keys, names and each point in input order, then repeated dates',
    {
      series: [
        {
          name: 'A',
          points: [
            { date: '2017-01', value: 1, vlaue: 2 },
            { date: '2017-03', value: -1 },
            { date: '2017-02', value: 3, low: 5 },
            { date: '2017-02-01', value: 4 },
            { date: 'May', value: 1, status: 'guess' },
          ],
        },
        { name: 'A', points: 'none', colour: 'red' },
        {
          name: 'B',
          points: [{ date: '2017-05', value: 1 }, { date: '2017-04' }, { date: '2017-04', value: 2 }, { date: '2017-05', value: 3 }],
        },
      ],
    },
  ],
  [
    'listing: the keys of the wrapper, then each entry that is not a series',
    { series: [7, { name: 'A', points: [], colour: 'red' }, []], title: 'x' },
  ],
  [
    'interval: an unknown interval, then points in one period',
    {
      series: [
        {
          name: 'A',
          points: [
            { date: '2017-05-01T10:00Z', value: 1 },
            { date: '2017-05-01T12:00Z', value: 2 },
          ],
        },
      ],
    },
    'months',
  ],
  [
    'gaps: one warning per series, after the unknown keys',
    {
      series: [
        {
          name: 'A',
          points: [
            { date: '2017-01', value: 1 },
            { date: '2017-04', value: 2, x: 1 },
          ],
        },
        {
          name: 'B',
          points: [
            { date: '2017-01', value: 1 },
            { date: '2017-09', value: 2 },
          ],
        },
      ],
    },
  ],
];

const data = {
  series: [
    {
      name: 'A',
      points: [
        { date: '2017-01', value: 0 },
        { date: '2017-02', value: 40 },
        { date: '2017-03', value: null, low: 5, high: 9 },
        { date: '2017-04', value: 80 },
      ],
    },
    {
      name: 'B',
      points: [
        { date: '2017-01', value: 10 },
        { date: '2017-04', value: 20 },
      ],
    },
  ],
};
const annotationCases: [string, unknown][] = [
  [
    'every step, annotation by annotation',
    [
      'x',
      { type: 'arrow' },
      { type: 'event', date: '2017-02', label: 'Ceasefire', colour: 'red', check: 'yes' },
      { type: 'event', date: '2018-06', label: 'Too late' },
      { type: 'event', date: 'May' },
      { type: 'point', date: '2017-02', label: 'Forty' },
      { type: 'point', date: '2017-02', label: 'Forty', series: 'C' },
      { type: 'point', date: '2017-03', label: 'Range only', series: 'A' },
      { type: 'point', date: '2017-03', label: 'No value', series: 'B' },
      { type: 'period', from: '2016-06', to: '2017-02', label: 'Siege' },
      { type: 'period', from: '2018-01', to: '2018-06' },
      { type: 'period', from: '2017-04', to: '2017-02' },
      { type: 'change', from: '2017-01', to: '2017-04', series: 'A', label: 'up {change}' },
      { type: 'change', from: '2017-02', to: '2017-03', series: 'A' },
      { type: 'change', from: '2017-01', to: '2017-04', series: 'B', label: 'fell by half' },
    ],
  ],
];

const sourceCases: [string, unknown][] = [
  [
    'each source, field by field',
    [
      3,
      { name: 'Airwars', value: 12, vlaue: 1 },
      { name: ' airwars', value: -1, status: 'maybe' },
      { name: 'A', low: 9, high: 5, kind: 4, url: 'javascript:alert(1)', retrieved: 'June', note: 5 },
      { name: 'B', status: 'confirmed' },
      { name: 'C', value: 3, status: 'no-figure' },
      { name: 'D' },
      { value: 2 },
    ],
  ],
];

const expected: Record<string, Record<string, string[]>> = {
  trend: {
    'reading: keys, names and each point in input order, then repeated dates': [
      'W data.series[1].colour iUnknownField',
      'W data.series[0].points[0].vlaue iUnknownField',
      'E data.series[0].points[1].value iNegative',
      'E data.series[0].points[2].high iRangeBoth',
      'E data.series[0].points[3].date iPrecision',
      'E data.series[0].points[4].date iDate',
      'E data.series[0].points[4].status iOneOf',
      'E data.series[1].name iDupSeries',
      'E data.series[1].points iPointList',
      'E data.series[2].points[1].value iValueRequired',
      'E data.series[2].points[3].date iDupDate',
    ],
    'listing: the keys of the wrapper, then each entry that is not a series': [
      'W data.title iUnknownField',
      'E data.series[0] iSeries',
      'W data.series[1].colour iUnknownField',
      'E data.series[2] iSeries',
    ],
    'interval: an unknown interval, then points in one period': ['E interval iOneOf', 'E data.series[0].points[1].date iSameInterval'],
    'gaps: one warning per series, after the unknown keys': [
      'W data.series[0].points[1].x iUnknownField',
      'W data.series[0].points iMissing → xDrawnAsGaps',
      'W data.series[1].points iMissing → xDrawnAsGaps',
    ],
  },
  annotations: {
    'every step, annotation by annotation': [
      'E annotations[0] iAnnotation',
      'E annotations[1].type iOneOf',
      'W annotations[2].colour iUnknownField',
      'W annotations[2].check iBoolean → xChecked',
      'W annotations[3] iDateBeyond → xNotDrawn',
      'E annotations[4].label iRequired',
      'E annotations[4].date iDate',
      'W annotations[5] iNoSeriesNamed → xNotDrawn',
      'E annotations[6].series iNoSuchSeries',
      'E annotations[8].date iNoValueSeries',
      'W annotations[9] iPeriodReaches → xDrawnFrom',
      'W annotations[10] iPeriodBeyond → xNotDrawn',
      'E annotations[11].to iToLater',
      'W annotations[12].label iChangeZero',
      'E annotations[13].to iOnlyRangeSeries',
      'W annotations[14].label iClaim → xChange',
    ],
  },
  sources: {
    'each source, field by field': [
      'E data[0] iSource',
      'W data[1].vlaue iUnknownField',
      'E data[2].name iDupSource',
      'E data[2].status iOneOf',
      'E data[2].value iNegative',
      'E data[3].low iLowHigh',
      'E data[3].kind iText',
      'W data[3].url iLinkRefused → xNoLink',
      'E data[3].retrieved iIsoDate',
      'E data[3].note iText',
      'E data[4].value iSourceValue',
      'W data[4].status iStatusNoFigure → xNoFigure',
      'E data[5].status iNoFigureContradicts',
      'E data[6].value iSourceValue',
      'E data[7].name iRequired',
    ],
  },
};

describe('schema: problems in the order the input is read', () => {
  for (const [name, input, interval] of trendCases) {
    it(`parseTrendData, ${name}`, () => {
      expect(listed(parseTrendData(input, interval))).to.deep.equal(expected.trend![name]);
    });
  }
  for (const [name, input] of annotationCases) {
    it(`parseAnnotations, ${name}`, () => {
      const parsed = parseTrendData(data);
      if (!parsed.ok) throw new Error('the data of the annotation cases is valid');
      expect(listed(parseAnnotations(input, parsed.value, enChecker))).to.deep.equal(expected.annotations![name]);
    });
  }
  for (const [name, input] of sourceCases) {
    it(`parseSources, ${name}`, () => {
      expect(listed(parseSources(input))).to.deep.equal(expected.sources![name]);
    });
  }
});
