/** The builder's outputs: every warning, the previews with their controls, and what a screen reader hears. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ShownIssue } from '../measure.js';
import { PREVIEW_WIDTHS, type BuilderView } from './view.js';

export function renderWarnings(list: readonly ShownIssue[]): TemplateResult {
  const errors = list.filter((i) => i.severity === 'error').length;
  return html`<section class="warnings" role="region" aria-labelledby="h-warnings">
    <h2 id="h-warnings">Warnings</h2>
    <p aria-live="polite">
      ${list.length ? `${errors} ${errors === 1 ? 'error' : 'errors'}, ${list.length - errors} ${list.length - errors === 1 ? 'warning' : 'warnings'}.` : 'No warnings.'}
    </p>
    ${
      list.length
        ? html`<ul>
            ${list.map(
              (i) =>
                html`<li class=${i.severity}>
                  <strong>${i.severity === 'error' ? 'Error' : 'Warning'}</strong>
                  <code>${i.path}</code>${i.field ? html` <code class="field">${i.field}</code>` : nothing}:
                  ${i.message}${i.instead ? html` <em>Instead: ${i.instead}</em>` : nothing}
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </section>`;
}

function renderPreviewControls(v: BuilderView): TemplateResult {
  return html`<div class="controls">
    <fieldset>
      <legend>Widths</legend>
      ${PREVIEW_WIDTHS.map(
        (w) =>
          html`<label class="check"
            ><input
              type="checkbox"
              .checked=${v.previewWidths.includes(w)}
              @change=${(e: Event) => v.act.togglePreviewWidth(w, (e.target as HTMLInputElement).checked)}
            />
            ${w} px</label
          >`,
      )}
    </fieldset>
    <fieldset>
      <legend>Theme</legend>
      ${(['light', 'dark'] as const).map(
        (t) =>
          html`<label class="check"
            ><input type="radio" name="theme" .checked=${v.previewTheme === t} @change=${() => v.act.setTheme(t)} /> ${t}</label
          >`,
      )}
    </fieldset>
    <fieldset>
      <legend>Direction</legend>
      ${(['ltr', 'rtl'] as const).map(
        (d) =>
          html`<label class="check"
            ><input type="radio" name="dir" .checked=${v.previewDir === d} @change=${() => v.act.setDir(d)} />
            ${d === 'ltr' ? 'left to right' : 'right to left'}</label
          >`,
      )}
    </fieldset>
  </div>`;
}

export function renderPreview(v: BuilderView): TemplateResult {
  return html`<section aria-labelledby="h-preview">
    <h2 id="h-preview">4. Preview</h2>
    ${renderPreviewControls(v)}
    <div
      class="previews scroll ${v.previewTheme}"
      role="region"
      aria-label="Previews"
      tabindex="0"
      @nc-warning=${v.act.onElementIssues}
      @nc-invalid=${v.act.onElementIssues}
    >
      ${v.previewWidths.map(
        (w) =>
          html`<div class="preview">
            <p class="preview-width">${w} px</p>
            <div class="preview-box" dir=${v.previewDir} data-preview-width=${w}></div>
          </div>`,
      )}
    </div>
  </section>`;
}

export function renderHeard(v: BuilderView): TemplateResult {
  const h = v.heard;
  return html`<section aria-labelledby="h-heard">
    <h2 id="h-heard">What a screen reader hears</h2>
    <p class="heard-desc">${h?.description || h?.shown || '(nothing yet)'}</p>
    ${
      h && h.head.length
        ? html`<div class="scroll" role="region" aria-labelledby="heard-caption" tabindex="0">
              <table class="heard-table">
                <caption id="heard-caption">
                  ${h.caption || 'Data table'}
                </caption>
                <thead>
                  <tr>
                    ${h.head.map((c) => html`<th scope="col">${c}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${h.rows.map(
                    (r) =>
                      html`<tr>
                        ${r.map((c) => html`<td>${c}</td>`)}
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${h.more > 0 ? html`<p class="hint">…and ${h.more} more rows.</p>` : nothing}`
        : nothing
    }
  </section>`;
}
