import { r } from './util.js';
import type { Marker, MarkerShape } from './types.js';

/**
 * Path of a marker centred on (x, y), 0,0 unless given, with about the given area
 * in px². Written out rather than taken from d3-shape's symbol(), which pulls every
 * symbol type into the bundle.
 */
export function markerPath(shape: MarkerShape, size = 44, x = 0, y = 0): string {
  const s = Math.sqrt(size);
  const h = r(s / 2);
  switch (shape) {
    case 'square':
      return `M${r(x - h)},${r(y - h)}h${r(s)}v${r(s)}h${-r(s)}Z`;
    case 'triangle': {
      const side = Math.sqrt((4 * size) / Math.sqrt(3));
      const ty = r((side * Math.sqrt(3)) / 3);
      return `M${x},${r(y - ty)}L${r(x + r(side / 2))},${r(y + r(ty / 2))}H${r(x - r(side / 2))}Z`;
    }
    case 'diamond': {
      const d = r(Math.sqrt(size / 2));
      return `M${x},${r(y - d)}L${r(x + d)},${y}L${x},${r(y + d)}L${r(x - d)},${y}Z`;
    }
    default: {
      const rad = r(Math.sqrt(size / Math.PI));
      return `M${r(x + rad)},${y}A${rad},${rad},0,1,1,${r(x - rad)},${y}A${rad},${rad},0,1,1,${r(x + rad)},${y}Z`;
    }
  }
}

/** Beyond this many markers in a series, they are drawn as one path per fill (when none overlap). */
export const MARKERS_AS_ONE = 12;
/** Markers at least this far apart (px) never touch: the widest shape with its stroke is under 12 px across. */
const MARKER_CLEAR = 12;

/**
 * A series' markers as one path of solid and one of hollow markers, or null to draw
 * them one by one: a path per marker was most of a first render's elements at 30
 * points. Only when no two touch, so painting them together looks the same as in turn.
 */
export function mergedMarkers(shape: MarkerShape, markers: readonly Marker[]): { solid: string; hollow: string } | null {
  if (markers.length <= MARKERS_AS_ONE) return null;
  for (let i = 1; i < markers.length; i++) if (Math.abs(markers[i]!.x - markers[i - 1]!.x) < MARKER_CLEAR) return null;
  let solid = '';
  let hollow = '';
  for (const m of markers) {
    if (m.hollow) hollow += markerPath(shape, 44, m.x, m.y);
    else solid += markerPath(shape, 44, m.x, m.y);
  }
  return { solid, hollow };
}
