/**
 * Sources + width → everything <source-comparison> draws: rows (name lines,
 * meta line, bar or dot-and-range, value label, ratio callout), the shared
 * zero-based axis and the reference line. Pure: no Lit, no DOM.
 */
import { msg, textFor, type Strings } from '../../i18n/messages.js';
import { kindWord, statusWord } from '../../core/describe.js';
import { compareWith, figureText, hasRange, upper } from '../../core/compare.js';
import { formatNumber } from '../../core/format.js';
import { figureStyleOf, type FigureStyle } from '../../core/figure-style.js';
import { textWidth, wrapText } from '../../core/text.js';
import { countDomainMax, countTicks, linear } from '../../core/scale.js';
import type { Source } from '../../schema/comparison.js';
// The same text size and line height as every chart's labels: defined once, with the trend's layout numbers.
import { FONT_SIZE, LINE_HEIGHT } from '../casualty-trend/layout/constants.js';

export const BAR_H = 16;
const GAP = 12;
/** Below this width, names sit above their bars. */
export const STACK_BELOW = 420;

export type { FigureStyle };
export type CompareMark = 'bar' | 'dot';

export interface Row {
  source: Source;
  y: number;
  h: number;
  name: { x: number; y: number; lines: string[] };
  meta: { x: number; y: number; text: string } | null;
  /** Top of the bar / dot line. */
  barY: number;
  /** Bar from zero (bar mark), to the value or the low end. */
  bar: { x: number; w: number } | null;
  /** Range band / line from low to high. */
  range: { x1: number; x2: number } | null;
  /** Dot or value tick at the central value. */
  dot: number | null;
  style: FigureStyle;
  label: { x: number; y: number; text: string };
  callout: { x: number; y: number; text: string } | null;
  isReference: boolean;
}

export interface ComparisonModel {
  width: number;
  height: number;
  stacked: boolean;
  x0: number;
  x1: number;
  ticks: { x: number; label: string }[];
  /** Vertical extents of the grid lines: the whole plot, or only each row's bar band when names sit above bars. */
  gridSpans: [number, number][];
  axisY: number;
  rows: Row[];
  /**
   * The reference, as dashed marks through each row's bar band (never across
   * names or callouts): one at its value, or one at each end when it gives a
   * range (ratios are taken against both ends, so no midpoint is drawn).
   */
  reference: { xs: number[]; spans: [number, number][] } | null;
  styles: FigureStyle[];
}

export interface ComparisonModelInput {
  sources: readonly Source[];
  reference: Source | null;
  mark: CompareMark;
  width: number;
  locale: string;
  /** The label of a source with no figure, in the element's language. */
  noFigureLabel?: string;
  /** The words of ratios, in the element's language (English when absent). */
  text?: Strings | undefined;
}

function r(n: number): number {
  return Math.round(n * 100) / 100;
}

export function buildComparisonModel(input: ComparisonModelInput): ComparisonModel {
  const { sources, reference, mark, locale } = input;
  const width = Math.max(200, Math.floor(input.width));
  const stacked = width < STACK_BELOW;
  const bold = FONT_SIZE * 1.1;
  const nameCol = stacked ? width : Math.min(Math.round(width * 0.34), Math.max(60, ...sources.map((s) => textWidth(s.name, bold) + 4)));
  const x0 = stacked ? 1 : nameCol + GAP;
  const labels = sources.map((s) => (s.noFigure ? (input.noFigureLabel ?? 'No figure released') : figureText(s, locale, input.text)));
  const labelSpace = Math.max(...sources.map((s, i) => (s.noFigure ? 0 : textWidth(labels[i]!, bold))), 0) + 8;
  const x1 = Math.max(x0 + 60, width - labelSpace);
  let max = 0;
  for (const s of sources) max = Math.max(max, upper(s) ?? 0);
  const tickCount = Math.max(2, Math.floor((x1 - x0) / 70));
  const top = countDomainMax(max * 1.02, tickCount);
  const x = linear([0, top], [x0, x1]);
  const X = (v: number) => r(x(v));

  const refXs = referenceXs(reference, X);
  const frame: LabelFrame = { x0, refXs, stacked, width };
  const rows: Row[] = [];
  let y = 4;
  for (const [i, s] of sources.entries()) {
    const lines = wrapText(s.name, stacked ? width : nameCol, bold);
    const t = textFor(locale, input.text);
    const metaText = [
      s.kind ? kindWord(s.kind, t) : null,
      s.status && s.status !== 'no-figure' ? statusWord(s.status, t) : null,
      reference === s ? msg(t, 'referenceCell') : null,
    ]
      .filter(Boolean)
      .join(' · ');
    const nameH = lines.length * LINE_HEIGHT + (metaText ? LINE_HEIGHT : 0);
    const barY = stacked ? y + nameH + 2 : y + 1;
    const cmp = reference && reference !== s ? compareWith(s, reference, locale, input.text) : null;
    const { bar, range, dot, end } = marks(s, mark, X, x0);
    const { label, callout, barBlock } = valueLabels(frame, { s, text: labels[i]!, cmp: cmp?.short ?? null, end, barY });
    const h = stacked ? nameH + 2 + barBlock : Math.max(nameH, barBlock);
    rows.push({
      source: s,
      y,
      h,
      name: { x: 0, y: y + LINE_HEIGHT - 3, lines },
      meta: metaText ? { x: 0, y: y + lines.length * LINE_HEIGHT + LINE_HEIGHT - 3, text: metaText } : null,
      barY: r(barY),
      bar,
      range,
      dot,
      style: figureStyleOf(s.status),
      label,
      callout,
      isReference: reference === s,
    });
    y += h + GAP;
  }
  const ticks = countTicks(top, tickCount).map((v) => ({ x: X(v), label: formatNumber(v, locale) }));
  return { width, height: y + LINE_HEIGHT + 8, stacked, x0, x1, ticks, axisY: y, rows, ...furniture(rows, refXs, stacked, y) };
}

/** A row's marks: bar from zero, range, dot; and where the marks end (the value label goes after). */
function marks(s: Source, mark: CompareMark, X: (v: number) => number, x0: number): Pick<Row, 'bar' | 'range' | 'dot'> & { end: number } {
  if (s.noFigure) return { bar: null, range: null, dot: null, end: x0 };
  let bar: Row['bar'] = null;
  let dot: number | null = null;
  const ranged = hasRange(s);
  const range = ranged ? { x1: X(s.low!), x2: X(s.high!) } : null;
  if (mark === 'bar') {
    const to = s.value ?? s.low!;
    bar = { x: X(0), w: Math.max(2, r(X(to) - X(0))) };
    if (s.value !== null && ranged) dot = X(s.value);
  } else {
    dot = s.value !== null ? X(s.value) : ranged ? null : X(s.low!);
  }
  const end = Math.max(X(upper(s)!), bar ? bar.x + bar.w : 0, dot ?? 0) + (mark === 'dot' || range ? 5 : 0);
  return { bar, range, dot, end };
}

/** Where the reference marks sit: at its value, or at both ends of its range. */
function referenceXs(reference: Source | null, X: (v: number) => number): number[] {
  if (!reference || reference.noFigure) return [];
  return hasRange(reference) ? [X(reference.low!), X(reference.high!)] : [X(reference.value ?? reference.low!)];
}

/** What every row's labels share. */
interface LabelFrame {
  x0: number;
  refXs: readonly number[];
  stacked: boolean;
  width: number;
}

interface LabelInput {
  s: Source;
  text: string;
  /** The short comparison with the reference, or null. */
  cmp: string | null;
  end: number;
  barY: number;
}

/** The value label after the marks (clear of the reference marks), and the comparison beside it or on a line below. */
function valueLabels(f: LabelFrame, row: LabelInput): { label: Row['label']; callout: Row['callout']; barBlock: number } {
  const o = { ...f, ...row };
  const bold = FONT_SIZE * 1.1;
  const label = { x: r(o.end + 6), y: r(o.barY + BAR_H / 2 + 4), text: o.text };
  if (o.s.noFigure) label.x = o.x0 + 8;
  const lw = textWidth(o.text, bold);
  for (const refX of o.refXs) if (label.x < refX + 4 && label.x + lw > refX - 4) label.x = r(refX + 5);
  if (!o.cmp) return { label, callout: null, barBlock: BAR_H };
  const after = label.x + lw + 10;
  if (!o.stacked && after + textWidth(o.cmp, FONT_SIZE) <= o.width)
    return { label, callout: { x: r(after), y: label.y, text: o.cmp }, barBlock: BAR_H };
  return { label, callout: { x: o.x0, y: r(o.barY + BAR_H + LINE_HEIGHT - 2), text: o.cmp }, barBlock: BAR_H + LINE_HEIGHT };
}

/** Grid spans, the reference marks through each row's bar band, and the styles present (for the key). */
function furniture(
  rows: readonly Row[],
  refXs: number[],
  stacked: boolean,
  axisY: number,
): Pick<ComparisonModel, 'gridSpans' | 'reference' | 'styles'> {
  return {
    gridSpans: stacked ? rows.map((row) => [row.barY - 2, row.barY + BAR_H + 2] as [number, number]) : [[0, axisY]],
    reference: refXs.length ? { xs: refXs, spans: rows.map((row) => [row.barY - 4, row.barY + BAR_H + 4] as [number, number]) } : null,
    styles: (['solid', 'estimate', 'unverified'] as const).filter((st) => rows.some((row) => !row.source.noFigure && row.style === st)),
  };
}
