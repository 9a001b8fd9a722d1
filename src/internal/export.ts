/**
 * What the download buttons make, in the reader's browser (no server): the
 * data as CSV, the chart as a standalone SVG and as a PNG at twice its size.
 * Loaded on the first click (see downloads.ts), a chunk of its own in the CDN build.
 */
import type { CSSResultOrNative } from 'lit';
import { tableOf, writeCsv, type CsvSource } from '../core/csv-write.js';
import { resolveVars, standaloneSvg, svgRules } from '../core/svg-export.js';
import type { DownloadKind } from './downloads.js';

/** PNGs are drawn at this many pixels per CSS pixel (sharp on high-density screens and in print). */
export const PNG_SCALE = 2;

/** Text as seen: without the visually hidden parts ("opens in a new tab"). */
function seen(node: Element | null): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  for (const vh of copy.querySelectorAll('.vh')) vh.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
const textOf = (root: ParentNode, selector: string): string => seen(root.querySelector(selector));

function cssText(styles: readonly CSSResultOrNative[]): string {
  return styles
    .map((s) =>
      'cssText' in s && typeof s.cssText === 'string' ? s.cssText : [...(s as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n'),
    )
    .join('\n');
}

/** The chart in the page as a standalone SVG file's text, in the colours the reader sees. */
export function chartSvg(host: HTMLElement): string {
  const root = host.shadowRoot!;
  const plot = root.querySelector<SVGSVGElement>('.plot svg');
  if (!plot) throw new Error('nothing drawn to download');
  const [, , w, h] = (plot.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const styles = (host.constructor as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles;
  const css = cssText(styles);
  const computed = getComputedStyle(host);
  const values: Record<string, string> = {};
  for (const [name] of css.matchAll(/--_[\w-]+/g)) values[name] = computed.getPropertyValue(name);
  return standaloneSvg({
    plot: new XMLSerializer().serializeToString(plot),
    width: w || plot.clientWidth,
    height: h || plot.clientHeight,
    heading: textOf(root, '.heading'),
    subheading: textOf(root, '.subheading'),
    description: (root.querySelector('#desc')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    footer: [...root.querySelectorAll('figcaption p')].map(seen),
    css: resolveVars(svgRules(css), values),
    colors: { background: values['--_bg'] || '#fff', text: values['--_text'] || '#000', muted: values['--_muted'] || '#555' },
  });
}

/** Draws an SVG file's text on a canvas at `scale` and returns the PNG. */
export async function svgToPng(svg: string, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.width * scale);
    canvas.height = Math.round(img.height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name from the element's id, else its heading (Latin letters and digits), else its tag. */
export function fileName(host: HTMLElement, ext: string): string {
  const slug = (host.id || (host.getAttribute('heading') ?? ''))
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60);
  return `${slug || host.localName}.${ext}`;
}

function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  // The download has its own copy by the next task; the URL is freed after it.
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Makes and saves one download for `host`. */
export async function download(host: HTMLElement, kind: DownloadKind, data: CsvSource | null): Promise<void> {
  if (kind === 'csv') {
    if (data) save(new Blob([writeCsv(tableOf(data))], { type: 'text/csv;charset=utf-8' }), fileName(host, 'csv'));
    return;
  }
  const svg = chartSvg(host);
  if (kind === 'svg') save(new Blob([svg], { type: 'image/svg+xml' }), fileName(host, 'svg'));
  else save(await svgToPng(svg), fileName(host, 'png'));
}
