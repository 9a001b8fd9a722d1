/**
 * Server-side rendering (issue 15): every newsroom-charts element rendered in
 * Node to HTML with a declarative shadow root, at a given width and locale, with
 * Lit's hydration markers so the browser adopts the markup instead of drawing
 * it again (load `@lit-labs/ssr-client/lit-element-hydrate-support.js` before
 * the elements). `renderElement` renders one element; `renderPage` renders every
 * element in an HTML page or fragment and leaves the rest of it as it was.
 *
 * Node only: `import { renderPage } from 'newsroom-charts/ssr'`.
 */
import { LitElementRenderer } from '@lit-labs/ssr';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { parseFragment, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
// Server output shows error lists as it renders them: the messages must be here before.
import '../i18n/issue-texts-now.js';
import '../define/all.js';
import { parseJson } from '../schema/json.js';
import type { Issue } from '../schema/issues.js';
import { setServerWidth } from '../internal/size-controller.js';
import { loadClaimChecker } from '../internal/claim-checker.js';
import { LANGUAGES, loadCatalogue } from '../i18n/load.js';

// Renders are synchronous: the claim checker and every language's text (which the browser
// loads on demand) are here before the first one, so labels are checked and an element with
// locale="ar" is rendered in Arabic, never in English first.
await Promise.all([loadClaimChecker(), ...LANGUAGES.map((l) => loadCatalogue(l))]);

export const TAGS = ['casualty-trend', 'source-comparison', 'photo-gallery-caption'] as const;
export type Tag = (typeof TAGS)[number];

export interface SsrOptions {
  /** Width of the element's content box in CSS px (default 640). */
  width?: number;
  /** BCP 47 locale for elements without a `locale` attribute (default "en"). */
  locale?: string;
  /** Sets `theme` on elements without one. */
  theme?: 'light' | 'dark';
}

export interface RenderedElement {
  tag: Tag;
  /** The element's `id`, else its position among the page's elements (1-based). */
  name: string;
  /** Where it is in the page: `casualty-trend#raqqa` or `source-comparison[2]`. */
  path: string;
  attributes: Record<string, string>;
  /** The element with its declarative shadow root and light-DOM children. */
  html: string;
  /** Problems that stopped the chart from being drawn (it shows its error message instead). */
  errors: readonly Issue[];
  /** The element instance that rendered (for the CLI: its data, description and text). @internal */
  element: HTMLElement;
}

type Element5 = DefaultTreeAdapterMap['element'];
type Node5 = DefaultTreeAdapterMap['node'];

/** Internals an SSR render needs to reach: the JSON of a child `<script type="application/json">` and the problems found. */
interface FrameInternals {
  scriptJson: unknown;
  errors: readonly Issue[];
}

/**
 * Renders one element. `attributes` as in the embed code; `script` is the text
 * of its child `<script type="application/json">`, if any; `children` is its
 * light-DOM markup, kept as it is (the fallback a reader without JavaScript sees).
 */
export function renderElement(
  tag: Tag,
  attributes: Record<string, string>,
  options: SsrOptions = {},
  children = '',
  script?: string,
): { html: string; errors: readonly Issue[]; element: HTMLElement } {
  if (!TAGS.includes(tag)) throw new Error(`not a newsroom-charts element: <${tag}>`);
  const attrs: Record<string, string> = { ...attributes };
  if (options.locale && !('locale' in attrs)) attrs.locale = options.locale;
  if (options.theme && !('theme' in attrs)) attrs.theme = options.theme;
  const renderer = new LitElementRenderer(tag);
  for (const [name, value] of Object.entries(attrs)) renderer.setAttribute(name, value);
  const internals = renderer.element as unknown as FrameInternals;
  if (script !== undefined) internals.scriptJson = parseJson(script);
  const info: RenderInfo = {
    elementRenderers: [LitElementRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [],
    slotStack: [],
    deferHydration: false,
  };
  setServerWidth(Math.max(1, Math.round(options.width ?? 640)));
  try {
    renderer.connectedCallback();
    const own = collectResultSync(renderer.renderAttributes());
    const shadow = collectResultSync(renderer.renderShadow(info) ?? []);
    return {
      html: `<${tag}${own}><template shadowroot="open" shadowrootmode="open">${shadow}</template>${children}</${tag}>`,
      errors: internals.errors,
      element: renderer.element,
    };
  } finally {
    setServerWidth(0);
  }
}

function walk(node: Node5, found: Element5[]): void {
  if ('tagName' in node && (TAGS as readonly string[]).includes(node.tagName)) {
    found.push(node);
    return;
  }
  if ('childNodes' in node) for (const c of node.childNodes) walk(c, found);
  if ('content' in node && node.content) walk(node.content as Node5, found);
}

/**
 * Renders every newsroom-charts element in an HTML page or fragment. Returns
 * the page with each element replaced by its server-rendered markup, and the
 * elements one by one. An element's bad input does not stop the others.
 */
export function renderPage(page: string, options: SsrOptions = {}): { html: string; elements: RenderedElement[] } {
  const doc = parseFragment(page, { sourceCodeLocationInfo: true });
  const found: Element5[] = [];
  walk(doc, found);
  const counts = new Map<string, number>();
  const elements: RenderedElement[] = [];
  let out = '';
  let at = 0;
  found.forEach((node, i) => {
    const tag = node.tagName as Tag;
    const n = (counts.get(tag) ?? 0) + 1;
    counts.set(tag, n);
    const attributes = Object.fromEntries(node.attrs.map((a) => [a.name, a.value]));
    const script = node.childNodes.find(
      (c): c is Element5 =>
        'tagName' in c && c.tagName === 'script' && c.attrs.some((a) => a.name === 'type' && a.value === 'application/json'),
    );
    const scriptText = script ? script.childNodes.map((c) => ('value' in c ? c.value : '')).join('') : undefined;
    const children = node.childNodes.map((c) => serializeOuter(c as Element5)).join('');
    const r = renderElement(tag, attributes, options, children, scriptText);
    const loc = node.sourceCodeLocation!;
    out += page.slice(at, loc.startOffset) + r.html;
    at = loc.endOffset;
    elements.push({
      tag,
      name: attributes.id || String(i + 1),
      path: attributes.id ? `${tag}#${attributes.id}` : `${tag}[${n}]`,
      attributes,
      ...r,
    });
  });
  return { html: out + page.slice(at), elements };
}
