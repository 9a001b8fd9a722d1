/**
 * Input contract of <source-comparison>: competing tallies of one event, each
 * a value, a low–high range, both, or "no figure released". Every problem is
 * collected with its path; nothing is dropped silently.
 */
import { parseIsoDate } from '../core/dates.js';
import { checkUrl } from '../core/url.js';
import { checkKeys, got, has, isRecord, IssueList, own, readCount, readRange, readString, type Parsed } from './issues.js';
import { jsonProblem, JsonParseFailure } from './json.js';
import { MAX_SOURCES, tooMany } from './limits.js';
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
  if (input instanceof JsonParseFailure) {
    issues.error('data', ...jsonProblem(input));
    return issues.result(out);
  }
  if (input === undefined || input === null) return issues.result(out);
  if (!Array.isArray(input)) {
    issues.error('data', 'iSourceList', { got: got(input) });
    return issues.result(out);
  }
  if (input.length > MAX_SOURCES) {
    issues.error('data', ...tooMany(input.length, MAX_SOURCES, 'iManySources'));
    return issues.result(out);
  }
  const names = new Map<string, string>();
  input.forEach((raw, i) => {
    const path = `data[${i}]`;
    if (!isRecord(raw)) {
      issues.error(path, 'iSource', { got: got(raw) });
      return;
    }
    const before = issues.items.length;
    checkKeys(raw, SOURCE_KEYS, path, issues);
    const name = readString(own(raw, 'name'), `${path}.name`, issues, true);
    if (name !== undefined) {
      const key = name.trim().toLowerCase();
      const first = names.get(key);
      if (first) issues.error(`${path}.name`, 'iDupSource', { name: name!, first });
      else names.set(key, `${path}.name`);
    }
    let status: SourceStatus | null = null;
    const rawStatus = own(raw, 'status');
    if (rawStatus !== undefined && rawStatus !== null) {
      if (typeof rawStatus === 'string' && (SOURCE_STATUSES as readonly string[]).includes(rawStatus)) status = rawStatus as SourceStatus;
      else issues.error(`${path}.status`, 'iOneOf', { list: SOURCE_STATUSES.join(', '), got: got(rawStatus) });
    }
    const hasValue = has(raw, 'value') && raw.value !== null;
    const value = hasValue ? readCount(raw.value, `${path}.value`, issues) : null;
    const { low, high, given } = readRange(raw, value, path, issues);
    const hasLow = given.low;
    const hasHigh = given.high;
    const figure = hasValue || (hasLow && hasHigh);
    if (!figure && !has(raw, 'value') && status !== 'no-figure' && !hasLow && !hasHigh) {
      issues.error(`${path}.value`, 'iSourceValue');
    }
    if (figure && status === 'no-figure') issues.error(`${path}.status`, 'iNoFigureContradicts');
    if (!figure && status !== null && status !== 'no-figure') {
      issues.warn(`${path}.status`, 'iStatusNoFigure', { status }, 'xNoFigure');
    }
    const kind = readString(own(raw, 'kind'), `${path}.kind`, issues, false)?.trim() || null;
    let url: string | null = null;
    let urlRefused = false;
    const rawUrl = readString(own(raw, 'url'), `${path}.url`, issues, false);
    if (rawUrl !== undefined && rawUrl.trim() !== '') {
      const check = checkUrl(rawUrl, 'link');
      if (check.ok) url = check.url;
      else {
        urlRefused = true;
        issues.warn(`${path}.url`, 'iLinkRefused', { reason: check.why }, 'xNoLink');
      }
    }
    let retrieved: number | null = null;
    const rawDate = own(raw, 'retrieved');
    if (rawDate !== undefined && rawDate !== null) {
      const d = typeof rawDate === 'string' ? parseIsoDate(rawDate) : null;
      if (d) retrieved = d.t;
      else issues.error(`${path}.retrieved`, 'iIsoDate', { got: got(rawDate) });
    }
    const note = readString(own(raw, 'note'), `${path}.note`, issues, false) ?? null;
    if (issues.items.slice(before).some((x) => x.severity === 'error')) return;
    out.push({
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
      order: i,
    });
  });
  return issues.result(out);
}
