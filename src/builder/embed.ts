/**
 * The embed code: writing it from an element spec, and reading one back.
 *
 *   <script type="module" src="…/newsroom-charts.js"></script>
 *   <style>casualty-trend.nc-1a2b3c:not(:defined){display:block;min-height:452px}@media (min-width:640px){…}</style>
 *   <casualty-trend class="nc-1a2b3c" heading="…" data='[…]'>
 *   <p>fallback</p>
 *   </casualty-trend>
 *
 * Text attributes are double-quoted, JSON attributes single-quoted; `&`, `<`,
 * `>` and the quote are escaped in both, so no pasted text can end the
 * attribute or open a tag. Long data goes into a child
 * `<script type="application/json">` with every `<` written as `\u003c`, so
 * nothing inside can close the script. Reading uses an inert DOMParser
 * document (no script runs, nothing loads) and keeps only attributes an element
 * reads; event handlers, `style` and `src` (which would fetch) are refused.
 */
import { CHARTS, type Chart } from './columns.js';
import type { Problem } from './sheet.js';

export interface EmbedSpec {
  tag: Chart;
  /** Attributes in order, JSON ones last. */
  attrs: [string, string][];
  /** JSON attributes (`data`, `annotations`, `items`) as values, in order. */
  json: [string, unknown][];
  /** Put the JSON into a child script instead of attributes. */
  script: boolean;
  /** The fallback paragraph (plain text). */
  fallback: string;
}

export interface Height {
  /** Column width on the editor's site, px. */
  width: number;
  /** The element's height at that width, px. */
  height: number;
}

export interface Embed {
  spec: EmbedSpec;
  scriptUrl: string;
  heights: Height[];
}

export const JSON_ATTRS: Record<Chart, readonly string[]> = {
  'casualty-trend': ['data', 'annotations'],
  'source-comparison': ['data'],
  'photo-gallery-caption': ['items'],
};

/** Above this many characters of JSON, data goes into a child script (attributes that long are hard to edit in a CMS). */
export const SCRIPT_THRESHOLD = 4000;

/**
 * `&`, `<`, `>` and `"` for a double-quoted attribute or text. What HTML cannot
 * carry is written as the parser would read it (NUL as U+FFFD, CR and CRLF as
 * LF), so reading the code back gives the same text.
 */
export const escapeText = (s: string): string =>
  s
    .replace(/\0/g, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** JSON for a single-quoted attribute. */
export const escapeJsonAttr = (json: string): string =>
  json.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON for a `<script type="application/json">`: `<`, U+2028 and U+2029 escaped, so `</script>` or `<!--` cannot appear. */
export const scriptSafeJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** A short stable name for the element's height rule, from its content (so two embeds on one page do not share a reservation). */
export function embedClass(spec: EmbedSpec): string {
  // Hashed as written (escaped), so text HTML normalises (NUL, CR) gives the same name when read back.
  const text = JSON.stringify([spec.tag, spec.attrs.map(([k, v]) => `${k}=${escapeText(v)}`), spec.json]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `nc-${(h >>> 0).toString(36)}`;
}

/** The `:not(:defined)` rule: the smallest width's height, then one media query per wider width. */
export function heightStyle(selector: string, heights: readonly Height[]): string {
  const sorted = [...heights].filter((h) => h.width > 0 && h.height > 0).sort((a, b) => a.width - b.width);
  if (!sorted.length) return '';
  const rule = (h: number) => `${selector}:not(:defined){display:flow-root;min-height:${Math.ceil(h)}px}`;
  const note = `/* height until the script loads, measured at ${sorted.map((h) => `${h.width}px`).join(', ')} wide */`;
  return note + sorted.map((h, i) => (i === 0 ? rule(h.height) : `@media (min-width:${h.width}px){${rule(h.height)}}`)).join('');
}

export function writeEmbed({ spec, scriptUrl, heights }: Embed): string {
  const cls = embedClass(spec);
  const lines: string[] = [];
  if (scriptUrl.trim()) lines.push(`<script type="module" src="${escapeText(scriptUrl.trim())}"></script>`);
  const style = heightStyle(`${spec.tag}.${cls}`, heights);
  // `:not(:defined)` applies only until the script defines the element; flow-root keeps the
  // fallback paragraph's margins inside the reserved box (else they would collapse through it and move it).
  if (style) lines.push(`<style>${style.replace(/</g, '')}</style>`);
  const attrs = [`class="${cls}"`, ...spec.attrs.map(([k, v]) => `${k}="${escapeText(v)}"`)];
  const present = spec.json.filter(([, v]) => v !== undefined);
  if (!spec.script) for (const [k, v] of present) attrs.push(`${k}='${escapeJsonAttr(JSON.stringify(v))}'`);
  lines.push(`<${spec.tag} ${attrs.join(' ')}>`);
  if (spec.script && present.length) {
    lines.push(`<script type="application/json">${scriptSafeJson(Object.fromEntries(present))}</script>`);
  }
  const fallback = spec.fallback.replace(/\s+/g, ' ').trim();
  if (fallback) lines.push(`<p>${escapeText(fallback)}</p>`);
  lines.push(`</${spec.tag}>`);
  return lines.join('\n');
}

/** Attributes that are never taken from a pasted embed: they run code, restyle the page, fetch, or are the builder's own. */
const REFUSED =
  /^(on.*|style|src|src-timeout|preview|class|is|slot|part|exportparts|tabindex|contenteditable|autofocus|hidden|inert|popover|form.*)$/i;

export interface ReadEmbed {
  embed: Embed | null;
  problems: Problem[];
}

/** Reads an embed code back into a spec. Nothing in it runs or loads. */
export function readEmbed(code: string): ReadEmbed {
  const problems: Problem[] = [];
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${code}`, 'text/html');
  const el = doc.querySelector(CHARTS.join(','));
  if (!el) return { embed: null, problems: [{ path: 'embed code', message: `has no ${CHARTS.join(', ')} element`, severity: 'error' }] };
  const tag = el.localName as Chart;
  const jsonNames = JSON_ATTRS[tag];
  const attrs: [string, string][] = [];
  const json: [string, unknown][] = jsonNames.map((n) => [n, undefined]);
  for (const { name, value } of Array.from(el.attributes)) {
    if (jsonNames.includes(name)) {
      try {
        json[jsonNames.indexOf(name)]![1] = JSON.parse(value) as unknown;
      } catch (e) {
        problems.push({ path: name, message: `is not valid JSON (${e instanceof Error ? e.message : String(e)})`, severity: 'error' });
      }
    } else if (REFUSED.test(name) || !/^[a-z][a-z0-9-]*$/.test(name)) {
      if (name !== 'class')
        problems.push({ path: name, message: 'not taken over from the embed code (the builder never writes it)', severity: 'warning' });
    } else attrs.push([name, value]);
  }
  let script = false;
  const child = el.querySelector(':scope > script[type="application/json"]');
  if (child) {
    script = true;
    try {
      const parsed = JSON.parse(child.textContent ?? '') as unknown;
      const record = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
      const key = jsonNames[0]!;
      if (record && jsonNames.some((n) => Object.prototype.hasOwnProperty.call(record, n))) {
        jsonNames.forEach((n, i) => {
          if (Object.prototype.hasOwnProperty.call(record, n)) json[i]![1] = record[n];
        });
      } else json[0] = [key, parsed];
    } catch (e) {
      problems.push({
        path: 'script',
        message: `the child script is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
        severity: 'error',
      });
    }
  }
  const p = el.querySelector(':scope > p');
  const fallback = (p?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const src = doc.querySelector('script[src]')?.getAttribute('src') ?? '';
  const heights: Height[] = [];
  const style = Array.from(doc.querySelectorAll('style'))
    .map((s) => s.textContent ?? '')
    .join('');
  const base = /^(?:\/\*[^*]*\*\/)?[^@{]*:not\(:defined\)\{[^}]*min-height:(\d+(?:\.\d+)?)px/.exec(style);
  const media = [...style.matchAll(/@media \(min-width:(\d+)px\)\{[^{}]*\{[^}]*min-height:(\d+(?:\.\d+)?)px/g)];
  if (base) {
    // The base rule has no media query: its width is the first one the comment names.
    const smallest = /measured at (\d+)px/.exec(style);
    heights.push({ width: smallest ? +smallest[1]! : 0, height: +base[1]! });
  }
  for (const m of media) heights.push({ width: +m[1]!, height: +m[2]! });
  return { embed: { spec: { tag, attrs, json, script, fallback }, scriptUrl: src, heights }, problems };
}
