/** Step 5 of the builder: where the script lives, the site's widths, the fallback paragraph and the embed code. */
import { html, nothing, type TemplateResult } from 'lit';
import type { BuilderState } from '../state.js';
import type { BuilderView } from './view.js';

function renderEmbedFields(v: BuilderView): TemplateResult {
  return html`<div class="fields">
    <p>
      <label for="script-url">Script address</label>
      <input
        id="script-url"
        type="text"
        spellcheck="false"
        .value=${v.s.scriptUrl}
        @input=${(e: Event) => v.act.patch({ scriptUrl: (e.target as HTMLInputElement).value })}
      />
    </p>
    <p>
      <label for="site-widths">Column widths on your site (px)</label>
      <input
        id="site-widths"
        type="text"
        inputmode="numeric"
        aria-describedby="site-widths-hint"
        .value=${v.widthsText}
        @change=${(e: Event) => v.act.setWidthsText((e.target as HTMLInputElement).value)}
      />
      <span class="hint" id="site-widths-hint">The space the chart keeps while it loads is measured at these widths, e.g. 375, 640.</span>
    </p>
    <p>
      <label for="data-in">Data goes</label>
      <select
        id="data-in"
        @change=${(e: Event) => v.act.patch({ dataIn: (e.target as HTMLSelectElement).value as BuilderState['dataIn'] })}
      >
        ${(['auto', 'attribute', 'script'] as const).map(
          (d) =>
            html`<option value=${d} ?selected=${v.s.dataIn === d}>
              ${d === 'auto' ? 'in attributes, or a script when long' : d === 'attribute' ? 'in attributes' : 'in a JSON script'}
            </option>`,
        )}
      </select>
    </p>
  </div>`;
}

export function renderEmbed(v: BuilderView): TemplateResult {
  const fallbackValue = v.s.fallback ?? v.heard?.description ?? '';
  return html`<section aria-labelledby="h-embed">
    <h2 id="h-embed">5. Embed code</h2>
    ${renderEmbedFields(v)}
    <p>
      <label for="fallback">Fallback paragraph</label>
      <span class="hint" id="fallback-hint"
        >Shown where the script cannot run (feed readers, AMP, e-mail). Written from the description until you edit it.</span
      >
      <textarea
        id="fallback"
        rows="3"
        aria-describedby="fallback-hint"
        .value=${fallbackValue}
        @input=${(e: Event) => v.act.patch({ fallback: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
      ${
        v.s.fallback !== null
          ? html`<button type="button" class="ghost" @click=${() => v.act.patch({ fallback: null })}>
              Write it from the description again
            </button>`
          : nothing
      }
    </p>
    <label for="embed">Embed code</label>
    <textarea id="embed" rows="10" readonly spellcheck="false" .value=${v.embedCode}></textarea>
    <p class="actions">
      <button type="button" id="copy" @click=${() => v.act.copy()}>Copy embed code</button>
      <span class="copy-status" aria-hidden="true">${v.status}</span>
    </p>
  </section>`;
}
