/**
 * JSON text from attributes and child scripts. A failed parse is kept as a
 * value (never Lit's silent `null`) so the element can say what went wrong.
 */
import type { IssueText } from '../i18n/issue-text.js';
import { MAX_JSON_CHARS, tooMany } from './limits.js';

export class JsonParseFailure {
  constructor(
    readonly text: string,
    readonly message: string,
    /** The parser's own words, when the JSON came from the element's child script (`message` then says so in English). */
    readonly inScript?: string,
  ) {}
}

/** The failure of JSON from a child script: the same, said to come from there. */
export const fromScript = (f: JsonParseFailure): JsonParseFailure =>
  new JsonParseFailure(f.text, `in the child script: ${f.message}`, f.message);

/** What is wrong with unparsable JSON, for a message after the field's path. */
export function jsonProblem(f: JsonParseFailure): IssueText {
  if (f.text.length > MAX_JSON_CHARS) return tooMany(f.text.length, MAX_JSON_CHARS, 'iManyJson');
  return f.inScript === undefined ? ['iJson', { detail: f.message }] : ['iJsonScript', { detail: f.inScript }];
}

/** Parses JSON text; text over MAX_JSON_CHARS is refused unread. */
export function parseJson(text: string): unknown {
  if (text.length > MAX_JSON_CHARS) return new JsonParseFailure(text, 'too long');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    return new JsonParseFailure(text, e instanceof Error ? e.message : String(e));
  }
}
