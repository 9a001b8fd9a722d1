// The validation messages at once, as the npm entry has them (elements alone load them with the first problem).
import '../../src/i18n/issue-texts-now.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define/all.js';
import { parseSources } from '../../src/schema/comparison.js';
import { parseGalleryItems } from '../../src/schema/gallery.js';
import type { Issue, Parsed } from '../../src/schema/issues.js';
import { issueText } from '../../src/i18n/issue-text.js';
import { jsonProblem, JsonParseFailure, parseJson } from '../../src/schema/json.js';
import {
  MAX_ANNOTATIONS,
  MAX_JSON_CHARS,
  MAX_PHOTOS,
  MAX_POINTS,
  MAX_SERIES,
  MAX_SOURCES,
  MAX_TEXT_CHARS,
} from '../../src/schema/limits.js';
import { parseAnnotations, parseTrendData, type TrendData } from '../../src/schema/trend.js';
import { captureConsole, mount, shadow, text } from '../helpers.js';

/** ROBUSTNESS 12: documented caps, each an error with its path and the limit; 100,000 points are not refused. */

/** The errors' English fields (their catalogue keys and parameters are checked in test/i18n/issues.test.ts). */
const errors = (r: Parsed<unknown>): Pick<Issue, 'path' | 'message' | 'severity'>[] =>
  r.ok ? [] : r.issues.filter((i) => i.severity === 'error').map(({ path, message, severity }) => ({ path, message, severity }));
const days = (n: number, value = 1) => {
  const start = Date.UTC(1800, 0, 1);
  return Array.from({ length: n }, (_, i) => ({ date: new Date(start + i * 86_400_000).toISOString().slice(0, 10), value }));
};
const month = (i: number) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

describe('size caps: text', () => {
  const long = 'x'.repeat(MAX_TEXT_CHARS);
  const tooLongText = `${long}y`;
  it('accepts a text field of exactly MAX_TEXT_CHARS and refuses one more, with path and limit', () => {
    expect(parseSources([{ name: long, value: 1 }]).ok).to.equal(true);
    expect(errors(parseSources([{ name: 'A', value: 1, note: tooLongText }]))).to.deep.equal([
      { path: 'data[0].note', message: 'is 10,001 characters long; the limit is 10,000', severity: 'error' },
    ]);
  });
  it('applies to every schema’s text fields', () => {
    expect(errors(parseTrendData([{ date: '2017', value: 1, note: tooLongText }])).map((i) => i.path)).to.deep.equal(['data[0].note']);
    expect(errors(parseTrendData({ series: [{ name: tooLongText, points: [] }] })).map((i) => i.path)).to.deep.equal([
      'data.series[0].name',
    ]);
    const data = (parseTrendData([{ date: '2017', value: 1 }]) as { value: TrendData }).value;
    expect(errors(parseAnnotations([{ type: 'event', date: '2017', label: tooLongText }], data)).map((i) => i.path)).to.deep.equal([
      'annotations[0].label',
    ]);
    expect(
      errors(parseGalleryItems([{ caption: 'c', credit: tooLongText, alt: tooLongText, src: `https://x/${long}` }])).map((i) => i.path),
    ).to.deep.equal(['items[0].credit', 'items[0].src', 'items[0].alt']);
  });
});

describe('size caps: lists', () => {
  it(`sources: ${MAX_SOURCES} accepted, one more refused`, () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `S${i}`, value: i }));
    expect(parseSources(list(MAX_SOURCES)).ok).to.equal(true);
    expect(errors(parseSources(list(MAX_SOURCES + 1)))).to.deep.equal([
      { path: 'data', message: 'has 201 sources; the limit is 200', severity: 'error' },
    ]);
  });
  it(`photos: ${MAX_PHOTOS} accepted, one more refused`, () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => ({ caption: `Photo ${i}`, credit: 'AP' }));
    expect(parseGalleryItems(list(MAX_PHOTOS)).ok).to.equal(true);
    expect(errors(parseGalleryItems(list(MAX_PHOTOS + 1)))).to.deep.equal([
      { path: 'items', message: 'has 1,001 photos; the limit is 1,000', severity: 'error' },
    ]);
  });
  it(`series: ${MAX_SERIES} accepted, one more refused`, () => {
    const input = (n: number) => ({
      series: Array.from({ length: n }, (_, i) => ({ name: `S${i}`, points: [{ date: '2017', value: i }] })),
    });
    expect(parseTrendData(input(MAX_SERIES)).ok).to.equal(true);
    expect(errors(parseTrendData(input(MAX_SERIES + 1)))).to.deep.equal([
      { path: 'data.series', message: 'has 51 series; the limit is 50', severity: 'error' },
    ]);
  });
  it(`annotations: ${MAX_ANNOTATIONS} accepted, one more refused`, () => {
    const data = (parseTrendData(Array.from({ length: 300 }, (_, i) => ({ date: month(i), value: i }))) as { value: TrendData }).value;
    const list = (n: number) => Array.from({ length: n }, (_, i) => ({ type: 'point', date: month(i), label: `A${i}` }));
    expect(parseAnnotations(list(MAX_ANNOTATIONS), data).ok).to.equal(true);
    expect(errors(parseAnnotations(list(MAX_ANNOTATIONS + 1), data))).to.deep.equal([
      { path: 'annotations', message: 'has 201 annotations; the limit is 200', severity: 'error' },
    ]);
  });
  it(`points: 100,000 accepted; more than ${MAX_POINTS.toLocaleString('en')} in all series together refused before parsing`, () => {
    const hundredK = parseTrendData(days(100_000));
    expect(hundredK.ok).to.equal(true);
    // Refused by counting: the points are not even objects here, and no per-point error is reported.
    const many = new Array(MAX_POINTS / 2 + 1).fill(0);
    const t0 = performance.now();
    const r = parseTrendData({
      series: [
        { name: 'A', points: many },
        { name: 'B', points: many },
      ],
    });
    expect(performance.now() - t0).to.be.below(200);
    expect(errors(r)).to.deep.equal([{ path: 'data', message: 'has 1,000,002 points; the limit is 1,000,000', severity: 'error' }]);
  });
});

describe('size caps: JSON text', () => {
  it('refuses JSON over MAX_JSON_CHARS unread, saying how long it is', () => {
    const big = `[${' '.repeat(MAX_JSON_CHARS - 2)}]`;
    expect(parseJson(big)).to.deep.equal([]);
    const over = parseJson(`${big} `);
    expect(over).to.be.instanceOf(JsonParseFailure);
    expect(issueText(undefined, ...jsonProblem(over as JsonParseFailure))).to.equal(
      'has 20,000,001 characters of JSON; the limit is 20,000,000',
    );
    expect(issueText(undefined, ...jsonProblem(parseJson('[1,') as JsonParseFailure))).to.match(/^is not valid JSON \(/);
  });

  it('an over-long attribute shows the error in place, with its path', async () => {
    const logged = await captureConsole('error', async () => {
      const el = await mount<HTMLElement>(html`<source-comparison data=${`[${' '.repeat(MAX_JSON_CHARS)}]`}></source-comparison>`);
      expect(text(shadow(el).querySelector('.error li'))).to.equal('data: has 20,000,002 characters of JSON; the limit is 20,000,000');
    });
    expect(logged.join('\n')).to.contain('data: has 20,000,002 characters of JSON');
  });

  it('a 5 MB data attribute (100,000 points) renders, and a 100,000-character heading is kept whole', async () => {
    const json = JSON.stringify(days(100_000, 5));
    expect(json.length).to.be.above(3_000_000);
    const padded = json.replace('[', `[${' '.repeat(5_000_000 - json.length)}`);
    const heading = 'H'.repeat(100_000);
    const el = await mount<HTMLElement>(html`<casualty-trend heading=${heading} unit="deaths" data=${padded}></casualty-trend>`);
    const root = shadow(el);
    expect(!!root.querySelector('.error')).to.equal(false);
    expect(root.querySelector('.plot svg path.line')).to.not.equal(null);
    expect(root.querySelector('#heading')!.textContent).to.equal(heading);
    // Kept whole for screen readers, but it must not push the page sideways.
    expect(root.querySelector('#heading')!.getBoundingClientRect().width).to.be.at.most(640);
  });
});
