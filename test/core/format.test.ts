import { expect } from '@open-wc/testing';
import {
  decimalsOf,
  formatChange,
  formatDate,
  formatFigure,
  formatList,
  formatNumber,
  numberFormat,
  resolveLocale,
} from '../../src/core/format.js';

const U = Date.UTC;

describe('core/format', () => {
  const numbers: [number, string, string][] = [
    [220, 'en', '220'],
    [220000, 'en', '220,000'],
    [220000, 'de', '220.000'],
    [1234.56, 'en', '1,234.6'],
    [21, 'ar-EG', '٢١'],
    [21, 'ar', '21'],
  ];
  for (const [n, locale, expected] of numbers) {
    it(`formats ${n} in ${locale} as ${expected}`, () => expect(formatNumber(n, locale)).to.equal(expected));
  }

  const changes: [number, string, string][] = [
    [400, 'en', '+400%'],
    [-12.5, 'en', '-13%'],
    [4.25, 'en', '+4.3%'],
    [0, 'en', '0%'],
    [400, 'fr', '+400 %'],
  ];
  for (const [p, locale, expected] of changes) {
    it(`formats a change of ${p} in ${locale}`, () => expect(formatChange(p, locale).replace(/\u202f|\u00a0/g, ' ')).to.equal(expected));
  }

  const dates: [number, Parameters<typeof formatDate>[1], Parameters<typeof formatDate>[3], string][] = [
    [U(2017, 4, 1), 'month', 'long', 'May 2017'],
    [U(2017, 4, 1), 'month', 'short', 'May 2017'],
    [U(2016, 9, 1), 'month', 'tick', 'Oct'],
    [U(2017, 5, 5), 'day', 'long', 'June 5, 2017'],
    [U(2017, 0, 1), 'year', 'long', '2017'],
  ];
  for (const [t, interval, style, expected] of dates) {
    it(`formats ${new Date(t).toISOString().slice(0, 10)} (${interval}, ${style}) as ${expected}`, () => {
      expect(formatDate(t, interval, 'en-US', style)).to.equal(expected);
    });
  }

  it('formats dates in UTC whatever the reader’s zone', () => {
    // Midnight UTC on 1 May is still 30 April in Honolulu, where the tests run.
    expect(formatDate(U(2017, 4, 1), 'day', 'en-GB', 'long')).to.equal('1 May 2017');
  });

  it('caches formatters per locale and options', () => {
    expect(numberFormat('en', { maximumFractionDigits: 1 })).to.equal(numberFormat('en', { maximumFractionDigits: 1 }));
    expect(numberFormat('en', { maximumFractionDigits: 1 })).not.to.equal(numberFormat('de', { maximumFractionDigits: 1 }));
  });

  it('resolves locales, falling back on bad tags', () => {
    expect(resolveLocale('en-gb')).to.equal('en-GB');
    expect(resolveLocale('not a locale!!')).to.equal('en');
    expect(resolveLocale('')).to.equal('en');
    expect(resolveLocale(undefined, 'fr')).to.equal('fr');
  });

  it('joins lists in the locale', () => {
    expect(formatList(['Airwars', 'SOHR', 'state media'])).to.equal('Airwars, SOHR, and state media');
  });
});

describe('core/format formatFigure: as given, never a non-zero 0 (#11)', () => {
  const cases: [number, string, string][] = [
    [0.04, 'en', '0.04'],
    [1234.56, 'en', '1,234.56'],
    [0.333, 'en', '0.333'],
    [220, 'en', '220'],
    [0, 'en', '0'],
    [1 / 3, 'en', '0.333333'],
    [0.0000001234, 'en', '0.00000012'],
    [1e-20, 'en', '0.00000000000000000001'],
    [220000, 'en', '220,000'],
    [1234.56, 'de', '1.234,56'],
    [0.04, 'ar-EG', '٠٫٠٤'],
    [1e12, 'en', '1,000,000,000,000'],
  ];
  for (const [n, locale, expected] of cases) {
    it(`${n} in ${locale} → ${expected}`, () => expect(formatFigure(n, locale)).to.equal(expected));
  }
  const decimals: [number, number][] = [
    [220, 0],
    [0.04, 2],
    [1e-7, 7],
    [1.5e-7, 8],
    [1234.56, 2],
    [1e21, 0],
  ];
  for (const [n, d] of decimals) it(`${n} has ${d} decimals`, () => expect(decimalsOf(n)).to.equal(d));
  const changes: [number, string][] = [
    [0.04, '+0.04%'],
    [-0.002, '-0.002%'],
    [0.05, '+0.1%'],
  ];
  for (const [p, expected] of changes)
    it(`a change of ${p}% is never 0%: ${expected}`, () => expect(formatChange(p, 'en')).to.equal(expected));
});
