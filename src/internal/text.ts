/** Messages into templates: the shared step between the catalogues (i18n/) and the elements. */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { catalogueFor, checkStrings, loadCatalogue, missingWarning, textListeners } from '../i18n/load.js';
import { makeStrings, parts, type Key, type Params, type Strings } from '../i18n/messages.js';
import type { Issue } from '../schema/issues.js';

/** A message with its `[…]` parts visually hidden (still read), marked `lang="en"` where it fell back to English. */
export function renderText(text: Strings, key: Key, params?: Params): TemplateResult {
  const p = parts(text, key, params);
  return html`<span lang=${text.english.has(key) ? 'en' : nothing}
    >${p.map((x, i) => (i % 2 ? html`<span class="vh">${x}</span>` : x))}</span
  >`;
}

type Host = ReactiveControllerHost & { readonly hasUpdated: boolean };

/**
 * An element's words: the catalogue of its language (loaded when needed) with
 * the publisher's `strings` over it. `text` is rebuilt only when one of those
 * changes, so what is prepared from it can be memoised on its identity.
 */
export class WordsController implements ReactiveController {
  text: Strings = makeStrings('en');
  /** The catalogue on its way, for updateComplete. */
  loading: Promise<void> | undefined;
  /** True when some of the publisher's strings can be checked only once the validation messages have loaded. */
  waiting = false;
  private version = 0;
  private key: unknown[] = [];
  private issues: Issue[] = [];
  private readonly onText = (): void => {
    this.version++;
    this.host.requestUpdate();
  };

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    textListeners.add(this.onText);
  }

  hostDisconnected(): void {
    textListeners.delete(this.onText);
  }

  /** Picks the words for `lang` and the publisher's `strings`; returns their warnings. */
  check(lang: string, strings: unknown): Issue[] {
    const base = catalogueFor(lang);
    if (base === undefined && !this.loading) {
      this.loading = loadCatalogue(lang).then(() => {
        this.loading = undefined;
        this.onText();
      });
    }
    const key = [lang, strings, this.version, base === undefined];
    if (key.some((k, i) => k !== this.key[i])) {
      this.key = key;
      const own = checkStrings(strings, 'strings');
      this.waiting = own.deferred.length > 0;
      this.text = makeStrings(lang, base, own.value);
      const missing = base === undefined ? null : missingWarning(lang, base, own.value);
      this.issues = missing ? [...own.issues, missing] : own.issues;
    }
    return this.issues;
  }

  /**
   * Before a first render: a promise for the words of `lang` when they are not here
   * yet (at most TEXT_WAIT_MS), so a French or Arabic chart is never first drawn in
   * English and then redrawn; undefined when they are here.
   */
  firstWait(lang: string): Promise<unknown> | undefined {
    if (catalogueFor(lang) !== undefined) return undefined;
    const late = new Promise<void>((resolve) => setTimeout(resolve, TEXT_WAIT_MS));
    return Promise.race([loadCatalogue(lang), late]);
  }
}

/** How long a first render waits for its language's words before it is drawn in English (and redrawn when they arrive). */
const TEXT_WAIT_MS = 3000;
