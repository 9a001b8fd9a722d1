/** <photo-gallery-caption>'s input step: items and `mode` checked, and what counts as a change of photo. Pure. */
import type { GalleryItem } from '../../core/types.js';
import { problemsOf, type Keyword, type Problems } from '../../internal/input.js';
import { parseGalleryItems } from '../../schema/gallery.js';

export type GalleryMode = 'single' | 'all';
export const MODE: Keyword<GalleryMode> = { path: 'mode', allowed: ['single', 'all'], fallback: 'single', instead: 'xOnePhoto' };

export function readItems(input: unknown): { list: GalleryItem[]; problems: Problems } {
  const r = parseGalleryItems(input);
  return { list: r.ok ? r.value : [], problems: problemsOf(r) };
}

/**
 * True when photo `index` (`item`) is another than the one shown before (`before`, `shown`):
 * another number, or new items that change the photo at the same number.
 */
export function photoChanged(before: number, shown: GalleryItem | undefined, index: number, item: GalleryItem): boolean {
  if (!before) return false;
  if (before !== index) return true;
  return !!shown && (shown.caption !== item.caption || shown.credit !== item.credit || shown.src !== item.src);
}
