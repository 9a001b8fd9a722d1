import { expect } from '@open-wc/testing';
import { parseSources } from '../../src/schema/comparison.js';
import { parseJson } from '../../src/schema/json.js';
import { withReference } from '../../fixtures/comparison.js';
import { fridayStrikes } from '../../fixtures/seed.js';
// Read messages straight after parsing, as the npm entry's users do (elements load them with the first problem).
import '../../src/i18n/issue-texts-now.js';

const paths = (input: unknown, severity: 'error' | 'warning' = 'error') => {
  const r = parseSources(input);
  return (r.ok ? r.warnings : r.issues).filter((i) => i.severity === severity).map((i) => i.path);
};

describe('schema/comparison parseSources', () => {
  it('normalises the seed: a null value is "no figure", never zero', () => {
    const r = parseSources(fridayStrikes);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value[1]).to.deep.include({ name: 'US Central Command', value: null, noFigure: true, status: 'no-figure', kind: 'military' });
    expect(r.value[0]).to.deep.include({ value: 12, noFigure: false, status: 'unverified' });
  });
  it('accepts value alone, range alone, or both, and status no-figure alone', () => {
    expect(paths(withReference)).to.deep.equal([]);
    expect(paths([{ name: 'A', status: 'no-figure' }])).to.deep.equal([]);
  });
  it('accepts any kind as text (an open list)', () => {
    const r = parseSources([{ name: 'A', value: 1, kind: 'hospital records' }]);
    expect(r.ok && r.value[0]!.kind).to.equal('hospital records');
  });
  const cases: [string, unknown, string[]][] = [
    ['not a list', { name: 'A' }, ['data']],
    ['a source that is not an object', ['Airwars'], ['data[0]']],
    ['a missing name', [{ value: 1 }], ['data[0].name']],
    ['an empty name', [{ name: '  ', value: 1 }], ['data[0].name']],
    [
      'duplicate names (case-insensitive)',
      [
        { name: 'Airwars', value: 1 },
        { name: 'airwars', value: 2 },
      ],
      ['data[1].name'],
    ],
    ['no value and no range', [{ name: 'A' }], ['data[0].value']],
    ['a negative value', [{ name: 'A', value: -5 }], ['data[0].value']],
    ['a string value', [{ name: 'A', value: '220' }], ['data[0].value']],
    ['low above high', [{ name: 'A', low: 300, high: 220 }], ['data[0].low']],
    ['low without high', [{ name: 'A', low: 3 }], ['data[0].high']],
    ['value outside the range', [{ name: 'A', value: 10, low: 220, high: 300 }], ['data[0].value']],
    ['an unknown status (an error, not a warning)', [{ name: 'A', value: 1, status: 'rumour' }], ['data[0].status']],
    ['no-figure with a figure', [{ name: 'A', value: 1, status: 'no-figure' }], ['data[0].status']],
    ['a bad retrieval date', [{ name: 'A', value: 1, retrieved: '5 June' }], ['data[0].retrieved']],
    [
      'several problems at once',
      [{ name: 'A', value: -1 }, { value: 2 }, { name: 'C', low: 5, high: 1 }],
      ['data[0].value', 'data[1].name', 'data[2].low'],
    ],
  ];
  for (const [what, input, expected] of cases) it(`${what} → ${expected.join(', ')}`, () => expect(paths(input)).to.deep.equal(expected));

  it('refuses unsafe links with a warning and keeps the source', () => {
    const r = parseSources([{ name: 'A', value: 1, url: 'javascript:alert(1)' }]);
    expect(r.ok && r.value[0]!.url).to.equal(null);
    expect(paths([{ name: 'A', value: 1, url: 'javascript:alert(1)' }], 'warning')).to.deep.equal(['data[0].url']);
  });
  it('keeps the name of a source whose link is refused, and says what was done instead', () => {
    const r = parseSources([{ name: 'A', value: 1, url: 'javascript:alert(1)' }]);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value[0]).to.deep.include({ name: 'A', url: null, urlRefused: true });
    expect(r.warnings.map(({ path, instead }) => ({ path, instead }))).to.deep.equal([
      { path: 'data[0].url', instead: 'shown without a link' },
    ]);
    const ok = parseSources([{ name: 'B', value: 1, url: 'https://example.org/' }]);
    expect(ok.ok && ok.value[0]).to.deep.include({ url: 'https://example.org/', urlRefused: false });
  });
  // value null + low/high = a range-only figure; value null without a range = no figure released.
  const figures: [
    string,
    unknown,
    { value: number | null; low: number | null; high: number | null; noFigure: boolean; status: string | null },
  ][] = [
    ['value null with low and high', { value: null, low: 10, high: 20 }, { value: null, low: 10, high: 20, noFigure: false, status: null }],
    [
      'low and high without value',
      { low: 10, high: 20, status: 'estimate' },
      { value: null, low: 10, high: 20, noFigure: false, status: 'estimate' },
    ],
    ['value null alone', { value: null }, { value: null, low: null, high: null, noFigure: true, status: 'no-figure' }],
    ['status no-figure alone', { status: 'no-figure' }, { value: null, low: null, high: null, noFigure: true, status: 'no-figure' }],
    ['a value with its range', { value: 15, low: 10, high: 20 }, { value: 15, low: 10, high: 20, noFigure: false, status: null }],
  ];
  for (const [what, fields, expected] of figures) {
    it(`${what} → ${expected.noFigure ? 'no figure' : 'a figure'}`, () => {
      const r = parseSources([{ name: 'A', ...(fields as object) }]);
      expect(r.ok && r.value[0]).to.deep.include(expected);
    });
  }
  it('warns when a status is given without a figure', () => {
    expect(paths([{ name: 'A', value: null, status: 'estimate' }], 'warning')).to.deep.equal(['data[0].status']);
  });
  it('warns about unknown fields', () => {
    expect(paths([{ name: 'A', value: 1, vlaue: 2 }], 'warning')).to.deep.equal(['data[0].vlaue']);
  });
  it('reports invalid JSON and numbers too large for a double', () => {
    expect(paths(parseJson('[{"name": "A",'))).to.deep.equal(['data']);
    expect(paths(parseJson('[{"name": "A", "value": 1e400}]'))).to.deep.equal(['data[0].value']);
  });
  it('pollutes nothing through __proto__', () => {
    parseSources(parseJson('[{"name": "A", "value": 1, "__proto__": {"polluted": 1}}]'));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
