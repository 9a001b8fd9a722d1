/**
 * A chart as a standalone SVG file: the plot's own SVG, with the frame text
 * (heading, subheading, note, source, byline) drawn above and below it, a
 * `<title>` and `<desc>` for assistive technology, a background, and the
 * element's styles with every custom property resolved (SVG viewers and
 * rasterisers such as resvg do not read `var()`). Pure string work: the reader
 * downloads in the browser and the command-line renderer in Node share it.
 */
import { wrapText } from './text.js';

export interface SvgExport {
  /** The plot's `<svg …>…</svg>` markup (HTML or XML serialised). */
  plot: string;
  /** The plot's size in CSS px (its viewBox); the file adds a margin round it and the frame text. */
  width: number;
  height: number;
  heading: string;
  subheading: string;
  /** The long description, for `<desc>`. */
  description: string;
  /** Lines under the plot: note, "Source: …", byline. */
  footer: readonly string[];
  /** CSS text that styles the plot's classes, `var()` already resolved (see resolveVars). */
  css: string;
  /** Resolved theme colours. */
  colors: { background: string; text: string; muted: string };
  font?: string;
}

/** Font stacks name fallbacks, so a viewer without the first font still draws text of the same shape. */
export const EXPORT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";
const PAD = 16;
const HEAD = 18;
const SUB = 14;
const FOOT = 12;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Replaces `var(--name, fallback)` with the value in `values`, else the
 * fallback (itself resolved), innermost first; a variable with neither is dropped.
 */
export function resolveVars(css: string, values: Readonly<Record<string, string>>): string {
  const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/g;
  let out = css;
  for (let i = 0; i < 8 && out.includes('var('); i++) {
    out = out.replace(VAR, (_, name: string, fallback: string | undefined) => values[name]?.trim() || fallback?.trim() || 'initial');
  }
  return out;
}

/**
 * The rules of a component stylesheet that can apply inside an exported SVG:
 * at-rules (media queries: print, dark, forced colours) and `:host`, `:focus`
 * or `:hover` rules are dropped; the screen's resolved colours are passed in.
 */
export function svgRules(css: string): string {
  const out: string[] = [];
  let i = 0;
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const selector = text.slice(i, open).trim();
    // Find the matching close brace (at-rules nest).
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
    }
    const body = text.slice(open + 1, j - 1).trim();
    i = j;
    // The root `svg` rule sizes the plot in the page (max-width, height: auto); the file sizes it itself.
    if (selector.startsWith('@') || selector === 'svg' || /:host|:focus|:hover|::|\*/.test(selector)) continue;
    out.push(`${selector.replace(/\s+/g, ' ')}{${body.replace(/\s+/g, ' ')}}`);
  }
  return expandLocalVars(out).join('\n');
}

/**
 * A colour set per group (`.s0 { --c: var(--_s0) }`, then `.line { stroke: var(--c) }`)
 * cannot be resolved once for the file: each rule using such a variable is
 * written again for every group that sets it, with the group's value, for the
 * group's descendants and for the group element itself.
 */
function expandLocalVars(rules: string[]): string[] {
  const parse = (r: string) => ({ sel: r.slice(0, r.indexOf('{')), body: r.slice(r.indexOf('{') + 1, -1) });
  const setters = new Map<string, { sel: string; value: string }[]>();
  for (const r of rules) {
    const { sel, body } = parse(r);
    const decls = body.split(';').filter((d) => d.trim());
    if (!decls.length || !decls.every((d) => d.trim().startsWith('--'))) continue;
    for (const d of decls) {
      const [name, ...v] = d.split(':');
      const list = setters.get(name!.trim()) ?? [];
      list.push({ sel: sel.trim(), value: v.join(':').trim() });
      setters.set(name!.trim(), list);
    }
  }
  const out: string[] = [];
  for (const r of rules) {
    const { sel, body } = parse(r);
    const used = [...setters.keys()].find((n) => body.includes(`var(${n})`));
    if (!used) {
      out.push(r);
      continue;
    }
    for (const set of setters.get(used)!) {
      const one = body.split(`var(${used})`).join(set.value);
      const sels = sel.split(',').flatMap((x) => [`${set.sel} ${x.trim()}`, `${set.sel}${x.trim()}`]);
      out.push(`${sels.join(',')}{${one}}`);
    }
  }
  return out;
}

/** Drops comments (Lit's markers) and makes the plot's root an XML SVG positioned at (x, y). */
function placePlot(plot: string, x: number, y: number, width: number, height: number): string {
  // Lit's markers: comments, and the `<?>` an HTML parser reads as a bogus comment (not XML).
  const clean = plot.replace(/<!--[\s\S]*?-->|<\?[^>]*>/g, '').trim();
  const open = /^<svg\b[^>]*>/.exec(clean);
  if (!open) return '';
  const viewBox = /viewBox="([^"]*)"/.exec(open[0])?.[1] ?? `0 0 ${width} ${height}`;
  const cls = /class="([^"]*)"/.exec(open[0])?.[1];
  return `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="${viewBox}"${cls ? ` class="${cls}"` : ''} overflow="visible">${clean.slice(open[0].length)}`;
}

export function standaloneSvg(e: SvgExport): string {
  const inner = e.width;
  const width = e.width + 2 * PAD;
  const font = e.font ?? EXPORT_FONT;
  const lines: string[] = [];
  let y = PAD;
  const block = (text: string, size: number, weight: number, color: string) => {
    for (const line of wrapText(text, inner, size)) {
      y += size * 1.3;
      lines.push(
        `<text x="${PAD}" y="${Math.round(y - size * 0.3)}" font-size="${size}" font-weight="${weight}" style="fill:${color}">${escapeXml(line)}</text>`,
      );
    }
  };
  if (e.heading) block(e.heading, HEAD, 700, e.colors.text);
  if (e.subheading) block(e.subheading, SUB, 400, e.colors.muted);
  y += 8;
  const plotY = Math.round(y);
  y += e.height + 8;
  for (const f of e.footer) block(f, FOOT, 400, e.colors.muted);
  const total = Math.ceil(y + PAD);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" role="img" aria-labelledby="nc-title" aria-describedby="nc-desc">`,
    `<title id="nc-title">${escapeXml(e.heading || e.description.split('. ')[0] || 'Chart')}</title>`,
    `<desc id="nc-desc">${escapeXml(e.description)}</desc>`,
    `<style>svg{font-family:${font};font-size:12px}text{fill:${e.colors.muted}}\n${e.css}</style>`,
    `<rect width="100%" height="100%" fill="${e.colors.background}"/>`,
    `<g font-family="${escapeXml(font)}">`,
    ...lines,
    placePlot(e.plot, PAD, plotY, inner, e.height),
    '</g>',
    '</svg>',
  ].join('\n');
}
