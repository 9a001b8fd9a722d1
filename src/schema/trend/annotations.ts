/**
 * One annotation of a trend: the fields every kind has (type, label, "check",
 * series) are read and checked here, then its kind's reader (annotation-kinds.ts)
 * reads its dates against the data.
 */
import type { Annotation, TrendData } from '../../core/types.js';
import { checkKeys, got, has, isRecord, own, readString, type IssueList } from '../issues.js';
import {
  readChangeAnnotation,
  readEventAnnotation,
  readPeriodAnnotation,
  readPointAnnotation,
  type AnnotationContext,
  type AnnotationReader,
} from './annotation-kinds.js';

export type AnnotationInput =
  | { type: 'point'; date: string; label: string; series?: string; check?: boolean }
  | { type: 'change'; from: string; to: string; series?: string; label?: string; check?: boolean }
  | { type: 'event'; date: string; label: string; check?: boolean }
  | { type: 'period'; from: string; to: string; label?: string; check?: boolean };

type Kind = AnnotationInput['type'];

export const ANNOTATION_KEYS: Record<Kind, readonly string[]> = {
  point: ['type', 'date', 'label', 'series', 'check'],
  change: ['type', 'from', 'to', 'series', 'label', 'check'],
  event: ['type', 'date', 'label', 'check'],
  period: ['type', 'from', 'to', 'label', 'check'],
};

/** What reads the rest of each kind. */
const READERS: Record<Kind, AnnotationReader> = {
  point: readPointAnnotation,
  change: readChangeAnnotation,
  event: readEventAnnotation,
  period: readPeriodAnnotation,
};

/** The annotation at `path`, or undefined when it is not drawn (the reason is recorded). */
export function readAnnotation(raw: unknown, path: string, ctx: AnnotationContext): Annotation | undefined {
  const { issues } = ctx;
  if (!isRecord(raw)) {
    issues.error(path, 'iAnnotation', { got: got(raw) });
    return undefined;
  }
  const type = own(raw, 'type');
  if (typeof type !== 'string' || !has(ANNOTATION_KEYS, type)) {
    issues.error(`${path}.type`, 'iOneOf', { list: ['point', 'change', 'event', 'period'], got: got(type) });
    return undefined;
  }
  const kind = type as Kind;
  checkKeys(raw, ANNOTATION_KEYS[kind], path, issues);
  // A point or an event is its label; a change or a period can go without one.
  const label = readString(own(raw, 'label'), `${path}.label`, issues, kind === 'point' || kind === 'event') ?? null;
  const check = readCheck(raw, path, issues);
  const series = kind === 'point' || kind === 'change' ? readSeriesChoice(raw, path, ctx.data, issues) : 0;
  if (series === undefined) return undefined;
  return READERS[kind]({ ...ctx, raw, path, label, check, series });
}

/** "check": false keeps a label as written, for claims about what the chart does not show. Anything but a boolean checks it, with a warning. */
function readCheck(raw: Record<string, unknown>, path: string, issues: IssueList): boolean {
  const check = own(raw, 'check');
  if (check !== undefined && typeof check !== 'boolean') {
    issues.warn(`${path}.check`, 'iBoolean', { got: got(check) }, 'xChecked');
  }
  return check !== false;
}

/** Which series a point or a change is about: the one named, or the only one. Among several it is never guessed. */
function readSeriesChoice(raw: Record<string, unknown>, path: string, data: TrendData, issues: IssueList): number | undefined {
  const name = own(raw, 'series');
  const names = () => data.series.map((s) => `"${s.name}"`);
  if (name === undefined) {
    if (data.series.length <= 1) return 0;
    issues.warn(path, 'iNoSeriesNamed', { count: String(data.series.length), names: names() }, 'xNotDrawn');
    return undefined;
  }
  const index = data.series.findIndex((s) => s.name === name);
  if (index >= 0) return index;
  issues.error(`${path}.series`, 'iNoSuchSeries', { got: got(name), names: names() });
  return undefined;
}
