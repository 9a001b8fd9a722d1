/** Driving <nc-builder> as an editor would, and loading its embed code alone in a fresh page. */
import { fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/define/all.js';
import '../../src/builder/app.js';
import type { NcBuilder } from '../../src/builder/app.js';

let styled = false;

/** Mounts a builder (with the page's stylesheet) in a container `width` px wide. */
export async function mountBuilder(width = 1200): Promise<NcBuilder> {
  if (!styled) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/demo/builder.css';
    const loaded = new Promise((r) => link.addEventListener('load', r, { once: true }));
    document.head.append(link);
    await loaded;
    styled = true;
  }
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.style.width = `${width}px`;
  const b = document.createElement('nc-builder');
  wrap.append(b);
  await b.updateComplete;
  await b.settled();
  return b;
}

export function $<T extends Element = HTMLElement>(b: Element, selector: string): T {
  const el = b.querySelector<T & Element>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

/** Types into a text field as a paste would: one input event. */
export async function type(b: NcBuilder, selector: string, value: string, event = 'input'): Promise<void> {
  const el = $<HTMLInputElement | HTMLTextAreaElement>(b, selector);
  el.value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
  await b.updateComplete;
}

export async function choose(b: NcBuilder, selector: string, value: string): Promise<void> {
  const el = $<HTMLSelectElement>(b, selector);
  el.value = value;
  if (el.value !== value) throw new Error(`${selector} has no option ${value}`);
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await b.updateComplete;
}

export async function click(b: NcBuilder, selector: string): Promise<void> {
  $<HTMLElement>(b, selector).click();
  await b.updateComplete;
}

export const embedOf = (b: NcBuilder): string => $<HTMLTextAreaElement>(b, '#embed').value;

export type ChartEl = HTMLElement & { updateComplete: Promise<unknown> };

/** Waits until the element has rendered and its height stays put for a few frames. */
export async function settle(el: ChartEl, win: Window = window): Promise<void> {
  await el.updateComplete;
  let last = -1;
  let same = 0;
  for (let i = 0; i < 60 && same < 3; i++) {
    await new Promise((r) => win.requestAnimationFrame(() => r(null)));
    await el.updateComplete;
    const h = el.getBoundingClientRect().height;
    same = h === last ? same + 1 : 0;
    last = h;
  }
}

export interface Fresh {
  frame: HTMLIFrameElement;
  doc: Document;
  el: ChartEl;
  /** Top of the paragraph after the embed. */
  after: () => number;
}

/**
 * The embed code alone in a fresh page (an iframe whose document holds the code
 * and one paragraph after it). The page's body keeps the browser's 8 px margin,
 * so the frame is `width + 16` px wide for a `width` px column.
 */
export async function freshPage(code: string, tag: string, width: number, withScript = true): Promise<Fresh> {
  const frame = document.createElement('iframe');
  frame.title = `Embed at ${width} px`;
  Object.assign(frame.style, { width: `${width + 16}px`, height: '2400px', border: '0', display: 'block' });
  const body = withScript ? code : code.replace(/<script type="module"[^>]*><\/script>\n?/, '');
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><title>Embed</title></head><body>${body}<p id="after">After the chart.</p></body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  const el = doc.querySelector(tag) as ChartEl;
  if (withScript) {
    await win.customElements.whenDefined(tag);
    await settle(el, win);
  } else await nextFrame();
  return { frame, doc, el, after: () => doc.getElementById('after')!.getBoundingClientRect().top };
}

/**
 * What the element shows and draws: its shadow root's text and the data of every SVG path.
 * Whitespace is left out of the text: the CDN build collapses the whitespace between
 * template tags that the source (run by the builder under test) keeps.
 */
export function drawn(el: Element): { text: string; paths: string[] } {
  const root = el.shadowRoot!;
  return {
    text: (root.textContent ?? '').replace(/\s+/g, ''),
    paths: Array.from(root.querySelectorAll('svg path')).map((p) => p.getAttribute('d') ?? ''),
  };
}

/** The text a screen reader gets from the element: its description and table. */
export function readable(el: Element): string {
  const root = el.shadowRoot!;
  return ['#desc', '#table', 'svg', '#all'].map((s) => (root.querySelector(s)?.textContent ?? '').replace(/\s+/g, '')).join(' | ');
}
