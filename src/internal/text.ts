/** Messages into templates: the shared step between the catalogues (i18n/) and the elements. */
import { html, nothing, type TemplateResult } from 'lit';
import { parts, type Key, type Params, type Strings } from '../i18n/messages.js';

/** A message with its `[…]` parts visually hidden (still read), marked `lang="en"` where it fell back to English. */
export function renderText(text: Strings, key: Key, params?: Params): TemplateResult {
  const p = parts(text, key, params);
  return html`<span lang=${text.english.has(key) ? 'en' : nothing}
    >${p.map((x, i) => (i % 2 ? html`<span class="vh">${x}</span>` : x))}</span
  >`;
}
