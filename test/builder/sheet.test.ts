import { expect } from '@open-wc/testing';
import { detectFormat, guessDecimal, readNumber, readSheet } from '../../src/builder/sheet.js';
import { CENSUS_TSV, GALLERY_TSV, SOURCES_CSV } from './fixtures.js';

describe('builder: reading the paste', () => {
  const formats: [string, ReturnType<typeof detectFormat>][] = [
    ['', 'empty'],
    ['   \n ', 'empty'],
    [CENSUS_TSV, 'tsv'],
    ['date,value\n2017-01,5', 'csv'],
    ['\uFEFFdate,value\n2017-01,5', 'csv'],
    ['date;value\n2017-01;5,5', 'csv-semicolon'],
    ['"a;b",c,d\n1,2,3', 'csv'],
    ['[{"date":"2017","value":1}]', 'json'],
    ['{"series":[]}', 'json'],
    ['<script type="module" src="x.js"></script>\n<casualty-trend data="[]"></casualty-trend>', 'embed'],
    ['<source-comparison></source-comparison>', 'embed'],
    ['<b>not an embed</b>\tx', 'tsv'],
  ];
  for (const [text, format] of formats) {
    it(`recognises ${JSON.stringify(text.slice(0, 30))} as ${format}`, () => {
      expect(detectFormat(text)).to.equal(format);
    });
  }

  it('reads a spreadsheet paste with its line numbers', () => {
    const s = readSheet(CENSUS_TSV);
    expect(s.header).to.deep.equal(['Year', 'Resident population']);
    expect(s.rows).to.have.length(7);
    expect(s.rows[0]).to.deep.equal({ line: 2, cells: ['1790', '3,929,214'] });
    expect(s.problems).to.deep.equal([]);
  });

  it('keeps tabs, quotes and line breaks inside quoted TSV cells, and counts lines through them', () => {
    const s = readSheet(`${GALLERY_TSV}\n"two\nlines"\tAgency`);
    expect(s.rows[2]!.cells[0]).to.equal('A caption with a tab\tand a "quote" inside, copied from a spreadsheet (illustrative)');
    expect(s.rows[3]).to.deep.equal({ line: 5, cells: ['two\nlines', 'Agency'] });
  });

  it('reads semicolon CSV with quoted cells and CRLF', () => {
    const s = readSheet(SOURCES_CSV);
    expect(s.format).to.equal('csv-semicolon');
    expect(s.rows[0]!.cells[6]).to.equal('Counts names; verified twice');
    expect(s.rows[2]!.cells.slice(1, 4)).to.deep.equal(['1.140', '1.000', '1.300']);
  });

  it('reads comma CSV with the library reader and reports an unclosed quote by line', () => {
    const s = readSheet('date,note\n2017,"open');
    expect(s.problems[0]!.path).to.equal('line 2');
    expect(s.problems[0]!.severity).to.equal('error');
  });

  it('reports rows longer than the header, never dropping them silently', () => {
    const s = readSheet('date\tvalue\n2017\t1\textra');
    expect(s.problems.map((p) => p.path)).to.deep.equal(['row 2']);
  });

  it('reports invalid JSON', () => {
    const s = readSheet('[{"date": 2017,}]');
    expect(s.problems[0]!.path).to.equal('JSON');
  });

  const numbers: [string, '.' | ',', number | null | 'error'][] = [
    ['1234', '.', 1234],
    ['1,234', '.', 1234],
    ['1,234.5', '.', 1234.5],
    ['3,929,214', '.', 3929214],
    ['1 234', '.', 1234],
    ['1\u00a0234,5', ',', 1234.5],
    ['1.234,5', ',', 1234.5],
    ['12,5', ',', 12.5],
    ["1'234", '.', 1234],
    ['0.04', '.', 0.04],
    ['-3', '.', -3],
    ['', '.', null],
    ['  ', ',', null],
    ['n/a', '.', null],
    ['–', '.', null],
    ['12,5', '.', 'error'],
    ['about 200', '.', 'error'],
    ['1.2.3', '.', 'error'],
    ['<img src=x>', '.', 'error'],
    ['1e3', '.', 1000],
  ];
  for (const [cell, decimal, want] of numbers) {
    it(`reads the number cell ${JSON.stringify(cell)} with decimal mark "${decimal}" as ${String(want)}`, () => {
      const r = readNumber(cell, decimal);
      if (want === 'error') expect(r.ok).to.equal(false);
      else {
        expect(r.ok).to.equal(true);
        if (r.ok) expect(r.value).to.equal(want);
      }
    });
  }

  const decimals: [string[], ReturnType<typeof detectFormat>, '.' | ','][] = [
    [['1,234', '12'], 'tsv', '.'],
    [['12,5', '3'], 'tsv', ','],
    [['1.234,5'], 'csv', ','],
    [['120'], 'csv-semicolon', ','],
    [['3,929,214'], 'tsv', '.'],
  ];
  for (const [cells, format, want] of decimals) {
    it(`guesses the decimal mark of ${JSON.stringify(cells)} in ${format} as "${want}"`, () => {
      expect(guessDecimal(format, cells)).to.equal(want);
    });
  }
});
