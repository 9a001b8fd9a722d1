// The hydration support must patch LitElement before any element upgrades.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/**
 * Server-rendered markup (newsroom-charts/ssr, written by test/static/ssr-fixture.mjs)
 * shown without JavaScript, then hydrated: the same nodes are kept, nothing moves,
 * and the charts answer keys afterwards.
 */
const IDS = [
  'trend',
  'trend-empty',
  'trend-error',
  'sources',
  'sources-empty',
  'sources-error',
  'gallery',
  'gallery-empty',
  'gallery-error',
  // Issue 13: rendered on the server in French and Arabic, hydrated without a word changing.
  'trend-fr',
  'gallery-ar',
];

let wrap: HTMLDivElement;

before(async () => {
  const res = await fetch('/dist/test-fixtures/ssr.html');
  if (!res.ok) throw new Error('dist/test-fixtures/ssr.html is missing: run npm run build && npm run test:static first');
  wrap = document.createElement('div');
  wrap.style.width = '640px';
  document.body.append(wrap);
  wrap.setHTMLUnsafe(await res.text());
});

const root = (id: string) => document.getElementById(id)!.shadowRoot!;
const flat = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Text of a shadow root without its styles. */
const seen = (r: ShadowRoot) => {
  const copy = document.createElement('div');
  copy.append(...[...r.childNodes].map((n) => n.cloneNode(true)));
  for (const x of copy.querySelectorAll('style')) x.remove();
  return flat(copy);
};

describe('server-rendered markup (before JavaScript)', () => {
  it('every element has its shadow root, not yet upgraded', () => {
    for (const id of IDS) {
      expect(customElements.get(document.getElementById(id)!.localName), id).to.equal(undefined);
      expect(root(id), id).to.not.equal(null);
    }
  });

  it('charts: heading, plot SVG, description and data table are there', () => {
    for (const id of ['trend', 'sources']) {
      const r = root(id);
      expect(flat(r.querySelector('.heading')), id).to.not.equal('');
      expect(r.querySelector('.plot svg'), id).to.not.equal(null);
      expect(flat(r.querySelector('#desc')).length, id).to.be.greaterThan(20);
      // The whole table: caption, header and every row, readable before any script runs.
      expect(flat(r.querySelector('table caption')), id).to.contain('Data:');
      const columns = r.querySelectorAll('table thead th').length;
      expect(columns, id).to.be.greaterThan(1);
      const rows = [...r.querySelectorAll('table tbody tr')];
      expect(rows.length, id).to.be.greaterThan(1);
      for (const tr of rows) expect((tr as HTMLTableRowElement).cells.length, id).to.equal(columns);
      expect(flat(rows[0]!.querySelector('th[scope="row"]')), id).to.not.equal('');
    }
    // The trend's last row is the seed's last figure (21 in June 2017).
    expect(flat(root('trend').querySelector('table tbody tr:last-child'))).to.contain('21');
    expect(flat(root('trend-empty').querySelector('.empty'))).to.not.equal('');
    expect(flat(root('trend-error').querySelector('.error'))).to.contain('data[0].date');
    expect(flat(root('gallery').querySelector('.slide .text'))).to.equal('Smoke over Aleppo');
  });
});

describe('hydration', () => {
  const before = new Map<string, { nodes: Node[]; text: string; paths: string[]; height: number }>();

  it('keeps every node, the text and the path data, and moves nothing', async () => {
    for (const id of IDS) {
      const r = root(id);
      before.set(id, {
        nodes: [...r.querySelectorAll('*')],
        text: seen(r),
        paths: [...r.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? ''),
        height: document.getElementById(id)!.getBoundingClientRect().height,
      });
    }
    let shift = 0;
    const po = new PerformanceObserver((l) => {
      for (const e of l.getEntries() as (PerformanceEntry & { value: number })[]) shift += e.value;
    });
    po.observe({ type: 'layout-shift', buffered: false });
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      // The same build the server rendered with (dist/, templates minified): hydration matches
      // templates by a digest of their text, so the client must run the code the server ran,
      // as a page using the npm package or the CDN bundle does.
      // (A path in a variable: the type check runs before the build, when dist/ is not there yet.)
      const entry = '../../dist/define/all.js';
      await import(entry);
      for (const id of IDS) await (document.getElementById(id) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    } finally {
      console.warn = warn;
      po.disconnect();
    }
    for (const id of IDS) {
      const was = before.get(id)!;
      const r = root(id);
      const now = [...r.querySelectorAll('*')];
      // Same nodes, by identity (a hydration that re-created the DOM would give new ones).
      for (const n of was.nodes) expect(n.isConnected && r.contains(n), `${id}: ${(n as Element).localName} replaced`).to.equal(true);
      expect(now.length, id).to.be.at.least(was.nodes.length);
      expect(seen(r), id).to.equal(was.text);
      expect(
        [...r.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? ''),
        id,
      ).to.deep.equal(was.paths);
      expect(document.getElementById(id)!.getBoundingClientRect().height, id).to.equal(was.height);
    }
    expect(warnings.filter((w) => /hydrat/i.test(w))).to.deep.equal([]);
    expect(shift).to.equal(0);
  });

  it('matches a fresh client render at the same width: text and path data', async () => {
    const box = document.createElement('div');
    box.style.width = '640px';
    document.body.append(box);
    try {
      for (const id of IDS) {
        const server = document.getElementById(id)!;
        const client = document.createElement(server.localName) as HTMLElement & { updateComplete: Promise<unknown> };
        for (const a of server.attributes) if (a.name !== 'id') client.setAttribute(a.name, a.value);
        // The server draws every plot; this copy, below all of them, would wait for the viewport.
        client.setAttribute('loading', 'eager');
        client.append(...[...server.childNodes].map((n) => n.cloneNode(true)));
        box.append(client);
        await client.updateComplete;
        const was = before.get(id)!;
        expect(seen(client.shadowRoot!), id).to.equal(was.text);
        expect(
          [...client.shadowRoot!.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? ''),
          id,
        ).to.deep.equal(was.paths);
      }
    } finally {
      box.remove();
    }
  });

  it('is interactive afterwards: keys move the readout, the gallery pages', async () => {
    const plot = root('trend').querySelector<HTMLElement>('.plot')!;
    plot.focus();
    await sendKeys({ press: 'End' });
    await (document.getElementById('trend') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(flat(root('trend').querySelector('.readout'))).to.contain('21 civilians killed');
    (root('gallery').querySelector('[part="next"]') as HTMLButtonElement).click();
    await (document.getElementById('gallery') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(flat(root('gallery').querySelector('.slide .text'))).to.equal('A checkpoint');
  });
});
