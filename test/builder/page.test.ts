/**
 * The builder itself: accessible names, axe, keyboard only, 375 px, warnings as
 * they are introduced, hostile pasted text, state in the URL and storage, and
 * the shipped page (demo/builder.html with dist/cdn/builder/builder.js: run
 * `npm run build` first) making no request.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NcBuilder } from '../../src/builder/app.js';
import { encodeState, defaultState } from '../../src/builder/state.js';
import { axeViolations, axTree } from '../a11y/checks.js';
import { installXssFlag, VECTORS } from '../security/hostile.js';
import { $, choose, click, embedOf, mountBuilder, type } from './helpers.js';
import { CENSUS_TSV, GALLERY_TSV } from './fixtures.js';

const MONTHS_TSV = 'Month\tDeaths\n2016-10\t200\n2016-11\t150\n2017-01\t90\n2017-02\t50';

async function trend(b: NcBuilder, label: string, data = MONTHS_TSV): Promise<void> {
  await type(b, '#data', data);
  await choose(b, '#chart', 'casualty-trend');
  await type(b, '#f-heading', 'Deaths per month (illustrative)');
  await click(b, '#add-annotation');
  await type(b, '#ann-0-from', '2016-10');
  await type(b, '#ann-0-to', '2017-02');
  await type(b, '#ann-0-label', label);
  await b.settled();
}

const warningsText = (b: NcBuilder) => $(b, '.warnings').textContent!.replace(/\s+/g, ' ');

describe('builder: the page', function () {
  this.timeout(60000);

  it('names its controls as editors and tests rely on', async () => {
    const b = await mountBuilder();
    await trend(b, '{change} since October');
    const nodes = await axTree();
    const has = (role: string, name: string) => nodes.some((n) => n.role?.value === role && n.name?.value === name);
    expect(has('textbox', 'Data'), 'textbox Data').to.equal(true);
    expect(has('combobox', 'Chart'), 'select Chart').to.equal(true);
    expect(has('textbox', 'Embed code'), 'textbox Embed code').to.equal(true);
    expect(has('button', 'Copy embed code'), 'button Copy embed code').to.equal(true);
    expect(has('region', 'Warnings'), 'region Warnings').to.equal(true);
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations with a chart, annotations and previews (${theme}, right to left)`, async () => {
      const b = await mountBuilder();
      await trend(b, 'fell 75%');
      const radio = Array.from(b.querySelectorAll<HTMLInputElement>('input[name="theme"]')).find((r) =>
        r.parentElement!.textContent!.includes(theme),
      )!;
      radio.click();
      Array.from(b.querySelectorAll<HTMLInputElement>('input[name="dir"]'))[1]!.click();
      await b.settled();
      expect(await axeViolations(b)).to.deep.equal([]);
    });
  }

  it('works at 375 px: nothing but the scroll regions is wider than the screen', async () => {
    const b = await mountBuilder(375);
    await trend(b, '{change}');
    const wide = Array.from(b.querySelectorAll<HTMLElement>('*'))
      .filter((e) => !e.closest('.scroll, .measure'))
      .filter((e) => e.getBoundingClientRect().right > b.getBoundingClientRect().right + 1)
      .map((e) => `${e.localName}.${e.className}`);
    expect(wide).to.deep.equal([]);
    // Nor does anything inside them (such as an element's visually hidden text) escape and widen the page.
    await choose(b, '#chart', 'photo-gallery-caption');
    const widest = Array.from(b.querySelectorAll<HTMLInputElement>('.controls input[type="checkbox"]')).find((c) =>
      c.parentElement!.textContent!.includes('1000'),
    )!;
    widest.click();
    await b.settled();
    expect(b.querySelectorAll('[data-preview-width] photo-gallery-caption').length).to.equal(3);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it('can be used with the keyboard alone: type data, pick the chart, add an annotation, reach the code', async () => {
    const b = await mountBuilder();
    $(b, '#data').focus();
    await sendKeys({ type: 'date,value' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: '2017-01,10' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: '2017-02,30' });
    await b.settled();
    expect(b.state.dataText).to.equal('date,value\n2017-01,10\n2017-02,30');
    const order: string[] = [];
    for (let i = 0; i < 40 && document.activeElement?.id !== 'add-annotation'; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(document.activeElement?.id ?? '');
    }
    expect(order).to.include('chart');
    expect(document.activeElement?.id).to.equal('add-annotation');
    await sendKeys({ press: 'Enter' });
    await b.updateComplete;
    // The new annotation's first field has focus.
    expect(document.activeElement?.id).to.equal('ann-0-type');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2017-01' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2017-02' });
    await b.settled();
    expect($(b, '.annotation .computed').textContent).to.include('+200%');
    for (let i = 0; i < 80 && document.activeElement?.id !== 'copy'; i++) await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('copy');
    await sendKeys({ press: 'Enter' });
    await b.updateComplete;
    expect($(b, '.copy-status').textContent).to.match(/copied|selected/i);
  });

  it('shows a contradicted label in Warnings as it is typed, and under the annotation', async () => {
    const b = await mountBuilder();
    await trend(b, '{change} since October');
    expect(warningsText(b)).not.to.include('annotations[0].label');
    await type(b, '#ann-0-label', 'a 400% rise');
    await b.settled();
    expect(warningsText(b)).to.include('annotations[0].label');
    expect(warningsText(b)).to.include('400');
    expect($(b, '.annotation .computed').textContent).to.include('−75%');
    expect($(b, '.annotation .computed .warning').textContent).to.include('400');
  });

  it('lists every warning and error the previews report (a missing month, a refused link), with sheet rows for data paths', async () => {
    const b = await mountBuilder();
    const seen: string[] = [];
    const listen = (e: Event) => {
      const ev = e as Event & { warnings?: { path: string; message: string }[]; issues?: { path: string; message: string }[] };
      for (const i of ev.warnings ?? ev.issues ?? []) seen.push(i.message);
    };
    b.addEventListener('nc-warning', listen);
    b.addEventListener('nc-invalid', listen);
    // March is absent (not null), and the source link is refused.
    await trend(b, '{change}', 'Month\tDeaths\n2016-10\t200\n2016-11\t150\n2016-12\tn/a\n2017-01\t90\n2017-03\t50\n2017-04\tabout 40');
    await type(b, '#f-source', 'Monitor');
    await type(b, '#f-source-url', 'javascript:alert(1)');
    await b.settled();
    const text = warningsText(b);
    expect(text).to.include('source-url');
    expect(text).to.include('row 4, column "Deaths": "n/a" read as no figure');
    expect(text).to.include('row 7, column "Deaths": expected a number');
    expect(seen.length).to.be.above(0);
    for (const m of seen) expect(text, m).to.include(m.replace(/\s+/g, ' '));
    // A schema error on a cell is named by row and column, with the element's path beside it.
    await type(b, '#data', 'Month\tDeaths\n2016-10\t200\n2016-11\t-5');
    await b.settled();
    expect(warningsText(b)).to.include('row 3, column "Deaths" data[1].value');
  });

  it('survives hostile pasted text: nothing runs, the code holds one element and reads back the same', async () => {
    installXssFlag();
    const b = await mountBuilder();
    const cells = VECTORS.map((v) => v.replace(/[\t\n\r]/g, ' '));
    const sheet = [
      'Caption\tCredit',
      ...cells.map((v, i) => `"${v.replace(/"/g, '""')}"\t"${cells[(i + 1) % cells.length]!.replace(/"/g, '""')}"`),
    ].join('\n');
    await type(b, '#data', sheet);
    await choose(b, '#chart', 'photo-gallery-caption');
    await type(b, '#f-heading', VECTORS[0]!);
    await type(b, '#f-byline', VECTORS[8]!);
    await choose(b, '#f-mode', 'all');
    await b.settled();
    const code = embedOf(b);
    const doc = new DOMParser().parseFromString(code, 'text/html');
    expect(doc.querySelectorAll('photo-gallery-caption').length).to.equal(1);
    expect(doc.querySelectorAll('img, svg, iframe, a, base, link, math, x').length).to.equal(0);
    expect(
      Array.from(doc.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name))).length,
    ).to.equal(0);
    // The page holds no element a payload would have made.
    expect(document.querySelectorAll('img[src="x"], iframe[srcdoc], base, x[onfocus]').length).to.equal(0);
    const again = await mountBuilder();
    await type(again, '#data', code);
    await again.settled();
    expect(embedOf(again)).to.equal(code);
    // A hostile embed pasted back: its handlers and extra markup are not taken over.
    await type(
      again,
      '#data',
      `<img src=x onerror=__nc_xss()><casualty-trend onmouseover="__nc_xss()" heading="<svg onload=__nc_xss()>" data='[{"date":"2017","value":1}]'></casualty-trend>`,
    );
    await again.settled();
    expect(embedOf(again)).not.to.include('onmouseover');
    expect(embedOf(again)).to.include('heading="&lt;svg onload=__nc_xss()&gt;"');
    expect(window.__ncXss).to.deep.equal([]);
  });

  it('keeps its state in the URL fragment and in localStorage when asked to persist', async () => {
    const start = location.hash;
    localStorage.removeItem('nc-builder');
    const state = {
      ...defaultState(),
      dataText: GALLERY_TSV,
      chart: 'photo-gallery-caption' as const,
      fields: { heading: 'Kept in the link' },
    };
    history.replaceState(null, '', `#${encodeState(state)}`);
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div><nc-builder persist></nc-builder></div>`);
      const b = wrap.querySelector('nc-builder')!;
      await b.settled();
      expect(($(b, '#chart') as HTMLSelectElement).value).to.equal('photo-gallery-caption');
      expect(($(b, '#f-heading') as HTMLInputElement).value).to.equal('Kept in the link');
      await type(b, '#f-heading', 'Changed');
      expect(JSON.parse(localStorage.getItem('nc-builder')!).fields.heading).to.equal('Changed');
      expect(location.hash).to.match(/^#b=/);
      // Without a fragment, storage restores it.
      history.replaceState(null, '', location.pathname + location.search);
      const wrap2 = await fixture<HTMLDivElement>(html`<div><nc-builder persist></nc-builder></div>`);
      const b2 = wrap2.querySelector('nc-builder')!;
      await b2.settled();
      expect(($(b2, '#f-heading') as HTMLInputElement).value).to.equal('Changed');
    } finally {
      localStorage.removeItem('nc-builder');
      history.replaceState(null, '', location.pathname + location.search + start);
    }
  });

  it('the shipped page loads only its own files and sends nothing while it is used', async () => {
    const frame = document.createElement('iframe');
    Object.assign(frame.style, { width: '1200px', height: '900px', border: '0' });
    frame.title = 'Builder page';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/demo/builder.html';
    document.body.append(frame);
    await loaded;
    try {
      const win = frame.contentWindow! as Window & typeof globalThis;
      await win.customElements.whenDefined('nc-builder');
      const b = frame.contentDocument!.querySelector('nc-builder') as NcBuilder;
      await b.updateComplete;
      const data = b.querySelector<HTMLTextAreaElement>('#data')!;
      data.value = CENSUS_TSV;
      data.dispatchEvent(new win.Event('input', { bubbles: true }));
      await b.settled();
      b.querySelector<HTMLButtonElement>('#add-annotation')!.click();
      await b.settled();
      expect(b.querySelectorAll('[data-preview-width] casualty-trend').length).to.be.above(0);
      const entries = win.performance.getEntriesByType('resource');
      expect(entries.filter((e) => new URL(e.name).origin !== location.origin)).to.deep.equal([]);
      // The test server injects its own reload socket script into every HTML page it serves: not the builder's.
      const names = entries.map((e) => new URL(e.name).pathname).filter((p) => !p.startsWith('/__web-dev-server'));
      expect(names.sort()).to.deep.equal(['/demo/builder.css', '/dist/cdn/builder/builder.js']);
      const kinds = win.performance.getEntriesByType('resource').map((e) => (e as PerformanceResourceTiming).initiatorType);
      expect(kinds.filter((k) => ['fetch', 'xmlhttprequest', 'beacon'].includes(k))).to.deep.equal([]);
    } finally {
      frame.contentWindow?.localStorage.removeItem('nc-builder');
      frame.remove();
    }
  });
});
