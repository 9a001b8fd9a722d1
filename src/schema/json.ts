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
  ) {}
}

/** What is wrong with unparsable JSON, for a message after the field's path. */
export function jsonProblem(f: JsonParseFailure): IssueText {
  return f.text.length > MAX_JSON_CHARS ? tooMany(f.text.length, MAX_JSON_CHARS, 'iManyJson') : ['iJson', { detail: f.message }];
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
