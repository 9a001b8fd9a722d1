/**
 * The docs quote what a screen reader reads for the seed story, so a person can
 * check it with NVDA, JAWS or VoiceOver. This keeps the quotes true: the demo
 * page's charts are drawn here and each one's name, description and key help
 * must appear word for word in its element's doc page. Each doc page must
 * also hold a keyboard map.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define/all.js';
import { mount } from '../helpers.js';

/** Doc text without Markdown quote marks, emphasis or line breaks. */
function flat(md: string): string {
  return md
    .replace(/^\s*>\s?/gm, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ');
}

const words = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('docs quote the seed story as the elements read it', function () {
  this.timeout(20000);
  it('every chart of demo/index.html: name, description and key help are in its doc page', async () => {
    const demo = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const charts = [...demo.querySelectorAll('casualty-trend, source-comparison')];
    expect(charts.length).to.be.at.least(4);
    const wrap = await mount<HTMLElement>(html`<div lang=${demo.documentElement.lang}></div>`, 640);
    for (const c of charts) wrap.append(document.importNode(c, true));
    await nextFrame();
    const docs = new Map<string, string>();
    let quoted = 0;
    for (const el of wrap.children) {
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const tag = el.tagName.toLowerCase();
      if (!docs.has(tag)) docs.set(tag, flat(await (await fetch(`/docs/${tag}.md`)).text()));
      const doc = docs.get(tag)!;
      expect(doc, `${tag}.md keyboard map`).to.contain('## Keyboard map');
      const root = el.shadowRoot!;
      const name = root.querySelector('.plot')!.getAttribute('aria-label')!;
      const paragraphs = [...root.querySelectorAll('#desc p')].map((p) => words(p.textContent!));
      const keys = words(root.getElementById('keys')!.textContent!);
      expect(doc, `${tag}.md key help`).to.contain(keys);
      // A chart is quoted when its name is in the doc; then its whole description must be too.
      if (!doc.includes(name)) continue;
      quoted++;
      for (const p of paragraphs) expect(doc, `${tag}.md quotes "${name}"`).to.contain(p);
    }
    expect(quoted, 'seed charts quoted in the docs').to.be.at.least(4);
  });

  it('the gallery doc has a keyboard map and the live-region sentence', async () => {
    const doc = flat(await (await fetch('/docs/photo-gallery-caption.md')).text());
    expect(doc).to.contain('## Keyboard map');
    expect(doc).to.contain('Photo 3 of 30. Syrian pro-regime fighters');
  });
});
