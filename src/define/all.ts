/** Defines every newsroom-charts element: the entry of the CDN bundle. */
import './casualty-trend.js';
import './source-comparison.js';
import './photo-gallery-caption.js';

// The CDN bundle defines the tags and exports only the element classes: everything
// else the npm build offers would be dead weight for a script-tag embed.
export { CasualtyTrend } from './casualty-trend.js';
export { SourceComparison } from './source-comparison.js';
export { PhotoGalleryCaption } from './photo-gallery-caption.js';
// Publishers' own text (house style, or a language the library does not ship): docs/languages.md.
export { registerStrings } from '../i18n/load.js';
