/**
 * The design numbers of <casualty-trend>'s layout, each once, with why it is
 * what it is. Every layout step reads them from here.
 */

/** Text size of tick labels, unit, annotation and series labels, in px. */
export const FONT_SIZE = 12;
/** Line height of that text, in px. */
export const LINE_HEIGHT = 15;

/** Narrowest chart drawn; narrower containers get this width (and scroll). */
export const MIN_WIDTH = 200;
/** Plot height is half the width, within these bounds (px): wider charts are taller but stay readable on a phone. */
export const PLOT_HEIGHT_RATIO = 0.5;
export const PLOT_HEIGHT_MIN = 180;
export const PLOT_HEIGHT_MAX = 320;

/** One count tick per this many px of plot height (fewer and the axis reads as sparse; more and labels crowd). */
export const PX_PER_Y_TICK = 45;
/** One date tick per this many px of plot width: room for "Sep" over "2017" at 12 px. */
export const PX_PER_X_TICK = 64;
/** Headroom over the highest value (4 %), so the top of a line or bar never sits on the plot's top edge. */
export const HEADROOM = 1.04;

/** Space above the plot: a top margin, then the unit label (with 10 px to the first tick label: 4 px let tall Arabic glyphs touch it), then the event band of two label rows. */
export const TOP_PAD = 6;
export const UNIT_GAP = 10;
export const TOP_BAND = 2 * LINE_HEIGHT + 4;
/** Below the plot: two rows of date labels (label and year). */
export const BOTTOM = 2 * LINE_HEIGHT + 8;
/** The count labels' column: at least this wide, plus a gap to the plot. */
export const LEFT_MIN = 20;
export const LEFT_GAP = 8;
/** Right margin without direct labels; with them, the widest label plus this. */
export const RIGHT = 14;
/** Narrowest plot drawn. */
export const MIN_PLOT_WIDTH = 40;

/** Direct series labels wrap at this share of the width (at least 48 px), in bold (text 10 % wider). */
export const SERIES_LABEL_SHARE = 0.26;
export const SERIES_LABEL_MIN = 48;
export const SERIES_LABEL_WEIGHT = 1.1;
/** The "No figures" message in the plot is bold too. */
export const MESSAGE_WEIGHT = 1.1;

/** A bar fills this share of its period's slot (the rest is the gap between bars). */
export const BAR_SLOT = 0.8;
/** Every point gets a marker when periods are at least this many px apart. */
export const MARKER_MIN_STEP = 6;

/** Annotation labels wrap at this share of the plot width (at least 72 px). */
export const ANNOTATION_LABEL_SHARE = 0.45;
export const ANNOTATION_LABEL_MIN = 72;

/**
 * Budgets that keep label placement fast on long series (measured: placement is
 * quadratic in obstacles). Markers and bars count as obstacles only up to these
 * numbers per series (beyond, they are dense enough that the sampled line covers
 * them); the data's lines are sampled into at most this many boxes in all,
 * shared between the series (at least 40 each).
 */
export const MARKER_OBSTACLE_MAX = 200;
export const BAR_OBSTACLE_MAX = 400;
export const LINE_SAMPLE_BUDGET = 1200;
export const LINE_SAMPLE_MIN = 40;
/** Boxes sampled along a change annotation's connecting line. */
export const CHANGE_SAMPLE_BUDGET = 60;
