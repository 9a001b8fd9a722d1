/**
 * Whether a chart's plot waits for the viewport (issue 12: a live blog of thirty
 * charts). Pure: the element (internal/viewport.ts) gathers the inputs. The text
 * alternative (heading, description, notes, sources, data table) never waits; only
 * the SVG does.
 */

/**
 * How far beyond the viewport, above and below, a plot is drawn ahead of the reader, in
 * viewport heights. One and a half screens: a fast flick scrolls about a screen between
 * two frames, so a chart is drawn (about 10 ms for 365 points) before it comes into view,
 * and a 700 × 900 live blog still leaves most of its thirty charts to later.
 */
export const DRAW_AHEAD_SCREENS = 1.5;

export interface PlotWaitInput {
  /** The host's top edge relative to the viewport's, in CSS px; null when not known. */
  top: number | null;
  /** The viewport's height in CSS px. */
  viewportHeight: number;
  /** The publisher asked for the plot at once (`loading="eager"`). */
  eager: boolean;
  /** The page is being printed (every plot must be on paper). */
  printing: boolean;
  /** The shadow DOM came from the server: hydration must find the same plot. */
  hydrating: boolean;
  /** An IntersectionObserver exists to say when the chart comes near. */
  canObserve: boolean;
  /**
   * The page is in a frame: its viewport is not the reader's (an embed's iframe often starts
   * 150 px tall and grows to its content; a cross-origin frame's observer ignores the margin).
   */
  framed: boolean;
}

/** True when the plot should wait: only a chart known to be far from the viewport, and only when it can be woken. */
export function plotWaits(i: PlotWaitInput): boolean {
  if (i.eager || i.printing || i.hydrating || i.framed || !i.canObserve || i.top === null || !(i.viewportHeight > 0)) return false;
  const ahead = i.viewportHeight * DRAW_AHEAD_SCREENS;
  return i.top > i.viewportHeight + ahead || i.top < -ahead;
}
