import { expect } from '@open-wc/testing';
import { addInterval, floorTo, inferInterval, intervalsBetween, parseIsoDate, type Interval } from '../../src/core/dates.js';

const U = Date.UTC;

describe('core/dates parseIsoDate', () => {
  const valid: [string, number, string][] = [
    ['2017', U(2017, 0, 1), 'year'],
    ['2017-05', U(2017, 4, 1), 'month'],
    ['2017-05-31', U(2017, 4, 31), 'day'],
    ['2016-02-29', U(2016, 1, 29), 'day'],
    ['2017-05-31T14:00Z', U(2017, 4, 31, 14), 'time'],
    ['2017-05-31T14:00', U(2017, 4, 31, 14), 'time'],
    ['2017-05-31T14:00:30.250Z', U(2017, 4, 31, 14, 0, 30, 250), 'time'],
    ['2017-05-31T14:00+02:00', U(2017, 4, 31, 12), 'time'],
    ['2017-05-31T01:00-0530', U(2017, 4, 31, 6, 30), 'time'],
    ['0099-01', new Date('0099-01-01T00:00:00Z').getTime(), 'month'],
    // The forms read without the regular expression, at their edges.
    ['2000-02-29', U(2000, 1, 29), 'day'],
    ['0050-03-01', new Date('0050-03-01T00:00:00Z').getTime(), 'day'],
    ['2017-12', U(2017, 11, 1), 'month'],
    ['1999-12-31', U(1999, 11, 31), 'day'],
  ];
  for (const [text, t, precision] of valid) {
    it(`parses ${text}`, () => {
      const d = parseIsoDate(text);
      expect(d).to.deep.equal({ t, precision });
    });
  }
  const invalid = [
    'May',
    '03/04/2017',
    '2017-02-30',
    '2017-13',
    '2017-00',
    '2017-5',
    '17-05',
    '2017-05-31T25:00',
    '2017-05-31T12:61',
    ' 2017',
    '2017-05-31T12:00+25:00',
    '',
    '2017-05-0a',
    '2017-0a',
    '2017_05_01',
    '2017-05/01',
    '2017-05-32',
    '2019-02-29',
    '1900-02-29',
    '+017-05',
    '2017-05-00',
    '２０１７-05-01',
  ];
  for (const text of invalid) {
    it(`refuses ${JSON.stringify(text)}`, () => {
      expect(parseIsoDate(text)).to.equal(null);
    });
  }
});

describe('core/dates intervals', () => {
  const floors: [number, Interval, number][] = [
    [U(2017, 4, 17, 13), 'day', U(2017, 4, 17)],
    [U(2017, 4, 17, 13), 'week', U(2017, 4, 15)], // Monday 15 May 2017
    [U(2017, 4, 21), 'week', U(2017, 4, 15)], // Sunday belongs to the week from Monday
    [U(2017, 4, 17), 'month', U(2017, 4, 1)],
    [U(2017, 4, 17), 'year', U(2017, 0, 1)],
  ];
  for (const [t, interval, expected] of floors) {
    it(`floors ${new Date(t).toISOString()} to the ${interval}`, () => expect(floorTo(t, interval)).to.equal(expected));
  }
  const adds: [number, Interval, number, number][] = [
    [U(2017, 0, 31), 'month', 1, U(2017, 1, 28)],
    [U(2016, 9, 1), 'month', 7, U(2017, 4, 1)],
    [U(2017, 0, 1), 'month', -1, U(2016, 11, 1)],
    [U(2016, 1, 29), 'year', 1, U(2017, 2, 1)],
    [U(2017, 4, 1), 'week', 2, U(2017, 4, 15)],
    [U(2017, 4, 1), 'day', -1, U(2017, 3, 30)],
  ];
  for (const [t, interval, n, expected] of adds) {
    it(`adds ${n} ${interval}(s) to ${new Date(t).toISOString().slice(0, 10)}`, () =>
      expect(addInterval(t, interval, n)).to.equal(expected));
  }
  it('counts calendar months between dates', () => {
    expect(intervalsBetween(U(2016, 9, 1), U(2017, 4, 1), 'month')).to.equal(7);
    expect(intervalsBetween(U(2017, 5, 2), U(2017, 5, 5), 'day')).to.equal(3);
  });
});

describe('core/dates inferInterval', () => {
  const cases: [string[], Interval][] = [
    [['2015', '2016', '2017'], 'year'],
    [['2016-10', '2017-05'], 'month'],
    [['2017-06-02', '2017-06-05'], 'day'],
    [['2017-05-01', '2017-05-08', '2017-05-22'], 'week'],
    [['2017-05-01T10:00Z', '2017-05-02T09:00Z'], 'day'],
    [['2017-05-01'], 'day'],
    [[], 'month'],
  ];
  for (const [dates, expected] of cases) {
    it(`${JSON.stringify(dates)} → ${expected}`, () => {
      expect(inferInterval(dates.map((d) => parseIsoDate(d)!))).to.equal(expected);
    });
  }
});
