/**
 * Validation messages (issue 13): every issue the schema and the elements'
 * own checks produce carries a catalogue key and parameters, and the English
 * template with those parameters is exactly the English `message` (and
 * `instead`) the console and events show. Driven by real parses of bad input.
 */
// The validation messages at once, as the npm entry has them (elements alone load them with the first problem).
import '../../src/i18n/issue-texts-now.js';
import { expect } from '@open-wc/testing';
import { issueText } from '../../src/i18n/issue-text.js';
import { checkStrings, missingWarning } from '../../src/i18n/load.js';
import { en, makeStrings, type Catalogue } from '../../src/i18n/messages.js';
import ar from '../../src/i18n/ar.js';
import de from '../../src/i18n/de.js';
import es from '../../src/i18n/es.js';
import fr from '../../src/i18n/fr.js';
import uk from '../../src/i18n/uk.js';
import { readCsv, sourcesFromCsv, trendFromCsv } from '../../src/core/csv.js';
import { checkDownloads } from '../../src/internal/downloads.js';
import { fail } from '../../src/internal/remote.js';
import type { Issue } from '../../src/schema/issues.js';
import { parseSources } from '../../src/schema/comparison.js';
import { parseGalleryItems } from '../../src/schema/gallery.js';
import { fromScript, JsonParseFailure, parseJson } from '../../src/schema/json.js';
import { parseAnnotations, parseTrendData } from '../../src/schema/trend.js';
import { keyword } from '../../src/internal/input.js';
import { MARK as TREND_MARK, MISSING } from '../../src/elements/casualty-trend/read.js';
import { findReference, MARK as COMPARE_MARK, SORT } from '../../src/elements/source-comparison/prepare.js';
import { MODE } from '../../src/elements/photo-gallery-caption/read.js';
import { AXIS_DIRECTION, LOADING } from '../../src/internal/chart-parts.js';

const all = (r: { ok: boolean; issues?: Issue[]; warnings?: Issue[] }): Issue[] => (r.ok ? r.warnings! : r.issues!);
const failed = (r: ReturnType<typeof fail>): Issue[] => (r.status === 'failed' ? r.issues : []);
const long = 'x'.repeat(10_001);
const trend = (data: unknown, interval?: unknown) => all(parseTrendData(data, interval));
const monthly = parseTrendData([
  { date: '2016-10', value: 44 },
  { date: '2017-01', value: null, low: 10, high: 20 },
  { date: '2017-05', value: 220 },
]);
const twoSeries = parseTrendData({
  series: [
    { name: 'A', points: [{ date: '2017-01', value: 1 }] },
    { name: 'B', points: [{ date: '2017-02', value: 2 }] },
  ],
});
const notes = (input: unknown, checker?: null | (() => { holds: boolean; says: string; text: string; computed: string }[])) =>
  monthly.ok ? all(parseAnnotations(input, monthly.value, checker as never)) : [];

/** Bad input of every kind the library reports. */
function issues(): Issue[] {
  return [
    ...trend(parseJson('{')),
    ...trend(fromScript(parseJson('{') as JsonParseFailure)),
    ...trend('x'),
    ...trend({ series: 1 }),
    ...trend({ series: [1] }),
    ...trend({
      series: [
        { name: 'A', points: 2 },
        { name: 'A', points: [] },
      ],
    }),
    ...trend({ series: Array.from({ length: 51 }, (_, i) => ({ name: `S${i}`, points: [] })) }),
    ...all(parseSources([{ name: ' ', value: 1 }])),
    ...trend([[], {}, { date: 'May', value: '12' }, { date: '2017-01', value: -1, status: 'guess', vlaue: 1 }]),
    ...trend([
      { date: '2017-01', value: 1e13, note: long },
      { date: '2017-02', value: Infinity, low: 5, high: 2 },
    ]),
    ...trend([
      { date: '2017-01', value: 8, low: 1 },
      { date: '2017-02', value: 9, low: 1, high: 2, note: 3 },
    ]),
    ...trend([
      { date: '2017-01', value: 1 },
      { date: '2017-02-03', value: 2 },
      { date: '2017-01', value: 3 },
    ]),
    ...trend(
      [
        { date: '2017-01-01', value: 1 },
        { date: '2017-01-01T10:00Z', value: 2 },
      ],
      'day',
    ),
    ...trend(
      [
        { date: '2017-01', value: 1 },
        { date: '2017-02', value: 2 },
      ],
      'fortnight',
    ),
    ...trend([
      { date: '2016-01', value: 1 },
      { date: '2016-03', value: 2 },
      { date: '2016-06', value: 2 },
      { date: '2016-08', value: 2 },
      { date: '2016-10', value: 2 },
      { date: '2016-12', value: 2 },
    ]),
    ...trend([
      { date: '2016-01', value: 1 },
      { date: '2016-03', value: 2 },
    ]),
    ...trend([{ date: '2017', value: 1 }]),
    // 1407 missing months: counts in English messages are written as the count was (not 1,407).
    ...trend([
      { date: '1900-01', value: 1 },
      { date: '2017-05', value: 2 },
    ]),
    ...notes(parseJson('[')),
    ...notes({}),
    ...notes([1, { type: 'x' }, { type: 'event', date: '2019-01', label: 'a' }, { type: 'event', date: '2010-01', label: 'a' }]),
    ...notes([
      { type: 'period', from: '2017-05', to: '2017-01' },
      { type: 'period', from: '2018-01', to: '2018-05' },
    ]),
    ...notes([
      { type: 'period', from: '2016-01', to: '2016-12', label: 'a' },
      { type: 'point', date: '2016-12' },
    ]),
    ...notes([
      { type: 'change', from: '2016-10', to: '2017-01' },
      { type: 'point', date: '2017-05', label: 'x', check: 'yes' },
    ]),
    ...notes([{ type: 'point', date: '2017-05', label: '300 killed' }], null),
    ...notes([{ type: 'point', date: '2017-05', label: '300 killed' }], () => [
      { holds: false, says: '300', text: '300 killed', computed: '220' },
    ]),
    ...(twoSeries.ok
      ? all(
          parseAnnotations(
            [
              { type: 'point', date: '2017-01' },
              { type: 'point', date: '2017-01', series: 'C' },
              { type: 'point', date: '2017-02', series: 'A' },
            ],
            twoSeries.value,
          ),
        )
      : []),
    ...all(parseSources(parseJson('x'))),
    ...all(parseSources({})),
    ...all(parseSources(Array(201).fill({}))),
    ...all(
      parseSources([
        1,
        { name: 'A', value: 3 },
        { name: 'A' },
        { name: 'B', value: 2, status: 'no-figure' },
        { name: 'C', status: 'estimate' },
      ]),
    ),
    ...all(
      parseSources([
        { name: 'D', value: 1, status: 'sure', url: 'javascript:x', retrieved: 'June' },
        { name: 'E', value: 1, url: ' ' },
      ]),
    ),
    ...all(parseGalleryItems(parseJson('x'))),
    ...all(parseGalleryItems({})),
    ...all(parseGalleryItems(Array(1001).fill({}))),
    ...all(parseGalleryItems([1, { credit: 'AFP' }, { caption: 'A', credit: '', width: 0, height: 3 }, { caption: 'B', width: 10 }])),
    ...all(parseGalleryItems([{ caption: 'Smoke', credit: 'AFP', src: 'javascript:x', srcset: 'a.jpg 1w' }])),
    ...all(parseGalleryItems([{ caption: 'Smoke', credit: 'AFP', src: 'a.jpg', srcset: 'javascript:x 1w' }])),
    ...all(parseGalleryItems([{ caption: 'Smoke', credit: 'AFP', src: 'a.jpg', srcset: 'b.jpg 1w 2x' }])),
    ...all(parseGalleryItems([{ caption: 'Smoke rises over Aleppo after the air strike on the market', credit: 'AFP', src: 'a.jpg' }])),
    ...all(parseGalleryItems([{ caption: 'Smoke', credit: 'AFP', src: 'a.jpg', alt: 'Smoke, AFP' }])),
    checkDownloads('pdf').issue!,
    ...readCsv('a\n"open').problems,
    ...trendFromCsv('').problems,
    ...trendFromCsv('date,value,value,colour\n2017-01,x\n2017-02,1,2,3,4').problems,
    ...trendFromCsv('series,date,value\nA,2017-01,1\n,2017-02,2').problems,
    ...sourcesFromCsv('value\n1').problems,
    ...trendFromCsv('date,value\n2017-01,x').problems,
    ...failed(fail('a.json', 'iSrcHttp', { status: '404 Not Found' })),
    ...failed(fail('a.json', 'iSrcRefused', { reason: 'is empty' })),
    ...checkStrings(1, 'strings').issues,
    ...checkStrings({ nope: 'x', tableShow: 3, slide: '{total}' }, 'strings').issues,
    missingWarning('pt', {})!,
    missingWarning('pt', { tableShow: 'x' })!,
    // The elements' keyword attributes and the comparison's reference.
    ...[TREND_MARK, MISSING, SORT, COMPARE_MARK, MODE, AXIS_DIRECTION, LOADING].map((k) => keyword('pie', k as typeof MODE).issue!),
    findReference([], 'UN').issue!,
  ];
}

describe('validation messages', () => {
  const list = issues();
  const english = makeStrings('en');

  it('every issue has a key, and its English template is the message', () => {
    for (const i of list) {
      expect(i.code, i.message).to.be.a('string');
      expect(issueText(english, i.code!, i.params), i.code).to.equal(i.message);
      if (i.instead !== undefined) expect(issueText(english, i.insteadCode!, i.insteadParams), i.insteadCode).to.equal(i.instead);
    }
  });

  it('the bad input above reaches most message keys', () => {
    const keysIn = (p: unknown): string[] =>
      p && typeof p === 'object' ? [...('key' in p ? [(p as { key: string }).key] : []), ...Object.values(p).flatMap(keysIn)] : [];
    const used = new Set(list.flatMap((i) => [i.code, i.insteadCode, ...keysIn(i.params)]));
    const keys = Object.keys(en).filter((k) => /^[ixcu][A-Z]/.test(k) && !used.has(k as never));
    // Not reached here: src failures (network, timeout, module loads), the elements' own attribute checks, caps that
    // need very large input, some annotation cases, and the words used inside other messages.
    expect(
      keys.filter(
        (k) =>
          !/^iSrc[A-Z]|^i(AList|AnObject|Day|Week|Month|Year|None|AnyKey|Run|MoreRuns|Before|After|IgnoredForSrc|LocaleTag|SourceLink|ManyChars|ManyPoints|ManyJson|ManyAnnotations|NoValue|NoValueSeries|OnlyRangeSeries|ChangeZero|StringsForms)$|^u(Empty|Spaces|Backslash)$|^x(LocaleEn|SourceText|Change|Period)$/.test(
            k,
          ),
      ),
    ).to.deep.equal([]);
  });

  it('a list inside a message is written with the language’s separator (Arabic comma in Arabic)', () => {
    const list = findReference([{ name: 'Airwars' }, { name: 'SOHR' }] as never, 'UN').issue!;
    expect(list.message).to.equal('no source is named "UN" (sources: "Airwars", "SOHR")');
    expect(issueText(makeStrings('ar', ar), list.code!, list.params)).to.contain('"Airwars"، "SOHR"');
    expect(issueText(makeStrings('fr', fr), 'iOneOf', { list: ['a', 'b'], got: '"c"' })).to.contain('a, b');
  });

  const CATALOGUES: Record<string, Catalogue> = { ar, de, es, fr, uk };
  for (const [lang, cat] of Object.entries(CATALOGUES)) {
    it(`${lang}: every message filled, no placeholder left, not the English`, () => {
      const s = makeStrings(lang, cat);
      for (const i of list) {
        const t = issueText(s, i.code!, i.params);
        if (i.code !== 'iStringsFilled') expect(t, `${lang} ${i.code}`).not.to.match(/\{(?!change\})\w+\}/);
        if (!/^i(Required|Empty|Src)$/.test(i.code!)) expect(t, `${lang} ${i.code}`).not.to.equal(i.message);
      }
    });
  }
});
