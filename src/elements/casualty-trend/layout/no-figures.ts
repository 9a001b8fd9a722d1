/** The unit above the count axis, and the message drawn in the plot when no value has a figure. */
import { noFiguresText } from '../../../core/describe.js';
import { msg, textFor, type Strings } from '../../../i18n/messages.js';
import type { TrendData } from '../../../core/types.js';
import { FONT_SIZE, MESSAGE_WEIGHT, TOP_PAD } from './constants.js';
import type { Frame } from './frame.js';
import type { TextBlock, TrendModel } from './types.js';
import { block, r } from './util.js';

export function unitLabel(unit: string): TrendModel['unitLabel'] {
  return unit ? { x: 0, y: TOP_PAD + FONT_SIZE, text: unit } : null;
}

export function noFiguresBlock(
  data: TrendData,
  f: Frame,
  o: { locale: string; unit: string; heading: string; text?: Strings | undefined },
): TextBlock | null {
  if (!f.noFigures) return null;
  const { plot } = f;
  const message = noFiguresText(data, o) ?? msg(textFor(o.locale, o.text), 'noFiguresShort');
  const b = block(message, Math.max(40, plot.w - 16), MESSAGE_WEIGHT);
  return { x: r(plot.x + (plot.w - b.w) / 2), y: r(plot.y + (plot.h - b.h) / 2), w: b.w, h: b.h, lines: b.lines };
}
