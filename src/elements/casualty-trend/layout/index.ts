/**
 * Input + width → everything <casualty-trend> draws, as a pipeline of pure
 * steps, one file each: extent → frame → series → direct labels → obstacles →
 * annotations. No Lit, no DOM, so the layout is tested as numbers.
 */
import { extent } from './extent.js';
import { frame } from './frame.js';
import { directLabels } from './labels.js';
import { layoutAnnotations } from './annotations.js';
import { noFiguresBlock, unitLabel } from './no-figures.js';
import { obstacles } from './obstacles.js';
import { layoutSeries } from './series.js';
import { MIN_WIDTH } from './constants.js';
import type { TrendModel, TrendModelInput } from './types.js';
import { r } from './util.js';

const STATUS_ORDER = ['confirmed', 'reported', 'estimate', 'unverified'] as const;

export function buildTrendModel(input: TrendModelInput): TrendModel {
  const { data, annotations, mark, locale, unit, text } = input;
  const width = Math.max(MIN_WIDTH, Math.floor(input.width));
  const ext = extent(data, annotations, mark);
  const f = frame({ data, annotations, width, locale, unit }, ext);
  const { series, nav, drawn, statuses } = layoutSeries(data, f, mark, { locale, unit, text });
  const legend = directLabels(data, f, series);
  /** Height of series si's value at t; a range-only figure is anchored in the middle of its range. */
  const valueY = (si: number, t: number): number => {
    const p = data.series[si]?.points.find((pt) => pt.t === t);
    if (p && p.value === null && p.low !== null && p.high !== null) return r((f.Y(p.low) + f.Y(p.high)) / 2);
    return f.Y(p?.value ?? 0);
  };
  const placed = layoutAnnotations(f, {
    annotations,
    interval: data.interval,
    locale,
    unit,
    text,
    direct: f.direct,
    obstacles: obstacles(series, drawn, annotations, f, mark, valueY),
    valueY,
  });
  return {
    width,
    height: f.height,
    plot: f.plot,
    xTicks: f.xTicks,
    yTicks: f.yTicks,
    unitLabel: unitLabel(unit),
    series,
    annotations: placed.annotations,
    notes: placed.notes,
    statuses: STATUS_ORDER.filter((s) => statuses.has(s)),
    legend,
    nav,
    hasGaps: series.some((s) => s.gaps.length > 0),
    noFigures: noFiguresBlock(data, f, { locale, unit, heading: input.heading ?? '', text }),
  };
}
