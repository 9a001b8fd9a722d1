/** Loads one of the pages served by pages-plugin.mjs in an iframe and exercises every element on it. */

export interface FrameState {
  violations: string[];
  errors: string[];
}

type NcWindow = Window & typeof globalThis & { __nc: FrameState };

export const TAGS = ['casualty-trend', 'source-comparison', 'photo-gallery-caption'] as const;

/** Fails loudly (not a skip) when the build the page needs is missing. */
export async function requireBuilt(...paths: string[]): Promise<void> {
  for (const p of paths) {
    const r = await fetch(p, { cache: 'no-store' });
    if (!r.ok)
      throw new Error(`${p} is missing (HTTP ${r.status}): run \`npm run build\` first (npm test builds before the browser tests)`);
  }
}

export async function openFrame(url: string): Promise<{ frame: HTMLIFrameElement; win: NcWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.width = '720';
  frame.height = '600';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as NcWindow;
  const doc = frame.contentDocument!;
  await Promise.race([
    Promise.all(TAGS.map((t) => win.customElements.whenDefined(t))),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`${url}: elements not defined within 10 s (${JSON.stringify(win.__nc)})`)), 10000),
    ),
  ]);
  await settle(win, doc);
  return { frame, win, doc };
}

const frames = (win: Window) => new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));

/** Waits until every element on the page has rendered (twice, for layout after the first width). */
export async function settle(win: Window, doc: Document): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.all(
      [...doc.querySelectorAll(TAGS.join(','))].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    );
    await frames(win);
  }
}

/** Clicks every button of every element, moves through each plot and gallery with the arrow keys. */
export async function exercise(win: Window, doc: Document): Promise<void> {
  for (const el of doc.querySelectorAll(TAGS.join(','))) {
    const root = el.shadowRoot!;
    // Not the readers' download buttons: they save files (test/static/downloads.test.ts covers them).
    for (const b of root.querySelectorAll<HTMLButtonElement>('button:not([part="download"])')) b.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    for (const target of root.querySelectorAll<HTMLElement>('.plot, .viewer')) {
      target.focus();
      for (const key of ['ArrowRight', 'ArrowRight', 'End', 'ArrowLeft']) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      }
    }
  }
  await settle(win, doc);
}

/** What each element shows: a drawn chart, a photo, an error, or an empty note. */
export function summary(doc: Document): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of doc.querySelectorAll(TAGS.join(','))) {
    const root = el.shadowRoot;
    const state = !root
      ? 'no shadow root'
      : root.querySelector('.error')
        ? 'error'
        : root.querySelector('.plot svg path, .plot svg rect.bar, .plot svg circle')
          ? 'chart'
          : root.querySelector('img')
            ? 'photo'
            : root.querySelector('.text')
              ? 'captions'
              : root.querySelector('.empty')
                ? 'empty'
                : 'blank';
    out[el.id] = state;
  }
  return out;
}

export const EXPECTED_STATES = {
  'trend-line': 'chart',
  'trend-bar': 'chart',
  'trend-area': 'chart',
  'trend-empty': 'empty',
  'trend-invalid': 'error',
  'trend-badjson': 'error',
  'trend-badlink': 'chart',
  'cmp-bar': 'chart',
  'cmp-dot': 'chart',
  'cmp-invalid': 'error',
  'cmp-badjson': 'error',
  'gal-single': 'photo',
  'gal-all': 'photo',
  'gal-strip': 'captions',
  'gal-invalid': 'error',
};
