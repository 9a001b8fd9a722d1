/**
 * The builder's previews: each element built from the spec with DOM calls,
 * drawn at the chosen widths, measured at the site's widths (the space the
 * embed code reserves), and read back as a screen reader hears it.
 */
import type { Issue } from '../schema/issues.js';
import type { Chart } from './columns.js';
import type { EmbedSpec, Height } from './embed.js';
import type { Problem } from './sheet.js';

export interface ShownIssue extends Problem {
  /** The element's own path (`data[3].value`) when `path` is the sheet's row and column. */
  field?: string;
  instead?: string;
}

export interface Heard {
  description: string;
  /** What is read in place of a description (an error message), if there is none. */
  shown?: string;
  caption: string;
  head: string[];
  rows: string[][];
  more: number;
}

const keyOf = (i: Problem) => `${i.severity}\0${i.path}\0${i.message}`;

/** Builds one element from a spec with DOM calls only: attribute names come from the builder's own lists, values are set as text. */
export function createElementFromSpec(spec: EmbedSpec, preview = false): HTMLElement {
  const el = document.createElement(spec.tag);
  for (const [k, v] of spec.attrs) el.setAttribute(k, v);
  const present = spec.json.filter(([, v]) => v !== undefined);
  if (spec.script) {
    if (present.length) {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = JSON.stringify(Object.fromEntries(present));
      el.append(s);
    }
  } else for (const [k, v] of present) el.setAttribute(k, JSON.stringify(v));
  if (preview) el.setAttribute('preview', '');
  return el;
}

/** The issues an element reported, in the sheet's terms (row and column), added to `shown` without repeats. */
export function mergeIssues(shown: readonly ShownIssue[], list: readonly Issue[], locate: (path: string) => string): ShownIssue[] {
  const seen = new Set(shown.map(keyOf));
  const add: ShownIssue[] = [];
  for (const i of list) {
    const path = locate(i.path);
    const s: ShownIssue = { path, message: i.message, severity: i.severity };
    if (path !== i.path) s.field = i.path;
    if (i.instead) s.instead = i.instead;
    if (!seen.has(keyOf(s))) {
      seen.add(keyOf(s));
      add.push(s);
    }
  }
  return add.length ? [...shown, ...add] : (shown as ShownIssue[]);
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

export interface PreviewOptions {
  theme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  /** The site's column widths, measured for the reserved heights. */
  widths: readonly number[];
}

/** What the previews depend on: when it changes, they are drawn and measured again. */
export const previewKey = (spec: EmbedSpec, shown: readonly number[], o: PreviewOptions): string =>
  JSON.stringify([spec.tag, spec.attrs, spec.json, spec.script, shown, o.theme, o.dir, o.widths]);

/** A bare page around each preview, as in measure frames: the builder's own font and direction do not leak in. */
function previewElement(box: HTMLElement, spec: EmbedSpec, o: PreviewOptions): HTMLElement {
  box.style.setProperty('all', 'initial');
  box.style.display = 'block';
  box.style.width = `${box.dataset.previewWidth}px`;
  box.style.direction = o.dir;
  box.style.outline = '1px dashed #888888';
  // The containing block of the element's absolutely placed parts (visually hidden text), so they stay inside the scroll region.
  box.style.position = 'relative';
  const el = createElementFromSpec({ ...spec, attrs: [...spec.attrs.filter(([k]) => k !== 'theme'), ['theme', o.theme]] }, true);
  // The editor's previews stand side by side and below the fold: the plot at once, not when scrolled to.
  el.setAttribute('loading', 'eager');
  box.replaceChildren(el);
  return el;
}

/** One hidden frame per site width, laid out like on a bare page: no inherited font, size or direction. */
function measureFrames(measureBox: HTMLElement, spec: EmbedSpec, widths: readonly number[]): HTMLElement[] {
  Object.assign(measureBox.style, { position: 'absolute', left: '-100000px', top: '0', visibility: 'hidden' });
  const measured: HTMLElement[] = [];
  measureBox.replaceChildren(
    ...widths.map((w) => {
      const frame = document.createElement('div');
      frame.className = 'measure-frame';
      frame.style.setProperty('all', 'initial');
      frame.style.display = 'block';
      frame.style.visibility = 'hidden';
      frame.style.width = `${w}px`;
      const el = createElementFromSpec(spec);
      // Hidden and off to the side, never in the viewport: draw the plot anyway (the flow test compares it with the embed's).
      el.setAttribute('loading', 'eager');
      frame.append(el);
      measured.push(el);
      return frame;
    }),
  );
  return measured;
}

/** Waits for Lit to render and the size observers to settle: the measured heights stay the same two frames running. */
async function settle(all: Updating[], measured: HTMLElement[]): Promise<void> {
  await Promise.all(all.map((e) => e.updateComplete));
  let last = '';
  for (let i = 0; i < 30; i++) {
    await nextFrame();
    await Promise.all(all.map((e) => e.updateComplete));
    const now = measured.map((e) => e.getBoundingClientRect().height).join();
    if (i >= 2 && now === last) break;
    last = now;
  }
}

/**
 * Draws the previews into `boxes` and the measure frames into `measureBox`,
 * then returns the elements drawn and the heights at each site width.
 */
export async function drawPreviews(
  boxes: Iterable<HTMLElement>,
  measureBox: HTMLElement | null,
  spec: EmbedSpec,
  o: PreviewOptions,
): Promise<{ elements: HTMLElement[]; heights: Height[] }> {
  const elements = [...boxes].map((box) => previewElement(box, spec, o));
  const measured = measureBox ? measureFrames(measureBox, spec, o.widths) : [];
  await settle([...elements, ...measured], measured);
  const heights = measured.map((e, i) => ({ width: o.widths[i]!, height: Math.ceil(e.getBoundingClientRect().height) }));
  return { elements: elements.length ? elements : measured, heights };
}

const clean = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A gallery has no description: what is heard is its heading, the count and every caption in order. */
function heardGallery(root: ShadowRoot, heading: string): Heard {
  const items = Array.from(root.querySelectorAll('#all li')).map(clean);
  return {
    description:
      `${heading ? `${heading}: ` : ''}${items.length} ${items.length === 1 ? 'photo' : 'photos'}.${items.length ? ` ${items.join(' ')}` : ''}`.trim(),
    // Each item already starts with its number.
    rows: items.slice(0, 12).map((t) => [t]),
    head: ['Caption and credit'],
    more: Math.max(0, items.length - 12),
    caption: 'All captions',
  };
}

/** What a screen reader hears of the element: its description (or what it shows instead) and its data table. */
export function readHeard(el: HTMLElement | undefined, chart: Chart, heading: string): Heard {
  const root = el?.shadowRoot;
  const heard: Heard = { description: '', caption: '', head: [], rows: [], more: 0 };
  if (!root) return heard;
  // The description is several paragraphs: joined with spaces, as a screen reader pauses between them.
  const desc = root.querySelector('#desc');
  heard.description = desc && desc.children.length ? Array.from(desc.children).map(clean).filter(Boolean).join(' ') : clean(desc);
  if (!heard.description && chart === 'photo-gallery-caption') return heardGallery(root, heading);
  const table = root.querySelector('#table table');
  if (table) {
    heard.caption = clean(table.querySelector('caption'));
    heard.head = Array.from(table.querySelectorAll('thead th')).map(clean);
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    heard.rows = rows.slice(0, 12).map((r) => Array.from(r.children).map(clean));
    heard.more = rows.length - heard.rows.length;
  }
  // Not a description, so never a fallback: what the element shows instead (an error, "no figures").
  if (!heard.description) heard.shown = Array.from(root.querySelectorAll('.error-title, .error li, .empty')).map(clean).join(' ');
  return heard;
}
