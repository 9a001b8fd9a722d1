import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../../src/define/all.js';
import { illustrativeMonthly } from '../../fixtures/trend.js';
import { withReference } from '../../fixtures/comparison.js';
import { cdp, mount, shadow } from '../helpers.js';

/**
 * Print (issue 15): on paper every element uses the light palette whatever the
 * screen's colour scheme or `theme`, hides what needs a pointer or a key, and
 * prints the gallery's captions and credits in full.
 */
const TOKENS = [
  '--_bg',
  '--_text',
  '--_muted',
  '--_grid',
  '--_axis',
  '--_link',
  '--_annotation',
  '--_s0',
  '--_s1',
  '--_s2',
  '--_s3',
  '--_s4',
  '--_s5',
];

const gallery = [
  { caption: 'Smoke rises over the old city', credit: 'Reuters' },
  { caption: 'Families cross the Euphrates', credit: 'AFP' },
  { caption: 'A street in Tabqa', credit: 'Local photographer' },
];

const cases: readonly [string, (theme: string | undefined) => TemplateResult][] = [
  ['casualty-trend', (t) => html`<casualty-trend theme=${t ?? ''} data=${JSON.stringify(illustrativeMonthly)}></casualty-trend>`],
  ['source-comparison', (t) => html`<source-comparison theme=${t ?? ''} data=${JSON.stringify(withReference)}></source-comparison>`],
  ['photo-gallery-caption', (t) => html`<photo-gallery-caption theme=${t ?? ''} items=${JSON.stringify(gallery)}></photo-gallery-caption>`],
];

async function media(media: string, scheme: 'light' | 'dark'): Promise<void> {
  await cdp('Emulation.setEmulatedMedia', { media, features: [{ name: 'prefers-color-scheme', value: scheme }] });
}

/** The computed colours of an element's drawn text and marks: every SVG fill and stroke, every text colour. */
function paint(el: HTMLElement): string[] {
  const out: string[] = [];
  for (const n of shadow(el).querySelectorAll('*')) {
    const s = getComputedStyle(n);
    if (s.display === 'none') continue;
    out.push(`${n.tagName}.${n.getAttribute('class') ?? ''}:${s.color}|${s.fill}|${s.stroke}|${s.backgroundColor}`);
  }
  return out;
}

describe('print styles', () => {
  afterEach(async () => {
    await cdp('Emulation.setEmulatedMedia', { media: '', features: [] });
  });

  for (const [tag, template] of cases) {
    it(`${tag}: prints in the light palette from a dark screen and from theme="dark"`, async () => {
      await media('screen', 'light');
      const light = await mount<HTMLElement>(template('light'));
      const want = TOKENS.map((t) => getComputedStyle(light).getPropertyValue(t));
      const wantPaint = paint(light);
      // Sanity: on a dark screen the tokens are the dark ones, so the comparison below can fail.
      await media('screen', 'dark');
      const auto = await mount<HTMLElement>(template(undefined));
      const dark = await mount<HTMLElement>(template('dark'));
      expect(getComputedStyle(auto).getPropertyValue('--_bg')).to.equal('#121212');
      expect(getComputedStyle(dark).getPropertyValue('--_bg')).to.equal('#121212');
      await media('print', 'dark');
      for (const el of [auto, dark, light]) {
        expect(
          TOKENS.map((t) => getComputedStyle(el).getPropertyValue(t)),
          el.getAttribute('theme') ?? 'auto',
        ).to.deep.equal(want);
        expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      }
      // Drawn colours too (the light element printed differs from its screen self only by what print hides).
      const printedLight = paint(light);
      expect(paint(auto)).to.deep.equal(printedLight);
      expect(paint(dark)).to.deep.equal(printedLight);
      expect(printedLight.length).to.be.greaterThan(5);
      expect(wantPaint.length).to.be.at.least(printedLight.length);
    });

    it(`${tag}: no hints or buttons on paper, and the figure is not split across pages`, async () => {
      await media('print', 'light');
      const el = await mount<HTMLElement>(template(undefined));
      const root = shadow(el);
      const figure = root.querySelector('figure')!;
      if (tag !== 'photo-gallery-caption') expect(getComputedStyle(figure).breakInside).to.equal('avoid');
      const visible = [...root.querySelectorAll('button, .readout, .tools, .hint')].filter(
        (b) => b.checkVisibility() && !b.closest('.list'),
      );
      expect(visible.map((b) => b.textContent?.trim())).to.deep.equal([]);
      // The same element on screen does show them (the test can fail).
      await media('screen', 'light');
      expect([...root.querySelectorAll('button')].some((b) => b.checkVisibility())).to.equal(true);
    });
  }

  it('photo-gallery-caption: every caption and credit printed in full, as text, no Previous / Next', async () => {
    await media('print', 'light');
    const el = await mount<HTMLElement>(cases[2]![1](undefined));
    const root = shadow(el);
    const list = root.querySelector('.list')!;
    expect(list.hasAttribute('hidden')).to.equal(true);
    expect(getComputedStyle(list).display).to.equal('block');
    const items = [...list.querySelectorAll('li')];
    expect(items).to.have.length(3);
    items.forEach((li, i) => {
      const entry = li.querySelector('.jump')!;
      expect(getComputedStyle(entry).display).to.equal('flex');
      expect(getComputedStyle(entry).borderTopStyle).to.equal('none');
      expect(getComputedStyle(li).breakInside).to.equal('avoid');
      expect(li.querySelector('.text')!.textContent).to.equal(gallery[i]!.caption);
      expect(li.querySelector('.credit')!.textContent).to.contain(gallery[i]!.credit);
      expect((li.querySelector('.text') as HTMLElement).offsetHeight).to.be.greaterThan(0);
    });
    expect(getComputedStyle(root.querySelector('.bar')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('[part="previous"]')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('[part="next"]')!).display).to.equal('none');
  });
});
