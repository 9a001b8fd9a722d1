/**
 * newsroom-charts: element classes, event classes, input types and the pure
 * core. Registers nothing; import `newsroom-charts/casualty-trend.js` (or the
 * CDN bundle) to define the tags.
 */
// The parse functions exported here give their messages at once (elements alone load them with the first problem).
import './i18n/issue-texts-now.js';
export { CasualtyTrend } from './elements/casualty-trend/casualty-trend.js';
export { buildTrendModel, type TrendModel, type TrendModelInput } from './elements/casualty-trend/model.js';
export { SourceComparison } from './elements/source-comparison/source-comparison.js';
export { buildComparisonModel, type ComparisonModel, type ComparisonModelInput } from './elements/source-comparison/model.js';
export * from './schema/comparison.js';
export {
  PhotoGalleryCaption,
  GalleryChangeEvent,
  type GalleryChangeDetail,
  type GalleryMode,
} from './elements/photo-gallery-caption/photo-gallery-caption.js';
export * from './schema/gallery.js';
export { NcInvalidEvent, NcLoadEvent, NcWarningEvent } from './internal/events.js';
export { defineOnce } from './internal/define.js';
export * from './schema/issues.js';
export * from './schema/trend.js';
export { JsonParseFailure, parseJson } from './schema/json.js';
export * from './core/index.js';
export { registerStrings, checkStrings, LANGUAGES } from './i18n/load.js';
export { makeStrings, msg, type Catalogue, type Key as MessageKey, type PartialCatalogue, type Strings } from './i18n/messages.js';
export type { Message, Plural } from './i18n/types.js';
