/**
 * Input contract of <source-comparison>: competing tallies of one event, each
 * a value, a low–high range, both, or "no figure released". Every problem is
 * collected with its path; nothing is dropped silently.
 */
import { parseIsoDate } from '../core/dates.js';
import { checkUrl } from '../core/url.js';
import { checkKeys, got, has, isRecord, IssueList, own, readCount, readRange, readString, type Parsed } from './issues.js';
import { MAX_SOURCES } from './limits.js';
import { readList, readOneOf } from './read.js';
import { SOURCE_STATUSES, type Source, type SourceStatus } from '../core/types.js';
export { SOURCE_KINDS, SOURCE_STATUSES } from '../core/types.js';
export type { Source, SourceStatus } from '../core/types.js';

/** One source as an editor writes it. */
export interface SourceInput {
  name: string;
  /** The tally; `null` means no figure released (never drawn as zero). */
  value?: number | null;
  low?: number;
  high?: number;
  /** military, government, monitor, ngo, media, local, or any other text. */
  kind?: string;
  status?: SourceStatus;
  url?: string;
  /** ISO date the figure was retrieved. */
  retrieved?: string;
  note?: string;
}

export const SOURCE_KEYS = ['name', 'value', 'low', 'high', 'kind', 'status', 'url', 'retrieved', 'note'] as const;

export function parseSources(input: unknown): Parsed<Source[]> {
  const issues = new IssueList();
  const out: Source[] = [];
  /** Each name seen (trimmed, any case), with its path. */
  const names = new Map<string, string>();
  readList(input, 'data', ['iSourceList', MAX_SOURCES, 'iManySources'], issues).forEach((raw, i) => {
    const source = readSource(raw, i, names, issues);
    if (source) out.push(source);
  });
  return issues.result(out);
}

/** Source `order` of the list, or undefined (after recording why) when any field is in error. */
function readSource(raw: unknown, order: number, names: Map<string, string>, issues: IssueList): Source | undefined {
  const path = `data[${order}]`;
  if (!isRecord(raw)) {
    issues.error(path, 'iSource', { got: got(raw) });
    return undefined;
  }
  const before = issues.items.length;
  checkKeys(raw, SOURCE_KEYS, path, issues);
  const name = readName(raw, path, names, issues);
  const { value, low, high, status, figure } = readFigure(raw, path, issues);
  const kind = readString(own(raw, 'kind'), `${path}.kind`, issues, false)?.trim() || null;
  const { url, urlRefused } = readLink(raw, path, issues);
  const retrieved = readRetrieved(raw, path, issues);
  const note = readString(own(raw, 'note'), `${path}.note`, issues, false) ?? null;
  if (issues.items.slice(before).some((x) => x.severity === 'error')) return undefined;
  return {
    name: name!,
    value: value ?? null,
    low,
    high,
    kind,
    status: figure ? status : 'no-figure',
    url,
    urlRefused,
    retrieved,
    note,
    noFigure: !figure,
    order,
  };
}

/** A source's name: required, and used once (names that differ only in case or outer spaces are the same). */
function readName(raw: Record<string, unknown>, path: string, names: Map<string, string>, issues: IssueList): string | undefined {
  const name = readString(own(raw, 'name'), `${path}.name`, issues, true);
  if (name !== undefined) {
    const key = name.trim().toLowerCase();
    const first = names.get(key);
    if (first) issues.error(`${path}.name`, 'iDupSource', { name, first });
    else names.set(key, `${path}.name`);
  }
  return name;
}

/**
 * The figure: a value, a range or both (`figure`), or none, which must be said:
 * `"value": null` or the status `no-figure`. A status other than `no-figure`
 * on a source without a figure is dropped, with a warning.
 */
function readFigure(raw: Record<string, unknown>, path: string, issues: IssueList) {
  const status: SourceStatus | null = readOneOf(own(raw, 'status'), SOURCE_STATUSES, `${path}.status`, issues);
  const hasValue = has(raw, 'value') && raw.value !== null;
  const value = hasValue ? readCount(raw.value, `${path}.value`, issues) : null;
  const { low, high, given } = readRange(raw, value, path, issues);
  const figure = hasValue || (given.low && given.high);
  if (!figure && !has(raw, 'value') && status !== 'no-figure' && !given.low && !given.high) {
    issues.error(`${path}.value`, 'iSourceValue');
  }
  if (figure && status === 'no-figure') issues.error(`${path}.status`, 'iNoFigureContradicts');
  if (!figure && status !== null && status !== 'no-figure') {
    issues.warn(`${path}.status`, 'iStatusNoFigure', { status }, 'xNoFigure');
  }
  return { value, low, high, status, figure };
}

/** The source's link, if it passes the URL allowlist; a refused one is left out, with a warning. */
function readLink(raw: Record<string, unknown>, path: string, issues: IssueList): { url: string | null; urlRefused: boolean } {
  const rawUrl = readString(own(raw, 'url'), `${path}.url`, issues, false);
  if (rawUrl === undefined || rawUrl.trim() === '') return { url: null, urlRefused: false };
  const check = checkUrl(rawUrl, 'link');
  if (check.ok) return { url: check.url, urlRefused: false };
  issues.warn(`${path}.url`, 'iLinkRefused', { reason: check.why }, 'xNoLink');
  return { url: null, urlRefused: true };
}

/** When the figure was retrieved (an ISO date), as UTC milliseconds. */
function readRetrieved(raw: Record<string, unknown>, path: string, issues: IssueList): number | null {
  const rawDate = own(raw, 'retrieved');
  if (rawDate === undefined || rawDate === null) return null;
  const d = typeof rawDate === 'string' ? parseIsoDate(rawDate) : null;
  if (!d) issues.error(`${path}.retrieved`, 'iIsoDate', { got: got(rawDate) });
  return d ? d.t : null;
}
