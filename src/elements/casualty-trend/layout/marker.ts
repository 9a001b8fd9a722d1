import { r } from './util.js';
import type { MarkerShape } from './types.js';

/**
 * Path of a marker centred on 0,0 with about the given area in px². Written
 * out rather than taken from d3-shape's symbol(), which pulls every symbol
 * type into the bundle.
 */
export function markerPath(shape: MarkerShape, size = 44): string {
  const s = Math.sqrt(size);
  const h = r(s / 2);
  switch (shape) {
    case 'square':
      return `M${-h},${-h}h${r(s)}v${r(s)}h${-r(s)}Z`;
    case 'triangle': {
      const side = Math.sqrt((4 * size) / Math.sqrt(3));
      const ty = r((side * Math.sqrt(3)) / 3);
      return `M0,${-ty}L${r(side / 2)},${r(ty / 2)}H${-r(side / 2)}Z`;
    }
    case 'diamond': {
      const d = r(Math.sqrt(size / 2));
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
    default: {
      const rad = r(Math.sqrt(size / Math.PI));
      return `M${rad},0A${rad},${rad},0,1,1,${-rad},0A${rad},${rad},0,1,1,${rad},0Z`;
    }
  }
}
