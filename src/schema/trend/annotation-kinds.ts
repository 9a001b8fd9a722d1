/**
 * Each kind of annotation read from its checked common fields (annotations.ts):
 * an event on a date, a point's value, a period between two dates, a change
 * from one figure to another. Each returns the annotation to draw, or
 * undefined when it is not drawn (the reason is recorded).
 */
import { percentChange } from '../../core/change.js';
import { floorTo, type IsoDate } from '../../core/dates.js';
import type { Annotation, LabelChecker, TrendData, TrendPoint } from '../../core/types.js';
import { got, own, type IssueList } from '../issues.js';
import { checkLabelClaims, type LabelToCheck } from './label-claims.js';
import { isoPeriod, unitWord } from './periods.js';
import { readDate } from './points.js';
import { beyond, type Span } from './span.js';

/** What every annotation of a list is read against. */
export interface AnnotationContext {
  data: TrendData;
  /** The claim checker: undefined while it loads, null when it could not be loaded. */
  checker: LabelChecker | null | undefined;
  issues: IssueList;
  span: Span;
}

/** One annotation being read: its common fields, already checked (annotations.ts), and its context. */
export interface AnnotationRead extends AnnotationContext, LabelToCheck {
  raw: Record<string, unknown>;
  /** The series a point or change is about (0 for the others). */
  series: number;
}

/** A kind's reader: the annotation to draw, or undefined when it is not drawn (the reason is recorded). */
export type AnnotationReader = (a: AnnotationRead) => Annotation | undefined;

export const readEventAnnotation: AnnotationReader = ({ raw, path, label, span, issues }) => {
  const d = readDate(raw, 'date', path, issues);
  if (!d || label === null) return undefined;
  const f = floorTo(d.t, span.interval);
  if (f < span.lo || f > span.hi) {
    issues.warn(
      path,
      'iDateBeyond',
      { date: got(own(raw, 'date')), beyond: beyond(span, d.t), interval: unitWord(span.interval) },
      'xNotDrawn',
    );
    return undefined;
  }
  return { type: 'event', t: d.t, label };
};

export const readPointAnnotation: AnnotationReader = (a) => {
  const { label, series } = a;
  const d = readDate(a.raw, 'date', a.path, a.issues);
  if (!d || label === null) return undefined;
  const p = pointAt(a, d.t, 'date', true);
  if (!p) return undefined;
  const claim = checkLabelClaims(a, { kind: 'value', value: p.value, low: p.low, high: p.high }, 'point');
  return {
    type: 'point',
    t: floorTo(d.t, a.data.interval),
    label,
    series,
    value: p.value,
    low: p.low,
    high: p.high,
    ...(claim ? { claim } : {}),
  };
};

/** A period is drawn where it overlaps the span (clipped, with a warning), and not at all outside it. */
export const readPeriodAnnotation: AnnotationReader = (a) => {
  const dates = readFromTo(a);
  if (!dates) return undefined;
  const { span } = a;
  const { from, to } = dates;
  const iv = span.interval;
  const f0 = floorTo(from.t, iv);
  const f1 = floorTo(to.t, iv);
  const given = { from: got(own(a.raw, 'from')), to: got(own(a.raw, 'to')) };
  if (f1 < span.lo || f0 > span.hi) {
    const params = { ...given, beyond: beyond(span, f1 < span.lo ? to.t : from.t), interval: unitWord(iv) };
    a.issues.warn(a.path, 'iPeriodBeyond', params, 'xNotDrawn');
    return undefined;
  }
  if (f0 < span.lo || f1 > span.hi) {
    const start = Math.max(f0, span.lo);
    const end = Math.min(f1, span.hi);
    const params = { ...given, beyond: beyond(span, f0 < span.lo ? from.t : to.t), interval: unitWord(iv) };
    a.issues.warn(a.path, 'iPeriodReaches', params, ['xDrawnFrom', { from: isoPeriod(start, iv), to: isoPeriod(end, iv) }]);
    return period(a, start, end);
  }
  return period(a, from.t, to.t);
};

/** A period's label is checked against the figures inside it, when they belong to one series (with several, a number cannot be tied to one). */
function period(a: AnnotationRead, from: number, to: number): Annotation {
  const iv = a.data.interval;
  const only = a.data.series.length === 1 ? a.data.series[0]! : null;
  const values = only
    ? only.points
        .filter((p) => floorTo(p.t, iv) >= floorTo(from, iv) && floorTo(p.t, iv) <= floorTo(to, iv) && p.value !== null)
        .map((p) => p.value!)
    : [];
  const claim = only ? checkLabelClaims(a, { kind: 'period', values }, 'period') : undefined;
  return { type: 'period', from, to, label: a.label, ...(claim ? { claim } : {}) };
}

/** A change needs a figure at both ends, in its series. */
export const readChangeAnnotation: AnnotationReader = (a) => {
  const dates = readFromTo(a);
  if (!dates) return undefined;
  const { label, series } = a;
  const fromPoint = pointAt(a, dates.from.t, 'from', false);
  const toPoint = pointAt(a, dates.to.t, 'to', false);
  if (fromPoint?.value == null || toPoint?.value == null) return undefined;
  const fromValue = fromPoint.value;
  const toValue = toPoint.value;
  const change = percentChange(fromValue, toValue);
  if (label !== null && change === null && label.includes('{change}')) {
    a.issues.warn(`${a.path}.label`, 'iChangeZero', { to: String(toValue) });
  }
  const claim = checkLabelClaims(a, { kind: 'change', from: fromValue, to: toValue }, 'change');
  return {
    type: 'change',
    from: floorTo(dates.from.t, a.data.interval),
    to: floorTo(dates.to.t, a.data.interval),
    series,
    fromValue,
    toValue,
    fromStatus: fromPoint.status,
    toStatus: toPoint.status,
    change,
    label,
    ...(claim ? { claim } : {}),
  };
};

/** The two dates of a period or change, the second later than the first. */
function readFromTo({ raw, path, issues }: AnnotationRead): { from: IsoDate; to: IsoDate } | undefined {
  const from = readDate(raw, 'from', path, issues);
  const to = readDate(raw, 'to', path, issues);
  if (!from || !to) return undefined;
  if (from.t >= to.t) {
    issues.error(`${path}.to`, 'iToLater');
    return undefined;
  }
  return { from, to };
}

/**
 * The point of the annotation's series in the period of `t` (its field `key`): with a figure,
 * or (`rangeOk`) a range-only figure; otherwise an error.
 */
function pointAt({ data, series, path, issues }: AnnotationRead, t: number, key: string, rangeOk: boolean): TrendPoint | undefined {
  const s = data.series[series];
  const period = floorTo(t, data.interval);
  const p = s?.points.find((pt) => floorTo(pt.t, data.interval) === period);
  const ranged = p !== undefined && p.low !== null && p.high !== null;
  if (!p || (p.value === null && !(rangeOk && ranged))) {
    const named = s && data.series.length > 1;
    if (named) issues.error(`${path}.${key}`, ranged ? 'iOnlyRangeSeries' : 'iNoValueSeries', { name: s.name });
    else issues.error(`${path}.${key}`, ranged ? 'iOnlyRange' : 'iNoValue');
    return undefined;
  }
  return p;
}
