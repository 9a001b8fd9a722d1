/**
 * The readers' download row under a chart: "Get the data" (CSV) and "Download
 * image" (SVG, PNG). Only the buttons live here; what they make is in
 * export.ts, imported on the first click, so it adds nothing to the first paint.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Key, Strings } from '../i18n/messages.js';
import { makeIssue, type Issue } from '../schema/issues.js';
import { renderText } from './text.js';

export type DownloadKind = 'csv' | 'svg' | 'png';

/** Keywords of the `downloads` attribute. */
export const DOWNLOADS = ['data', 'image', 'none'] as const;

export interface Offer {
  data: boolean;
  image: boolean;
}

/** Reads `downloads="data image"` (any order), `"data"`, `"image"` or `"none"`; an unknown word is a warning and is ignored. */
export function checkDownloads(value: string): { offer: Offer; issue: Issue | null } {
  const words = value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const unknown = words.filter((w) => !(DOWNLOADS as readonly string[]).includes(w));
  const known = words.filter((w) => !unknown.includes(w));
  const all = !known.length;
  const offer = { data: all || known.includes('data'), image: all || known.includes('image') };
  if (known.includes('none')) offer.data = offer.image = false;
  return {
    offer,
    issue: unknown.length ? makeIssue('downloads', 'warning', ['iDownloads', { got: unknown.join(' ') }]) : null,
  };
}

export function renderDownloads(offer: Offer, onDownload: (kind: DownloadKind) => void, text: Strings): TemplateResult | typeof nothing {
  if (!offer.data && !offer.image) return nothing;
  const button = (kind: DownloadKind, key: Key) =>
    html`<button type="button" part="download" data-kind=${kind} @click=${() => onDownload(kind)}>${renderText(text, key)}</button>`;
  return html`<p class="downloads">
    ${offer.data ? button('csv', 'getData') : nothing}
    ${
      offer.image
        ? html`<span class="image-downloads"
            >${renderText(text, 'downloadImage')} ${button('svg', 'svgImage')} ${button('png', 'pngImage')}</span
          >`
        : nothing
    }
  </p>`;
}
