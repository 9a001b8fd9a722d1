import { expect } from '@open-wc/testing';
import { formatFigure } from '../../src/core/format.js';
import {
  central,
  compareWith,
  describeComparison,
  figureText,
  figureWords,
  ratioPhrase,
  ratioRangePhrase,
  rangeOnly,
  sortSources,
  sourceText,
} from '../../src/core/compare.js';
import { parseSources, type Source } from '../../src/schema/comparison.js';
import { withReference } from '../../fixtures/comparison.js';
import { fridayStrikes, mondayBoats } from '../../fixtures/seed.js';

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
    [0.01, '1% of'],
    [0.001, 'under 1% of'],
    [0, '0% of'],
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

describe('core/compare ratioRangePhrase', () => {
  // Low end rounded down, high end up: the words always contain the true ratio.
  const cases: [number, number, string | null][] = [
    [22, 44, '22–44 times'],
    [11, 15, '11–15 times'],
    [10.2, 10.8, '10–11 times'],
    [2.25, 4.55, '2.2–4.6 times'],
    [1.333, 4, '1.3–4 times'],
    [3, 3, '3 times'],
    [1.2, 1.6, '20–60% more than'],
    [1, 1.6, 'up to 60% more than'],
    [0.1, 0.4, '10–40% of'],
    [0, 0.4, '0–40% of'],
    [0.004, 0.4, 'under 1% to 40% of'],
    [0.9, 1.2, '90–120% of'],
    [0.5, 2, '0.5–2 times'],
    [0.04, 2, '0.04–2 times'],
    [22, Infinity, 'at least 22 times'],
    [21.6, Infinity, 'at least 21 times'],
    [2.96, Infinity, 'at least 2.9 times'],
    [1.5, Infinity, 'at least 50% more than'],
    [1.001, Infinity, 'at least as many as'],
    [0.3, Infinity, 'at least 30% of'],
    [0.004, Infinity, null],
    [0, Infinity, null],
    [5, 2, null],
  ];
  for (const [lo, hi, words] of cases) it(`${lo} to ${hi} → ${words}`, () => expect(ratioRangePhrase(lo, hi, 'en')).to.equal(words));
});

describe('core/compare compareWith', () => {
  const list = parse(withReference);
  const ref = byName(list, 'Official');
  it('compares a range end by end and says how', () => {
    const c = compareWith(byName(list, 'Monitor A'), ref, 'en')!;
    expect(c.short).to.equal('11–15 times the reference');
    expect(c.long).to.equal(
      'Monitor A (illustrative)’s range is 11–15 times Official tally (illustrative)’s figure (each end of the range compared with Official tally (illustrative)’s figure)',
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

  // [source, reference, short, long]: every path — value or range on either side, zero ends.
  const S = (o: object) => ({ name: 'S', ...o });
  const R = (o: object) => ({ name: 'R', ...o });
  const table: [object, object, string, string][] = [
    [
      S({ value: 220 }),
      R({ value: null, low: 0, high: 10 }),
      'at least 22 times the reference',
      'S’s figure is at least 22 times R’s range of 0 to 10 (compared with each end of R’s range; R’s range starts at 0, so there is no upper limit)',
    ],
    [
      S({ value: 220 }),
      R({ low: 5, high: 10 }),
      '22–44 times the reference',
      'S’s figure is 22–44 times R’s range of 5 to 10 (compared with each end of R’s range)',
    ],
    [
      // A reference with a value and a range: ratios are still taken against both ends of the range.
      S({ value: 220 }),
      R({ value: 8, low: 5, high: 10 }),
      '22–44 times the reference',
      'S’s figure is 22–44 times R’s range of 5 to 10 (compared with each end of R’s range)',
    ],
    [
      S({ value: 40 }),
      R({ low: 10, high: 30 }),
      '1.3–4 times the reference',
      'S’s figure is 1.3–4 times R’s range of 10 to 30 (compared with each end of R’s range)',
    ],
    [
      S({ low: 220, high: 300 }),
      R({ value: 20 }),
      '11–15 times the reference',
      'S’s range is 11–15 times R’s figure (each end of the range compared with R’s figure)',
    ],
    [
      S({ value: null, low: 10, high: 20 }),
      R({ value: 10 }),
      '1–2 times the reference',
      'S’s range is 1–2 times R’s figure (each end of the range compared with R’s figure)',
    ],
    [
      S({ low: 220, high: 300 }),
      R({ low: 5, high: 10 }),
      '22–60 times the reference',
      'S’s range is 22–60 times R’s range of 5 to 10 (low end over high end, high end over low end)',
    ],
    [
      S({ low: 100, high: 300 }),
      R({ low: 0, high: 10 }),
      'at least 10 times the reference',
      'S’s range is at least 10 times R’s range of 0 to 10 (low end over high end, high end over low end; R’s range starts at 0, so there is no upper limit)',
    ],
    [
      S({ low: 2, high: 4 }),
      R({ low: 10, high: 20 }),
      '10–40% of the reference',
      'S’s range is 10–40% of R’s range of 10 to 20 (low end over high end, high end over low end)',
    ],
    [S({ value: 0 }), R({ low: 0, high: 10 }), 'no ratio', 'no ratio can be given: R’s range of 0 to 10 starts at 0 and S’s figure is 0'],
    [S({ value: 0 }), R({ value: 20 }), '0% of the reference', 'S’s figure is 0% of R’s figure'],
    [S({ value: 40 }), R({ value: 0 }), 'reference is 0', 'R counts none, so no ratio can be given'],
    [S({ value: 40 }), R({ low: 0, high: 0 }), 'reference is 0', 'R counts none, so no ratio can be given'],
  ];
  for (const [s, r, short, long] of table) {
    it(`${JSON.stringify(s)} against ${JSON.stringify(r)} → ${short}`, () => {
      const [a, b] = parse([s, r]);
      expect(compareWith(a!, b!, 'en')).to.deep.equal({ short, long });
    });
  }
});

describe('core/compare range-only figures and counts as given', () => {
  it('a null value with low and high is a range-only figure, never "no figure"', () => {
    const [s] = parse([{ name: 'S', value: null, low: 10, high: 20 }]);
    expect(rangeOnly(s!)).to.equal(true);
    expect(figureText(s!, 'en')).to.equal('10–20');
    expect(figureWords(s!, 'en', 'killed')).to.equal('between 10 and 20 killed');
    expect(sourceText(s!, { locale: 'en', unit: 'killed', reference: null })).to.equal('S: between 10 and 20 killed');
  });
  it('a value, or a null value without a range, is not range-only', () => {
    const [a, b, c] = parse([
      { name: 'A', value: 15, low: 10, high: 20 },
      { name: 'B', value: null },
      { name: 'C', low: 10, high: 10 },
    ]);
    expect([a, b, c].map((s) => rangeOnly(s!))).to.deep.equal([false, false, false]);
    expect(figureText(c!, 'en')).to.equal('10');
  });
  const counts: [number, string, string][] = [
    [0, 'en', '0'],
    [220, 'en', '220'],
    [220000, 'en', '220,000'],
    [0.04, 'en', '0.04'],
    [0.333, 'en', '0.333'],
    [1234.56, 'en', '1,234.56'],
    [1e-7, 'en', '0.0000001'],
    [12, 'ar-EG', '١٢'],
  ];
  for (const [v, locale, out] of counts) it(`writes ${v} as "${out}" (${locale})`, () => expect(formatFigure(v, locale)).to.equal(out));
  it('never writes a non-zero figure as 0 in labels, words or the description', () => {
    const list = parse([
      { name: 'A', value: 0.04 },
      { name: 'B', low: 0.2, high: 0.6 },
    ]);
    expect(figureText(list[0]!, 'en')).to.equal('0.04');
    expect(figureWords(list[1]!, 'en')).to.equal('between 0.2 and 0.6');
    expect(describeComparison(list, { locale: 'en', unit: '', period: '', heading: '', reference: null })).to.contain('from 0.04 (A)');
  });
});

describe('core/compare describeComparison', () => {
  const o = { locale: 'en-GB', unit: 'civilians killed', period: '', heading: '', reference: null };
  it('describes Friday: one unverified count, one source with no figure', () => {
    expect(describeComparison(parse(fridayStrikes), { ...o, period: 'Friday 2 June 2017' })).to.equal(
      '2 sources for civilians killed, Friday 2 June 2017. Only Local sources gives a figure: 12 civilians killed, unverified. ' +
        'No figure released by US Central Command. Notes: Local sources: not confirmed by US Central Command or sources on the ground; ' +
        'US Central Command: no figure given in the article. Status: 1 unverified.',
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
      '2 sources for civilians killed. Figures range from 14 (the low end of A’s range, estimate) to 26 civilians killed (the high end of A’s range, estimate). Range only, no single figure: A, between 14 and 26 civilians killed. Notes: A: at least 14. Status: 1 estimate and 1 reported.',
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
