/**
 * Plots far from the viewport wait for it (src/internal/viewport.ts, issue 12): their text
 * alternative is in the DOM from the first update, the plot's box is kept at its drawn size, and
 * the plot is drawn as the chart approaches the viewport, on focus, for print and for a
 * download, or at once with `loading="eager"`. No real sleeps: waits poll a frame at a time.
 */
import { expect, nextFrame } from '@open-wc/testing';
import '../../src/define/casualty-trend.js';
import '../../src/define/source-comparison.js';
import type { CasualtyTrend } from '../../src/elements/casualty-trend/casualty-trend.js';
import { captureConsole, shadow, text } from '../helpers.js';

const start = Date.UTC(2016, 0, 1);
const year = Array.from({ length: 365 }, (_, i) => ({
  date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
  value: (i * 7) % 90,
}));
const sources = [
  { name: 'Airwars', value: 220, kind: 'monitor' },
  { name: 'Coalition', value: 12, kind: 'military' },
];

const pages: HTMLElement[] = [];
afterEach(() => {
  for (const p of pages.splice(0)) p.remove();
  scrollTo(0, 0);
});

/** A 640 px column: a spacer of `screens` viewport heights, then the element. */
async function place(screens: number, attrs: Record<string, string> = {}, tag = 'casualty-trend'): Promise<CasualtyTrend> {
  const wrap = document.createElement('div');
  wrap.style.width = '640px';
  const spacer = document.createElement('div');
  spacer.style.height = `${Math.round(screens * innerHeight)}px`;
  const el = document.createElement(tag) as CasualtyTrend;
  const given = { heading: 'Far away', unit: 'deaths', note: 'Illustrative figures.', source: 'Airwars', ...attrs };
  for (const [k, v] of Object.entries(given)) el.setAttribute(k, v);
  wrap.append(spacer, el);
  (el as unknown as { data: unknown }).data = tag === 'casualty-trend' ? year : sources;
  pages.push(wrap);
  document.body.append(wrap);
  await el.updateComplete;
  return el;
}

const plotted = (el: Element): boolean => !!shadow(el).querySelector('.plot svg path, .plot svg rect');
const svgBox = (el: Element) => {
  const s = shadow(el).querySelector('.plot svg')!;
  return [s.getAttribute('width'), s.getAttribute('height'), s.getAttribute('viewBox')];
};

/** Polls a frame at a time (at most `frames`) until `ok()`; returns its last answer. */
async function until(ok: () => boolean, frames = 60): Promise<boolean> {
  for (let i = 0; i < frames && !ok(); i++) await nextFrame();
  return ok();
}

describe('plots far from the viewport', () => {
  it('a chart five screens down: text alternative at once, plot box kept, plot drawn as it is scrolled near', async () => {
    const el = await place(5);
    const root = shadow(el);
    expect(plotted(el), 'no plot yet').to.equal(false);
    expect(text(root.querySelector('.heading'))).to.equal('Far away');
    expect(text(root.querySelector('#desc'))).to.match(/deaths/);
    expect(text(root.querySelector('figcaption'))).to.contain('Illustrative figures.');
    expect(root.querySelectorAll('#table tbody tr').length, 'data table rows').to.be.greaterThan(0);
    expect(root.querySelector('[role="status"], [aria-live]'), 'status region').to.not.equal(null);
    const plot = root.querySelector('.plot')!;
    const attrs = ['tabindex', 'role', 'aria-label', 'aria-describedby'].map((a) => plot.getAttribute(a));
    const box = svgBox(el);
    await nextFrame();
    const before = { plot: plot.getBoundingClientRect().height, host: el.getBoundingClientRect().height };
    expect(before.plot).to.be.greaterThan(100);

    el.scrollIntoView();
    expect(await until(() => plotted(el)), 'drawn once near').to.equal(true);
    await nextFrame();
    const after = shadow(el).querySelector('.plot')!;
    expect(svgBox(el), 'the empty box is the drawn one').to.deep.equal(box);
    expect(after.getBoundingClientRect().height, 'plot height unchanged').to.equal(before.plot);
    expect(el.getBoundingClientRect().height, 'chart height unchanged').to.equal(before.host);
    expect(shadow(el).querySelector('.plot svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(
      ['tabindex', 'role', 'aria-label', 'aria-describedby'].map((a) => after.getAttribute(a)),
      'same plot group',
    ).to.deep.equal(attrs);
  });

  it('a chart in the first screen draws at once (one far down on the same page waits)', async () => {
    const el = await place(0);
    const far = await place(5);
    expect([plotted(el), plotted(far)]).to.deep.equal([true, false]);
  });

  it('a chart just below the first screen, within the draw-ahead margin, draws at once', async () => {
    const near = await place(1.2);
    const far = await place(3);
    expect([plotted(near), plotted(far)]).to.deep.equal([true, false]);
  });

  it('loading="eager" draws at once however far (a lazy one as far waits)', async () => {
    const eager = await place(5, { loading: 'eager' });
    const lazy = await place(5);
    expect([plotted(eager), plotted(lazy)]).to.deep.equal([true, false]);
  });

  it('an unknown loading value is lazy, with a warning naming the attribute (nothing dropped silently)', async () => {
    let el!: CasualtyTrend;
    const warned = await captureConsole('warn', async () => {
      el = await place(5, { loading: 'soon' });
    });
    expect(plotted(el)).to.equal(false);
    expect(warned.join('\n')).to.contain('loading: expected one of lazy, eager, got "soon"');
  });

  it('setting loading="eager" on a waiting chart draws it', async () => {
    const el = await place(5);
    expect(plotted(el)).to.equal(false);
    el.setAttribute('loading', 'eager');
    await el.updateComplete;
    expect(plotted(el)).to.equal(true);
  });

  it('focus inside a waiting chart (Tab) draws it, and its keys work', async () => {
    const el = await place(5);
    const plot = shadow(el).querySelector<HTMLElement>('.plot')!;
    expect(plotted(el), 'waiting before focus').to.equal(false);
    // preventScroll: the focus alone must draw it, not the observer seeing it scrolled near.
    plot.focus({ preventScroll: true });
    await el.updateComplete;
    expect(plotted(el)).to.equal(true);
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text(shadow(el).querySelector('.readout'))).to.match(/2016/);
    expect(shadow(el).querySelector('.plot svg .focus')).to.not.equal(null);
  });

  it('beforeprint draws every waiting plot', async () => {
    const a = await place(5);
    const b = await place(8);
    expect([plotted(a), plotted(b)]).to.deep.equal([false, false]);
    dispatchEvent(new Event('beforeprint'));
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect([plotted(a), plotted(b)]).to.deep.equal([true, true]);
  });

  it('a waiting chart removed from the page is unobserved and never drawn', async () => {
    const unobserved: Element[] = [];
    const orig = IntersectionObserver.prototype.unobserve;
    IntersectionObserver.prototype.unobserve = function (this: IntersectionObserver, t: Element) {
      unobserved.push(t);
      return orig.call(this, t);
    };
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    addEventListener('error', onError);
    try {
      const el = await place(5);
      expect(plotted(el), 'waiting').to.equal(false);
      el.remove();
      expect(unobserved).to.include(el);
      dispatchEvent(new Event('beforeprint'));
      for (let i = 0; i < 3; i++) await nextFrame();
      expect(plotted(el), 'not drawn after removal').to.equal(false);
      expect(errors).to.deep.equal([]);
    } finally {
      IntersectionObserver.prototype.unobserve = orig;
      removeEventListener('error', onError);
    }
  });

  it('a download of a waiting chart is the whole plot', async () => {
    const el = await place(5);
    expect(plotted(el), 'waiting').to.equal(false);
    let saved: Blob | undefined;
    const create = URL.createObjectURL.bind(URL);
    const origClick = HTMLAnchorElement.prototype.click;
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (o: Blob | MediaSource) => {
      const url = create(o);
      if (o instanceof Blob) blobs.set(url, o);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved = blobs.get(this.href);
    };
    try {
      shadow(el).querySelector<HTMLButtonElement>('button[data-kind="svg"]')!.click();
      expect(await until(() => saved !== undefined), 'saved').to.equal(true);
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = origClick;
    }
    const svg = await saved!.text();
    expect(svg).to.match(/<path[^>]*class="line/);
  });

  it('<source-comparison> waits too, and draws as it is scrolled near', async () => {
    const el = await place(5, {}, 'source-comparison');
    expect(plotted(el)).to.equal(false);
    expect(text(shadow(el).querySelector('#desc'))).to.contain('Airwars');
    el.scrollIntoView();
    expect(await until(() => plotted(el))).to.equal(true);
  });
});
