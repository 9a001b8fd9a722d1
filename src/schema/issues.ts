/**
 * Problems found in input, each with the path of the field it concerns
 * (`data[3].value`), so an editor can find it in the JSON they pasted.
 */
import { englishField, word, type IssueParam, type IssueParams, type IssueText } from '../i18n/issue-text.js';
import type { Key } from '../i18n/messages.js';
import { MAX_TEXT_CHARS, tooLong } from './limits.js';

export type { IssueParams, IssueText };

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
  /**
   * The message as a catalogue key and its parameters (src/i18n/en-issues.ts),
   * so an element can show it in its reader's language. `message` is its English.
   */
  code?: Key;
  params?: IssueParams;
  /** `instead` as a key and parameters. */
  insteadCode?: Key;
  insteadParams?: IssueParams;
}

/**
 * An issue from catalogue keys. Its English `message` and `instead` are read
 * from the catalogue when they are read, not when the issue is made: the
 * messages load with the first problem (src/i18n/issue-texts.ts).
 */
export function makeIssue(path: string, severity: Issue['severity'], text: IssueText, instead?: IssueText): Issue {
  const [code, params = {}] = text;
  const issue = englishField({ path, severity, code, params }, 'message', code, params) as Issue;
  if (instead) {
    const [insteadCode, insteadParams = {}] = instead;
    englishField(issue, 'instead', insteadCode, insteadParams);
    Object.assign(issue, { insteadCode, insteadParams });
  }
  return issue;
}

export type Parsed<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; issues: Issue[] };

/** Collects issues while a parser walks the input. */
export class IssueList {
  readonly items: Issue[] = [];

  error(path: string, code: Key, params?: IssueParams): void {
    this.items.push(makeIssue(path, 'error', [code, params]));
  }

  warn(path: string, code: Key, params?: IssueParams, instead?: Key | IssueText): void {
    this.items.push(makeIssue(path, 'warning', [code, params], typeof instead === 'string' ? [instead] : instead));
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

/** `describeValue` as a message parameter: "a list" and "an object" are words of the reader's language. */
export function got(v: unknown): IssueParam {
  if (Array.isArray(v)) return word('iAList');
  return isRecord(v) ? word('iAnObject') : describeValue(v);
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
      issues.warn(`${path}.${key}`, 'iUnknownField', { list: known });
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
    issues.error(path, 'iNumber', { got: got(v) });
    return undefined;
  }
  if (!Number.isFinite(v)) {
    issues.error(path, 'iFinite');
    return undefined;
  }
  if (v < 0) {
    issues.error(path, 'iNegative', { value: String(v) });
    return undefined;
  }
  if (v > MAX_COUNT) {
    issues.error(path, 'iTooLarge', { value: String(v), limit: MAX_COUNT.toExponential() });
    return undefined;
  }
  return v === 0 ? 0 : v;
}

export function readString(v: unknown, path: string, issues: IssueList, required: boolean): string | undefined {
  if (v === undefined) {
    if (required) issues.error(path, 'iRequired');
    return undefined;
  }
  if (typeof v !== 'string') {
    issues.error(path, 'iText', { got: got(v) });
    return undefined;
  }
  if (v.length > MAX_TEXT_CHARS) {
    issues.error(path, ...tooLong(v.length, MAX_TEXT_CHARS));
    return undefined;
  }
  if (required && v.trim() === '') {
    issues.error(path, 'iEmpty');
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
  if (given.low !== given.high) issues.error(`${path}.${given.low ? 'high' : 'low'}`, 'iRangeBoth');
  if (low !== null && high !== null) {
    if (low > high) issues.error(`${path}.low`, 'iLowHigh', { low: String(low), high: String(high) });
    else if (typeof value === 'number' && (value < low || value > high))
      issues.error(`${path}.value`, 'iOutside', { value: String(value), low: String(low), high: String(high) });
  }
  return { low, high, given };
}
