import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatNumber } from '../../core/format.js';
import { announcement, clampIndex, counterText, keyTarget, MISSING_ALT, stepIndex, swipeStep } from '../../core/gallery.js';
import { parseGalleryItems, type GalleryItem, type GalleryItemInput } from '../../schema/gallery.js';
import { isRecord, own, type Issue } from '../../schema/issues.js';
import { fromScript, JsonParseFailure } from '../../schema/json.js';
import { emit } from '../../internal/events.js';
import { FigureElement } from '../../internal/figure-element.js';
import { jsonAttribute, keywordAttribute, textAttribute } from '../../internal/json-converter.js';
import { baseStyles } from '../../internal/styles.js';
import { galleryStyles } from './photo-gallery-caption.styles.js';

export type GalleryMode = 'single' | 'all';
const MODES: readonly GalleryMode[] = ['single', 'all'];

export interface GalleryChangeDetail {
  /** The photo shown next, from 1. */
  index: number;
  /** That photo's caption, credit and image, as validated. */
  item: GalleryItem;
  /** True when the reader moved (button, key, swipe, list); false when the page set `index`. */
  reader: boolean;
}

/**
 * Fired after every change of the photo shown (`index` already holds the new
 * photo). When the reader caused it, it is cancelable: `preventDefault()` puts
 * the previous photo back before anything is drawn. When the page set `index`,
 * it is not cancelable.
 */
export class GalleryChangeEvent extends CustomEvent<GalleryChangeDetail> {
  static readonly eventName = 'gallery-change';
  constructor(detail: GalleryChangeDetail) {
    super(GalleryChangeEvent.eventName, { detail, bubbles: true, composed: true, cancelable: detail.reader });
  }
}

/**
 * Numbered captions and credits for a news photo gallery: "3/30", the
 * caption, the credit, Previous / Next, and "Show all" for the list of every
 * caption. Either a caption strip under a CMS's own gallery (no `src`, driven
 * through `index` and `gallery-change`), or a whole gallery showing the
 * photos, lazily loaded in a frame of fixed shape, the next one preloaded.
 *
 * @tagname photo-gallery-caption
 * @summary Accessible numbered captions and credits for photo galleries.
 *
 * @attr items - JSON: `[{"caption": "Smoke rises over Aleppo", "credit": "Reuters", "src": "https://…/1.jpg", "alt": "", "srcset": "https://…/1-800.jpg 800w, https://…/1-1600.jpg 1600w", "width": 1600, "height": 1067}]`. Only `caption` is required.
 *
 * @fires gallery-change - GalleryChangeEvent: the photo changed; `detail` is `{index, item, reader}`. Cancelable when the reader caused it.
 * @fires nc-invalid - NcInvalidEvent: the items could not be read; `event.issues` lists each problem with its path. Cancelable: cancel it to hide the built-in message.
 * @fires nc-warning - NcWarningEvent: shown, but `event.warnings` lists fields to check (missing alt or credit, refused photo URLs, an index out of range, unknown fields).
 *
 * @slot - Fallback content (shown before the script loads and alongside the error message). A child `<script type="application/json">` may hold the list, or `{"heading": "…", "items": […]}`.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart heading - The heading.
 * @csspart subheading - The line under the heading.
 * @csspart gallery - Everything between the heading and the figcaption.
 * @csspart controls - The bar with Previous, the counter, Next and Show all.
 * @csspart previous - The Previous button.
 * @csspart next - The Next button.
 * @csspart counter - The "3/30" counter.
 * @csspart show-all - The button that shows or hides the list of all captions.
 * @csspart slide - One photo with its caption and credit.
 * @csspart photo - The frame around a photo.
 * @csspart text - A caption's text.
 * @csspart credit - A credit.
 * @csspart list - The numbered list of every caption.
 * @csspart caption - The figcaption with note, source and byline.
 * @csspart note - The note (from the shared frame).
 * @csspart source - The source line.
 * @csspart byline - The byline.
 * @csspart error - The message shown for invalid input.
 *
 * @cssprop --nc-photo-ratio - Shape of the photo frame in single mode (default `3 / 2`); photos of other shapes are letterboxed.
 * @cssprop --nc-font - Font family (and every other --nc-* token of <casualty-trend>).
 */
export class PhotoGalleryCaption extends FigureElement {
  static override styles = [baseStyles, galleryStyles];

  /** The photos; see the `items` attribute. Set from JavaScript as an array. */
  @property({ attribute: 'items', converter: jsonAttribute }) items: GalleryItemInput[] | undefined = undefined;

  /** The photo shown, from 1. Reflected, so it follows the reader; out-of-range values are clamped with a warning. */
  @property({ attribute: 'index', type: Number, reflect: true }) index = 1;

  /** `single` (default: one photo and caption at a time) or `all` (every photo and caption, one after another). */
  @property({ attribute: 'mode', converter: keywordAttribute('single') }) mode: GalleryMode = 'single';

  /** Wrap round from the last photo to the first (and back) instead of stopping at the ends. */
  @property({ attribute: 'loop', type: Boolean }) loop = false;

  /** Words before every credit, e.g. "Photo:". Unset, the credit shows alone (screen readers hear "Credit:"). */
  @property({ attribute: 'credit-prefix', converter: textAttribute }) creditPrefix = '';

  @state() private list: GalleryItem[] = [];
  @state() private listShown = false;

  protected readonly tagLabel = 'photo-gallery-caption';

  protected override errorKey(): 'chartError' | 'galleryError' {
    return 'galleryError';
  }
  /** The photo shown (index clamped), 0 when there is none. */
  private current = 0;
  private dataIssues: Issue[] = [];
  /** Set while a reader-caused move is applied, so it is not reported a second time. */
  private byReader = false;
  /** Direction of the last move (+1 forward, -1 back) for the slide animation; 0 for none. */
  private moved = 0;
  private focusSlide = false;
  private preloaded = '';
  private touch: { x: number; y: number } | null = null;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const frameWarnings = this.checkFrame();
    const shownBefore = this.current ? this.list[this.current - 1] : undefined;
    if (!this.hasUpdated || changed.has('items') || changed.has('scriptJson')) {
      let input: unknown = this.items;
      const s = this.scriptJson;
      if (input === undefined && s instanceof JsonParseFailure) input = fromScript(s);
      else if (input === undefined && isRecord(s)) {
        input = own(s, 'items');
        const heading = own(s, 'heading');
        if (!this.heading && typeof heading === 'string') this.heading = heading;
      } else if (input === undefined) input = s;
      const r = parseGalleryItems(input);
      this.list = r.ok ? r.value : [];
      this.dataIssues = r.ok ? r.warnings : r.issues;
    }
    const count = this.list.length;
    const { index, problem } = clampIndex(this.index, count);
    const warnings = [...this.dataIssues.filter((i) => i.severity === 'warning'), ...frameWarnings];
    if (problem) warnings.push({ path: 'index', message: problem, severity: 'warning' });
    if (!MODES.includes(this.mode)) {
      warnings.push({
        path: 'mode',
        message: `expected single or all, got "${String(this.mode)}"; showing one photo at a time`,
        severity: 'warning',
      });
    }
    this.report(
      this.dataIssues.filter((i) => i.severity === 'error'),
      warnings,
    );

    const before = this.current;
    this.current = index;
    const item = index ? this.list[index - 1] : undefined;
    // New items can change the photo shown without changing its number: that is a change too.
    const replaced =
      !!shownBefore &&
      !!item &&
      before === index &&
      (shownBefore.caption !== item.caption || shownBefore.credit !== item.credit || shownBefore.src !== item.src);
    if (this.hasUpdated && before && item && (before !== index || replaced) && this.mode !== 'all') {
      if (!this.byReader) {
        this.moved = Math.sign(index - before);
        this.afterUpdate(new GalleryChangeEvent({ index, item, reader: false }));
      }
      this.announcement = announcement(
        index,
        count,
        item.caption,
        item.credit,
        this.creditPrefix,
        this.resolvedLocale,
        this.said(index, count),
      );
    }
    this.byReader = false;
    if (changed.has('mode') && this.hasUpdated) {
      // The page switched modes: the control that had focus may be gone, so focus moves
      // to what replaces it; back in single mode the live region says which photo is shown.
      this.refocus = this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement !== null;
      if (this.mode !== 'all' && item) {
        this.announcement = announcement(
          index,
          count,
          item.caption,
          item.credit,
          this.creditPrefix,
          this.resolvedLocale,
          this.said(index, count),
        );
      }
    }
  }

  private refocus = false;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.refocus) {
      this.refocus = false;
      this.renderRoot.querySelector<HTMLElement>(this.mode === 'all' ? 'ol.all' : '.viewer .slide')?.focus();
    }
    const slide = this.renderRoot.querySelector<HTMLElement>('.viewer .slide');
    if (slide && this.moved && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
      const x = `${(getComputedStyle(this).direction === 'rtl' ? -24 : 24) * this.moved}px`;
      slide.animate(
        [
          { opacity: 0, transform: `translateX(${x})` },
          { opacity: 1, transform: 'none' },
        ],
        { duration: 200, easing: 'ease-out' },
      );
    }
    this.moved = 0;
    if (this.focusSlide) slide?.focus();
    this.focusSlide = false;
    // Fetch the next photo now (an Image outside the document), so it is ready when the reader moves on.
    const next = slide ? this.list[stepIndex(this.current, 1, this.list.length, this.loop) - 1] : undefined;
    if (next?.src && next.src + next.srcset !== this.preloaded) {
      this.preloaded = next.src + next.srcset;
      const img = new Image();
      if (next.srcset) {
        img.sizes = this.sizes() ?? '100vw';
        img.srcset = next.srcset;
      }
      img.src = next.src;
    }
  }

  private sizes(): string | undefined {
    return this.size.width ? `${this.size.width}px` : undefined;
  }

  /**
   * Moves to photo `to` (from 1) for the reader; false when there was nothing to do or a
   * listener cancelled it. The event fires after the change (listeners read the new
   * `index`); cancelling it restores the old photo before anything is drawn, since Lit
   * renders after this task.
   */
  private go(to: number, direction: number): boolean {
    if (!to || to === this.current) return false;
    const before = { index: this.index, moved: this.moved, byReader: this.byReader };
    this.byReader = true;
    this.moved = direction;
    this.index = to;
    if (emit(this, new GalleryChangeEvent({ index: to, item: this.list[to - 1]!, reader: true }))) return true;
    this.index = before.index;
    this.moved = before.moved;
    this.byReader = before.byReader;
    return false;
  }

  private step(delta: number): void {
    this.go(stepIndex(this.current, delta, this.list.length, this.loop), delta);
  }

  private readonly onPrevious = (): void => this.step(-1);
  private readonly onNext = (): void => this.step(1);

  private readonly toggleList = (): void => {
    this.listShown = !this.listShown;
  };

  private jump(to: number): void {
    if (to === this.current || this.go(to, Math.sign(to - this.current))) {
      this.listShown = false;
      this.focusSlide = true;
    }
  }

  private rtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const rtl = this.rtl();
    const to = keyTarget(e.key, this.current, this.list.length, this.loop, rtl);
    if (to === null) return;
    e.preventDefault();
    this.go(to, e.key === 'Home' || e.key === (rtl ? 'ArrowRight' : 'ArrowLeft') ? -1 : 1);
  };

  private readonly onPointerDown = (e: PointerEvent): void => {
    // Touch and pen only: a mouse drag selects caption text.
    this.touch = e.pointerType !== 'mouse' && e.isPrimary ? { x: e.clientX, y: e.clientY } : null;
  };

  private readonly onPointerUp = (e: PointerEvent): void => {
    const t = this.touch;
    this.touch = null;
    if (t && e.isPrimary) this.step(swipeStep(e.clientX - t.x, e.clientY - t.y, this.rtl()));
  };

  private readonly onPointerCancel = (): void => {
    this.touch = null;
  };

  protected override render(): TemplateResult {
    const name = this.heading || this.t('gallery');
    if (this.errors.length) return this.renderFrame(name, this.renderError());
    const body = !this.list.length
      ? html`<p class="empty" role="note">${this.tHtml('noPhotos')}</p>`
      : this.mode === 'all'
        ? html`<ol class="all" part="list" tabindex="-1" aria-label=${this.t('allPhotos')}>
            ${this.list.map((item, i) => html`<li>${this.renderSlide(item, i + 1)}</li>`)}
          </ol>`
        : this.renderSingle();
    return this.renderFrame(name, html`<div class="gallery" part="gallery">${body} ${this.renderAnnouncement()}</div>`);
  }

  private renderSingle(): TemplateResult {
    const n = this.current;
    const count = this.list.length;
    const loc = this.resolvedLocale;
    const atStart = stepIndex(n, -1, count, this.loop) === n;
    const atEnd = stepIndex(n, 1, count, this.loop) === n;
    return html`<div class="viewer" @keydown=${this.onKeyDown}>
        <div class="bar" part="controls">
          <button type="button" part="previous" aria-disabled=${atStart ? 'true' : 'false'} @click=${this.onPrevious}>
            <span aria-hidden="true">‹</span>${this.tHtml('previous')}
          </button>
          <span class="counter" part="counter" aria-hidden="true">${counterText(n, count, loc)}</span>
          <button type="button" part="next" aria-disabled=${atEnd ? 'true' : 'false'} @click=${this.onNext}>
            ${this.tHtml('next')}<span aria-hidden="true">›</span>
          </button>
          <button
            type="button"
            class="toggle"
            part="show-all"
            aria-expanded=${this.listShown ? 'true' : 'false'}
            aria-controls="all"
            @click=${this.toggleList}
          >
            ${this.tHtml('showAll')}<span aria-hidden="true">${this.listShown ? '▴' : '▾'}</span>
          </button>
        </div>
        ${this.renderSlide(this.list[n - 1]!, n, true)}
      </div>
      <ol class="list" id="all" part="list" aria-label=${this.t('allCaptions')} ?hidden=${!this.listShown}>
        ${this.list.map(
          (item, i) =>
            html`<li>
              <button type="button" class="jump" aria-current=${i + 1 === n ? 'true' : 'false'} @click=${() => this.jump(i + 1)}>
                <span class="num">${formatNumber(i + 1, loc, 0)}</span>
                <span><span class="text">${item.caption}</span> ${this.renderCredit(item)}</span>
              </button>
            </li>`,
        )}
      </ol>`;
  }

  private renderSlide(item: GalleryItem, n: number, single = false): TemplateResult {
    const count = this.list.length;
    const loc = this.resolvedLocale;
    return html`<div
      class="slide"
      part="slide"
      role="group"
      aria-roledescription=${this.t('roleSlide')}
      aria-label=${this.t('slide', { index: n, count })}
      tabindex=${single ? '-1' : nothing}
      @pointerdown=${single ? this.onPointerDown : nothing}
      @pointerup=${single ? this.onPointerUp : nothing}
      @pointercancel=${single ? this.onPointerCancel : nothing}
    >
      ${
        item.src
          ? html`<div class="photo" part="photo">
              <img
                src=${item.src}
                srcset=${item.srcset ?? nothing}
                sizes=${(item.srcset && this.sizes()) || nothing}
                alt=${item.alt === MISSING_ALT ? this.t('noAlt') : item.alt}
                width=${item.width ?? nothing}
                height=${item.height ?? nothing}
                loading="lazy"
                decoding="async"
                draggable="false"
              />
            </div>`
          : nothing
      }
      <p class="text" part="text">
        ${single ? nothing : html`<span class="counter" part="counter" aria-hidden="true">${counterText(n, count, loc)}</span>`}${item.caption}
      </p>
      ${this.renderCredit(item)}
    </div>`;
  }

  /** The live region's first sentence and credit word in the element's language. */
  private said(index: number, count: number): { photo: string; credit: string } {
    return { photo: this.t('photoSaid', { index, count }), credit: this.t('credit') };
  }

  /** The credit (a span, as it also sits inside list buttons), shown on its own line. */
  private renderCredit(item: GalleryItem): TemplateResult | typeof nothing {
    if (!item.credit) return nothing;
    const words = this.creditPrefix ? `${this.creditPrefix} ` : html`<span class="vh">${`${this.t('credit')} `}</span>`;
    return html`<span class="credit" part="credit">${words}${item.credit}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'photo-gallery-caption': PhotoGalleryCaption;
  }
  interface HTMLElementEventMap {
    'gallery-change': GalleryChangeEvent;
  }
}
