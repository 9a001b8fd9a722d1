/** Pure functions (no DOM, no Lit): dates, formatting, ticks, change, labels, text, URLs, descriptions. */
export * from './dates.js';
export * from './format.js';
export * from './ticks.js';
export { linear } from './scale.js';
export * from './change.js';
export * from './labels.js';
export * from './text.js';
export * from './url.js';
export * from './navigation.js';
export * from './describe.js';
export * from './compare.js';
export * from './gallery.js';
export * from './csv.js';
export * from './claims.js';
