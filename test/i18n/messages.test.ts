// The validation messages at once, as the npm entry has them (elements alone load them with the first problem).
import '../../src/i18n/issue-texts-now.js';
import { expect } from '@open-wc/testing';
import { checkStrings, LANGUAGES } from '../../src/i18n/load.js';
import { en, fill, makeStrings, msg, parts, placeholders, type Catalogue, type Key } from '../../src/i18n/messages.js';
import ar from '../../src/i18n/ar.js';
import de from '../../src/i18n/de.js';
import es from '../../src/i18n/es.js';
import fr from '../../src/i18n/fr.js';
import uk from '../../src/i18n/uk.js';

const CATALOGUES: Record<string, Catalogue> = { ar, de, es, fr, uk };
const KEYS = Object.keys(en) as Key[];
/**
 * Placeholders a translation leaves out on purpose, where the language's grammar
 * cannot take the phrase there (French and Ukrainian say "the reference" instead
 * of a genitive phrase built for another place in the sentence). Nothing else may be dropped.
 */
const MAY_OMIT = new Set([
  'fr.noRatioRangeZero.basis',
  'fr.noRatioFigureZero.basis',
  'uk.noRatioRangeZero.basis',
  'uk.noRatioFigureZero.basis',
  'uk.howSource.basis',
  'de.howSource.basis',
]);

describe('i18n fill', () => {
  const cases: [string, Record<string, string | number>, string, string][] = [
    ['{a} and {b}', { a: 'x', b: 'y' }, 'en', 'x and y'],
    ['{n} of {count}', { n: 3, count: 30 }, 'en', '3 of 30'],
    ['{n} من {count}', { n: 3, count: 30 }, 'ar-EG', '٣ من ٣٠'],
    ['{count}', { count: 1234.5 }, 'de', '1.234,5'],
    ['{missing} stays', {}, 'en', '{missing} stays'],
    ['{toString}', {}, 'en', '{toString}'],
    ['{a}', { a: '{b}' }, 'en', '{b}'],
  ];
  for (const [template, params, locale, want] of cases) {
    it(`${template} in ${locale} → ${want}`, () => expect(fill(template, params, locale)).to.equal(want));
  }
});

describe('i18n msg, parts', () => {
  it('English text with the locale’s numbers when the language has no catalogue', () => {
    expect(msg(makeStrings('ar-EG'), 'slide', { index: 2, count: 3 })).to.equal('٢ of ٣');
  });
  it('values are text: brackets, braces and full stops in them are kept', () => {
    const s = makeStrings('en');
    expect(msg(s, 'seriesValue', { series: ']]><![CDATA[x]]>', value: '{count} [y]' })).to.equal(']]><![CDATA[x]]>: {count} [y]');
    expect(parts(s, 'seriesValue', { series: '[a]', value: 'b' })).to.deep.equal(['[a]: b']);
    expect(msg(s, 'sentence', { text: 'Ends here.' })).to.equal('Ends here.');
    expect(msg(s, 'sentence', { text: 'Wait...' })).to.equal('Wait....');
  });
  it('hidden text is read but kept apart for the screen', () => {
    const s = makeStrings('en');
    expect(msg(s, 'previous')).to.equal('Previous photo');
    expect(parts(s, 'previous')).to.deep.equal(['Previous', ' photo', '']);
    expect(parts(makeStrings('ar', ar), 'previous')).to.deep.equal(['', 'الصورة ', 'السابقة']);
  });
  it('the language’s text, then the publisher’s over it; the rest falls back to English key by key', () => {
    const s = makeStrings('fr-FR', { tableShow: 'Voir les chiffres' });
    expect(s.lang).to.equal('fr');
    expect(msg(s, 'tableShow')).to.equal('Voir les chiffres');
    expect(msg(s, 'tableHide')).to.equal('Hide data table');
    expect(s.english.has('tableHide')).to.equal(true);
    expect(s.english.has('tableShow')).to.equal(false);
    expect(makeStrings('ar', ar).dir).to.equal('rtl');
  });
});

/** Plural forms: the locale, its catalogue, the number, and the text expected (ar-EG writes Arabic-Indic digits, ar Latin ones). */
const PLURALS: [string, Catalogue | null, number, string][] = [
  ['en', null, 1, '…and 1 more problem; the browser console lists them all.'],
  ['en', null, 2, '…and 2 more problems; the browser console lists them all.'],
  ['ar', ar, 0, '…ولا مشكلات أخرى؛ تسردها جميعًا وحدة التحكم في المتصفح.'],
  ['ar', ar, 1, '…ومشكلة أخرى؛ تسردها جميعًا وحدة التحكم في المتصفح.'],
  ['ar', ar, 2, '…ومشكلتان أخريان؛ تسردها جميعًا وحدة التحكم في المتصفح.'],
  ['ar-EG', ar, 3, '…و٣ مشكلات أخرى؛ تسردها جميعًا وحدة التحكم في المتصفح.'],
  ['ar-EG', ar, 11, '…و١١ مشكلة أخرى؛ تسردها جميعًا وحدة التحكم في المتصفح.'],
  ['ar', ar, 100, '…و100 مشكلة أخرى؛ تسردها جميعًا وحدة التحكم في المتصفح.'],
  ['uk', uk, 1, '…і ще 1 проблема; усі вони є в консолі браузера.'],
  ['uk', uk, 3, '…і ще 3 проблеми; усі вони є в консолі браузера.'],
  ['uk', uk, 5, '…і ще 5 проблем; усі вони є в консолі браузера.'],
  ['uk', uk, 11, '…і ще 11 проблем; усі вони є в консолі браузера.'],
  ['uk', uk, 21, '…і ще 21 проблема; усі вони є в консолі браузера.'],
  ['uk', uk, 22, '…і ще 22 проблеми; усі вони є в консолі браузера.'],
  ['fr', fr, 1, '…et 1 autre problème\u202f; la console du navigateur les liste tous.'],
  ['fr', fr, 2, '…et 2 autres problèmes\u202f; la console du navigateur les liste tous.'],
  ['de', de, 1, '… und 1 weiteres Problem; die Browserkonsole listet alle auf.'],
  ['de', de, 7, '… und 7 weitere Probleme; die Browserkonsole listet alle auf.'],
  ['es', es, 1, '…y 1 problema más; la consola del navegador los muestra todos.'],
  ['es', es, 3, '…y 3 problemas más; la consola del navegador los muestra todos.'],
];

describe('i18n plural forms', () => {
  for (const [lang, cat, n, want] of PLURALS) {
    it(`${lang} ${n}`, () => expect(msg(makeStrings(lang, cat), 'moreProblems', { count: n })).to.equal(want));
  }
});

describe('i18n catalogues', () => {
  it('the library ships en, ar, de, es, fr and uk', () =>
    expect([...LANGUAGES].sort()).to.deep.equal(['ar', 'de', 'en', 'es', 'fr', 'uk']));
  for (const [lang, cat] of Object.entries(CATALOGUES)) {
    it(`${lang}: every key, no other, and the same placeholders as English`, () => {
      expect(Object.keys(cat).sort()).to.deep.equal([...KEYS].sort());
      for (const k of KEYS) {
        const want = [...placeholders(en[k])].sort();
        // A form may leave out {count} where the word says the number (Arabic "مشكلتان", two problems).
        const got = [...placeholders(cat[k])].sort();
        expect(
          got.every((p) => want.includes(p)),
          `${lang}.${k} uses ${got.join(', ')}`,
        ).to.equal(true);
        const kept = want.filter((p) => !MAY_OMIT.has(`${lang}.${k}.${p}`));
        if (typeof en[k] === 'string')
          expect(
            kept.every((p) => got.includes(p)),
            `${lang}.${k} lacks one of ${kept.join(', ')}`,
          ).to.equal(true);
      }
    });
    it(`${lang}: plural forms are the language’s own categories`, () => {
      const own = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
      for (const k of KEYS) {
        const m = cat[k];
        if (typeof m !== 'string') for (const c of Object.keys(m)) expect(own, `${lang}.${k}.${c}`).to.include(c);
      }
    });
    it(`${lang}: the publisher checker accepts the whole catalogue`, () => {
      expect(checkStrings(cat, 'strings').issues).to.deep.equal([]);
    });
  }
});

describe('i18n publisher strings are checked like input', () => {
  const cases: [unknown, string[]][] = [
    [{ tableShow: 'Figures' }, []],
    [{ tableShow: 'Figures', nope: 'x' }, ['strings.nope: not a known text key; ignored']],
    [{ tableShow: 42 }, ['strings.tableShow: expected a text of at most 500 characters']],
    [{ tableShow: 'x'.repeat(501) }, ['strings.tableShow: expected a text of at most 500 characters']],
    [{ slide: '{index} of {total}' }, ['strings.slide: {total} is not filled in this text (it can use {index}, {count})']],
    [
      { moreProblems: { one: 'one', few: 'few' } },
      ['strings.moreProblems: expected a text, or texts for the plural forms zero, one, two, few, many and other'],
    ],
    [
      { moreProblems: { other: '{count} more', lots: 'x' } },
      ['strings.moreProblems: expected a text, or texts for the plural forms zero, one, two, few, many and other'],
    ],
    [[], ['strings: expected an object of texts by key']],
    ['Figures', ['strings: expected an object of texts by key']],
    [JSON.parse('{"__proto__": {"tableShow": "x"}}'), ['strings.__proto__: not a known text key; ignored']],
  ];
  for (const [input, want] of cases) {
    it(JSON.stringify(input).slice(0, 60), () => {
      const r = checkStrings(input, 'strings');
      expect(r.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal(want);
      if (!want.length) expect(r.value).to.deep.equal(input);
    });
  }
  it('keeps what is valid', () => {
    expect(checkStrings({ tableShow: 'Figures', tableHide: 3 }, 'strings').value).to.deep.equal({ tableShow: 'Figures' });
  });
});
