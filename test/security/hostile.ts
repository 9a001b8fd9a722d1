/**
 * Shared pieces of the security suite: hostile strings, a complete input for
 * every element (every attribute and every JSON field the schemas know), a
 * walker that lists every field of that input, and the checks run after each
 * hostile render.
 */
import { nextFrame } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { checkUrl } from '../../src/core/url.js';
import { SOURCE_KEYS } from '../../src/schema/comparison.js';
import { ITEM_KEYS } from '../../src/schema/gallery.js';
import { ANNOTATION_KEYS, POINT_KEYS, SERIES_KEYS } from '../../src/schema/trend.js';

declare global {
  interface Window {
    /** Set by any payload that runs. */
    __ncXss?: string[];
    __nc_xss?: (from?: string) => void;
  }
}

/** Installs the flag every payload calls (and alert, confirm, prompt, which classic vectors call). */
export function installXssFlag(): void {
  window.__ncXss = [];
  window.__nc_xss = (from = 'payload') => window.__ncXss!.push(from);
  window.alert = () => window.__nc_xss!('alert');
  window.confirm = () => (window.__nc_xss!('confirm'), false);
  window.prompt = () => (window.__nc_xss!('prompt'), null);
}

const LONG = '<img src=x onerror=__nc_xss()> '.repeat(300);

/** Hostile text: classic vectors, polyglots, template look-alikes, direction overrides, a long string. */
export const VECTORS: readonly string[] = [
  '<img src=x onerror=__nc_xss()>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=__nc_xss()>',
  '<svg onload=__nc_xss()></svg>',
  '<svg><script>__nc_xss()</script></svg>',
  '</title><script>__nc_xss()</script>',
  '</script><script>__nc_xss()</script>',
  '</textarea></style></noscript><script>__nc_xss()</script>',
  '"><img src=x onerror=__nc_xss()>',
  "'><svg onload=__nc_xss()>",
  '" onmouseover="__nc_xss()" x="',
  '<iframe src="javascript:__nc_xss()"></iframe>',
  '<iframe srcdoc="<script>parent.__nc_xss()</script>"></iframe>',
  '<a href="javascript:__nc_xss()">link</a>',
  '<x onfocus=__nc_xss() autofocus tabindex=1>',
  '<svg><foreignObject><div onmouseover=__nc_xss()>x</div></foreignObject></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__nc_xss()>',
  '<style>*{display:none}</style>',
  '<base href="javascript:__nc_xss()//">',
  '<link rel=stylesheet href=//evil.example/x.css>',
  'javascript:__nc_xss()',
  ' JaVaScRiPt:__nc_xss()',
  '\tjava\nscript:__nc_xss()',
  'data:text/html,<script>__nc_xss()</script>',
  'vbscript:msgbox(1)',
  '&#106;avascript:__nc_xss()',
  '&lt;img src=x onerror=__nc_xss()&gt;',
  // A classic polyglot: breaks out of attributes, comments, styles, titles, textareas and scripts.
  'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=__nc_xss() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=__nc_xss()//>\\x3e',
  '${__nc_xss()}',
  '`${__nc_xss()}`',
  '{{constructor.constructor("__nc_xss()")()}}',
  '<%= __nc_xss() %>',
  '<!--',
  ']]><![CDATA[<script>__nc_xss()</script>]]>',
  '\u202Egnp.exe\u202C',
  '\u2066<b>\u2069\u200F\u061C‮',
  '\u0000<img src=x onerror=__nc_xss()>',
  '__proto__',
  LONG,
];

/** A value at `path` inside a JSON input, and the field's name (the last key). */
export interface Leaf {
  path: (string | number)[];
  key: string;
  value: unknown;
}

/**
 * Every leaf of `value` (strings, numbers, booleans, null), once per schema field:
 * indices are folded, so `data.series[0].points[0].note` and `…points[1].note` are one field
 * and the first occurrence stands for it.
 */
export function walk(value: unknown, path: (string | number)[] = [], seen = new Set<string>()): Leaf[] {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return entries.flatMap(([k, v]) => walk(v, [...path, k], seen));
  }
  // Annotations differ by type: keep one field per type and key.
  const type = path.length >= 2 && path[0] === 'annotations' ? `:${String((annotationType(path) ?? '') as string)}` : '';
  const shape = path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.') + type;
  if (seen.has(shape)) return [];
  seen.add(shape);
  return [{ path, key: String(path[path.length - 1]), value }];
}

let annotationsForWalk: { type: string }[] = [];
function annotationType(path: (string | number)[]): string | undefined {
  return annotationsForWalk[path[1] as number]?.type;
}

/** A deep copy of `root` with `value` at `path`. */
export function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(root)) as Record<string | number, unknown>;
  let node = copy;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

/**
 * Complete inputs: every attribute, and every field each schema knows, at least once
 * (hostile.test.ts checks that against the schemas' key lists).
 */
/** The attributes both charts take from ChartElement. */
const CHART_ATTRIBUTES = {
  // Empty: a real src would replace the inline data under attack; the attack sets it.
  src: '',
  'src-timeout': '15000',
  'axis-direction': 'ltr',
  downloads: 'data image',
  loading: 'lazy',
};

export const FULL = {
  'casualty-trend': {
    attributes: {
      heading: 'Civilian deaths',
      subheading: 'Per month',
      note: 'Illustrative',
      source: 'Airwars',
      'source-url': 'https://airwars.org/',
      ...CHART_ATTRIBUTES,
      byline: 'Graphic: A. Editor',
      locale: 'en-GB',
      theme: 'light',
      'heading-level': '3',
      // The editor's preview: on, so every warning's text (which quotes the input) is rendered under attack too.
      preview: '',
      mark: 'line',
      missing: 'gap',
      interval: 'month',
      unit: 'civilians killed',
    },
    json: {
      data: {
        series: [
          {
            name: 'Monitor',
            points: [
              { date: '2017-01', value: 60, low: 50, high: 75, status: 'estimate', note: 'first month' },
              { date: '2017-02', value: 90 },
              { date: '2017-03', value: 120 },
              { date: '2017-04', value: 150 },
            ],
          },
          {
            name: 'Official',
            points: [
              { date: '2017-01', value: 5 },
              { date: '2017-04', value: 12 },
            ],
          },
        ],
      },
      annotations: [
        { type: 'point', date: '2017-04', label: 'Latest official count', series: 'Official', check: true },
        { type: 'change', from: '2017-01', to: '2017-04', series: 'Official', label: '{change} since January', check: true },
        { type: 'event', date: '2017-02', label: 'Assault begins', check: true },
        { type: 'period', from: '2017-01', to: '2017-02', label: 'Ceasefire', check: false },
      ],
    } as Record<string, unknown>,
  },
  'source-comparison': {
    attributes: {
      heading: 'May 2017',
      subheading: 'Four tallies',
      note: 'Illustrative',
      source: 'Airwars',
      'source-url': 'https://airwars.org/',
      ...CHART_ATTRIBUTES,
      byline: 'Graphic: A. Editor',
      locale: 'en-GB',
      theme: 'dark',
      'heading-level': '2',
      preview: '',
      unit: 'civilians killed',
      period: 'May 2017',
      sort: 'name',
      reference: 'Official',
      mark: 'dot',
    },
    json: {
      data: [
        {
          name: 'Monitor',
          value: 220,
          low: 200,
          high: 300,
          kind: 'monitor',
          status: 'estimate',
          url: 'https://example.org/monitor',
          retrieved: '2017-06-05',
          note: 'at least 220',
        },
        { name: 'Official', value: 20, kind: 'military' },
        { name: 'Ministry', value: null },
      ],
    } as Record<string, unknown>,
  },
  'photo-gallery-caption': {
    attributes: {
      heading: 'In pictures',
      subheading: 'Aleppo, 2016',
      note: 'Some images are distressing',
      source: 'Agencies',
      'source-url': 'https://example.org/',
      byline: 'Photo editor: B. Editor',
      locale: 'en-GB',
      theme: 'light',
      'heading-level': '2',
      preview: '',
      index: '1',
      mode: 'single',
      loop: '',
      'credit-prefix': 'Photo:',
    },
    json: {
      items: [
        {
          caption: 'Smoke rises over the eastern districts of Aleppo',
          credit: 'Reuters',
          src: '/demo/placeholders/photo-01.svg',
          alt: 'A column of smoke above rooftops',
          srcset: '/demo/placeholders/photo-01.svg 800w, /demo/placeholders/photo-02.svg 1600w',
          width: 1600,
          height: 1067,
        },
        { caption: 'A second photo', credit: 'AP' },
      ],
    } as Record<string, unknown>,
  },
} as const;

export type Tag = keyof typeof FULL;
export const TAGS = Object.keys(FULL) as Tag[];

/** Attributes whose text is shown to the reader exactly as given. */
export const TEXT_ATTRIBUTES: readonly string[] = ['heading', 'subheading', 'note', 'source', 'byline', 'unit', 'period', 'credit-prefix'];
/** Attributes that take a code, a number, a URL, a locale or a name to match: hostile text must be refused or reported, never rendered as markup. */
export const CODED_ATTRIBUTES: readonly string[] = [
  'source-url',
  'src',
  'src-timeout',
  'axis-direction',
  'downloads',
  'loading',
  'locale',
  'theme',
  'heading-level',
  'preview',
  'mark',
  'missing',
  'interval',
  'sort',
  'reference',
  'index',
  'mode',
  'loop',
];
/** Attributes holding JSON: their fields are walked one by one. */
export const JSON_ATTRIBUTES: readonly string[] = ['data', 'annotations', 'items'];

/** JSON fields shown to the reader exactly as given (`alt` is checked on the <img>). */
export const TEXT_KEYS: readonly string[] = ['name', 'note', 'label', 'kind', 'caption', 'credit', 'alt'];
/** JSON fields that take a date, number, code, URL or a name to match. */
export const CODED_KEYS: readonly string[] = [
  'date',
  'value',
  'low',
  'high',
  'status',
  'type',
  'series',
  'check',
  'from',
  'to',
  'url',
  'retrieved',
  'src',
  'srcset',
  'width',
  'height',
  'points',
];

/** Every key every schema knows, from the schemas themselves. */
export const SCHEMA_KEYS: Record<Tag, readonly string[]> = {
  'casualty-trend': [...new Set([...POINT_KEYS, ...SERIES_KEYS, ...Object.values(ANNOTATION_KEYS).flat(), 'series'])],
  'source-comparison': SOURCE_KEYS,
  'photo-gallery-caption': ITEM_KEYS,
};

/** One field to attack: an attribute, or a leaf of one JSON attribute. */
export interface Field {
  label: string;
  attribute: string;
  leaf?: Leaf;
  text: boolean;
}

/** Every field of `tag`: its non-JSON attributes, then every leaf of its JSON attributes. */
export function fieldsOf(tag: Tag): Field[] {
  const full = FULL[tag];
  const out: Field[] = Object.keys(full.attributes).map((a) => ({ label: a, attribute: a, text: TEXT_ATTRIBUTES.includes(a) }));
  for (const [attribute, value] of Object.entries(full.json)) {
    annotationsForWalk = attribute === 'annotations' ? (value as { type: string }[]) : [];
    for (const leaf of walk(value, [attribute])) {
      out.push({ label: fieldPath(leaf.path), attribute, leaf: { ...leaf, path: leaf.path.slice(1) }, text: TEXT_KEYS.includes(leaf.key) });
    }
  }
  return out;
}

export function fieldPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
}

/** Whitespace collapsed, as the reader sees it. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Everything a reader can perceive: text nodes (joined with spaces, as wrapped lines are) and name-giving attributes. */
export function perceivable(root: ShadowRoot): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) parts.push((n as Text).data);
    else for (const a of ['alt', 'aria-label']) if ((n as Element).hasAttribute(a)) parts.push((n as Element).getAttribute(a)!);
  }
  return squash(parts.join(' '));
}

/** Tag and attribute names present in a render. */
export function vocabulary(root: ShadowRoot): { tags: Set<string>; attributes: Set<string> } {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const el of root.querySelectorAll('*')) {
    tags.add(el.localName);
    for (const a of el.getAttributeNames()) attributes.add(a);
  }
  return { tags, attributes };
}

/**
 * Problems in a render: an element or attribute name the element's own templates never
 * use (compared with `allowed`, gathered from benign renders), an `on*` attribute, a
 * link or image whose resolved URL is not http(s)/mailto, or an unchecked URL.
 */
export function injected(root: ShadowRoot, allowed: { tags: Set<string>; attributes: Set<string> }): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (!allowed.tags.has(el.localName)) problems.push(`new element <${el.localName}>`);
    for (const a of el.getAttributeNames()) {
      if (!allowed.attributes.has(a) || /^on/i.test(a)) problems.push(`new attribute ${a} on <${el.localName}>`);
    }
    for (const a of ['href', 'src', 'xlink:href', 'action', 'formaction']) {
      const v = el.getAttribute(a);
      if (v === null) continue;
      if (!checkUrl(v, el.localName === 'a' ? 'link' : 'image').ok) problems.push(`${a}="${v}" on <${el.localName}> fails the allowlist`);
      const resolved = (el as unknown as Record<string, unknown>)[a === 'href' ? 'href' : 'src'];
      if (typeof resolved === 'string' && resolved && !/^(https?|mailto):/.test(resolved)) problems.push(`${a} resolves to ${resolved}`);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset !== null) {
      for (const c of srcset.split(',')) {
        const url = c.trim().split(/\s+/)[0] ?? '';
        if (url && !checkUrl(url, 'image').ok) problems.push(`srcset candidate ${url} fails the allowlist`);
      }
    }
  }
  return problems;
}

/** Mounts `tag` with its complete input (FULL) and a fallback paragraph in a 640 px box; resolves once drawn at that width. */
export async function mountFull(tag: Tag): Promise<LitElement> {
  const wrap = document.createElement('div');
  wrap.style.width = '640px';
  const el = document.createElement(tag) as LitElement;
  for (const [a, v] of Object.entries(FULL[tag].attributes)) el.setAttribute(a, v);
  for (const [a, v] of Object.entries(FULL[tag].json)) el.setAttribute(a, JSON.stringify(v));
  el.append(Object.assign(document.createElement('p'), { textContent: 'Fallback paragraph' }));
  wrap.append(el);
  document.body.append(wrap);
  for (let i = 0; i < 2; i++) {
    await el.updateComplete;
    await nextFrame();
  }
  return el;
}
