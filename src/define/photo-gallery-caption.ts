/** Defines `<photo-gallery-caption>`. Importing it twice, or next to the CDN bundle, is harmless. */
import { PhotoGalleryCaption } from '../elements/photo-gallery-caption/photo-gallery-caption.js';
import { defineOnce } from '../internal/define.js';

defineOnce('photo-gallery-caption', PhotoGalleryCaption);

export { PhotoGalleryCaption };
