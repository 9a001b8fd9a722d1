/** What <photo-gallery-caption> does to the DOM after drawing: the slide's entrance and the next photo's preload. */
import type { GalleryItem } from '../../schema/gallery.js';

/** Slides the new photo in from the side it comes from (`moved` +1 or -1); not under reduced motion. */
export function slideIn(slide: HTMLElement, moved: number, rtl: boolean): void {
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  const x = `${(rtl ? -24 : 24) * moved}px`;
  slide.animate(
    [
      { opacity: 0, transform: `translateX(${x})` },
      { opacity: 1, transform: 'none' },
    ],
    { duration: 200, easing: 'ease-out' },
  );
}

/**
 * Fetches `next` now (an Image outside the document), so it is ready when the reader
 * moves on; `done` is what was fetched last. Returns what is fetched now.
 */
export function preload(next: GalleryItem, sizes: string | undefined, done: string): string {
  if (!next.src || next.src + next.srcset === done) return done;
  const img = new Image();
  if (next.srcset) {
    img.sizes = sizes ?? '100vw';
    img.srcset = next.srcset;
  }
  img.src = next.src;
  return next.src + next.srcset;
}
