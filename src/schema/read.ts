/**
 * Readers the schemas share beside those in issues.ts (readCount, readString,
 * readRange): the list a parser walks item by item, and a value from a fixed
 * list (a status, an interval).
 */
import type { Key } from '../i18n/messages.js';
import { got, type IssueList } from './issues.js';
import { jsonProblem, JsonParseFailure } from './json.js';
import { tooMany } from './limits.js';

/** A list's messages and cap: the error for a value that is not a list, the cap, and the error over it. */
export type ListKind = readonly [notList: Key, max: number, tooMany: Key];

/**
 * The items of a list input (sources, annotations, photos). No input (undefined
 * or null) is an empty list, not an error. JSON that did not parse, a value that
 * is not a list, and a list over its cap are one error at `path` each, and
 * nothing is walked: an oversized input costs a count, not a parse.
 */
export function readList(input: unknown, path: string, [notList, max, many]: ListKind, issues: IssueList): readonly unknown[] {
  if (input === undefined || input === null) return [];
  if (input instanceof JsonParseFailure) issues.error(path, ...jsonProblem(input));
  else if (!Array.isArray(input)) issues.error(path, notList, { got: got(input) });
  else if (input.length > max) issues.error(path, ...tooMany(input.length, max, many));
  else return input;
  return [];
}

/** One of `list`, or null when absent (undefined or null); any other value is an error that names the list. */
export function readOneOf<T extends string>(v: unknown, list: readonly T[], path: string, issues: IssueList): T | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' && (list as readonly string[]).includes(v)) return v as T;
  issues.error(path, 'iOneOf', { list, got: got(v) });
  return null;
}
