import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announcement, clampIndex, keyTarget, stepIndex, swipeStep } from '../../core/gallery.js';
import type { GalleryItem, GalleryItemInput } from '../../schema/gallery.js';
import { emit } from '../../internal/events.js';
import { FigureElement } from '../../internal/figure-element.js';
import { keyword, type Problems } from '../../internal/input.js';
import { jsonAttribute, keywordAttribute, textAttribute } from '../../internal/json-converter.js';
import { baseStyles } from '../../internal/styles.js';
import { galleryStyles } from './photo-gallery-caption.styles.js';
import { drawAll, drawSingle, type GalleryView } from './draw.js';
import { preload, slideIn } from './effects.js';
import { GalleryChangeEvent } from './events.js';
import { MODE, photoChanged, readItems, type GalleryMode } from './read.js';

export type { GalleryMode } from './read.js';
export { GalleryChangeEvent, type GalleryChangeDetail } from './events.js';

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

  protected override readonly errorKey = 'galleryError';
  /** The photo shown (index clamped), 0 when there is none. */
  private current = 0;
  private dataIssues: Problems = { errors: [], warnings: [] };
  /** Set while a reader-caused move is applied, so it is not reported a second time. */
  private byReader = false;
  /** Direction of the last move (+1 forward, -1 back) for the slide animation; 0 for none. */
  private moved = 0;
  private focusSlide = false;
  /** Set when the page switched modes while focus was inside: focus moves to what replaced the control. */
  private refocus = false;
  private preloaded = '';
  private touch: { x: number; y: number } | null = null;

  /** Reads the items (a child script may also give the heading). */
  private parse(): void {
    const get = this.input.pick({ items: this.items }, 'items', true);
    const heading = get('heading');
    if (!this.heading && typeof heading === 'string') this.heading = heading;
    ({ list: this.list, problems: this.dataIssues } = readItems(get('items')));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const frameWarnings = this.checkFrame();
    const shownBefore = this.current ? this.list[this.current - 1] : undefined;
    if (this.input.takeNew(changed, ['items'])) this.parse();
    const count = this.list.length;
    const { index, problem } = clampIndex(this.index, count);
    const mode = keyword(this.mode, MODE);
    const warnings = [...this.dataIssues.warnings, ...frameWarnings];
    if (problem) warnings.push({ path: 'index', message: problem, severity: 'warning' });
    if (mode.issue) warnings.push(mode.issue);
    this.input.report(this.dataIssues.errors, warnings);

    const before = this.current;
    this.current = index;
    const item = index ? this.list[index - 1] : undefined;
    const moved = this.hasUpdated && !!item && photoChanged(before, shownBefore, index, item) && this.mode !== 'all';
    if (moved && !this.byReader) {
      this.moved = Math.sign(index - before);
      this.input.afterUpdate(new GalleryChangeEvent({ index, item: item!, reader: false }));
    }
    this.byReader = false;
    // The page switched modes: the control that had focus may be gone, so focus moves to what replaces it.
    if (changed.has('mode') && this.hasUpdated)
      this.refocus = this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement !== null;
    // A move is said; back in single mode, the live region says which photo is shown.
    const reshown = changed.has('mode') && this.hasUpdated && this.mode !== 'all' && !!item;
    if (moved || reshown) this.announcer.sayNow(this.announce(index, count, item!));
  }

  /** What the live region says of photo `index`: its number, caption and credit, in the element's language. */
  private announce(index: number, count: number, item: GalleryItem): string {
    const said = { photo: this.t('photoSaid', { index, count }), credit: this.t('credit') };
    return announcement(index, count, item.caption, item.credit, this.creditPrefix, this.resolvedLocale, said);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.refocus) {
      this.refocus = false;
      this.renderRoot.querySelector<HTMLElement>(this.mode === 'all' ? 'ol.all' : '.viewer .slide')?.focus();
    }
    const slide = this.renderRoot.querySelector<HTMLElement>('.viewer .slide');
    if (slide && this.moved) slideIn(slide, this.moved, this.rtl());
    this.moved = 0;
    if (this.focusSlide) slide?.focus();
    this.focusSlide = false;
    const next = slide ? this.list[stepIndex(this.current, 1, this.list.length, this.loop) - 1] : undefined;
    if (next) this.preloaded = preload(next, this.sizes(), this.preloaded);
  }

  /** The `sizes` of photos with a `srcset`: the measured width, when known. */
  private readonly sizes = (): string | undefined => (this.size.width ? `${this.size.width}px` : undefined);

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

  private jump(to: number): void {
    if (to === this.current || this.go(to, Math.sign(to - this.current))) {
      this.listShown = false;
      this.focusSlide = true;
    }
  }

  private rtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  private view(): GalleryView {
    return {
      list: this.list,
      current: this.current,
      loop: this.loop,
      listShown: this.listShown,
      creditPrefix: this.creditPrefix,
      sizes: this.sizes(),
      locale: this.resolvedLocale,
      text: this.text,
      on: this.handlers,
    };
  }

  private readonly handlers: GalleryView['on'] = {
    previous: () => this.step(-1),
    next: () => this.step(1),
    toggle: () => (this.listShown = !this.listShown),
    jump: (to) => this.jump(to),
    keydown: (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const rtl = this.rtl();
      const to = keyTarget(e.key, this.current, this.list.length, this.loop, rtl);
      if (to === null) return;
      e.preventDefault();
      this.go(to, e.key === 'Home' || e.key === (rtl ? 'ArrowRight' : 'ArrowLeft') ? -1 : 1);
    },
    // Swipes: touch and pen only, as a mouse drag selects caption text.
    pointerdown: (e) => (this.touch = e.pointerType !== 'mouse' && e.isPrimary ? { x: e.clientX, y: e.clientY } : null),
    pointerup: (e) => {
      const t = this.touch;
      this.touch = null;
      if (t && e.isPrimary) this.step(swipeStep(e.clientX - t.x, e.clientY - t.y, this.rtl()));
    },
    pointercancel: () => (this.touch = null),
  };

  protected override render(): TemplateResult {
    const name = this.heading || this.t('gallery');
    if (this.errors.length) return this.renderFrame(name, this.renderError());
    const v = this.view();
    const body = !this.list.length
      ? html`<p class="empty" role="note">${this.tHtml('noPhotos')}</p>`
      : this.mode === 'all'
        ? drawAll(v)
        : drawSingle(v);
    return this.renderFrame(name, html`<div class="gallery" part="gallery">${body} ${this.announcer.render()}</div>`);
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
