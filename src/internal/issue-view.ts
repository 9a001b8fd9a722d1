/**
 * Validation messages as the reader's (or editor's) language says them: the
 * error list of an element that cannot draw, and the editor's preview panel.
 * An issue with a catalogue key is filled in the element's language; one
 * without (a message from outside the schema, e.g. a CSV row) stays English
 * and is marked `lang="en"`. Paths (`data[0].date`) are data, shown as code.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { issueText } from '../i18n/issue-text.js';
import { langOf, msg, type Key, type Strings } from '../i18n/messages.js';
import type { Issue } from '../schema/issues.js';

/** The message of `i`, with `lang="en"` where it is shown in English. */
function said(text: Strings, code: Key | undefined, english: string, params = {}): TemplateResult {
  if (!code) return html`<span lang="en">${english}</span>`;
  return html`<span lang=${langOf(text, code) ?? nothing}>${issueText(text, code, params)}</span>`;
}

/** `path: message` for the error list. */
export function issueLine(text: Strings, i: Issue): TemplateResult {
  return html`<code>${i.path}</code>: ${said(text, i.code, i.message, i.params)}`;
}

/** The editor's panel: every error and warning, with what was done instead. */
export function previewPanel(text: Strings, errors: readonly Issue[], warnings: readonly Issue[]): TemplateResult {
  const issues = [...errors, ...warnings];
  const summary = issues.length
    ? msg(text, 'previewCounts', {
        errors: msg(text, 'previewErrors', { count: errors.length }),
        warnings: msg(text, 'previewWarnings', { count: warnings.length }),
      })
    : msg(text, 'previewNone');
  return html`<div
    class="preview"
    part="preview"
    role="group"
    aria-labelledby="preview-title"
    lang=${langOf(text, 'previewTitle') ?? nothing}
    data-nc-preview
  >
    <p class="preview-title" id="preview-title">${msg(text, 'previewTitle', { summary })}</p>
    ${
      issues.length
        ? html`<ul>
            ${issues.map((i) => {
              const word: Key = i.severity === 'error' ? 'severityError' : 'severityWarning';
              const instead =
                i.instead === undefined
                  ? nothing
                  : html`<span class="instead" lang=${i.insteadCode ? (langOf(text, 'instead') ?? nothing) : 'en'}
                      >${
                        i.insteadCode
                          ? msg(text, 'instead', { instead: issueText(text, i.insteadCode, i.insteadParams) })
                          : `Instead: ${i.instead}.`
                      }</span
                    >`;
              return html`<li class=${i.severity}>
                <span class="severity">${msg(text, word)}</span>
                ${issueLine(text, i)}${instead}
              </li>`;
            })}
          </ul>`
        : nothing
    }
  </div>`;
}
