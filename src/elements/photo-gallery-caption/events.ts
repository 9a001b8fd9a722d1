import type { GalleryItem } from '../../schema/gallery.js';

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
