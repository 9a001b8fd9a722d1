/** Helpers every story file uses. */
import type { Decorator } from '@storybook/web-components-vite';
import { getCustomElements } from '@storybook/web-components';
import { html, noChange, nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** A plain attribute: left out when unset or empty. */
export const attr = (value: string | number | undefined) => (value === undefined || value === '' ? nothing : value);

/** A JSON attribute: the value serialised with JSON.stringify, left out when unset. */
export const json = (value: unknown) => (value === undefined ? nothing : JSON.stringify(value));

/** Wraps the story in a box of the given width. */
export const width =
  (px: number): Decorator =>
  (story) =>
    html`<div style="width: ${px}px; outline: 1px dashed #999">${story()}</div>`;

interface ManifestAttribute {
  name: string;
  type?: { text: string };
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  events?: { name: string }[];
}

/** The element's attributes and events, as `npm run analyze` wrote them to custom-elements.json (set in .storybook/preview.ts). */
export function manifestEntry(tag: string): { attributes: ManifestAttribute[]; events: string[] } {
  const manifest = getCustomElements() as { modules?: { declarations?: ManifestDeclaration[] }[] } | undefined;
  const d = manifest?.modules?.flatMap((m) => m.declarations ?? []).find((x) => x.tagName === tag);
  if (!d) throw new Error(`custom-elements.json has no <${tag}>: run npm run analyze`);
  return { attributes: d.attributes ?? [], events: (d.events ?? []).map((e) => e.name) };
}

/** `nc-invalid` → `onNcInvalid`, the arg that holds its handler (an action in the Actions panel). */
export const handlerArg = (event: string) => `on${event.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`;

/** JSON attributes (data, annotations, items) take objects in args and are written with JSON.stringify. */
const isJson = (a: ManifestAttribute) => /Input|\[\]|unknown/.test(a.type?.text ?? '');

/**
 * Binds every attribute and event the manifest lists for the element to the
 * story's args, so a story file never hand-lists attributes (and a new
 * attribute gets a working control the moment the analyzer sees it). Args are
 * keyed by attribute name (`source-url`); `raw` overrides an attribute's text
 * (a story's broken JSON). Unset or empty args leave the attribute off.
 */
class FromManifest extends Directive {
  private listeners = new Map<string, EventListener>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('fromManifest() goes on the element, e.g. <casualty-trend ${fromManifest(args)}>');
  }

  /** The attributes and listeners are set in update(); nothing is rendered in the element's place. */
  render(args: object, raw?: Record<string, string | undefined>): typeof noChange {
    void args;
    void raw;
    return noChange;
  }

  override update(part: ElementPart, [args, raw = {}]: [object, Record<string, string | undefined>?]): typeof noChange {
    const el = part.element;
    const values = args as Record<string, unknown>;
    const { attributes, events } = manifestEntry(el.localName);
    for (const a of attributes) {
      const v = raw[a.name] ?? values[a.name];
      if (v === undefined || v === null || v === '' || v === false) el.removeAttribute(a.name);
      else if (v === true) el.setAttribute(a.name, '');
      else
        el.setAttribute(
          a.name,
          typeof v === 'string' && (raw[a.name] !== undefined || !isJson(a)) ? v : isJson(a) ? JSON.stringify(v) : String(v),
        );
    }
    for (const name of events) {
      const handler = values[handlerArg(name)];
      const old = this.listeners.get(name);
      if (old === handler) continue;
      if (old) el.removeEventListener(name, old);
      if (typeof handler === 'function') {
        el.addEventListener(name, handler as EventListener);
        this.listeners.set(name, handler as EventListener);
      } else this.listeners.delete(name);
    }
    return noChange;
  }
}
export const fromManifest = directive(FromManifest);
