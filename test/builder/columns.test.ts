import { expect } from '@open-wc/testing';
import { buildInput, recogniseColumns, type Chart } from '../../src/builder/columns.js';
import { readSheet } from '../../src/builder/sheet.js';
import { parseGalleryItems } from '../../src/schema/gallery.js';
import { parseSources } from '../../src/schema/comparison.js';
import { parseTrendData } from '../../src/schema/trend.js';
import { CENSUS, CENSUS_TSV, GALLERY_TSV, SOURCES_CSV } from './fixtures.js';

describe('builder: columns and the chart input', () => {
  const recognised: [Chart, string, string[]][] = [
    ['casualty-trend', 'Date\tValue\tLow\tHigh\tStatus\tNote\tSeries', ['date', 'value', 'low', 'high', 'status', 'note', 'series']],
    ['casualty-trend', 'Month\tDeaths (civilians)\tMinimum\tMaximum', ['date', 'value', 'low', 'high']],
    ['casualty-trend', 'month\tAirwars\tSOHR\tcomment', ['date', 'wide', 'wide', 'note']],
    ['casualty-trend', 'Year\tResident population', ['date', 'value']],
    ['casualty-trend', 'date\tvalue\tvalue', ['date', 'value', 'ignore']],
    [
      'source-comparison',
      'Source\tFigure\tLow\tHigh\tKind\tStatus\tURL\tRetrieved\tNotes',
      ['name', 'value', 'low', 'high', 'kind', 'status', 'url', 'retrieved', 'note'],
    ],
    ['photo-gallery-caption', 'Caption\tCredit\tImage\tAlt text\tWidth\tHeight', ['caption', 'credit', 'src', 'alt', 'width', 'height']],
    ['photo-gallery-caption', 'Caption\tPhotographer\tmystery', ['caption', 'credit', 'ignore']],
  ];
  for (const [chart, header, roles] of recognised) {
    it(`recognises ${JSON.stringify(header)} for ${chart}`, () => {
      const rows = header.split('\t').map((_, i) => (i === 0 ? '2017-01' : '5'));
      expect(recogniseColumns(chart, readSheet(`${header}\n${rows.join('\t')}`))).to.deep.equal(roles);
    });
  }

  it('turns the census sheet into points the trend schema accepts', () => {
    const sheet = readSheet(CENSUS_TSV);
    const b = buildInput('casualty-trend', sheet, recogniseColumns('casualty-trend', sheet));
    expect(b.decimal).to.equal('.');
    expect(b.problems).to.deep.equal([]);
    expect(b.data).to.deep.equal(CENSUS.map((value, i) => ({ date: String(1790 + 10 * i), value })));
    expect(parseTrendData(b.data).ok).to.equal(true);
  });

  it('turns a wide sheet into one series per column, empty cells into gaps (null, never 0)', () => {
    const sheet = readSheet('Month\tAirwars\tSOHR\n2017-01\t10\t\n2017-02\t12,5\t3');
    const b = buildInput('casualty-trend', sheet, recogniseColumns('casualty-trend', sheet));
    expect(b.decimal).to.equal(',');
    expect(b.data).to.deep.equal({
      series: [
        {
          name: 'Airwars',
          points: [
            { date: '2017-01', value: 10 },
            { date: '2017-02', value: 12.5 },
          ],
        },
        {
          name: 'SOHR',
          points: [
            { date: '2017-01', value: null },
            { date: '2017-02', value: 3 },
          ],
        },
      ],
    });
  });

  it('groups a long sheet by its series column', () => {
    const sheet = readSheet('date,value,series\n2017-01,1,A\n2017-01,2,B\n2017-02,3,A');
    const b = buildInput('casualty-trend', sheet, recogniseColumns('casualty-trend', sheet));
    expect(b.data).to.deep.equal({
      series: [
        {
          name: 'A',
          points: [
            { date: '2017-01', value: 1 },
            { date: '2017-02', value: 3 },
          ],
        },
        { name: 'B', points: [{ date: '2017-01', value: 2 }] },
      ],
    });
    expect(b.locate('data.series[0].points[1].value')).to.equal('row 4, column "value"');
    expect(b.locate('data.series[1].name')).to.equal('row 3, column "series"');
  });

  it('lists every bad cell with its row and column and names schema paths by row and column', () => {
    const sheet = readSheet('Date\tDeaths\n2017-01\t12\n2017-02\tabout 20\n2017-03\t-4\nMarch\t5');
    const b = buildInput('casualty-trend', sheet, recogniseColumns('casualty-trend', sheet));
    expect(b.problems.map((p) => `${p.path}: ${p.severity}`)).to.deep.equal(['row 3, column "Deaths": error']);
    const parsed = parseTrendData(b.data);
    expect(parsed.ok).to.equal(false);
    if (!parsed.ok) {
      const where = parsed.issues.map((i) => b.locate(i.path));
      expect(where).to.include('row 4, column "Deaths"');
      expect(where).to.include('row 5, column "Date"');
      expect(where).to.include('row 3, column "Deaths"');
    }
  });

  it('follows a reassigned column', () => {
    const sheet = readSheet('when\tA\tB\n2017\t1\t2');
    const b = buildInput('casualty-trend', sheet, ['date', 'ignore', 'value']);
    expect(b.data).to.deep.equal([{ date: '2017', value: 2 }]);
    const twice = buildInput('casualty-trend', sheet, ['date', 'value', 'value']);
    expect(twice.problems.map((p) => p.severity)).to.deep.equal(['error']);
  });

  it('reads sources with decimal commas and a source with no figure (null, never 0)', () => {
    const sheet = readSheet(SOURCES_CSV);
    const b = buildInput('source-comparison', sheet, recogniseColumns('source-comparison', sheet));
    expect(b.decimal).to.equal(',');
    expect(b.data).to.deep.equal([
      { name: 'Northfield Monitor (illustrative)', value: 120, kind: 'monitor', status: 'estimate', note: 'Counts names; verified twice' },
      { name: 'Harbour Ministry (illustrative)', value: null, kind: 'government', status: 'no-figure', note: 'No figure released' },
      { name: 'Coast Observers (illustrative)', value: 1140, low: 1000, high: 1300, kind: 'ngo', status: 'reported' },
    ]);
    expect(parseSources(b.data).ok).to.equal(true);
  });

  it('reads a caption/credit sheet into gallery items; a missing credit stays missing so the schema warns', () => {
    const sheet = readSheet(`${GALLERY_TSV}\nNo credit here, a caption alone (illustrative)\t`);
    const b = buildInput('photo-gallery-caption', sheet, recogniseColumns('photo-gallery-caption', sheet));
    const items = b.data as { caption: string; credit?: string }[];
    expect(items).to.have.length(4);
    expect(items[0]).to.deep.equal({
      caption: 'Fishing boats moored in the harbour of Northfield, an invented town, at dawn (illustrative)',
      credit: 'Example Agency',
    });
    expect(items[3]!.credit).to.equal(undefined);
    const parsed = parseGalleryItems(b.data);
    expect(parsed.ok).to.equal(true);
    if (parsed.ok) expect(parsed.warnings.map((w) => b.locate(w.path))).to.deep.equal(['row 5, column "Credit"']);
  });
});
