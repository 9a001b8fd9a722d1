/**
 * Issue 13's acceptance: for each language × element × state, what a reader
 * sees and what the accessibility tree says (names, descriptions, live
 * messages, table headers, button labels, key) holds no word of the English
 * catalogue, unless the language's own catalogue or the editor's data has it
 * too ("Source" is French as well; "Airwars" is data). A string left in
 * English anywhere fails here.
 */
// Every English word, the validation messages included (elements alone load those with the first problem).
import '../../src/i18n/issue-texts-now.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../../src/define/all.js';
import { en, type Catalogue, type Key } from '../../src/i18n/messages.js';
import ar from '../../src/i18n/ar.js';
import de from '../../src/i18n/de.js';
import es from '../../src/i18n/es.js';
import fr from '../../src/i18n/fr.js';
import uk from '../../src/i18n/uk.js';
import { axTree } from '../a11y/checks.js';
import { captureConsole, mount } from '../helpers.js';

const CATALOGUES: Record<string, Catalogue> = { ar, de, es, fr, uk };

/** The editor's words in each language: heading, unit, notes, kinds, captions. */
const DATA: Record<string, { heading: string; unit: string; note: string; event: string; kind: string; caption: string }> = {
  ar: {
    heading: 'الرقة',
    unit: 'مدنيًا قُتلوا',
    note: 'تقديري',
    event: 'بدء الهجوم',
    kind: 'مرصد',
    caption: 'دخان فوق حلب بعد الغارة الجوية',
  },
  de: {
    heading: 'Rakka',
    unit: 'getötete Zivilisten',
    note: 'geschätzt',
    event: 'Angriff beginnt',
    kind: 'Beobachter',
    caption: 'Rauch über Aleppo nach dem Luftangriff',
  },
  es: {
    heading: 'Raqa',
    unit: 'civiles muertos',
    note: 'ilustrativo',
    event: 'Comienza el asalto',
    kind: 'observatorio',
    caption: 'Humo sobre Alepo tras el bombardeo aéreo',
  },
  fr: {
    heading: 'Raqqa',
    unit: 'civils tués',
    note: 'illustratif',
    event: 'Début de l’assaut',
    kind: 'observatoire',
    caption: 'Fumée au-dessus d’Alep après la frappe aérienne',
  },
  uk: {
    heading: 'Ракка',
    unit: 'загиблих цивільних',
    note: 'ілюстративно',
    event: 'Початок штурму',
    kind: 'монітор',
    caption: 'Дим над Алеппо після авіаудару',
  },
};
/** Source and credit names, the same in every language. */
const NAMES = ['Airwars', 'SOHR', 'CENTCOM', 'AFP'];
/** Data that arrives only after a minute (test/remote/server-plugin.mjs): the loading state. */
const SLOW = '/__remote/data?body=%5B%5D&type=application%2Fjson&delay=60000';

/** Words of two letters or more; a Latin run is a word of its own (Arabic "وEnd" holds the key name "End"). */
const words = (text: string): string[] => text.toLowerCase().match(/\p{Script=Latin}{2,}|[^\P{L}\p{Script=Latin}]{2,}/gu) ?? [];
const messageTexts = (m: Catalogue[Key]): string[] => (typeof m === 'string' ? [m] : Object.values(m));
/** A template's words: placeholders and quoted code (`"value": null`, `missing="connect"`) left out. */
const textsOf = (c: Catalogue) =>
  (Object.keys(en) as Key[]).flatMap((k) => messageTexts(c[k]).map((t) => t.replace(/\{\w+\}|"[^"]*"/g, ' ')));
const ENGLISH = new Set(textsOf(en as Catalogue).flatMap(words));

/**
 * Words the English catalogue shares with each language, checked by hand: key
 * names printed on keyboards, file formats, and words that are the language's
 * own ("Status" in German, "Source" in French). Listed rather than taken from
 * the catalogue itself, so English left in a catalogue still fails.
 */
const SHARED: Record<string, string[]> = {
  ar: ['csv', 'down', 'end', 'escape', 'home', 'page', 'png', 'svg', 'tab', 'up'],
  de: ['csv', 'escape', 'in', 'link', 'png', 'problem', 'so', 'status', 'svg', 'tab'],
  es: ['csv', 'escape', 'no', 'png', 'series', 'svg', 'tab', 'use'],
  fr: [
    'annotations',
    'console',
    'csv',
    'date',
    'description',
    'image',
    'note',
    'notes',
    'page',
    'photo',
    'photos',
    'place',
    'png',
    'point',
    'points',
    'source',
    'sources',
    'styles',
    'svg',
    'tab',
  ],
  uk: ['csv', 'down', 'end', 'escape', 'home', 'page', 'png', 'svg', 'tab', 'up'],
};

/**
 * What the editor types, the same in every language, named in the validation
 * messages: field and attribute names, values and formats (`use null for…`,
 * `give both low and high`, `an ISO date`).
 */
const CODE = [
  'alt',
  'auto',
  'cors',
  'csv',
  'false',
  'height',
  'high',
  'http',
  'iso',
  'json',
  'low',
  'ltr',
  'null',
  'rtl',
  'src',
  'srcset',
  'true',
  'url',
  'width',
];

function forbidden(lang: string): Set<string> {
  const allowed = new Set([...SHARED[lang]!, ...CODE, ...[...Object.values(DATA[lang]!), ...NAMES].flatMap(words)]);
  return new Set([...ENGLISH].filter((w) => !allowed.has(w)));
}

function trendData(d: (typeof DATA)[string]) {
  return [
    { date: '2016-10', value: 44, status: 'estimate' },
    { date: '2016-11', value: 58, status: 'estimate', note: d.note },
    { date: '2016-12', value: null },
    { date: '2017-01', value: 150, low: 120, high: 180, status: 'unverified' },
    { date: '2017-02', value: 220, low: 220, high: 260, status: 'reported' },
  ];
}
const annotations = (d: (typeof DATA)[string]) => [
  { type: 'change', from: '2016-10', to: '2017-02' },
  { type: 'event', date: '2017-01', label: d.event },
];
const sources = (d: (typeof DATA)[string]) => [
  { name: 'Airwars', low: 220, high: 300, kind: d.kind, status: 'estimate', url: 'https://example.org/a' },
  { name: 'SOHR', value: 21, kind: d.kind, status: 'reported', retrieved: '2017-06-06', note: d.note },
  { name: 'CENTCOM', value: null, kind: d.kind },
];
const photos = (d: (typeof DATA)[string]) => [
  { caption: d.caption, credit: 'AFP' },
  { caption: d.caption, credit: 'AFP', src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' },
];

interface Case {
  name: string;
  render: (lang: string, d: (typeof DATA)[string]) => TemplateResult;
  /** Puts the element in the state (opens a list). */
  act?: (el: HTMLElement) => Promise<void>;
  /** Attribute values quoted in a message (`mark` takes line, area or bar): code, not words. */
  keywords?: string[];
}

const CASES: Case[] = [
  {
    name: 'trend, normal',
    render: (l, d) =>
      html`<casualty-trend locale=${l} unit=${d.unit} .data=${trendData(d)} .annotations=${annotations(d)}></casualty-trend>`,
    act: readout,
  },
  {
    name: 'trend, normal, table shown',
    render: (l, d) => html`<casualty-trend locale=${l} heading=${d.heading} .data=${trendData(d)}></casualty-trend>`,
    act: (el) => press(el, '[part="table-toggle"]'),
  },
  { name: 'trend, empty', render: (l, d) => html`<casualty-trend locale=${l} heading=${d.heading} .data=${[]}></casualty-trend>` },
  {
    name: 'trend, no figures',
    render: (l, d) =>
      html`<casualty-trend
        locale=${l}
        unit=${d.unit}
        .data=${[
          { date: '2017-01', value: null },
          { date: '2017-03', value: null },
        ]}
      ></casualty-trend>`,
  },
  {
    name: 'trend, error',
    render: (l, d) => html`<casualty-trend locale=${l} heading=${d.heading} .data=${[{ date: 'x' }]}></casualty-trend>`,
  },
  { name: 'trend, loading', render: (l, d) => html`<casualty-trend locale=${l} heading=${d.heading} src=${SLOW}></casualty-trend>` },
  {
    name: 'comparison, normal',
    render: (l, d) => html`<source-comparison locale=${l} unit=${d.unit} reference="SOHR" .data=${sources(d)}></source-comparison>`,
    act: readout,
  },
  {
    name: 'comparison, empty',
    render: (l, d) => html`<source-comparison locale=${l} heading=${d.heading} .data=${[]}></source-comparison>`,
  },
  {
    name: 'comparison, error',
    render: (l, d) => html`<source-comparison locale=${l} heading=${d.heading} .data=${[{ value: 3 }]}></source-comparison>`,
  },
  {
    name: 'comparison, loading',
    render: (l, d) => html`<source-comparison locale=${l} heading=${d.heading} src=${SLOW}></source-comparison>`,
  },
  {
    name: 'gallery, strip with every caption shown',
    render: (l, d) => html`<photo-gallery-caption locale=${l} .items=${photos(d)}></photo-gallery-caption>`,
    act: async (el) => {
      await press(el, '[part="show-all"]');
      await press(el, '[part="next"]');
    },
  },
  {
    name: 'gallery, all photos',
    render: (l, d) => html`<photo-gallery-caption locale=${l} mode="all" .items=${photos(d)}></photo-gallery-caption>`,
  },
  {
    name: 'trend, wrong keywords, editor preview',
    render: (l, d) =>
      html`<casualty-trend
        locale=${l}
        heading=${d.heading}
        mark="pie"
        missing="zero"
        loading="soon"
        preview
        .data=${trendData(d)}
      ></casualty-trend>`,
    keywords: ['line', 'area', 'bar', 'gap', 'connect', 'pie', 'zero', 'lazy', 'eager', 'soon'],
  },
  {
    name: 'comparison, wrong keywords, editor preview',
    render: (l, d) =>
      html`<source-comparison locale=${l} heading=${d.heading} sort="size" mark="pie" preview .data=${sources(d)}></source-comparison>`,
    keywords: ['value', 'name', 'none', 'bar', 'dot', 'size', 'pie'],
  },
  {
    name: 'comparison, unknown reference',
    render: (l, d) => html`<source-comparison locale=${l} heading=${d.heading} reference="UN" .data=${sources(d)}></source-comparison>`,
    keywords: ['un'],
  },
  {
    name: 'gallery, wrong mode, editor preview',
    render: (l, d) => html`<photo-gallery-caption locale=${l} mode="grid" preview .items=${photos(d)}></photo-gallery-caption>`,
    keywords: ['single', 'all', 'grid', 'data'],
  },
  { name: 'gallery, empty', render: (l) => html`<photo-gallery-caption locale=${l} .items=${[]}></photo-gallery-caption>` },
  {
    name: 'gallery, error',
    render: (l) => html`<photo-gallery-caption locale=${l} .items=${[{ credit: 'AFP' }]}></photo-gallery-caption>`,
  },
];

/** Focuses the plot and moves to a point: the readout is said. */
async function readout(el: HTMLElement): Promise<void> {
  (el.shadowRoot!.querySelector('.plot') as HTMLElement).focus();
  await sendKeys({ press: 'End' });
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  if (!el.shadowRoot!.querySelector('.readout span:not(.hint)')) throw new Error('no readout');
}

async function press(el: HTMLElement, selector: string): Promise<void> {
  (el.shadowRoot!.querySelector(selector) as HTMLElement).click();
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/**
 * Left out here on purpose: the paths in the error state's and the preview panel's
 * lists of problems (`data[0].date`, `missing`), which are the editor's data, not words. Everything else
 * counts, the validation messages included.
 */
const UNTRANSLATED = '.error li > code, .preview li > code';

/** Text nodes and spoken attributes of the shadow root, with where each came from. */
function said(root: ShadowRoot): [string, string][] {
  const out: [string, string][] = [];
  const skip = (n: Node) => !!(n.parentElement?.closest(`style, ${UNTRANSLATED}`) ?? null);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (!skip(n) && n.textContent!.trim()) out.push([n.textContent!, n.parentElement!.localName]);
  for (const el of root.querySelectorAll('*')) {
    if (el.closest(UNTRANSLATED)) continue;
    for (const a of ['aria-label', 'aria-roledescription', 'alt', 'title']) {
      const v = el.getAttribute(a);
      if (v) out.push([v, `${el.localName}[${a}]`]);
    }
  }
  return out;
}

for (const lang of Object.keys(CATALOGUES)) {
  describe(`every word in ${lang}`, () => {
    const bad = forbidden(lang);
    for (const c of CASES) {
      it(c.name, async () => {
        let el!: HTMLElement;
        await captureConsole('error', async () => {
          await captureConsole('warn', async () => {
            el = await mount<HTMLElement>(c.render(lang, DATA[lang]!), 640);
            await c.act?.(el);
          });
        });
        const root = el.shadowRoot!;
        const excluded = [...root.querySelectorAll(UNTRANSLATED)].map((x) => x.textContent ?? '').join(' ');
        const texts = said(root);
        for (const n of await axTree()) {
          for (const v of [n.name?.value, n.description?.value]) if (v && !excluded.includes(v)) texts.push([v, `ax ${n.role?.value}`]);
        }
        const found = texts.flatMap(([t, where]) =>
          words(t)
            .filter((w) => bad.has(w) && !c.keywords?.includes(w))
            .map((w) => `"${w}" in ${where}: ${t.trim().slice(0, 120)}`),
        );
        expect([...new Set(found)]).to.deep.equal([]);
        // One voice: the figure says which language it speaks, and no fragment switches to English.
        expect(root.querySelector('figure')!.getAttribute('lang')).to.equal(lang);
        expect(root.querySelector('figure')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : null);
        expect(
          [...root.querySelectorAll('[lang="en"]')].filter((x) => !x.matches(UNTRANSLATED)).map((x) => x.outerHTML.slice(0, 80)),
        ).to.deep.equal([]);
      });
    }
  });
}
