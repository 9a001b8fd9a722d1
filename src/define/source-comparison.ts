/** Defines `<source-comparison>`. Importing it twice, or next to the CDN bundle, is harmless. */
import { SourceComparison } from '../elements/source-comparison/source-comparison.js';
import { defineOnce } from '../internal/define.js';

defineOnce('source-comparison', SourceComparison);

export { SourceComparison };
