import { html, isServer, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveLocale } from '../core/format.js';
import { issueTextsSettled, loadIssueTexts } from '../i18n/issue-texts.js';
import { msg, type Key, type Params, type Strings } from '../i18n/messages.js';
import { checkUrl } from '../core/url.js';
import { makeIssue, type Issue } from '../schema/issues.js';
import { Announcer } from './announcer.js';
import { InputController } from './input.js';
import { textAttribute } from './json-converter.js';
import type { RenderTurnController } from './render-turns.js';
import { drawCaption } from './chart-parts.js';
import { SizeController } from './size-controller.js';
import { issueLine, previewPanel } from './issue-view.js';
import { renderText, WordsController } from './text.js';

/** True when the page's address asks every element for the editor's preview (`?nc-preview`). */
function pageAsksForPreview(): boolean {
  return typeof location !== 'undefined' && new URLSearchParams(location.search).has('nc-preview');
}

/** How many problems the in-place message lists before pointing to the console. */
const SHOWN_PROBLEMS = 5;

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

  /** Input, its problems and their reporting (internal/input.ts). @internal */
  protected readonly input = new InputController(this, () => ({
    tag: this.tagLabel,
    errorKey: this.errorKey,
    texts: this.previewOn() || this.words.waiting,
  }));

  /** The polite status region. @internal */
  protected readonly announcer = new Announcer(this);

  /** The element's words (internal/text.ts). @internal */
  protected readonly words = new WordsController(this);

  /** Charts take turns for their first render (internal/render-turns.ts); set by ChartElement. @internal */
  protected turns: RenderTurnController | undefined;

  /** Errors that stop the graphic from being drawn. @internal */
  get errors(): readonly Issue[] {
    return this.input.errors;
  }

  /** JSON of a child `<script type="application/json">` (set by the server renderer). @internal */
  set scriptJson(json: unknown) {
    this.input.setScript(json);
  }

  /** @internal */
  protected resolvedLocale = 'en';

  /** @internal */
  protected sourceHref: string | null = null;

  /** The text of this element's language, resolved at each update (checkFrame). @internal */
  protected get text(): Strings {
    return this.words.text;
  }

  /** A message in this element's language. @internal */
  protected t(key: Key, params?: Params): string {
    return msg(this.text, key, params);
  }

  /** A message as a template: hidden `[…]` parts, `lang="en"` where it fell back. @internal */
  protected tHtml(key: Key, params?: Params): TemplateResult {
    return renderText(this.text, key, params);
  }

  /** What this element still loads before it is drawn as readers see it: its words, the validation messages. @internal */
  protected pendingLoad(): Promise<unknown> | undefined {
    return this.words.loading ?? (this.input.awaitingTexts && !issueTextsSettled() ? loadIssueTexts() : undefined);
  }

  /** Also waits for what is still loading (pendingLoad), so `updateComplete` means "drawn as readers see it". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let wait = this.pendingLoad(); wait; wait = this.pendingLoad()) {
      await wait;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Shown under the heading when no `subheading` is set (e.g. what is counted, and when). @internal */
  protected defaultSubheading(): string {
    return '';
  }

  /** Tag name used in console messages. @internal */
  protected abstract readonly tagLabel: string;

  /** The locale asked for: `locale`, else the nearest `lang`. */
  private nearestLocale(): string {
    // closest() stops at a shadow root, so an element inside another component falls back to the document's lang.
    // On the server (SSR) there is no document: the `locale` attribute decides.
    return this.locale || (isServer ? '' : this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang) || '';
  }

  /**
   * The one place that decides when the first update may run: a chart first waits its
   * render turn when many upgrade at once, then any element waits for its language's
   * words when they are not here yet (WordsController.firstWait). `updateComplete`
   * covers both waits. @internal
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || isServer) return super.scheduleUpdate();
    const words = () => {
      const waits = [this.words.firstWait(resolveLocale(this.nearestLocale(), 'en')), this.serverProblems()].filter((w) => w);
      return waits.length ? Promise.all(waits) : undefined;
    };
    const turn = this.turns?.take();
    const ready = turn ? turn.then(words) : words();
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Server markup listing problems (error list, preview) hydrates with the same list: wait for the messages (i18n/issue-texts.ts). */
  private serverProblems(): Promise<void> | undefined {
    if (issueTextsSettled() || !this.shadowRoot?.querySelector('[part~="error"], [data-nc-preview]')) return undefined;
    return loadIssueTexts();
  }

  /** Resolves locale and source link; returns the frame's own warnings. @internal */
  protected checkFrame(): Issue[] {
    const warnings: Issue[] = [];
    this.resolvedLocale = resolveLocale(this.nearestLocale(), 'en');
    if (this.locale && resolveLocale(this.locale, '') === '') {
      warnings.push(makeIssue('locale', 'warning', ['iLocaleTag', { locale: this.locale }], ['xLocaleEn']));
    }
    warnings.push(...this.words.check(this.resolvedLocale, this.strings));
    this.sourceHref = null;
    if (this.sourceUrl) {
      const check = checkUrl(this.sourceUrl, 'link');
      if (check.ok) this.sourceHref = check.url;
      else warnings.push(makeIssue('source-url', 'warning', ['iSourceLink', { reason: check.why }], ['xSourceText']));
    }
    return warnings;
  }

  /** True while data is on its way (sets `aria-busy` on the figure). @internal */
  protected busy(): boolean {
    return this.input.awaitingTexts && this.errors.length > 0;
  }

  /** Key of the in-place error message's title. @internal */
  protected readonly errorKey: 'chartError' | 'galleryError' = 'chartError';

  /** The in-place message for invalid input; the page's fallback content stays visible in it. @internal */
  protected renderError(): TemplateResult | typeof nothing {
    if (this.input.awaitingTexts) return nothing;
    if (!this.input.showErrorMessage) return html`<slot></slot>`;
    const shown = this.errors.slice(0, SHOWN_PROBLEMS);
    const more = this.errors.length - shown.length;
    return html`<div class="error" part="error" role="group" aria-labelledby="error-title">
      <p class="error-title" id="error-title">${this.t(this.errorKey)}</p>
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
    return previewPanel(this.text, this.input.errors, this.input.warnings);
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
        ${caption ? drawCaption({ note: this.note, source: this.source, href: this.sourceHref, byline: this.byline, text: this.text }) : nothing}
      </figure>`;
  }
}
