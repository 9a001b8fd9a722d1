/**
 * The claim checker as the CDN files load it (issue 13's weight): the checker
 * in one chunk, each language's claim words in another, and a page fetches the
 * checker with only the word lists of its charts' languages. Both builds: the
 * ES module (chunks/newsroom-charts-*.js) and the classic script, which finds
 * its chunks beside it (chunks/claims.js, chunks/claims-xx.js). Needs `npm run build`.
 */
import { expect } from '@open-wc/testing';
import { requireBuilt } from '../security/frame.js';

const months = ['2016-10', '2016-11', '2016-12', '2017-01'];
/** 200 → 50: a fall of 75 %. */
const fall = JSON.stringify(months.map((date, i) => ({ date, value: [200, 120, 80, 50][i] })));
const change = (label: string) => JSON.stringify([{ type: 'change', from: '2016-10', to: '2017-01', label }]);
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/'/g, '&#39;');

/** A chart whose one label is `label`, in `locale`. */
const chart = (id: string, locale: string, label: string) =>
  `<casualty-trend id="${id}" locale="${locale}" heading="Deaths" unit="deaths" data='${attr(fall)}' annotations='${attr(change(label))}'></casualty-trend>`;

const BUILDS = [
  { name: 'ES module', script: '<script type="module" src="/dist/cdn/newsroom-charts.js"></script>', chunk: 'newsroom-charts-' },
  { name: 'classic script', script: '<script src="/dist/cdn/newsroom-charts.iife.js"></script>', chunk: '' },
];

type Trend = HTMLElement & { updateComplete: Promise<unknown> };

async function open(script: string, charts: string[]): Promise<{ frame: HTMLIFrameElement; doc: Document; files: string[] }> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${script}</head><body>${charts.join('\n')}</body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await Promise.race([
    win.customElements.whenDefined('casualty-trend'),
    new Promise((_, reject) => setTimeout(() => reject(new Error('casualty-trend not defined within 10 s')), 10000)),
  ]);
  const doc = frame.contentDocument!;
  // updateComplete waits for the claim checker and its words when labels wait for them.
  for (const el of doc.querySelectorAll<Trend>('casualty-trend')) await el.updateComplete;
  const files = win.performance
    .getEntriesByType('resource')
    .map((e) => e.name.split('/').pop()!.split('?')[0]!)
    .filter((f) => /claims|checker/.test(f));
  return { frame, doc, files };
}

/** The text drawn in a chart's plot (its labels, a wrapped label's lines one by one), not the hidden description. */
function drawn(doc: Document, id: string): string {
  const svg = doc.getElementById(id)!.shadowRoot!.querySelector('.plot svg');
  const parts: string[] = [];
  const walk = doc.createTreeWalker(svg ?? doc.createElement('svg'), NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) parts.push(walk.currentNode.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('trust: the claim checker from the CDN files, with only the words a page needs', () => {
  before(() => requireBuilt('/dist/cdn/newsroom-charts.js', '/dist/cdn/newsroom-charts.iife.js', '/dist/cdn/chunks/claims-en.js'));

  for (const b of BUILDS) {
    it(`${b.name}: an English page checks its labels and fetches the English words only`, async function () {
      this.timeout(30000);
      const { frame, doc, files } = await open(b.script, [chart('bad', 'en', 'a 400% rise'), chart('good', 'en', 'fell 75%')]);
      expect(drawn(doc, 'bad')).not.to.contain('400%');
      expect(drawn(doc, 'bad')).to.contain('-75%');
      expect(drawn(doc, 'good')).to.contain('fell 75%');
      const words = files.filter((f) => /claims-[a-z]{2}\.js$/.test(f));
      expect(words, files.join(', ')).to.deep.equal([`${b.chunk}claims-en.js`]);
      expect(files.length, files.join(', ')).to.equal(2);
      frame.remove();
    });

    it(`${b.name}: a French chart is checked with the French words (and an English one beside it with the English)`, async function () {
      this.timeout(30000);
      const { frame, doc, files } = await open(b.script, [
        chart('fr', 'fr', 'hausse depuis octobre'),
        chart('fr-ok', 'fr', 'baisse depuis octobre'),
        chart('en', 'en', 'hausse depuis octobre'),
      ]);
      // "hausse" (a rise) on a fall: contradicted in French, no claim at all in English.
      expect(drawn(doc, 'fr')).not.to.contain('hausse');
      expect(drawn(doc, 'fr-ok')).to.contain('baisse depuis octobre');
      expect(drawn(doc, 'en')).to.contain('hausse depuis octobre');
      const words = files.filter((f) => /claims-[a-z]{2}\.js$/.test(f)).sort();
      expect(words, files.join(', ')).to.deep.equal([`${b.chunk}claims-en.js`, `${b.chunk}claims-fr.js`]);
      frame.remove();
    });
  }
});
