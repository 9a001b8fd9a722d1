import { expect } from '@open-wc/testing';
import { readCsv, sniff, sourcesFromCsv, trendFromCsv } from '../../src/core/csv.js';
import { parseSources } from '../../src/schema/comparison.js';
import { parseTrendData } from '../../src/schema/trend.js';
// Read messages straight after parsing, as the npm entry's users do (elements load them with the first problem).
import '../../src/i18n/issue-texts-now.js';

/** The English fields (the catalogue key and parameters are checked in test/i18n/issues.test.ts). */
const english = ({ path, message, severity }: { path: string; message: string; severity: string }) => ({ path, message, severity });

describe('readCsv with other delimiters (what the builder reads from a paste)', () => {
  const cases: [string, string, ',' | ';' | '\t', [number, string[]][]][] = [
    [
      'tabs, a comma kept in a cell',
      'name\tvalue\nSOHR, monitor\t21\n',
      '\t',
      [
        [1, ['name', 'value']],
        [2, ['SOHR, monitor', '21']],
      ],
    ],
    [
      'a quoted tab and line break (as spreadsheets copy them)',
      'a\tb\n"x\ty\nz"\t2\n3\t4',
      '\t',
      [
        [1, ['a', 'b']],
        [2, ['x\ty\nz', '2']],
        [4, ['3', '4']],
      ],
    ],
    [
      'semicolons, a decimal comma kept',
      'date;value\n2017-05;220,5\n',
      ';',
      [
        [1, ['date', 'value']],
        [2, ['2017-05', '220,5']],
      ],
    ],
    [
      'a quoted semicolon; a quote inside quotes',
      'a;b\n"x;y";"say ""no"""',
      ';',
      [
        [1, ['a', 'b']],
        [2, ['x;y', 'say "no"']],
      ],
    ],
    [
      'blank and whitespace-only lines skipped',
      'a,b\n\n   \n1,2',
      ',',
      [
        [1, ['a', 'b']],
        [4, ['1', '2']],
      ],
    ],
    [
      'a line break of CR alone inside quotes counts as a line',
      'a,b\r"x\ry",2\r3,4',
      ',',
      [
        [1, ['a', 'b']],
        [2, ['x\ry', '2']],
        [4, ['3', '4']],
      ],
    ],
  ];
  for (const [name, text, d, want] of cases)
    it(name, () => {
      const r = readCsv(text, d);
      expect(r.problems).to.deep.equal([]);
      expect(r.rows.map((x) => [x.line, x.cells])).to.deep.equal(want);
    });

  it('names the line where a quote is never closed, whatever the delimiter', () => {
    expect(readCsv('a\tb\n1\t2\n"open\t3', '\t').problems.map((p) => p.path)).to.deep.equal(['src line 3']);
  });
});

describe('readCsv', () => {
  const cases: [string, string, [number, string[]][]][] = [
    [
      'plain rows',
      'a,b\n1,2\n',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'CRLF and no final newline',
      'a,b\r\n1,2',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'a byte-order mark',
      '\uFEFFdate,value\n2017,1',
      [
        [1, ['date', 'value']],
        [2, ['2017', '1']],
      ],
    ],
    [
      'quoted comma, quote and line break',
      'n,v\n"a, ""b""\nc",1\nd,2',
      [
        [1, ['n', 'v']],
        [2, ['a, "b"\nc', '1']],
        [4, ['d', '2']],
      ],
    ],
    [
      'blank lines skipped, numbering kept',
      'a\n\n1\r\n\r\n2\n',
      [
        [1, ['a']],
        [3, ['1']],
        [5, ['2']],
      ],
    ],
    [
      'empty cells',
      ',\n,x',
      [
        [1, ['', '']],
        [2, ['', 'x']],
      ],
    ],
    [
      'a quote inside an unquoted cell is text',
      'a\n5" tall',
      [
        [1, ['a']],
        [2, ['5" tall']],
      ],
    ],
  ];
  for (const [name, input, rows] of cases) {
    it(name, () => {
      const r = readCsv(input);
      expect(r.problems).to.deep.equal([]);
      expect(r.rows.map((x) => [x.line, x.cells])).to.deep.equal(rows);
    });
  }
  it('names the line of a quote never closed', () => {
    expect(readCsv('a\n1\n"open\n2').problems.map(english)).to.deep.equal([
      {
        path: 'src line 3',
        message: 'unbalanced quote (write "" for a quote inside quotes)',
        severity: 'error',
      },
    ]);
  });
  it('names the line of text after a closing quote', () => {
    const r = readCsv('a,b\n"x\ny"z,1\n2,3');
    expect(
      r.problems.map((p) => p.path),
      'the line the cell starts on',
    ).to.deep.equal(['src line 2']);
  });
});

describe('trendFromCsv', () => {
  it('maps date,value,low,high,status,note to points; empty value is a gap', () => {
    const c = trendFromCsv('date,value,low,high,status,note\n2017-04,170,140,200,estimate,"illustrative, monthly"\n2017-05,,,,,\n');
    expect(c.problems.map(english)).to.deep.equal([]);
    expect(c.data).to.deep.equal([
      { date: '2017-04', value: 170, low: 140, high: 200, status: 'estimate', note: 'illustrative, monthly' },
      { date: '2017-05', value: null, low: null, high: null },
    ]);
    expect(parseTrendData(c.data).ok).to.equal(true);
  });
  it('groups rows into series by the series column, in order of first appearance', () => {
    const c = trendFromCsv('series,date,value\nB,2017-01,1\nA,2017-01,2\nB,2017-02,3\n');
    expect(c.data).to.deep.equal({
      series: [
        {
          name: 'B',
          points: [
            { date: '2017-01', value: 1 },
            { date: '2017-02', value: 3 },
          ],
        },
        { name: 'A', points: [{ date: '2017-01', value: 2 }] },
      ],
    });
    expect(c.locate('data.series[0].points[1].value')).to.equal('src line 4, column value');
    expect(c.locate('data.series[1].name')).to.equal('src line 3, column series');
  });
  const bad: [string, string, string[]][] = [
    ['a thousands separator', 'date,value\n2017-01,1\n2017-02,"1,234"', ['src line 3, column value']],
    ['text in a number column', 'date,value,low,high\n2017-01,1,x,2', ['src line 2, column low']],
    ['a row with too many fields', 'date,value\n2017-01,1\n2017-02,2,3', ['src line 3']],
    ['a missing value column', 'date,count\n2017-01,1', ['src line 1, column count', 'src line 1']],
    ['a repeated column', 'date,value,value\n2017,1,2', ['src line 1, column value']],
    ['an empty series name among named ones', 'date,value,series\n2017,1,A\n2018,2,', ['src line 3, column series']],
    ['no header at all', '\n\n', ['src']],
  ];
  for (const [name, input, paths] of bad) {
    it(`reports ${name} with its line`, () => {
      expect(trendFromCsv(input).problems.map((p) => p.path)).to.deep.equal(paths);
    });
  }
  it('turns schema paths into lines and columns', () => {
    const c = trendFromCsv('date,value\n2017-01,5\n2017-02,-5\n2017-01,7\n');
    const r = parseTrendData(c.data);
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${c.locate(i.path)}: ${i.message}`)).to.deep.equal([
      'src line 3, column value: expected a count of zero or more, got -5',
      'src line 4, column date: duplicate date 2017-01 (also at data[0].date)',
    ]);
    expect(c.locate('annotations[0].date')).to.equal('annotations[0].date');
  });
  it('warns about unknown columns and keeps the rest', () => {
    const c = trendFromCsv('date,value,comment\n2017,1,x');
    expect(c.problems.map(english)).to.deep.equal([
      {
        path: 'src line 1, column comment',
        message: 'unknown column, ignored (expected: date, value, low, high, status, note, series)',
        severity: 'warning',
      },
    ]);
    expect(c.data).to.deep.equal([{ date: '2017', value: 1 }]);
  });
});

describe('sourcesFromCsv', () => {
  it('maps name,value,low,high,kind,status,url,retrieved,note to sources', () => {
    const c = sourcesFromCsv(
      'name,value,low,high,kind,status,url,retrieved,note\r\nAirwars,220,220,260,monitor,estimate,https://airwars.org/,2017-06-05,at least\r\n"US Central Command",,,,military,,,,\r\n',
    );
    expect(c.problems.map(english)).to.deep.equal([]);
    const r = parseSources(c.data);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value.map((s) => [s.name, s.value, s.low, s.high, s.status, s.url, s.noFigure])).to.deep.equal([
      ['Airwars', 220, 220, 260, 'estimate', 'https://airwars.org/', false],
      ['US Central Command', null, null, null, 'no-figure', null, true],
    ]);
  });
  it('needs a name column and names bad rows', () => {
    expect(sourcesFromCsv('source,value\nA,1').problems.map((p) => p.path)).to.deep.equal(['src line 1, column source', 'src line 1']);
    const c = sourcesFromCsv('name,value,low,high\nA,1,,\nB,5,9,3\n');
    const r = parseSources(c.data);
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.issues.map((i) => c.locate(i.path))).to.deep.equal(['src line 3, column low']);
  });
});

describe('sniff', () => {
  const cases: [string, string, string][] = [
    ['application/json', '[1]', 'json'],
    ['application/geo+json; charset=utf-8', '{}', 'json'],
    ['text/csv', 'date,value', 'csv'],
    ['text/csv', '[x],y', 'csv'],
    ['text/plain', '  \n[{"a":1}]', 'json'],
    ['', '\uFEFF{"data":[]}', 'json'],
    ['application/octet-stream', 'date,value\n2017,1', 'csv'],
    ['text/html; charset=utf-8', 'date,value', 'html'],
    ['application/json', '<!doctype html><title>Error</title>', 'html'],
    ['text/csv', '  <html>', 'html'],
    ['text/csv', '', 'empty'],
    ['application/json', ' \r\n ', 'empty'],
  ];
  for (const [type, body, kind] of cases) {
    it(`${type || 'no type'} + ${JSON.stringify(body.slice(0, 12))} → ${kind}`, () => {
      expect(sniff(type, body)).to.equal(kind);
    });
  }
});
