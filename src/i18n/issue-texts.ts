/**
 * The English validation messages on demand (issue 13's weight). They are
 * about 3 KB gzip of the bundle that most pages never use: a chart whose input
 * is valid shows no message. The first problem an element meets loads them
 * (`loadIssueTexts`); an issue's `message` is read from them when it is read,
 * so the console, the events and the error list all wait for them (each
 * reporter awaits the load). Code that needs them at once (the npm entry, the
 * server renderer, the builder) imports `issue-texts-now.ts` instead.
 */
import { en } from './en.js';
import type { enIssues } from './en-issues.js';

/** Called when text arrives (a language, a publisher's strings, these messages), so elements redraw. */
export const textListeners = new Set<() => void>();

let ready = false;
let failed = false;
let loading: Promise<void> | undefined;

/** True once the messages are here. */
export const issueTextsReady = (): boolean => ready;

/** True once the messages are here or could not be loaded: nothing more to wait for. */
export const issueTextsSettled = (): boolean => ready || failed;

/** Adds the messages to the English catalogue and tells every element. */
export function installIssueTexts(texts: typeof enIssues): void {
  if (ready) return;
  Object.assign(en, texts);
  ready = true;
  for (const f of textListeners) f();
}

/** Loads the messages once; resolves when they are here or could not be loaded (never rejects). */
export function loadIssueTexts(): Promise<void> {
  if (ready) return Promise.resolve();
  return (loading ??= import('./en-issues.js').then(
    (m) => installIssueTexts(m.enIssues),
    (e: unknown) => {
      // Messages then read as their keys (`iNumber {"got":"\"12\""}`), rather than an element waiting for ever.
      failed = true;
      console.warn('newsroom-charts: the validation messages could not be loaded; they are shown as their keys.', e);
      for (const f of textListeners) f();
    },
  ));
}
