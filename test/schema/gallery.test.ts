import { expect } from '@open-wc/testing';
import { MISSING_ALT } from '../../src/core/gallery.js';
import { parseGalleryItems } from '../../src/schema/gallery.js';
import { parseJson } from '../../src/schema/json.js';
import { seedGallery } from '../../fixtures/seed.js';
// Read messages straight after parsing, as the npm entry's users do (elements load them with the first problem).
import '../../src/i18n/issue-texts-now.js';

type Found = [path: string, severity: 'error' | 'warning'];

function problems(input: unknown): Found[] {
  const r = parseGalleryItems(input);
  return (r.ok ? r.warnings : r.issues).map((i) => [i.path, i.severity]);
}

describe('schema/gallery parseGalleryItems: valid input', () => {
  it('reads the 30 seed captions exactly as given, with no problems', () => {
    const r = parseGalleryItems(seedGallery);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.warnings).to.deep.equal([]);
    expect(r.value).to.have.length(30);
    expect(r.value[11]!.caption).to.contain('99 percent of Aleppoís eastern neighborhoods');
    expect(r.value[11]!.credit).to.equal('EPA');
    expect(r.value[9]!.credit).to.equal('AFP/Getty Images');
    expect(r.value[0]).to.deep.equal({
      caption: seedGallery[0]!.caption,
      credit: 'Getty',
      src: null,
      srcset: null,
      alt: '',
      width: null,
      height: null,
    });
  });

  it('keeps a photo with its size, srcset and alt', () => {
    const r = parseGalleryItems([
      {
        caption: 'Smoke rises over Aleppo',
        credit: 'Reuters',
        src: ' https://example.com/1.jpg ',
        srcset: 'https://example.com/1-800.jpg 800w, /1-1600.jpg 1600w',
        alt: 'Grey smoke above rooftops',
        width: 1600,
        height: 1067,
      },
    ]);
    expect(r.ok && r.value[0]).to.deep.equal({
      caption: 'Smoke rises over Aleppo',
      credit: 'Reuters',
      src: 'https://example.com/1.jpg',
      srcset: 'https://example.com/1-800.jpg 800w, /1-1600.jpg 1600w',
      alt: 'Grey smoke above rooftops',
      width: 1600,
      height: 1067,
    });
    expect(r.ok && r.warnings).to.deep.equal([]);
  });

  it('treats missing input as an empty gallery, not an error', () => {
    for (const input of [undefined, null, []]) {
      const r = parseGalleryItems(input);
      expect(r.ok && r.value, String(input)).to.deep.equal([]);
    }
  });

  it('keeps markup in text as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const r = parseGalleryItems([{ caption: evil, credit: evil }]);
    expect(r.ok && r.value[0]!.caption).to.equal(evil);
    expect(r.ok && r.value[0]!.credit).to.equal(evil);
  });
});

describe('schema/gallery parseGalleryItems: the alt rule', () => {
  const photo = { credit: 'Getty', src: 'https://example.com/1.jpg' };
  const cases: [string, Record<string, unknown>, string, Found[]][] = [
    [
      'missing alt, descriptive caption → empty alt and a warning',
      { caption: 'Smoke rises over Aleppo' },
      '',
      [['items[0].alt', 'warning']],
    ],
    [
      'missing alt, short caption → a stated fallback and a warning',
      { caption: 'Aleppo, 2016' },
      MISSING_ALT,
      [['items[0].alt', 'warning']],
    ],
    ['explicit empty alt → kept, no warning', { caption: 'Aleppo, 2016', alt: '' }, '', []],
    ['alt given → kept as given', { caption: 'Aleppo', alt: 'Men carry a stretcher' }, 'Men carry a stretcher', []],
    [
      'alt repeating the credit → kept, with a warning',
      { caption: 'Aleppo', alt: 'Men in Aleppo (getty)' },
      'Men in Aleppo (getty)',
      [['items[0].alt', 'warning']],
    ],
  ];
  for (const [name, fields, alt, found] of cases) {
    it(name, () => {
      const input = [{ ...photo, ...fields }];
      const r = parseGalleryItems(input);
      expect(r.ok && r.value[0]!.alt).to.equal(alt);
      expect(problems(input)).to.deep.equal(found);
    });
  }
  it('asks for no alt on a caption without a photo', () => {
    expect(problems([{ caption: 'Aleppo', credit: 'Getty' }])).to.deep.equal([]);
  });
});

describe('schema/gallery a photo without a credit', () => {
  // Published, never dropped; one warning, with what was done instead, for the editor's preview.
  const cases: [string, unknown, string][] = [
    ['left out', { caption: 'Smoke rises over Aleppo' }, 'missing'],
    ['null', { caption: 'Smoke rises over Aleppo', credit: null }, 'missing'],
    ['empty', { caption: 'Smoke rises over Aleppo', credit: '' }, 'empty'],
    ['blank', { caption: 'Smoke rises over Aleppo', credit: '   ' }, 'empty'],
  ];
  for (const [what, item, word] of cases) {
    it(`${what}: shown without a credit, warned at items[1].credit`, () => {
      const r = parseGalleryItems([{ caption: 'ok', credit: 'Getty' }, item]);
      expect(r.ok).to.equal(true);
      if (!r.ok) return;
      expect(r.value.map((i) => i.credit)).to.deep.equal(['Getty', '']);
      // The English fields; the catalogue key and parameters are checked in test/i18n/issues.test.ts.
      expect(r.warnings.map(({ path, message, severity, instead }) => ({ path, message, severity, instead }))).to.deep.equal([
        {
          path: 'items[1].credit',
          message: `${word}: every news photo should carry a credit (the photographer or agency)`,
          severity: 'warning',
          instead: 'published without a credit',
        },
      ]);
    });
  }
});

describe('schema/gallery parseGalleryItems: bad input, with exact paths', () => {
  const cases: [string, unknown, Found[]][] = [
    ['not a list', { caption: 'x' }, [['items', 'error']]],
    ['a string', 'photos', [['items', 'error']]],
    [
      'an item that is not an object',
      [{ caption: 'ok', credit: 'Getty' }, 'photo', null],
      [
        ['items[1]', 'error'],
        ['items[2]', 'error'],
      ],
    ],
    ['a missing caption', [{ credit: 'Getty' }], [['items[0].caption', 'error']]],
    ['an empty caption', [{ caption: '  ', credit: 'Getty' }], [['items[0].caption', 'error']]],
    ['a caption that is a number', [{ caption: 12, credit: 'Getty' }], [['items[0].caption', 'error']]],
    ['a missing credit (warned, not fatal)', [{ caption: 'Smoke rises over Aleppo' }], [['items[0].credit', 'warning']]],
    ['a credit that is not text', [{ caption: 'Smoke', credit: 12 }], [['items[0].credit', 'error']]],
    ['an unknown field', [{ caption: 'Smoke', credit: 'Getty', captoin: 'x' }], [['items[0].captoin', 'warning']]],
    [
      '__proto__ and constructor keys',
      parseJson('[{"caption": "Smoke", "credit": "Getty", "__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}]'),
      [
        ['items[0].__proto__', 'warning'],
        ['items[0].constructor', 'warning'],
      ],
    ],
    [
      'every problem at once',
      [
        { caption: 'ok', credit: 'Getty' },
        { credit: 'Getty' },
        { caption: 'Smoke over Binnish today', credit: 12, width: -5, height: 800 },
        { caption: 'x', credit: 'y', width: '1200', height: 0 },
      ],
      [
        ['items[1].caption', 'error'],
        ['items[2].credit', 'error'],
        ['items[2].width', 'error'],
        ['items[3].width', 'error'],
        ['items[3].height', 'error'],
      ],
    ],
    ['width without height', [{ caption: 'x', credit: 'y', src: '/1.jpg', alt: '', width: 1200 }], [['items[0].height', 'warning']]],
    ['height without width', [{ caption: 'x', credit: 'y', src: '/1.jpg', alt: '', height: 800 }], [['items[0].width', 'warning']]],
    ['width 1e400 (Infinity)', parseJson('[{"caption": "x", "credit": "y", "width": 1e400, "height": 1}]'), [['items[0].width', 'error']]],
  ];
  for (const [name, input, found] of cases) {
    it(name, () => expect(problems(input)).to.deep.equal(found));
  }

  it('reports invalid JSON at `items`, never a silent null', () => {
    const r = parseGalleryItems(parseJson('[{"caption": "x",]'));
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.issues[0]!.path).to.equal('items');
    expect(!r.ok && r.issues[0]!.message).to.match(/^is not valid JSON \(/);
  });

  it('pollutes nothing', () => {
    parseGalleryItems(parseJson('[{"caption": "x", "credit": "y", "__proto__": {"polluted": 1}}]'));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('names the path in messages', () => {
    const r = parseGalleryItems([
      { caption: 'x', credit: 'y' },
      { caption: 5, credit: 'y' },
    ]);
    expect(!r.ok && r.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal(['items[1].caption: expected text, got 5']);
  });
});

describe('schema/gallery parseGalleryItems: photo URLs', () => {
  const refused: [string, string][] = [
    ['javascript:alert(1)', 'uses the "javascript:" scheme'],
    [' JaVaScRiPt:alert(1)', 'uses the "javascript:" scheme'],
    ['\tjava\nscript:alert(1)', 'contains spaces or control characters'],
    ['data:image/svg+xml,<svg/onload=alert(1)>', 'uses the "data:" scheme'],
    ['data:text/html,<script>alert(1)</script>', 'uses the "data:" scheme'],
    ['vbscript:msgbox(1)', 'uses the "vbscript:" scheme'],
    ['', 'is empty'],
  ];
  for (const [src, reason] of refused) {
    it(`refuses src ${JSON.stringify(src)} with a warning and keeps the caption`, () => {
      const r = parseGalleryItems([{ caption: 'Smoke rises over Aleppo', credit: 'Reuters', src }]);
      expect(r.ok).to.equal(true);
      if (!r.ok) return;
      expect(r.value[0]!.src).to.equal(null);
      expect(r.value[0]!.alt).to.equal('');
      expect(r.warnings.map((w) => w.path)).to.deep.equal(['items[0].src']);
      expect(r.warnings[0]!.message).to.contain(reason);
    });
  }

  it('refuses a srcset with any bad URL, keeping src', () => {
    const r = parseGalleryItems([
      { caption: 'x', credit: 'y', alt: '', src: '/a.jpg', srcset: '/a-800.jpg 800w, javascript:alert(1) 1600w' },
    ]);
    expect(r.ok && r.value[0]!.srcset).to.equal(null);
    expect(r.ok && r.value[0]!.src).to.equal('/a.jpg');
    expect(r.ok && r.warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal([
      'items[0].srcset: refused: "javascript:alert(1)" uses the "javascript:" scheme; only http:, https: are allowed; only src is used',
    ]);
  });

  it('ignores a srcset without a usable src', () => {
    expect(problems([{ caption: 'x', credit: 'y', src: 'javascript:x', srcset: '/a.jpg 1x' }])).to.deep.equal([
      ['items[0].src', 'warning'],
      ['items[0].srcset', 'warning'],
    ]);
  });
});
