/**
 * Problems found in input, each with the path of the field it concerns
 * (`data[3].value`), so an editor can find it in the JSON they pasted.
 */
import { MAX_TEXT_CHARS, tooLong } from './limits.js';

export interface Issue {
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /**
   * What the element did instead of what the input asked for, in a few words
   * ("drawn as a gap", "the computed change is shown instead"). Shown to the
   * editor in preview mode beside the message; absent when nothing was changed.
   */
  instead?: string;
}

export type Parsed<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; issues: Issue[] };

/** Collects issues while a parser walks the input. */
export class IssueList {
  readonly items: Issue[] = [];

  error(path: string, message: string): void {
    this.items.push({ path, message, severity: 'error' });
  }

  warn(path: string, message: string, instead?: string): void {
    this.items.push(instead ? { path, message, severity: 'warning', instead } : { path, message, severity: 'warning' });
  }

  get hasErrors(): boolean {
    return this.items.some((i) => i.severity === 'error');
  }

  result<T>(value: T): Parsed<T> {
    return this.hasErrors ? { ok: false, issues: this.items } : { ok: true, value, warnings: this.items };
  }
}

export function formatIssue(issue: Issue): string {
  return `${issue.path}: ${issue.message}`;
}

/** A short, readable rendering of any JSON value for messages: `"May"`, `12`, `an object`. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    case 'number':
      return String(v);
    case 'boolean':
      return String(v);
    case 'object':
      return 'an object';
    default:
      return typeof v;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property read that never walks the prototype chain (so `__proto__` keys are inert). */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

export function has(obj: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** Warns about every key of `obj` that is not in `known` (typos such as "vlaue"). */
export function checkKeys(obj: Record<string, unknown>, known: readonly string[], path: string, issues: IssueList): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) {
      issues.warn(`${path}.${key}`, `unknown field, ignored (expected one of: ${known.join(', ')})`);
    }
  }
}

/** Largest count accepted: far above any casualty figure, far below where axis arithmetic loses precision. */
export const MAX_COUNT = 1e12;

/**
 * A count of people: a finite number ≥ 0 and at most MAX_COUNT. Returns undefined (and records an
 * error) for anything else; -0 becomes 0. Strings such as "12" are refused,
 * not guessed at.
 */
export function readCount(v: unknown, path: string, issues: IssueList): number | undefined {
  if (typeof v !== 'number') {
    issues.error(path, `expected a number, got ${describeValue(v)}`);
    return undefined;
  }
  if (!Number.isFinite(v)) {
    issues.error(path, 'expected a finite number (the value is too large or not a number)');
    return undefined;
  }
  if (v < 0) {
    issues.error(path, `expected a count of zero or more, got ${v}`);
    return undefined;
  }
  if (v > MAX_COUNT) {
    issues.error(path, `${v} is too large to be a count (the limit is ${MAX_COUNT.toExponential()})`);
    return undefined;
  }
  return v === 0 ? 0 : v;
}

export function readString(v: unknown, path: string, issues: IssueList, required: boolean): string | undefined {
  if (v === undefined) {
    if (required) issues.error(path, 'is required');
    return undefined;
  }
  if (typeof v !== 'string') {
    issues.error(path, `expected text, got ${describeValue(v)}`);
    return undefined;
  }
  if (v.length > MAX_TEXT_CHARS) {
    issues.error(path, tooLong(v.length, MAX_TEXT_CHARS));
    return undefined;
  }
  if (required && v.trim() === '') {
    issues.error(path, 'must not be empty');
    return undefined;
  }
  return v;
}

export interface RangeRead {
  low: number | null;
  high: number | null;
  /** Which of the two keys were given (not null), valid or not. */
  given: { low: boolean; high: boolean };
}

/**
 * Reads an optional `low`–`high` range around `value`: both or neither, each
 * a count, low ≤ high, and the value (if any) inside. Problems go to `issues`
 * with their paths; invalid ends come back as null.
 */
export function readRange(raw: Record<string, unknown>, value: number | null | undefined, path: string, issues: IssueList): RangeRead {
  const given = { low: has(raw, 'low') && raw.low !== null, high: has(raw, 'high') && raw.high !== null };
  const low = given.low ? (readCount(raw.low, `${path}.low`, issues) ?? null) : null;
  const high = given.high ? (readCount(raw.high, `${path}.high`, issues) ?? null) : null;
  if (given.low !== given.high)
    issues.error(`${path}.${given.low ? 'high' : 'low'}`, 'is required when a range is given (give both low and high)');
  if (low !== null && high !== null) {
    if (low > high) issues.error(`${path}.low`, `low (${low}) is greater than high (${high})`);
    else if (typeof value === 'number' && (value < low || value > high))
      issues.error(`${path}.value`, `${value} lies outside its range ${low}–${high}`);
  }
  return { low, high, given };
}
