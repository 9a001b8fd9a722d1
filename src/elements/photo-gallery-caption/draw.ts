/**
 * <photo-gallery-caption>'s markup as functions of the items and a small view
 * state (photo shown, list open, words, handlers): no element, no `this`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../core/format.js';
import { counterText, MISSING_ALT, stepIndex } from '../../core/gallery.js';
import { msg, type Strings } from '../../i18n/messages.js';
import type { GalleryItem } from '../../schema/gallery.js';
import { renderText } from '../../internal/text.js';

export interface GalleryView {
  list: readonly GalleryItem[];
  /** The photo shown, from 1. */
  current: number;
  loop: boolean;
  listShown: boolean;
  creditPrefix: string;
  /** The `sizes` of photos with a `srcset`: the measured width, when known. */
  sizes: string | undefined;
  locale: string;
  text: Strings;
  on: {
    previous: () => void;
    next: () => void;
    toggle: () => void;
    jump: (to: number) => void;
    keydown: (e: KeyboardEvent) => void;
    pointerdown: (e: PointerEvent) => void;
    pointerup: (e: PointerEvent) => void;
    pointercancel: () => void;
  };
}

/** Every photo and caption, one after another. */
export function drawAll(v: GalleryView): TemplateResult {
  return html`<ol class="all" part="list" tabindex="-1" aria-label=${msg(v.text, 'allPhotos')}>
    ${v.list.map((item, i) => html`<li>${drawSlide(v, item, i + 1)}</li>`)}
  </ol>`;
}

/** One photo at a time: the controls, the slide, and the list of every caption (shown on demand). */
export function drawSingle(v: GalleryView): TemplateResult {
  const n = v.current;
  const count = v.list.length;
  const loc = v.locale;
  const atStart = stepIndex(n, -1, count, v.loop) === n;
  const atEnd = stepIndex(n, 1, count, v.loop) === n;
  return html`<div class="viewer" @keydown=${v.on.keydown}>
      <div class="bar" part="controls">
        <button type="button" part="previous" aria-disabled=${atStart ? 'true' : 'false'} @click=${v.on.previous}>
          <span aria-hidden="true">‹</span>${renderText(v.text, 'previous')}
        </button>
        <span class="counter" part="counter" aria-hidden="true">${counterText(n, count, loc)}</span>
        <button type="button" part="next" aria-disabled=${atEnd ? 'true' : 'false'} @click=${v.on.next}>
          ${renderText(v.text, 'next')}<span aria-hidden="true">›</span>
        </button>
        <button
          type="button"
          class="toggle"
          part="show-all"
          aria-expanded=${v.listShown ? 'true' : 'false'}
          aria-controls="all"
          @click=${v.on.toggle}
        >
          ${renderText(v.text, 'showAll')}<span aria-hidden="true">${v.listShown ? '▴' : '▾'}</span>
        </button>
      </div>
      ${drawSlide(v, v.list[n - 1]!, n, true)}
    </div>
    <ol class="list" id="all" part="list" aria-label=${msg(v.text, 'allCaptions')} ?hidden=${!v.listShown}>
      ${v.list.map(
        (item, i) =>
          html`<li>
            <button type="button" class="jump" aria-current=${i + 1 === n ? 'true' : 'false'} @click=${() => v.on.jump(i + 1)}>
              <span class="num">${formatNumber(i + 1, loc, 0)}</span>
              <span><span class="text">${item.caption}</span> ${drawCredit(v, item)}</span>
            </button>
          </li>`,
      )}
    </ol>`;
}

/** One photo with its caption and credit; `single` when it is the viewer's (focusable, swiped). */
export function drawSlide(v: GalleryView, item: GalleryItem, n: number, single = false): TemplateResult {
  const count = v.list.length;
  const loc = v.locale;
  return html`<div
    class="slide"
    part="slide"
    role="group"
    aria-roledescription=${msg(v.text, 'roleSlide')}
    aria-label=${msg(v.text, 'slide', { index: n, count })}
    tabindex=${single ? '-1' : nothing}
    @pointerdown=${single ? v.on.pointerdown : nothing}
    @pointerup=${single ? v.on.pointerup : nothing}
    @pointercancel=${single ? v.on.pointercancel : nothing}
  >
    ${
      item.src
        ? html`<div class="photo" part="photo">
            <img
              src=${item.src}
              srcset=${item.srcset ?? nothing}
              sizes=${(item.srcset && v.sizes) || nothing}
              alt=${item.alt === MISSING_ALT ? msg(v.text, 'noAlt') : item.alt}
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
    ${drawCredit(v, item)}
  </div>`;
}

/** The credit (a span, as it also sits inside list buttons), shown on its own line. */
function drawCredit(v: GalleryView, item: GalleryItem): TemplateResult | typeof nothing {
  if (!item.credit) return nothing;
  const words = v.creditPrefix ? `${v.creditPrefix} ` : html`<span class="vh">${`${msg(v.text, 'credit')} `}</span>`;
  return html`<span class="credit" part="credit">${words}${item.credit}</span>`;
}
