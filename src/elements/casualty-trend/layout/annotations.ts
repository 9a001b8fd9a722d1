/**
 * Step 5b: annotations. Each one's mark (rule, shaded period, point, change
 * connector) and candidate label boxes; labels are placed clear of each other
 * and of the data, and what does not fit becomes a numbered note below.
 */
import { addInterval, type Interval } from '../../../core/dates.js';
import { annotationLabel } from '../../../core/describe.js';
import { clampX, placeLabels, type Box, type LabelRequest } from '../../../core/labels.js';
import type { Annotation } from '../../../core/types.js';
import type { Strings } from '../../../i18n/messages.js';
import * as C from './constants.js';
import type { Frame } from './frame.js';
import type { AnnotationModel, TrendModel } from './types.js';
import { block, r } from './util.js';

/** A line from a ring of radius 6 around (x, y) to the nearest edge of a label that sits away from it. */
export function leader(x: number, y: number, box: Box): [number, number, number, number] | null {
  const bx = Math.max(box.x, Math.min(x, box.x + box.w));
  const by = Math.max(box.y, Math.min(y, box.y + box.h));
  const d = Math.hypot(bx - x, by - y);
  if (d < 14) return null;
  return [r(x + ((bx - x) * 7) / d), r(y + ((by - y) * 7) / d), r(bx), r(by)];
}

interface Ctx {
  f: Frame;
  interval: Interval;
  /** Top of the event band above the plot. */
  bandTop: number;
  labelW: number;
  clampIn: (b: Box) => Box;
  valueY: (si: number, t: number) => number;
}

type Sized = { w: number; h: number };

/** Events and periods: a label in the band above the plot, either side of the mark, or inside the plot's top. */
function bandMark(a: Annotation & { type: 'event' | 'period' }, b: Sized, c: Ctx): { model: AnnotationModel; cands: Box[] } {
  const { f, interval, bandTop, clampIn } = c;
  const { plot, X } = f;
  const ax = a.type === 'event' ? X(a.t) : X(a.from);
  const cands = [0, 1].flatMap((row) => {
    const yy = bandTop + row * C.LINE_HEIGHT;
    return [clampIn({ x: ax + 4, y: yy, w: b.w, h: b.h }), clampIn({ x: ax - 4 - b.w, y: yy, w: b.w, h: b.h })];
  });
  cands.push(clampIn({ x: ax + 4, y: plot.y + 2, w: b.w, h: b.h }));
  if (a.type === 'event') return { cands, model: { kind: 'event', x: X(a.t), y1: bandTop, y2: plot.y + plot.h, label: null, note: null } };
  const model: AnnotationModel = {
    kind: 'period',
    x: Math.max(plot.x, X(a.from)),
    // `to` names the last period covered: shade through its end (within the plot).
    w: r(Math.max(2, Math.min(plot.x + plot.w, X(addInterval(a.to, interval, 1))) - Math.max(plot.x, X(a.from)))),
    y1: plot.y,
    y2: plot.y + plot.h,
    label: null,
    note: null,
  };
  return { cands, model };
}

/** A point: labels around it at three distances, above first. */
function pointMark(a: Annotation & { type: 'point' }, b: Sized, c: Ctx): { model: AnnotationModel; cands: Box[] } {
  const { X, Y } = c.f;
  const px = X(a.t);
  const py = a.value !== null ? Y(a.value) : a.low != null && a.high != null ? r((Y(a.low) + Y(a.high)) / 2) : Y(0);
  const cands = [10, 26, 44]
    .flatMap((d) => [
      { x: px - b.w / 2, y: py - d - b.h, w: b.w, h: b.h },
      { x: px + d - 2, y: py - d + 4 - b.h, w: b.w, h: b.h },
      { x: px - d + 2 - b.w, y: py - d + 4 - b.h, w: b.w, h: b.h },
      { x: px - b.w / 2, y: py + d, w: b.w, h: b.h },
      { x: px + d, y: py - b.h / 2, w: b.w, h: b.h },
      { x: px - d - b.w, y: py - b.h / 2, w: b.w, h: b.h },
    ])
    .map(c.clampIn);
  return { cands, model: { kind: 'point', x: px, y: py, label: null, note: null, leader: null } };
}

/** A change: a connector between two values, its label beside the middle, or at the plot's bottom or top. */
function changeMark(a: Annotation & { type: 'change' }, b: Sized, c: Ctx): { model: AnnotationModel; cands: Box[] } {
  const { plot, X } = c.f;
  const x1 = X(a.from);
  const x2 = X(a.to);
  const y1 = c.valueY(a.series, a.from);
  const y2 = c.valueY(a.series, a.to);
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const cands = [6, 20, 36].flatMap((d) => [
    { x: mx - b.w - d, y: my - b.h - d, w: b.w, h: b.h },
    { x: mx + d, y: my + d, w: b.w, h: b.h },
    { x: mx - b.w / 2, y: Math.min(y1, y2) - b.h - d - 2, w: b.w, h: b.h },
    { x: x2 - b.w - 6 - d, y: y2 + d + 2, w: b.w, h: b.h },
  ]);
  cands.push({ x: mx - b.w / 2, y: plot.y + plot.h - b.h - 4, w: b.w, h: b.h }, { x: mx - b.w / 2, y: plot.y + 2, w: b.w, h: b.h });
  return { cands: cands.map(c.clampIn), model: { kind: 'change', x1, y1, x2, y2, label: null, note: null } };
}

export interface AnnotationInput {
  annotations: readonly Annotation[];
  interval: Interval;
  locale: string;
  unit: string;
  text?: Strings | undefined;
  /** Direct series labels take the right margin; without them labels may reach 12 px into it. */
  direct: boolean;
  obstacles: Box[];
  valueY: (si: number, t: number) => number;
}

export function layoutAnnotations(f: Frame, input: AnnotationInput): { annotations: AnnotationModel[]; notes: TrendModel['notes'] } {
  const { annotations, interval, locale, unit, text } = input;
  const { plot } = f;
  const c: Ctx = {
    f,
    interval,
    bandTop: C.TOP_PAD + (unit ? C.LINE_HEIGHT + 4 : 0),
    labelW: Math.max(C.ANNOTATION_LABEL_MIN, Math.round(plot.w * C.ANNOTATION_LABEL_SHARE)),
    clampIn: (b: Box) => clampX(b, plot.x, plot.x + plot.w + (input.direct ? 0 : 12)),
    valueY: input.valueY,
  };
  // What each annotation says: a contradicted label is replaced by what the data says (describe.ts annotationLabel).
  const texts = annotations.map((a) => annotationLabel(a, interval, { locale, unit, text }));
  const models: AnnotationModel[] = [];
  const requests: LabelRequest<number>[] = annotations.map((a, i) => {
    const text = texts[i]!;
    const b = block(text, c.labelW);
    const { model, cands } =
      a.type === 'event' || a.type === 'period' ? bandMark(a, b, c) : a.type === 'point' ? pointMark(a, b, c) : changeMark(a, b, c);
    models.push(model);
    return text ? { candidates: cands, data: i } : { candidates: [], data: -1 };
  });
  const placed = placeLabels(requests, { x: 0, y: 0, w: f.width, h: plot.y + plot.h }, input.obstacles);
  const notes: TrendModel['notes'] = [];
  placed.forEach((p, k) => {
    const m = models[k]!;
    if (p.data < 0) return;
    if (p.box) {
      const b = block(texts[p.data]!, c.labelW);
      m.label = { ...p.box, lines: b.lines };
      if (m.kind === 'point') m.leader = leader(m.x, m.y, p.box);
    } else {
      m.note = notes.length + 1;
      notes.push({ n: m.note, text: texts[p.data]! });
    }
  });
  return { annotations: models, notes };
}
