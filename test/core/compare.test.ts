import { expect } from '@open-wc/testing';
import {
  central,
  compareWith,
  describeComparison,
  figureText,
  figureWords,
  ratioPhrase,
  sortSources,
  sourceText,
} from '../../src/core/compare.js';
import { parseSources, type Source } from '../../src/schema/comparison.js';
import { fridayStrikes, mondayBoats, withReference } from '../fixtures/comparison.js';

const parse = (input: unknown): Source[] => {
  const r = parseSources(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const byName = (list: Source[], name: string) => list.find((s) => s.name.startsWith(name))!;

describe('core/compare ratioPhrase', () => {
  const cases: [number, string][] = [
    [11, '11 times'],
    [11.4, '11 times'],
    [2.5, '2.5 times'],
    [1.95, '2 times'],
    [1.4, '40% more than'],
    [1.0, 'about the same as'],
    [0.97, 'about the same as'],
    [0.5, 'half'],
    [0.34, 'a third of'],
    [0.25, 'a quarter of'],
    [0.66, 'two thirds of'],
    [0.75, 'three quarters of'],
    [0.1, '10% of'],
    [0.001, '1% of'],
  ];
  for (const [r, words] of cases) it(`${r} → ${words}`, () => expect(ratioPhrase(r, 'en')).to.equal(words));
});

describe('core/compare figures and sorting', () => {
  const list = parse(withReference);
  it('takes the central figure from the value or the middle of the range', () => {
    expect(list.map(central)).to.deep.equal([20, 260, 60, 7, null]);
  });
  const texts: [string, string, string][] = [
    ['Official', '20', '20 civilians killed'],
    ['Monitor A', '220–300', 'between 220 and 300 civilians killed'],
    ['Ministry', 'no figure released', 'no figure released'],
  ];
  for (const [name, short, words] of texts) {
    it(`writes ${name} as "${short}" and "${words}"`, () => {
      expect(figureText(byName(list, name), 'en')).to.equal(short);
      expect(figureWords(byName(list, name), 'en', 'civilians killed')).to.equal(words);
    });
  }
  it('writes a value with its range', () => {
    const [s] = parse([{ name: 'A', value: 250, low: 220, high: 300 }]);
    expect(figureText(s!, 'en')).to.equal('250 (220–300)');
    expect(figureWords(s!, 'en')).to.equal('250, between 220 and 300');
  });
  const sorts: ['value' | 'name' | 'none', string[]][] = [
    ['value', ['Monitor A', 'Monitor B', 'Official', 'Local', 'Ministry']],
    ['name', ['Local', 'Ministry', 'Monitor A', 'Monitor B', 'Official']],
    ['none', ['Official', 'Monitor A', 'Monitor B', 'Local', 'Ministry']],
  ];
  for (const [mode, order] of sorts) {
    it(`sorts by ${mode}`, () => {
      expect(sortSources(list, mode, 'en').map((s) => s.name.split(' (')[0]!.replace(/ (tally|reports)$/, ''))).to.deep.equal(order);
    });
  }
});

describe('core/compare compareWith', () => {
  const list = parse(withReference);
  const ref = byName(list, 'Official');
  it('compares a range end by end and says how', () => {
    const c = compareWith(byName(list, 'Monitor A'), ref, 'en')!;
    expect(c.short).to.equal('11–15 times the reference');
    expect(c.long).to.equal(
      'Monitor A (illustrative)’s range is from 11 times to 15 times Official tally (illustrative)’s figure (each end of the range compared with Official tally (illustrative)’s figure)',
    );
  });
  it('compares single values', () => {
    expect(compareWith(byName(list, 'Monitor B'), ref, 'en')!.short).to.equal('3 times the reference');
    expect(compareWith(byName(list, 'Local'), ref, 'en')!.short).to.equal('35% of the reference');
  });
  it('gives no ratio for the reference itself or sources with no figure', () => {
    expect(compareWith(ref, ref, 'en')).to.equal(null);
    expect(compareWith(byName(list, 'Ministry'), ref, 'en')).to.equal(null);
    expect(compareWith(ref, byName(list, 'Ministry'), 'en')).to.equal(null);
  });
  it('compares against the midpoint of a reference range, and says so', () => {
    const [a, b] = parse([
      { name: 'A', low: 10, high: 30 },
      { name: 'B', value: 40 },
    ]);
    expect(compareWith(b!, a!, 'en')!.long).to.equal('B’s figure is 2 times the midpoint of A’s range');
  });
  it('refuses a ratio against zero', () => {
    const [a, b] = parse([
      { name: 'A', value: 0 },
      { name: 'B', value: 40 },
    ]);
    expect(compareWith(b!, a!, 'en')!.long).to.equal('A counts none, so no ratio can be given');
  });
});

describe('core/compare describeComparison', () => {
  const o = { locale: 'en-GB', unit: 'civilians killed', period: '', heading: '', reference: null };
  it('describes Friday: one unverified count, one source with no figure', () => {
    expect(describeComparison(parse(fridayStrikes), { ...o, period: 'Friday 2 June 2017' })).to.equal(
      '2 sources for civilians killed, Friday 2 June 2017. Only Local sources gives a figure: 12 civilians killed, unverified. ' +
        'No figure released by US Central Command. Status: 1 unverified.',
    );
  });
  it('describes Monday: two sources agreeing', () => {
    expect(describeComparison(parse(mondayBoats), o)).to.equal(
      '2 sources for civilians killed. All 2 sources with a figure give 21 civilians killed. Status: 2 reported.',
    );
  });
  it('gives the spread, the reference comparison, no-figure sources and statuses', () => {
    const list = parse(withReference);
    const text = describeComparison(list, { ...o, reference: byName(list, 'Official') });
    expect(text).to.contain(
      'Figures range from 7 (Local reports (illustrative), unverified) to 300 civilians killed (the high end of Monitor A (illustrative)’s range, estimate).',
    );
    expect(text).to.contain('Compared with Official tally (illustrative) (20 civilians killed): ');
    expect(text).to.contain('Monitor B (illustrative)’s figure is 3 times');
    expect(text).to.contain('No figure released by Ministry (illustrative).');
    expect(text).to.contain('Status: 1 confirmed, 1 estimate, 1 reported, and 1 unverified.');
  });
  it('names the source of each end of the spread, and carries notes', () => {
    const list = parse([
      { name: 'A', low: 14, high: 26, status: 'estimate', note: 'at least 14' },
      { name: 'B', value: 21, status: 'reported' },
    ]);
    expect(describeComparison(list, o)).to.equal(
      '2 sources for civilians killed. Figures range from 14 (the low end of A’s range, estimate) to 26 civilians killed (the high end of A’s range, estimate). Notes: A: at least 14. Status: 1 estimate and 1 reported.',
    );
  });
  it('writes lists in English around English sentences, numbers in the locale', () => {
    const list = parse(fridayStrikes);
    const text = describeComparison(list, { ...o, locale: 'ar-EG' });
    expect(text).to.contain('١٢');
    expect(text).not.to.contain(' و');
  });
  it('says when the reference released no figure', () => {
    const list = parse(fridayStrikes);
    expect(describeComparison(list, { ...o, reference: byName(list, 'US Central') })).to.contain(
      'The reference, US Central Command, released no figure, so no ratios can be computed.',
    );
  });
  it('reads one source in full for the readout', () => {
    const list = parse(withReference);
    expect(sourceText(byName(list, 'Monitor A'), { locale: 'en', unit: 'civilians killed', reference: null })).to.equal(
      'Monitor A (illustrative) (monitor): between 220 and 300 civilians killed; estimate',
    );
    expect(sourceText(byName(list, 'Ministry'), { locale: 'en', unit: 'civilians killed', reference: null })).to.equal(
      'Ministry (illustrative) (government): no figure released',
    );
  });
});
