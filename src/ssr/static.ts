/**
 * Static files for one server-rendered element (the command-line renderer's
 * NAME.svg, NAME.txt and NAME.csv): the same SVG builder and CSV writer as the
 * readers' downloads, fed from the element that rendered on the server.
 */
import { baseStyles } from '../internal/styles.js';
import { tableOf, writeCsv, type CsvSource } from '../core/csv-write.js';
import { resolveVars, standaloneSvg, svgRules } from '../core/svg-export.js';
import type { RenderedElement } from './index.js';

type Theme = 'light' | 'dark';

/** The theme tokens (`--_bg: var(--nc-background, #fff)`…) of the light or dark theme, from the shared styles. */
export function themeTokens(theme: Theme): Record<string, string> {
  const css = baseStyles.cssText;
  const start = theme === 'dark' ? css.indexOf(":host([theme='dark'])") : css.indexOf(':host');
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  const out: Record<string, string> = {};
  for (const m of body.matchAll(/(--_[\w-]+)\s*:\s*([^;]+);/g)) out[m[1]!] = m[2]!.trim();
  return out;
}

interface ChartInternals {
  heading: string;
  subheading: string;
  note: string;
  source: string;
  byline: string;
  theme?: Theme;
  description?: string;
  defaultSubheading(): string;
  exportData?(): CsvSource | null;
  list?: readonly { caption: string; credit: string; alt: string; src: string | null }[];
}

const internals = (r: RenderedElement) => r.element as unknown as ChartInternals;

/** The plot's `<svg>` from the element's server markup, or null (gallery, empty chart, error). */
export function plotSvg(html: string): string | null {
  const at = html.indexOf('part="plot"');
  if (at < 0) return null;
  const start = html.indexOf('<svg', at);
  const end = html.indexOf('</svg>', start);
  return start < 0 || end < 0 ? null : html.slice(start, end + 6);
}

export function elementSvg(r: RenderedElement): string | null {
  const plot = plotSvg(r.html);
  if (!plot) return null;
  const el = internals(r);
  const [, , w, h] = (/viewBox="([^"]*)"/.exec(plot)?.[1] ?? '').split(/\s+/).map(Number);
  const tokens = themeTokens(el.theme === 'dark' ? 'dark' : 'light');
  const styles = (r.element.constructor as unknown as { elementStyles: { cssText: string }[] }).elementStyles;
  const css = styles.map((s) => s.cssText).join('\n');
  const color = (name: string) => resolveVars(tokens[name] ?? '', tokens);
  return standaloneSvg({
    plot,
    width: w || 640,
    height: h || 300,
    heading: el.heading,
    subheading: el.subheading || el.defaultSubheading(),
    description: elementText(r),
    footer: [el.note, el.source && `Source: ${el.source}`, el.byline].filter(Boolean),
    css: resolveVars(svgRules(css), tokens),
    colors: { background: color('--_bg'), text: color('--_text'), muted: color('--_muted') },
  });
}

/** The description a screen reader hears (for alt text); for a gallery, every caption and credit. */
export function elementText(r: RenderedElement): string {
  const el = internals(r);
  if (el.list)
    return [el.heading, ...el.list.map((i, n) => `${n + 1}. ${i.caption}${i.credit ? ` (${i.credit})` : ''}`)].filter(Boolean).join('\n');
  return el.description ?? '';
}

export function elementCsv(r: RenderedElement): string | null {
  const el = internals(r);
  if (el.list)
    return writeCsv({ header: ['caption', 'credit', 'alt', 'src'], rows: el.list.map((i) => [i.caption, i.credit, i.alt, i.src]) });
  const data = el.exportData?.();
  return data ? writeCsv(tableOf(data)) : null;
}
