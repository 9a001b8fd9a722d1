/**
 * Validation messages in the reader's language (issue 13). A problem found in
 * input carries a catalogue key and its parameters; its English `message` (for
 * the console and events) and the text an element shows are both filled from
 * the catalogue, so the English lives once, in en-issues.ts. A parameter may
 * be a word or phrase of the catalogue itself (`{ key: 'iMonth' }`), or a list
 * of parameters written one after another with the language's separator
 * (`listSeparator`: ", ", or "، " in Arabic). Values the editor typed
 * are plain text and are inserted as given. `[…]` is not special here: JSON
 * examples in messages keep their brackets.
 */
import { fill, template, textFor, type Key, type Params, type Strings } from './messages.js';

export interface IssueWord {
  key: Key;
  params?: IssueParams;
}
export type IssueParam = string | number | IssueWord | readonly IssueParam[];
export type IssueParams = Record<string, IssueParam>;
/** A message as a key and its parameters. */
export type IssueText = readonly [Key, IssueParams?];

function flat(s: Strings, p: IssueParam): string | number {
  if (typeof p === 'string' || typeof p === 'number') return p;
  if (Array.isArray(p)) return (p as readonly IssueParam[]).map((x) => String(flat(s, x))).join(template(s, 'listSeparator', {}) || ', ');
  const w = p as IssueWord;
  return issueText(s, w.key, w.params);
}

/** The message `key` with `params`, in the language of `s` (English when `s` is not given). */
export function issueText(s: Strings | undefined, key: Key, params: IssueParams = {}): string {
  const text = textFor('en', s);
  const values: Params = {};
  for (const [k, v] of Object.entries(params)) values[k] = flat(text, v);
  return fill(template(text, key, values), values, text.locale);
}

/**
 * The English message, for the console, events and `Issue.message`. Before the
 * validation messages have arrived (issue-texts.ts) it reads as its key and
 * parameters, so nothing is ever blank; the elements wait for them before they log.
 */
export function englishIssue(key: Key, params: IssueParams = {}): string {
  return issueText(undefined, key, params) || `${key} ${JSON.stringify(params)}`;
}

/**
 * Defines `name` on `target` as the English of `key`, read when it is read (the messages load with
 * the first problem, issue-texts.ts): the one way an issue, a CSV problem or a URL refusal says it.
 */
export function englishField<T extends object>(target: T, name: string, key: Key, params: IssueParams = {}): T {
  return Object.defineProperty(target, name, { get: () => englishIssue(key, params), enumerable: true });
}

/** A word of the catalogue, as a parameter. */
export const word = (key: Key, params?: IssueParams): IssueWord => (params ? { key, params } : { key });
