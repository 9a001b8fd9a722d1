/**
 * The editor's preview (issue 11, part 3): with `preview` (or `?nc-preview` in
 * the page URL) every warning and error is listed visibly inside the element's
 * frame, with its path and what was done instead; without it, readers see none.
 */
import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../../src/define/casualty-trend.js';
import '../../src/define/photo-gallery-caption.js';
import '../../src/define/source-comparison.js';
import { axeViolations, axTree } from '../a11y/checks.js';
import { captureConsole, mount, shadow } from '../helpers.js';

const trendData = JSON.stringify([
  { date: '2016', value: 44 },
  { date: '2017', value: 220 },
]);

/** One chart of each kind, each with a refused link (a warning) and an unknown field (a warning). */
const charts: [string, (preview: boolean) => TemplateResult][] = [
  [
    'casualty-trend',
    (preview) =>
      html`<casualty-trend
        ?preview=${preview}
        heading="Deaths (illustrative)"
        source="Civic Monitor"
        source-url="javascript:alert(1)"
        data=${JSON.stringify([
          { date: '2016', value: 44 },
          { date: '2017', value: 220, vlaue: 3 },
        ])}
      ></casualty-trend>`,
  ],
  [
    'source-comparison',
    (preview) =>
      html`<source-comparison
        ?preview=${preview}
        heading="Tallies (illustrative)"
        source="Civic Monitor"
        source-url="javascript:alert(1)"
        data=${JSON.stringify([{ name: 'Civic Monitor', value: 10, colour: 'red' }])}
      ></source-comparison>`,
  ],
  [
    'photo-gallery-caption',
    (preview) =>
      html`<photo-gallery-caption
        ?preview=${preview}
        heading="Photos (illustrative)"
        source="Civic Monitor"
        source-url="javascript:alert(1)"
        items=${JSON.stringify([{ caption: 'A street', credit: 'A. Photographer', extra: 1 }])}
      ></photo-gallery-caption>`,
  ],
];

function panel(el: HTMLElement): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[data-nc-preview]');
}

/** The panel's visible text, whitespace collapsed. */
function panelText(el: HTMLElement): string {
  return (panel(el)?.innerText ?? '').replace(/\s+/g, ' ').trim();
}

async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  let out!: T;
  await captureConsole('warn', async () => {
    await captureConsole('error', async () => {
      out = await fn();
    });
  });
  return out;
}

describe('preview: warnings an editor can see', () => {
  for (const [tag, make] of charts) {
    it(`${tag}: without preview, readers see no warning`, async () => {
      const el = await quietly(() => mount<HTMLElement>(make(false)));
      expect(panel(el)).to.equal(null);
      expect(shadow(el).textContent).not.to.contain('link refused');
    });

    it(`${tag}: with preview, every warning is visible with its path and what was done instead`, async () => {
      const el = await quietly(() => mount<HTMLElement>(make(true)));
      const p = panel(el)!;
      expect(p, 'panel').to.not.equal(null);
      expect(p.getBoundingClientRect().height).to.be.greaterThan(20);
      const t = panelText(el);
      expect(t).to.match(/^Editor preview: 0 errors, 2 warnings\. Readers do not see this box\./);
      expect(t).to.contain('Warning source-url: link refused: it uses the "javascript:" scheme');
      expect(t).to.contain('Instead: the source is shown as text, without a link.');
      // The unknown field is named by its path.
      expect(t).to.match(/Warning (data\[1\]|data\[0\]|items\[0\])\.(vlaue|colour|extra)/);
      // The source's name stays visible, without a link.
      const source = shadow(el).querySelector('.source')!;
      expect(source.textContent).to.contain('Civic Monitor');
      expect(source.querySelector('a')).to.equal(null);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('lists every error, not only the first five, when the chart cannot be drawn', async () => {
    const bad = JSON.stringify(Array.from({ length: 7 }, (_, i) => ({ date: `2017-0${i + 1}`, value: -1 })));
    const el = await quietly(() => mount<HTMLElement>(html`<casualty-trend preview data=${bad}></casualty-trend>`));
    const t = panelText(el);
    expect(t).to.match(/^Editor preview: 7 errors, 0 warnings\./);
    for (let i = 0; i < 7; i++) expect(t).to.contain(`Error data[${i}].value`);
    // The reader-facing error box still lists five and points to the console.
    expect(shadow(el).querySelectorAll('.error li').length).to.equal(5);
  });

  it('says so when there is nothing to report', async () => {
    const el = await mount<HTMLElement>(html`<casualty-trend preview data=${trendData}></casualty-trend>`);
    expect(panelText(el)).to.equal('Editor preview: no errors or warnings. Readers do not see this box.');
  });

  it('follows the warnings as the input changes', async () => {
    const el = await mount<HTMLElement & { sourceUrl: string; updateComplete: Promise<unknown> }>(
      html`<casualty-trend preview source="Civic Monitor" data=${trendData}></casualty-trend>`,
    );
    expect(panelText(el)).to.contain('no errors or warnings');
    await quietly(async () => {
      el.sourceUrl = 'vbscript:msgbox(1)';
      await el.updateComplete;
    });
    expect(panelText(el)).to.contain('Warning source-url: link refused');
    el.sourceUrl = 'https://example.org/';
    await el.updateComplete;
    expect(panelText(el)).to.contain('no errors or warnings');
  });

  it('is turned on for every element by ?nc-preview in the page URL', async () => {
    const before = location.href;
    history.replaceState(
      null,
      '',
      `${location.pathname}?${new URLSearchParams([...new URLSearchParams(location.search), ['nc-preview', '']])}`,
    );
    try {
      const el = await quietly(() => mount<HTMLElement>(charts[1]![1](false)));
      expect(panelText(el)).to.contain('Warning source-url');
    } finally {
      history.replaceState(null, '', before);
    }
    const el = await quietly(() => mount<HTMLElement>(charts[1]![1](false)));
    expect(panel(el)).to.equal(null);
  });

  it('is a named group in the accessibility tree', async () => {
    await quietly(() => mount<HTMLElement>(charts[0]![1](true)));
    const groups = (await axTree()).filter((n) => n.role?.value === 'group' && /^Editor preview/.test(n.name?.value ?? ''));
    expect(groups.length).to.equal(1);
    expect(groups[0]!.name!.value).to.equal('Editor preview: 0 errors, 2 warnings. Readers do not see this box.');
  });
});
