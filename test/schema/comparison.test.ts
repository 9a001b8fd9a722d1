import { expect } from '@open-wc/testing';
import { parseSources } from '../../src/schema/comparison.js';
import { parseJson } from '../../src/schema/json.js';
import { fridayStrikes, withReference } from '../fixtures/comparison.js';

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
