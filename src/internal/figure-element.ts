import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveLocale } from '../core/format.js';
import { catalogueFor, checkStrings, loadCatalogue, missingWarning, textListeners } from '../i18n/load.js';
import { issueTextsSettled, loadIssueTexts } from '../i18n/issue-texts.js';
import { en, langOf, makeStrings, msg, type Key, type Params, type Strings } from '../i18n/messages.js';
import { checkUrl } from '../core/url.js';
import { formatIssue, makeIssue, type Issue } from '../schema/issues.js';
import { parseJson } from '../schema/json.js';
import { emit, NcInvalidEvent, NcWarningEvent } from './events.js';
import { textAttribute } from './json-converter.js';
import { SizeController } from './size-controller.js';
import { issueLine, previewPanel } from './issue-view.js';
import { renderText } from './text.js';

/** True when the page's address asks every element for the editor's preview (`?nc-preview`). */
function pageAsksForPreview(): boolean {
  return typeof location !== 'undefined' && new URLSearchParams(location.search).has('nc-preview');
}

/** What makes a set of problems new: paths, keys and parameters, not the English (which may still be loading). */
function issuesKey(errors: readonly Issue[], warnings: readonly Issue[]): string {
  return JSON.stringify([errors, warnings], function (this: Partial<Issue>, k, v: unknown) {
    return (k === 'message' || k === 'instead') && this.code ? undefined : v;
  });
}

/** How many problems the in-place message lists before pointing to the console. */
const SHOWN_PROBLEMS = 5;
/** How long a first render waits for its language's words before it is drawn in English (and redrawn when they arrive). */
const TEXT_WAIT_MS = 3000;
/** Data changes are announced at most this often. */
const ANNOUNCE_GAP_MS = 2000;

/**
 * The frame every newsroom-charts element shares: heading, subheading, the
 * graphic, then note, source (link through the URL allowlist) and byline in a
 * `<figure>`; the error presentation; child `<script type="application/json">`
 * input; locale resolution; and width tracking.
 *
 * @internal Not registered itself; elements extend it.
 */
export abstract class FigureElement extends LitElement {
  /** Heading above the chart, e.g. "Civilian deaths in coalition strikes". Also the chart's accessible name. */
  @property({ attribute: 'heading', converter: textAttribute }) heading = '';

  /** A line under the heading: what is counted, where, by whom. */
  @property({ attribute: 'subheading', converter: textAttribute }) subheading = '';

  /** A note under the chart, e.g. "Values between October and May are illustrative." */
  @property({ attribute: 'note', converter: textAttribute }) note = '';

  /** Who the figures come from, e.g. "Airwars". */
  @property({ attribute: 'source', converter: textAttribute }) source = '';

  /** Link for the source; only https:, http: and mailto: URLs (or relative ones) are linked. */
  @property({ attribute: 'source-url', converter: textAttribute }) sourceUrl = '';

  /** Credit line, e.g. "Graphic: Jane Doe". */
  @property({ attribute: 'byline', converter: textAttribute }) byline = '';

  /** BCP 47 locale for numbers and dates; defaults to the nearest `lang` attribute. */
  @property({ attribute: 'locale', converter: textAttribute }) locale = '';

  /**
   * The publisher's own text for this element, by key (see docs/languages.md):
   * `{ tableShow: 'Figures' }`. Checked like any input; over the language's own.
   */
  @property({ attribute: false }) strings: unknown;

  /** `light`, `dark`, or unset to follow the reader's `prefers-color-scheme`. */
  @property({ attribute: 'theme', reflect: true }) theme: 'light' | 'dark' | undefined;

  /** Level of the heading in the page outline (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Editor preview: every warning and error of this element is listed visibly
   * inside its frame, with its path and what was done instead. Also on when the
   * page's URL has `?nc-preview`. Never set it on a page readers see.
   */
  @property({ attribute: 'preview', type: Boolean }) preview = false;

  /** @internal */
  protected readonly size = new SizeController(this);

  /** Warnings of the last update, for the preview panel. @internal */
  @state() protected warnings: readonly Issue[] = [];

  /** Errors that stop the graphic from being drawn. @internal */
  @state() protected errors: readonly Issue[] = [];

  /** False when a listener cancelled `nc-invalid` to show its own message. @internal */
  @state() protected showErrorMessage = true;

  /** JSON from a child `<script type="application/json">`, if any. @internal */
  @state() protected scriptJson: unknown = undefined;

  /** @internal */
  protected resolvedLocale = 'en';

  /** @internal */
  protected sourceHref: string | null = null;

  /** The text of this element's language, resolved at each update (checkFrame). @internal */
  protected text: Strings = makeStrings('en');

  /** Bumped when a language's catalogue arrives, so texts are built again. @internal */
  @state() protected textArrived = 0;

  /** The catalogue on its way, for updateComplete. */
  private textLoad: Promise<void> | undefined;

  /** A message in this element's language. @internal */
  protected t(key: Key, params?: Params): string {
    return msg(this.text, key, params);
  }

  /** A message as a template: hidden `[…]` parts, `lang="en"` where it fell back. @internal */
  protected tHtml(key: Key, params?: Params): TemplateResult {
    return renderText(this.text, key, params);
  }

  /** Also waits for the language's text, so `updateComplete` means "drawn as readers see it". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.textLoad || (this.awaitingTexts && !issueTextsSettled())) {
      await (this.textLoad ?? loadIssueTexts());
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Picks this element's text: the catalogue of its locale's language (loading it if needed) and the publisher's strings. */
  private checkText(warnings: Issue[]): void {
    const lang = this.resolvedLocale;
    const base = catalogueFor(lang);
    if (base === undefined && !this.textLoad) {
      this.textLoad = loadCatalogue(lang).then(() => {
        this.textLoad = undefined;
        this.textArrived++;
      });
    }
    const own = checkStrings(this.strings, 'strings');
    warnings.push(...own.issues);
    // Keys of the validation messages can be checked only once those have loaded (report() waits for them).
    this.stringsWaiting = own.deferred.length > 0;
    this.text = makeStrings(lang, base, own.value);
    const missing = base === undefined ? null : missingWarning(lang, base, own.value);
    if (missing) warnings.push(missing);
  }

  /** Text of the polite status region (data-change announcements). @internal */
  @state() protected announcement = '';

  private reported = '';
  private lastAnnounced = 0;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private scriptObserver: MutationObserver | undefined;

  /** Shown under the heading when no `subheading` is set (e.g. what is counted, and when). @internal */
  protected defaultSubheading(): string {
    return '';
  }

  /** Tag name used in console messages. @internal */
  protected abstract readonly tagLabel: string;

  private readonly onText = (): void => {
    this.textArrived++;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    textListeners.add(this.onText);
    this.readScript();
    this.scriptObserver = new MutationObserver(() => this.readScript());
    this.scriptObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    textListeners.delete(this.onText);
    this.scriptObserver?.disconnect();
    this.scriptObserver = undefined;
    clearTimeout(this.announceTimer);
  }

  /** Says `text` in the polite status region, at most once per ANNOUNCE_GAP_MS (the latest text wins). @internal */
  protected announce(text: string): void {
    const wait = this.lastAnnounced + ANNOUNCE_GAP_MS - Date.now();
    clearTimeout(this.announceTimer);
    const say = () => {
      this.lastAnnounced = Date.now();
      this.announcement = text;
    };
    if (wait <= 0) say();
    else this.announceTimer = setTimeout(say, wait);
  }

  /** The polite status region; present from the first render so later changes are announced. @internal */
  protected renderAnnouncement(): TemplateResult {
    return html`<div class="vh" role="status">${this.announcement}</div>`;
  }

  private readScript(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? null;
    this.scriptJson = text === null ? undefined : parseJson(text);
  }

  /** The locale asked for: `locale`, else the nearest `lang`. */
  private nearestLocale(): string {
    // closest() stops at a shadow root, so an element inside another component falls back to the document's lang.
    // On the server (SSR) there is no document: the `locale` attribute decides.
    return this.locale || (isServer ? '' : this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang) || '';
  }

  /**
   * The first render waits for the language's words when they are not here yet,
   * so a French or Arabic chart is never first drawn in English and then redrawn
   * (and server markup in that language is hydrated in it). @internal
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || isServer) return super.scheduleUpdate();
    const lang = resolveLocale(this.nearestLocale(), 'en');
    if (catalogueFor(lang) !== undefined) return super.scheduleUpdate();
    const late = new Promise<void>((resolve) => setTimeout(resolve, TEXT_WAIT_MS));
    return Promise.race([loadCatalogue(lang), late]).then(() => super.scheduleUpdate());
  }

  /** Resolves locale and source link; returns the frame's own warnings. @internal */
  protected checkFrame(): Issue[] {
    const warnings: Issue[] = [];
    this.resolvedLocale = resolveLocale(this.nearestLocale(), 'en');
    if (this.locale && resolveLocale(this.locale, '') === '') {
      warnings.push(makeIssue('locale', 'warning', ['iLocaleTag', { locale: this.locale }], ['xLocaleEn']));
    }
    this.checkText(warnings);
    this.sourceHref = null;
    if (this.sourceUrl) {
      const check = checkUrl(this.sourceUrl, 'link');
      if (check.ok) this.sourceHref = check.url;
      else warnings.push(makeIssue('source-url', 'warning', ['iSourceLink', { reason: check.why }], ['xSourceText']));
    }
    return warnings;
  }

  /**
   * Logs and dispatches problems once per distinct set, during willUpdate so
   * a cancelled `nc-invalid` is honoured in the same render. @internal
   */
  protected report(errors: readonly Issue[], warnings: readonly Issue[]): void {
    const key = issuesKey(errors, warnings);
    this.errors = errors;
    this.warnings = warnings;
    // The English messages load with the first problem; until they are here nothing is logged or
    // dispatched (the text listener updates again when they arrive) and the frame is busy, not an error.
    const wanted = errors.length > 0 || warnings.length > 0 || this.previewOn() || this.stringsWaiting;
    this.awaitingTexts = wanted && !issueTextsSettled();
    if (this.awaitingTexts) return void loadIssueTexts();
    if (key === this.reported) return;
    this.reported = key;
    if (errors.length) {
      console.error(`<${this.tagLabel}>: ${en[this.errorKey()].toLowerCase()}.\n${errors.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
      this.showErrorMessage = emit(this, new NcInvalidEvent(errors));
    } else {
      this.showErrorMessage = true;
    }
    if (warnings.length) {
      console.warn(`<${this.tagLabel}>:\n${warnings.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
      this.afterUpdate(new NcWarningEvent(warnings));
    }
  }

  private pendingEvents: Event[] = [];

  /**
   * Dispatches `event` once this update has rendered. Events that report a change
   * go out after it, so a listener that sets a property starts a new update
   * instead of being merged into (and lost from) the one in progress. @internal
   */
  protected afterUpdate(event: Event): void {
    this.pendingEvents.push(event);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const e of events) emit(this, e);
  }

  /** True while data is on its way (sets `aria-busy` on the figure). @internal */
  protected busy(): boolean {
    return this.awaitingTexts && this.errors.length > 0;
  }

  /** True while problems wait for their messages (src/i18n/issue-texts.ts). */
  private awaitingTexts = false;
  private stringsWaiting = false;

  /** Key of the in-place error message's title. @internal */
  protected errorKey(): 'chartError' | 'galleryError' {
    return 'chartError';
  }

  /** The in-place message for invalid input; the page's fallback content stays visible in it. @internal */
  protected renderError(): TemplateResult | typeof nothing {
    if (this.awaitingTexts) return nothing;
    if (!this.showErrorMessage) return html`<slot></slot>`;
    const shown = this.errors.slice(0, SHOWN_PROBLEMS);
    const more = this.errors.length - shown.length;
    return html`<div class="error" part="error" role="group" aria-labelledby="error-title">
      <p class="error-title" id="error-title">${this.t(this.errorKey())}</p>
      <ul>
        ${shown.map((i) => html`<li>${issueLine(this.text, i)}</li>`)}
      </ul>
      ${more > 0 ? html`<p>${this.tHtml('moreProblems', { count: more })}</p>` : nothing}
      <slot></slot>
    </div>`;
  }

  /** True when the editor's preview panel is shown (the `preview` attribute or `?nc-preview` in the page URL). @internal */
  protected previewOn(): boolean {
    return this.preview || pageAsksForPreview();
  }

  /** The editor's preview panel: every error and warning with its path and what was done instead. @internal */
  protected renderPreview(): TemplateResult | typeof nothing {
    if (!this.previewOn()) return nothing;
    return previewPanel(this.text, this.errors, this.warnings);
  }

  /** Heading, subheading, body, then note, source and byline. @internal */
  protected renderFrame(name: string, body: unknown): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const caption = this.note || this.source || this.byline;
    const sub = this.subheading || this.defaultSubheading();
    return html`<div class="sizer" data-nc-sizer></div>
      <figure
        part="figure"
        lang=${this.text.lang}
        dir=${this.text.dir === 'rtl' ? 'rtl' : nothing}
        aria-busy=${this.busy() ? 'true' : nothing}
        aria-labelledby=${this.heading ? 'heading' : nothing}
        aria-label=${this.heading ? nothing : name}
      >
        ${this.renderPreview()}
        ${this.heading ? html`<div class="heading" id="heading" role="heading" aria-level=${level} part="heading">${this.heading}</div>` : nothing}
        ${sub ? html`<p class="subheading" part="subheading">${sub}</p>` : nothing} ${body}
        ${
          caption
            ? html`<figcaption part="caption">
                ${this.note ? html`<p class="note" part="note">${this.note}</p>` : nothing}
                ${
                  this.source
                    ? html`<p class="source" part="source">
                        ${this.tHtml('source')}
                        ${
                          this.sourceHref
                            ? html`<a href=${this.sourceHref} target="_blank" rel="noopener noreferrer"
                                >${this.source}<span class="vh" lang=${langOf(this.text, 'newTab') ?? nothing}>${this.t('newTab')}</span></a
                              >`
                            : this.source
                        }
                      </p>`
                    : nothing
                }
                ${this.byline ? html`<p class="byline" part="byline">${this.byline}</p>` : nothing}
              </figcaption>`
            : nothing
        }
      </figure>`;
  }
}
