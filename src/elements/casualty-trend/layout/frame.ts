/**
 * Step 2: the frame. Margins, plot box, scales, count and date ticks, and the
 * slot each period gets; all from the named design numbers in constants.ts.
 */
import { addInterval } from '../../../core/dates.js';
import { isGap } from '../../../core/describe.js';
import { formatFigure } from '../../../core/format.js';
import type { Box } from '../../../core/labels.js';
import { countDomainMax, countTicks, linear } from '../../../core/scale.js';
import { textWidth } from '../../../core/text.js';
import { timeTicks } from '../../../core/ticks.js';
import type { Annotation, TrendData } from '../../../core/types.js';
import * as C from './constants.js';
import type { Extent } from './extent.js';
import type { TrendModel } from './types.js';
import { block, r } from './util.js';

/** Plot height for a given width: wider charts are taller, within readable bounds. */
export function plotHeight(width: number): number {
  return Math.round(Math.max(C.PLOT_HEIGHT_MIN, Math.min(C.PLOT_HEIGHT_MAX, width * C.PLOT_HEIGHT_RATIO)));
}

export interface Frame {
  width: number;
  height: number;
  plot: Box;
  /** Date → px and count → px, rounded to 0.01 px. */
  X: (t: number) => number;
  Y: (v: number) => number;
  /** Date → px unrounded (decimation works in columns of the plot). */
  x: (t: number) => number;
  xTicks: TrendModel['xTicks'];
  yTicks: TrendModel['yTicks'];
  /** Every value is null: no count axis. */
  noFigures: boolean;
  /** Series names labelled at the lines' ends (several series whose names wrap between words). */
  direct: boolean;
  nameBlocks: { lines: string[]; w: number; h: number }[];
  /** Pixels per period, a period's slot (bars fill it), and one bar's width. */
  step: number;
  slot: number;
  barW: number;
}

interface FrameInput {
  data: TrendData;
  annotations: readonly Annotation[];
  width: number;
  locale: string;
  unit: string;
}

/** Direct labels only when no name has to be broken inside a word; otherwise a legend. */
function seriesLabels(data: TrendData, width: number): { direct: boolean; nameBlocks: Frame['nameBlocks'] } {
  const labelMax = Math.max(C.SERIES_LABEL_MIN, Math.round(width * C.SERIES_LABEL_SHARE));
  const fits = (name: string) => name.split(/\s+/).every((w) => textWidth(w, C.FONT_SIZE * C.SERIES_LABEL_WEIGHT) <= labelMax);
  const direct = data.series.length > 1 && data.series.every((s) => fits(s.name));
  return { direct, nameBlocks: direct ? data.series.map((s) => block(s.name, labelMax, C.SERIES_LABEL_WEIGHT)) : [] };
}

/** Date ticks, anchored so their labels stay inside the chart. */
function dateTicks(ext: Extent, interval: TrendData['interval'], plot: Box, width: number, locale: string, X: (t: number) => number) {
  return timeTicks(ext.d0, ext.d1, interval, Math.floor(plot.w / C.PX_PER_X_TICK), locale).map((tk) => {
    const px = X(tk.t);
    const half = Math.max(textWidth(tk.label, C.FONT_SIZE), tk.sub ? textWidth(tk.sub, C.FONT_SIZE) : 0) / 2;
    const anchor: 'start' | 'middle' | 'end' = px - half < 0 ? 'start' : px + half > width ? 'end' : 'middle';
    return {
      x: anchor === 'start' ? Math.max(0, px - 2) : anchor === 'end' ? Math.min(width, px + 2) : px,
      label: tk.label,
      ...(tk.sub ? { sub: tk.sub } : {}),
      anchor,
    };
  });
}

export function frame(input: FrameInput, ext: Extent): Frame {
  const { data, annotations, width, locale, unit } = input;
  const hasTopBand = annotations.some((a) => a.type === 'event' || a.type === 'period');
  const top = C.TOP_PAD + (unit ? C.LINE_HEIGHT + C.UNIT_GAP : 0) + (hasTopBand ? C.TOP_BAND : 0);
  const ph = plotHeight(width);
  const yCount = Math.max(2, Math.floor(ph / C.PX_PER_Y_TICK));
  const yTop = countDomainMax(ext.max * C.HEADROOM, yCount);
  // No figure anywhere: no count axis to suggest a scale (a message says so instead).
  const noFigures = data.series.length > 0 && data.series.every((s) => s.points.length > 0 && s.points.every(isGap));
  const yValues = noFigures ? [] : countTicks(yTop, yCount);
  const yLabels = yValues.map((v) => formatFigure(v, locale));
  const left = Math.max(C.LEFT_MIN, ...yLabels.map((l) => textWidth(l, C.FONT_SIZE))) + C.LEFT_GAP;
  const { direct, nameBlocks } = seriesLabels(data, width);
  // Direct series labels take a right margin when there are several series.
  const right = direct ? Math.max(...nameBlocks.map((b) => b.w)) + C.RIGHT : C.RIGHT;
  const plot: Box = { x: Math.ceil(left), y: top, w: Math.max(C.MIN_PLOT_WIDTH, width - Math.ceil(left) - right), h: ph };

  const x = linear([ext.d0, ext.d1], [plot.x, plot.x + plot.w]);
  const y = linear([0, yTop], [plot.y + plot.h, plot.y]);
  const X = (t: number) => r(x(t));
  const Y = (v: number) => r(y(v));

  // Pixels per period decide whether every point gets a marker, and how wide bars are.
  const periods = Math.max(1, (ext.d1 - ext.d0) / Math.max(1, addInterval(ext.d0, data.interval, 1) - ext.d0));
  const step = plot.w / periods;
  const slot = Math.max(1, step * C.BAR_SLOT);
  return {
    width,
    height: top + ph + C.BOTTOM,
    plot,
    X,
    Y,
    x,
    yTicks: yValues.map((v, i) => ({ y: Y(v), label: yLabels[i]! })),
    xTicks: dateTicks(ext, data.interval, plot, width, locale, X),
    noFigures,
    direct,
    nameBlocks,
    step,
    slot,
    barW: Math.max(1, slot / Math.max(1, data.series.length)),
  };
}
