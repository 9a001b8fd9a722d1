import { expect } from '@open-wc/testing';
import { formatChange, formatDate, formatList, formatNumber, numberFormat, resolveLocale } from '../../src/core/format.js';

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
