/**
 * Input + width → everything <casualty-trend> draws. The layout is a pipeline
 * in ./layout/ (one file per step, design numbers in layout/constants.ts); this
 * module keeps the names other modules and the public API import.
 */
export { buildTrendModel } from './layout/index.js';
export { FONT_SIZE, LINE_HEIGHT } from './layout/constants.js';
export { plotHeight } from './layout/frame.js';
export { leader } from './layout/annotations.js';
export { markerPath, mergedMarkers } from './layout/marker.js';
export {
  MARKER_SHAPES,
  type AnnotationModel,
  type Bar,
  type LineStyle,
  type Marker,
  type MarkerShape,
  type NavPoint,
  type SeriesModel,
  type TextBlock,
  type TrendModel,
  type TrendModelInput,
} from './layout/types.js';
