import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../../src/define/photo-gallery-caption.js';
import type { GalleryChangeEvent, PhotoGalleryCaption } from '../../src/elements/photo-gallery-caption/photo-gallery-caption.js';
import { defineOnce } from '../../src/internal/define.js';
import type { NcInvalidEvent, NcWarningEvent } from '../../src/internal/events.js';
import { arabicGallery, hostileGallery, longCaption, placeholderGallery, placeholderSrc } from '../../fixtures/gallery.js';
import { SEED_GALLERY_HEADING, seedGallery } from '../../fixtures/seed.js';
import { captureConsole, cdp, mount, settle, shadow, text } from '../helpers.js';

const THIRD =
  "Photo 3 of 30. Syrian pro-regime fighters, gesture as they drive past resident fleeing violence in the restive Bustan al-Qasr neighbourhood, in Aleppo's Fardos neighbourhood. Credit: Getty";

const seed = (extra: Partial<Record<'index' | 'mode' | 'loop' | 'creditPrefix', unknown>> = {}): TemplateResult =>
  html`<photo-gallery-caption
    heading=${SEED_GALLERY_HEADING}
    locale="en-GB"
    items=${JSON.stringify(seedGallery)}
    index=${(extra.index as number | undefined) ?? 1}
    mode=${(extra.mode as string | undefined) ?? 'single'}
    ?loop=${Boolean(extra.loop)}
    credit-prefix=${(extra.creditPrefix as string | undefined) ?? ''}
  ></photo-gallery-caption>`;

const withPhotos = (items: unknown = placeholderGallery) =>
  html`<photo-gallery-caption heading="Placeholder photos" .items=${items}></photo-gallery-caption>`;

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T & HTMLElement>(selector)!;
const status = (el: Element) => text(q(el, '[role="status"]'));
const counter = (el: Element) => text(q(el, '.bar .counter'));
const caption = (el: Element) => text(q(el, '.viewer .text'));
const button = (el: Element, part: string) => q<HTMLButtonElement>(el, `[part="${part}"]`);

/** Every gallery-change event on the element while `fn` runs. */
async function events(el: HTMLElement, fn: () => Promise<void>): Promise<GalleryChangeEvent[]> {
  const seen: GalleryChangeEvent[] = [];
  const listener = (e: GalleryChangeEvent) => seen.push(e);
  el.addEventListener('gallery-change', listener);
  try {
    await fn();
  } finally {
    el.removeEventListener('gallery-change', listener);
  }
  return seen;
}

/** Clicks the centre of an element with the real mouse (so focus follows as for a reader). */
async function clickOn(node: Element): Promise<void> {
  node.scrollIntoView({ block: 'center' });
  const r = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

function swipe(target: Element, dx: number, dy = 0, pointerType = 'touch'): void {
  const r = target.getBoundingClientRect();
  const x = r.x + r.width / 2;
  const y = r.y + r.height / 2;
  const init = { bubbles: true, composed: true, pointerId: 7, isPrimary: true, pointerType };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x, clientY: y }));
  target.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: x + dx / 2, clientY: y + dy / 2 }));
  target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x + dx, clientY: y + dy }));
}

describe('<photo-gallery-caption> what a reader perceives', () => {
  it('shows the heading, the "1/30" counter, the caption and a distinct credit', async () => {
    const el = await mount<PhotoGalleryCaption>(seed());
    expect(text(q(el, '[role="heading"]'))).to.equal('In Pictures: The crisis unfolding in Syria');
    expect(counter(el)).to.equal('1/30');
    expect(caption(el)).to.equal(seedGallery[0]!.caption);
    const credit = q(el, '.viewer .credit');
    expect(text(credit)).to.equal('Credit: Getty');
    expect(text(credit.querySelector('.vh'))).to.equal('Credit:');
    expect(getComputedStyle(credit).color).to.not.equal(getComputedStyle(q(el, '.viewer .text')).color);
    expect(parseFloat(getComputedStyle(credit).fontSize)).to.be.lessThan(parseFloat(getComputedStyle(q(el, '.viewer .text')).fontSize));
    expect(shadow(el).querySelector('img')).to.equal(null);
  });

  it('has named buttons, a slide group "1 of 30" and an empty polite live region from the first render', async () => {
    const el = await mount<PhotoGalleryCaption>(seed());
    expect(text(button(el, 'previous'))).to.equal('‹Previous photo');
    expect(text(button(el, 'next'))).to.equal('Next photo›');
    expect(text(button(el, 'show-all'))).to.equal('Show all captions▾');
    for (const b of shadow(el).querySelectorAll('button')) expect(b.getAttribute('type')).to.equal('button');
    expect(button(el, 'previous').getAttribute('aria-disabled')).to.equal('true');
    expect(button(el, 'next').getAttribute('aria-disabled')).to.equal('false');
    expect(button(el, 'show-all').getAttribute('aria-expanded')).to.equal('false');
    const slide = q(el, '.viewer .slide');
    expect(slide.getAttribute('role')).to.equal('group');
    expect(slide.getAttribute('aria-roledescription')).to.equal('slide');
    expect(slide.getAttribute('aria-label')).to.equal('1 of 30');
    const live = shadow(el).querySelectorAll('[role="status"]');
    expect(live.length).to.equal(1);
    expect(status(el)).to.equal('');
  });

  it('exposes the slide group and button names in the accessibility tree', async () => {
    await mount<PhotoGalleryCaption>(seed({ index: 3 }));
    const { nodes } = await cdp<{ nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] }>(
      'Accessibility.getFullAXTree',
    );
    const named = (role: string, name: string) => nodes.some((n) => !n.ignored && n.role?.value === role && n.name?.value === name);
    expect(named('group', '3 of 30'), 'slide group').to.equal(true);
    expect(named('button', 'Previous photo')).to.equal(true);
    expect(named('button', 'Next photo')).to.equal(true);
    expect(named('button', 'Show all captions')).to.equal(true);
    expect(named('figure', SEED_GALLERY_HEADING)).to.equal(true);
  });

  it('passes axe with zero violations: single, all, with photos, list open, empty and error states', async () => {
    await expect(await mount<PhotoGalleryCaption>(seed())).to.be.accessible();
    await expect(await mount<PhotoGalleryCaption>(seed({ mode: 'all' }))).to.be.accessible();
    await expect(await mount<PhotoGalleryCaption>(withPhotos())).to.be.accessible();
    const allPhotos = await mount<PhotoGalleryCaption>(
      html`<photo-gallery-caption heading="Placeholder photos" mode="all" .items=${placeholderGallery}></photo-gallery-caption>`,
    );
    await expect(allPhotos).to.be.accessible();
    const open = await mount<PhotoGalleryCaption>(seed({ index: 12 }));
    button(open, 'show-all').click();
    await settle(open);
    await expect(open).to.be.accessible();
    await expect(
      await mount<PhotoGalleryCaption>(html`<photo-gallery-caption heading="Nothing yet"></photo-gallery-caption>`),
    ).to.be.accessible();
    await captureConsole('error', async () => {
      await expect(
        await mount<PhotoGalleryCaption>(html`<photo-gallery-caption heading="Broken" items="[{"></photo-gallery-caption>`),
      ).to.be.accessible();
    });
  });

  it('renders caption 12 exactly as given, mis-encoding included', async () => {
    const el = await mount<PhotoGalleryCaption>(seed({ index: 12 }));
    expect(counter(el)).to.equal('12/30');
    expect(caption(el)).to.equal(seedGallery[11]!.caption);
    expect(caption(el)).to.contain('99 percent of Aleppoís eastern neighborhoods');
    expect(text(q(el, '.viewer .credit'))).to.equal('Credit: EPA');
  });

  it('uses the locale’s digits and a credit prefix', async () => {
    const el = await mount<PhotoGalleryCaption>(
      html`<photo-gallery-caption locale="ar-EG" credit-prefix="تصوير:" index="2" .items=${arabicGallery}></photo-gallery-caption>`,
    );
    expect(counter(el)).to.equal('٢/٣');
    expect(q(el, '.viewer .slide').getAttribute('aria-label')).to.equal('٢ من ٣');
    expect(text(q(el, '.viewer .credit'))).to.equal('تصوير: رويترز');
    expect(q(el, '.viewer .credit .vh')).to.equal(null);
  });

  it('wraps a long caption, never cutting it, at 280 px; nothing is wider than the element', async () => {
    const el = await mount<PhotoGalleryCaption>(
      html`<photo-gallery-caption heading=${SEED_GALLERY_HEADING} .items=${longCaption}></photo-gallery-caption>`,
      280,
    );
    const p = q(el, '.viewer .text');
    expect(caption(el)).to.equal(longCaption[0]!.caption);
    expect(p.getBoundingClientRect().height).to.be.greaterThan(150);
    expect(p.scrollHeight).to.be.at.most(p.clientHeight + 1);
    expect(getComputedStyle(p).textOverflow).to.equal('clip');
    expect(getComputedStyle(p).overflow).to.equal('visible');
    const limit = el.getBoundingClientRect().right + 0.5;
    for (const node of shadow(el).querySelectorAll('button, p, .bar, .slide')) {
      expect(node.getBoundingClientRect().right, node.textContent ?? '').to.be.at.most(limit);
    }
  });

  it('gives every button a target of at least 24 × 24 px, in both modes, at 280 px', async () => {
    const el = await mount<PhotoGalleryCaption>(seed(), 280);
    button(el, 'show-all').click();
    await settle(el);
    const buttons = [...shadow(el).querySelectorAll('button')];
    expect(buttons.length).to.equal(33);
    for (const b of buttons) {
      const r = b.getBoundingClientRect();
      expect(r.width, b.textContent ?? '').to.be.at.least(24);
      expect(r.height, b.textContent ?? '').to.be.at.least(24);
    }
  });

  it('uses no text smaller than 12 px', async () => {
    const el = await mount<PhotoGalleryCaption>(seed(), 280);
    button(el, 'show-all').click();
    await settle(el);
    const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
    let checked = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement!;
      if (!n.textContent!.trim() || parent.closest('.vh')) continue;
      expect(parseFloat(getComputedStyle(parent).fontSize), n.textContent!).to.be.at.least(12);
      checked++;
    }
    expect(checked).to.be.greaterThan(60);
  });

  it('renders text with markup as text', async () => {
    const el = await mount<PhotoGalleryCaption>(
      html`<photo-gallery-caption heading=${'<b>x</b>'} .items=${hostileGallery}></photo-gallery-caption>`,
    );
    expect(caption(el)).to.equal(hostileGallery[0]!.caption);
    expect(text(q(el, '.viewer .credit'))).to.equal(`Credit: ${hostileGallery[0]!.credit}`);
    expect(shadow(el).querySelectorAll('img, script, b').length).to.equal(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows a visible focus ring of 2 px on the buttons', async () => {
    const el = await mount<PhotoGalleryCaption>(html`<button id="before">before</button>${seed()}`);
    const gallery = el.parentElement!.querySelector('photo-gallery-caption')!;
    (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    const focused = shadow(gallery).activeElement as HTMLElement;
    expect(focused.getAttribute('part')).to.equal('previous');
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('2px');
  });

  it('keeps buttons and the current list entry visible in forced colours', async () => {
    await cdp('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      const el = await mount<PhotoGalleryCaption>(seed({ index: 2 }));
      button(el, 'show-all').click();
      await settle(el);
      const bg = getComputedStyle(el).backgroundColor;
      const next = getComputedStyle(button(el, 'next'));
      expect(next.borderTopStyle).to.equal('solid');
      expect(next.borderTopColor).to.not.equal(bg);
      const current = getComputedStyle(q(el, '.jump[aria-current="true"]'));
      expect(current.borderInlineStartWidth).to.equal('4px');
      expect(current.borderInlineStartColor).to.not.equal(bg);
    } finally {
      await cdp('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('follows the theme: dark', async () => {
    const dark = await mount<PhotoGalleryCaption>(html`<photo-gallery-caption theme="dark" .items=${seedGallery}></photo-gallery-caption>`);
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(18, 18, 18)');
    expect(getComputedStyle(q(dark, '.viewer .text')).color).to.equal('rgb(241, 241, 241)');
  });
});

describe('<photo-gallery-caption> moving between photos', () => {
  it('Next twice: counter, reflected index, slide label, live region, events, focus stays on the button', async () => {
    const el = await mount<PhotoGalleryCaption>(seed());
    const next = button(el, 'next');
    const seen = await events(el, async () => {
      await clickOn(next);
      await settle(el);
      expect(status(el)).to.equal(
        "Photo 2 of 30. A Syrian woman, fleeing violence in the restive Bustan al-Qasr neighbourhood, reacts as she stands with her children in Aleppo's Fardos neighbourhood, after regime troops retook the area from rebel fighters. Credit: Getty",
      );
      await clickOn(next);
      await settle(el);
    });
    expect(counter(el)).to.equal('3/30');
    expect(el.index).to.equal(3);
    expect(el.getAttribute('index')).to.equal('3');
    expect(q(el, '.viewer .slide').getAttribute('aria-label')).to.equal('3 of 30');
    expect(caption(el)).to.equal(seedGallery[2]!.caption);
    expect(status(el)).to.equal(THIRD);
    expect(shadow(el).activeElement).to.equal(next);
    expect(seen.map((e) => [e.detail.index, e.detail.reader, e.cancelable, e.bubbles, e.composed])).to.deep.equal([
      [2, true, true, true, true],
      [3, true, true, true, true],
    ]);
    expect(seen[1]!.detail.item).to.deep.include({ caption: seedGallery[2]!.caption, credit: 'Getty' });
    expect(button(el, 'previous').getAttribute('aria-disabled')).to.equal('false');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('Previous goes back', async () => {
    const el = await mount<PhotoGalleryCaption>(seed({ index: 3 }));
    button(el, 'previous').click();
    await settle(el);
    expect(counter(el)).to.equal('2/30');
    expect(status(el)).to.match(/^Photo 2 of 30\. A Syrian woman/);
  });

  it('stops at the ends without loop: nothing moves, nothing fires, focus stays', async () => {
    const el = await mount<PhotoGalleryCaption>(seed());
    const prev = button(el, 'previous');
    const seen = await events(el, async () => {
      await clickOn(prev);
      await settle(el);
    });
    expect(seen).to.have.length(0);
    expect(counter(el)).to.equal('1/30');
    expect(shadow(el).activeElement).to.equal(prev);
    expect(status(el)).to.equal('');
    el.index = 30;
    await settle(el);
    expect(button(el, 'next').getAttribute('aria-disabled')).to.equal('true');
    expect(button(el, 'previous').getAttribute('aria-disabled')).to.equal('false');
    const more = await events(el, async () => {
      button(el, 'next').click();
      await settle(el);
    });
    expect(more).to.have.length(0);
    expect(counter(el)).to.equal('30/30');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('wraps round with loop', async () => {
    const el = await mount<PhotoGalleryCaption>(seed({ loop: true, index: 30 }));
    expect(button(el, 'next').getAttribute('aria-disabled')).to.equal('false');
    button(el, 'next').click();
    await settle(el);
    expect(counter(el)).to.equal('1/30');
    expect(button(el, 'previous').getAttribute('aria-disabled')).to.equal('false');
    button(el, 'previous').click();
    await settle(el);
    expect(counter(el)).to.equal('30/30');
    expect(status(el)).to.match(/^Photo 30 of 30\. Damaged buildings stand in the rebel-controlled area of Maar/);
  });

  it('moves with Left/Right arrows, Home and End when the gallery has focus', async () => {
    const el = await mount<PhotoGalleryCaption>(seed());
    button(el, 'next').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(counter(el)).to.equal('2/30');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(status(el)).to.equal(THIRD);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(counter(el)).to.equal('2/30');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(counter(el)).to.equal('30/30');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(counter(el)).to.equal('30/30');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(counter(el)).to.equal('1/30');
    expect(shadow(el).activeElement).to.equal(button(el, 'next'));
  });

  it('never prevents keys pressed outside the gallery', async () => {
    const el = await mount<PhotoGalleryCaption>(html`<button id="out">out</button>${seed()}`);
    (document.getElementById('out') as HTMLButtonElement).focus();
    const seen: boolean[] = [];
    const listener = (e: KeyboardEvent) => seen.push(e.defaultPrevented);
    window.addEventListener('keydown', listener);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'End' });
    window.removeEventListener('keydown', listener);
    expect(seen).to.deep.equal([false, false]);
    expect(counter(el.parentElement!.querySelector('photo-gallery-caption')!)).to.equal('1/30');
  });

  it('mirrors arrows and swipes right to left', async () => {
    const wrap = await mount<HTMLDivElement>(html`<div dir="rtl" lang="ar">${seed()}</div>`);
    const el = wrap.querySelector('photo-gallery-caption')!;
    await settle(el);
    button(el, 'next').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(counter(el)).to.equal('2/30');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(counter(el)).to.equal('1/30');
    swipe(q(el, '.viewer .slide'), 80);
    await settle(el);
    expect(counter(el)).to.equal('2/30');
    // In RTL the Previous button sits on the right.
    expect(button(el, 'previous').getBoundingClientRect().x).to.be.greaterThan(button(el, 'next').getBoundingClientRect().x);
  });

  it('moves with a touch swipe, the same as the buttons; ignores short, vertical and mouse drags', async () => {
    const el = await mount<PhotoGalleryCaption>(seed());
    const slide = () => q(el, '.viewer .slide');
    const seen = await events(el, async () => {
      swipe(slide(), -80);
      await settle(el);
      expect(counter(el)).to.equal('2/30');
      swipe(slide(), -120, 20, 'pen');
      await settle(el);
      expect(counter(el)).to.equal('3/30');
      expect(status(el)).to.equal(THIRD);
      swipe(slide(), 80);
      await settle(el);
      expect(counter(el)).to.equal('2/30');
      swipe(slide(), -20);
      swipe(slide(), -60, 200);
      swipe(slide(), -200, 0, 'mouse');
      await settle(el);
    });
    expect(counter(el)).to.equal('2/30');
    expect(seen.map((e) => [e.detail.index, e.detail.reader])).to.deep.equal([
      [2, true],
      [3, true],
      [2, true],
    ]);
  });

  it('fires after the change: a listener reads the new index', async () => {
    const el = await mount<PhotoGalleryCaption>(seed());
    const seen: number[] = [];
    const read = () => seen.push(el.index);
    el.addEventListener('gallery-change', read);
    button(el, 'next').click();
    await settle(el);
    el.removeEventListener('gallery-change', read);
    expect(seen).to.deep.equal([2]);
    expect(counter(el)).to.equal('2/30');
  });

  it('lets a listener cancel a reader’s move', async () => {
    const el = await mount<PhotoGalleryCaption>(seed());
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('gallery-change', cancel);
    button(el, 'next').click();
    swipe(q(el, '.viewer .slide'), -80);
    await settle(el);
    el.removeEventListener('gallery-change', cancel);
    expect(counter(el)).to.equal('1/30');
    expect(el.index).to.equal(1);
    expect(status(el)).to.equal('');
  });

  it('moves when the page sets index, with a non-cancelable, non-reader event and an announcement', async () => {
    const el = await mount<PhotoGalleryCaption>(seed());
    const seen = await events(el, async () => {
      el.index = 3;
      await settle(el);
      el.setAttribute('index', '11');
      await settle(el);
    });
    expect(seen.map((e) => [e.detail.index, e.detail.reader, e.cancelable])).to.deep.equal([
      [3, false, false],
      [11, false, false],
    ]);
    expect(seen[1]!.detail.item.credit).to.equal('Reuters');
    expect(counter(el)).to.equal('11/30');
    expect(status(el)).to.equal('Photo 11 of 30. Smoke rises as seen from a governement-held area of Aleppo, Syria. Credit: Reuters');
  });

  it('fires nothing and says nothing on the first render', async () => {
    const seen: Event[] = [];
    const listener = (e: Event) => seen.push(e);
    document.addEventListener('gallery-change', listener);
    const el = await mount<PhotoGalleryCaption>(seed({ index: 5 }));
    document.removeEventListener('gallery-change', listener);
    expect(seen).to.have.length(0);
    expect(status(el)).to.equal('');
    expect(counter(el)).to.equal('5/30');
  });

  it('clamps an invalid index with a warning', async () => {
    let event: NcWarningEvent | undefined;
    const listener = (e: Event) => (event = e as NcWarningEvent);
    document.addEventListener('nc-warning', listener);
    let el!: PhotoGalleryCaption;
    const warned = await captureConsole('warn', async () => {
      el = await mount<PhotoGalleryCaption>(seed({ index: 99 }));
    });
    document.removeEventListener('nc-warning', listener);
    expect(counter(el)).to.equal('30/30');
    expect(warned.join()).to.contain('index: expected a photo number from 1 to 30, got 99; showing photo 30');
    expect(event?.warnings.map((w) => w.path)).to.deep.equal(['index']);
    await captureConsole('warn', async () => {
      const nan = await mount<PhotoGalleryCaption>(html`<photo-gallery-caption index="abc" .items=${seedGallery}></photo-gallery-caption>`);
      expect(counter(nan)).to.equal('1/30');
      button(nan, 'next').click();
      await settle(nan);
      expect(nan.getAttribute('index')).to.equal('2');
    });
  });

  it('Show all toggles a numbered list of every caption and credit; choosing one jumps to it', async () => {
    const el = await mount<PhotoGalleryCaption>(seed({ index: 2 }));
    const toggle = button(el, 'show-all');
    const list = q(el, '#all');
    expect(toggle.getAttribute('aria-controls')).to.equal('all');
    expect(list.hidden).to.equal(true);
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(list.hidden).to.equal(false);
    expect(list.tagName).to.equal('OL');
    const items = [...list.querySelectorAll('li')];
    expect(items).to.have.length(30);
    expect(text(items[0])).to.equal(`1 ${seedGallery[0]!.caption} Credit: Getty`);
    expect(text(items[9]!.querySelector('.credit'))).to.equal('Credit: AFP/Getty Images');
    expect(list.querySelector('[aria-current="true"]')!.textContent).to.contain(seedGallery[1]!.caption);
    const { nodes } = await cdp<{ nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] }>(
      'Accessibility.getFullAXTree',
    );
    const entry = nodes.find((n) => !n.ignored && n.role?.value === 'button' && n.name?.value.startsWith('12 '));
    expect(entry?.name?.value).to.equal(`12 ${seedGallery[11]!.caption} Credit: EPA`);
    const seen = await events(el, async () => {
      await clickOn(items[11]!.querySelector('button')!);
      await settle(el);
    });
    expect(seen.map((e) => [e.detail.index, e.detail.reader])).to.deep.equal([[12, true]]);
    expect(counter(el)).to.equal('12/30');
    expect(caption(el)).to.contain('Aleppoís');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(list.hidden).to.equal(true);
    expect(shadow(el).activeElement).to.equal(q(el, '.viewer .slide'));
    expect(status(el)).to.match(/^Photo 12 of 30\. Syrian soldiers targeting/);
    // The arrows still work from the focused slide.
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(counter(el)).to.equal('13/30');
    toggle.click();
    await settle(el);
    toggle.click();
    await settle(el);
    expect(list.hidden).to.equal(true);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('lists every photo and caption in mode="all", each a slide group, without Previous/Next', async () => {
    const el = await mount<PhotoGalleryCaption>(seed({ mode: 'all' }));
    const slides = shadow(el).querySelectorAll('.slide');
    expect(slides).to.have.length(30);
    expect(slides[2]!.getAttribute('aria-label')).to.equal('3 of 30');
    expect(slides[2]!.getAttribute('aria-roledescription')).to.equal('slide');
    expect(text(slides[2]!.querySelector('.counter'))).to.equal('3/30');
    expect(text(slides[11]!.querySelector('.text'))).to.equal(`12/30${seedGallery[11]!.caption}`);
    expect(shadow(el).querySelectorAll('button')).to.have.length(0);
    expect(shadow(el).querySelector('[role="status"]')).to.not.equal(null);
  });
});

describe('<photo-gallery-caption> photos', () => {
  it('loads photos lazily with width, height and alt, and no inline style anywhere', async () => {
    const el = await mount<PhotoGalleryCaption>(withPhotos());
    const img = q<HTMLImageElement>(el, '.viewer img');
    expect(img.getAttribute('src')).to.equal(placeholderSrc(1));
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('width')).to.equal('1200');
    expect(img.getAttribute('height')).to.equal('800');
    expect(img.getAttribute('alt')).to.equal('');
    expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
    // The frame keeps its 3:2 shape whatever the photo, so nothing below jumps.
    const frame = q(el, '.viewer .photo').getBoundingClientRect();
    expect(frame.height).to.be.closeTo((frame.width * 2) / 3, 1);
    el.index = 5;
    await settle(el);
    expect(q(el, '.viewer .photo').getBoundingClientRect().height).to.be.closeTo(frame.height, 0.5);
  });

  it('reserves each photo’s own shape in mode="all" before it loads', async () => {
    const items = placeholderGallery.slice(0, 6).map((p, i) => ({ ...p, src: `/never-loads-${i}.svg` }));
    const el = await mount<PhotoGalleryCaption>(html`<photo-gallery-caption mode="all" .items=${items}></photo-gallery-caption>`, 600);
    const imgs = [...shadow(el).querySelectorAll('img')];
    expect(imgs).to.have.length(6);
    expect(imgs[0]!.getBoundingClientRect().height).to.be.closeTo(400, 1);
    expect(imgs[4]!.getBoundingClientRect().height).to.be.closeTo(900, 1);
    expect(imgs.every((i) => i.getAttribute('loading') === 'lazy')).to.equal(true);
  });

  it('preloads the next photo', async () => {
    const el = await mount<PhotoGalleryCaption>(withPhotos());
    await new Promise((r) => setTimeout(r, 200));
    const fetched = () => performance.getEntriesByType('resource').map((e) => e.name);
    expect(fetched()).to.include(placeholderSrc(2));
    el.index = 2;
    await settle(el);
    await new Promise((r) => setTimeout(r, 200));
    expect(fetched()).to.include(placeholderSrc(3));
  });

  it('refuses unsafe photo URLs with a warning and keeps the caption', async () => {
    let el!: PhotoGalleryCaption;
    const warned = await captureConsole('warn', async () => {
      el = await mount<PhotoGalleryCaption>(
        withPhotos([
          { caption: 'Smoke rises over Aleppo', credit: 'Reuters', src: ' JaVaScRiPt:alert(1)' },
          { caption: 'Damaged buildings in Binnish', credit: 'Reuters', src: 'data:image/svg+xml,<svg/onload=alert(1)>' },
        ]),
      );
    });
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(caption(el)).to.equal('Smoke rises over Aleppo');
    expect(warned.join()).to.contain('items[0].src: photo refused');
    expect(warned.join()).to.contain('items[1].src: photo refused');
  });

  it('warns about a missing alt and applies the rule: empty alt only when the caption describes the photo', async () => {
    let el!: PhotoGalleryCaption;
    const warned = await captureConsole('warn', async () => {
      el = await mount<PhotoGalleryCaption>(
        withPhotos([
          { caption: 'Smoke rises over Aleppo', credit: 'Reuters', src: placeholderSrc(1) },
          { caption: 'Aleppo', credit: 'Reuters', src: placeholderSrc(2) },
        ]),
      );
    });
    expect(warned.join()).to.contain('items[0].alt: missing');
    expect(warned.join()).to.contain('items[1].alt: missing');
    expect(q(el, '.viewer img').getAttribute('alt')).to.equal('');
    el.index = 2;
    await settle(el);
    expect(q(el, '.viewer img').getAttribute('alt')).to.equal('Photo, no description provided');
  });

  it('slides under normal motion and never under reduced motion', async () => {
    const moving = await mount<PhotoGalleryCaption>(withPhotos());
    button(moving, 'next').click();
    await settle(moving);
    expect(shadow(moving).getAnimations().length).to.be.greaterThan(0);
    await cdp('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    try {
      const el = await mount<PhotoGalleryCaption>(withPhotos());
      button(el, 'next').click();
      await settle(el);
      expect(counter(el)).to.equal('2/30');
      expect(shadow(el).getAnimations()).to.have.length(0);
    } finally {
      await cdp('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});

describe('<photo-gallery-caption> input', () => {
  it('takes the seed JSON as is from a child script, heading included', async () => {
    const el = await mount<PhotoGalleryCaption>(
      html`<photo-gallery-caption
        ><script type="application/json">
          ${JSON.stringify({ heading: SEED_GALLERY_HEADING, items: seedGallery })}
        </script></photo-gallery-caption
      >`,
    );
    expect(text(q(el, '[role="heading"]'))).to.equal(SEED_GALLERY_HEADING);
    expect(counter(el)).to.equal('1/30');
    const list = await mount<PhotoGalleryCaption>(
      html`<photo-gallery-caption
        ><script type="application/json">
          [{ "caption": "Smoke", "credit": "Reuters" }]
        </script></photo-gallery-caption
      >`,
    );
    expect(counter(list)).to.equal('1/1');
    expect(button(list, 'next').getAttribute('aria-disabled')).to.equal('true');
  });

  it('shows the shared error state for bad JSON, logs it, fires nc-invalid, keeps fallback content', async () => {
    let event: NcInvalidEvent | undefined;
    const listener = (e: Event) => (event = e as NcInvalidEvent);
    document.addEventListener('nc-invalid', listener);
    let el!: PhotoGalleryCaption;
    const logged = await captureConsole('error', async () => {
      el = await mount<PhotoGalleryCaption>(
        html`<photo-gallery-caption heading="Gallery" items='[{"caption": "x",]'
          ><p id="fallback">Fallback captions</p></photo-gallery-caption
        >`,
      );
    });
    document.removeEventListener('nc-invalid', listener);
    expect(text(q(el, '.error-title'))).to.equal('This gallery could not be shown');
    expect(text(q(el, '.error ul'))).to.contain('items: is not valid JSON');
    expect(logged.join()).to.contain('items: is not valid JSON');
    expect(event?.issues.map((i) => i.path)).to.deep.equal(['items']);
    expect(el.querySelector('#fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(shadow(el).querySelector('button')).to.equal(null);
  });

  it('reports every bad field with its path, and bad JSON in a child script', async () => {
    const logged = await captureConsole('error', async () => {
      await mount<PhotoGalleryCaption>(
        html`<photo-gallery-caption .items=${[{ credit: 'Getty' }, { caption: 'x', credit: 5 }]}></photo-gallery-caption>`,
      );
      const el = await mount<PhotoGalleryCaption>(
        html`<photo-gallery-caption
          ><script type="application/json">
            {"items": [
          </script></photo-gallery-caption
        >`,
      );
      expect(text(q(el, '.error ul'))).to.contain('in the child script');
    });
    expect(logged.join()).to.contain('items[0].caption: is required');
    expect(logged.join()).to.contain('items[1].credit: expected text, got 5');
  });

  it('recovers when the items are fixed', async () => {
    await captureConsole('error', async () => {
      const el = await mount<PhotoGalleryCaption>(html`<photo-gallery-caption items="{"></photo-gallery-caption>`);
      el.items = seedGallery;
      await settle(el);
      expect(shadow(el).querySelector('.error')).to.equal(null);
      expect(counter(el)).to.equal('1/30');
    });
  });

  it('shows an empty state for no items, still named', async () => {
    const el = await mount<PhotoGalleryCaption>(html`<photo-gallery-caption heading="Gallery" items="[]"></photo-gallery-caption>`);
    expect(text(q(el, '.empty'))).to.equal('No photos to show yet.');
    expect(q(el, 'figure').getAttribute('aria-labelledby')).to.equal('heading');
    expect(shadow(el).querySelector('[role="status"]')).to.not.equal(null);
  });

  it('clamps index when the items shrink, telling listeners it was not the reader', async () => {
    const el = await mount<PhotoGalleryCaption>(seed({ index: 20 }));
    const seen = await events(el, async () => {
      await captureConsole('warn', async () => {
        el.items = seedGallery.slice(0, 5);
        await settle(el);
      });
    });
    expect(counter(el)).to.equal('5/5');
    expect(seen.map((e) => [e.detail.index, e.detail.reader])).to.deep.equal([[5, false]]);
  });

  it('is harmless to define twice', () => {
    const Original = customElements.get('photo-gallery-caption');
    expect(() => defineOnce('photo-gallery-caption', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('photo-gallery-caption')).to.equal(Original);
  });
});

describe('<photo-gallery-caption> listeners that set index, and replaced items', () => {
  it('draws an index that a gallery-change listener sets', async () => {
    const el = await mount<PhotoGalleryCaption>(seed());
    const redirect = (e: Event) => {
      const d = (e as CustomEvent<{ index: number; reader: boolean }>).detail;
      if (!d.reader && d.index === 5) el.index = 6;
    };
    el.addEventListener('gallery-change', redirect);
    el.index = 5;
    await settle(el);
    await settle(el);
    el.removeEventListener('gallery-change', redirect);
    expect(el.index).to.equal(6);
    expect(counter(el)).to.equal('6/30');
    expect(status(el)).to.match(/^Photo 6 of 30\./);
  });

  it('draws an index that an nc-warning listener sets', async () => {
    const el = await mount<PhotoGalleryCaption>(seed());
    const fix = () => {
      if (el.index === 99) el.index = 2;
    };
    el.addEventListener('nc-warning', fix);
    await captureConsole('warn', async () => {
      el.index = 99;
      await settle(el);
      await settle(el);
    });
    el.removeEventListener('nc-warning', fix);
    expect(el.index).to.equal(2);
    expect(counter(el)).to.equal('2/30');
  });

  it('announces and reports new items that replace the photo shown at the same number', async () => {
    const el = await mount<PhotoGalleryCaption>(
      html`<photo-gallery-caption
        index="2"
        .items=${[
          { caption: 'A', credit: 'X' },
          { caption: 'B', credit: 'X' },
        ]}
      ></photo-gallery-caption>`,
    );
    const seen: number[] = [];
    const listen = (e: Event) => seen.push((e as CustomEvent<{ index: number }>).detail.index);
    el.addEventListener('gallery-change', listen);
    el.items = [
      { caption: 'X caption', credit: 'Y' },
      { caption: 'Y caption', credit: 'Y' },
    ];
    await settle(el);
    el.removeEventListener('gallery-change', listen);
    expect(seen).to.deep.equal([2]);
    expect(status(el)).to.equal('Photo 2 of 2. Y caption. Credit: Y');
  });
});

describe('<photo-gallery-caption> mode switched by the page', () => {
  it('keeps focus inside the gallery and says which photo is shown on return', async () => {
    const el = await mount<PhotoGalleryCaption>(seed());
    button(el, 'next').focus();
    el.mode = 'all';
    await settle(el);
    expect(el.shadowRoot!.activeElement?.matches('ol.all')).to.equal(true);
    el.index = 7;
    await settle(el);
    el.mode = 'single';
    await settle(el);
    expect(el.shadowRoot!.activeElement?.classList.contains('slide')).to.equal(true);
    expect(status(el)).to.match(/^Photo 7 of 30\./);
  });
});
