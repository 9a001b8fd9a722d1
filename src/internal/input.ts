/**
 * The input side every element shares, in one place: where the data comes from
 * (`src`, else the inline properties, else a child `<script type="application/json">`),
 * problems split into errors and warnings, keyword attributes checked once, the
 * problems logged and fired as `nc-invalid` / `nc-warning` (reportIssues). Changes are
 * said by the one status region in ./announcer.ts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { issueTextsSettled, loadIssueTexts } from '../i18n/issue-texts.js';
import { en } from '../i18n/messages.js';
import { formatIssue, got, isRecord, makeIssue, own, type Issue } from '../schema/issues.js';
import type { Key } from '../i18n/messages.js';
import { fromScript, JsonParseFailure, parseJson } from '../schema/json.js';
import { emit, NcInvalidEvent, NcWarningEvent } from './events.js';
import type { RemoteState } from './remote.js';

export type Problems = { errors: Issue[]; warnings: Issue[] };

/** A parser's result as errors and warnings. */
export function problemsOf(r: { ok: true; warnings: Issue[] } | { ok: false; issues: Issue[] }): Problems {
  if (r.ok) return { errors: [], warnings: r.warnings };
  return { errors: r.issues.filter((i) => i.severity === 'error'), warnings: r.issues.filter((i) => i.severity === 'warning') };
}

/**
 * A keyword attribute: its name, the words it takes, the one used otherwise, and the
 * catalogue key saying what was done instead (so the warning reads in the reader's language).
 */
export interface Keyword<T extends string> {
  path: string;
  allowed: readonly T[];
  fallback: T;
  instead: Key;
  /** The message's key when it is not the general "expected one of {list}, got {got}". */
  code?: Key;
}

/** The one check of a keyword attribute: the value to use, and a warning when `value` is not one of the words. */
export function keyword<T extends string>(value: unknown, k: Keyword<T>): { value: T; issue: Issue | null } {
  if (k.allowed.includes(value as T)) return { value: value as T, issue: null };
  const params = { list: k.allowed, got: k.code ? String(value) : got(value) };
  return { value: k.fallback, issue: makeIssue(k.path, 'warning', [k.code ?? 'iOneOf', params], [k.instead]) };
}

type Fields = (key: string) => unknown;

/** The element's tag and error title for the console; `texts` when it shows messages even without problems (preview, strings). */
type Label = () => { tag: string; errorKey: 'chartError' | 'galleryError'; texts: boolean };

/** What makes a set of problems new: paths, keys and parameters, not the English (which may still be loading). */
function issuesKey(errors: readonly Issue[], warnings: readonly Issue[]): string {
  return JSON.stringify([errors, warnings], function (this: Partial<Issue>, k, v: unknown) {
    return (k === 'message' || k === 'instead') && this.code ? undefined : v;
  });
}

/** Where problems are reported: the element, its tag and error title for the console, and its error state. */
export interface IssueSink {
  readonly element: HTMLElement;
  readonly label: Label;
  /** False when a listener cancelled `nc-invalid` to show its own message. */
  showErrorMessage: boolean;
  /** Dispatches an event once the update in progress has rendered. */
  afterUpdate(event: Event): void;
}

/**
 * Logs problems and fires `nc-invalid` / `nc-warning`: the only place that does. Called
 * inside willUpdate (once the English messages are here), so a cancelled `nc-invalid`
 * is honoured in the same render.
 */
export function reportIssues(sink: IssueSink, errors: readonly Issue[], warnings: readonly Issue[]): void {
  const { tag, errorKey } = sink.label();
  if (errors.length) {
    console.error(`<${tag}>: ${en[errorKey].toLowerCase()}.\n${errors.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    sink.showErrorMessage = emit(sink.element, new NcInvalidEvent(errors));
  } else {
    sink.showErrorMessage = true;
  }
  if (warnings.length) {
    console.warn(`<${tag}>:\n${warnings.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    sink.afterUpdate(new NcWarningEvent(warnings));
  }
}

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

/**
 * One element's input: the child script (watched while connected), the `src`
 * data (charts report it with setRemote), the problems of the last update and the
 * events waiting for it to render.
 */
export class InputController implements ReactiveController, IssueSink {
  /** JSON of the child script, if any (a JsonParseFailure when it does not parse). */
  script: unknown = undefined;
  /** Where the `src` data stands; undefined without `src`. */
  remote: RemoteState | undefined = undefined;
  errors: readonly Issue[] = [];
  warnings: readonly Issue[] = [];
  showErrorMessage = true;
  /** True while problems wait for their messages (src/i18n/issue-texts.ts). */
  awaitingTexts = false;
  /** Set when the script or `src` data changed, until the element reads it (takeNew). */
  private fresh = false;
  private reported = '';
  private pending: Event[] = [];
  private observer: MutationObserver | undefined;

  constructor(
    readonly element: Host,
    readonly label: Label,
  ) {
    element.addController(this);
  }

  /** Where the `src` data now stands (charts: their RemoteController reports here). */
  setRemote(state: RemoteState | undefined): void {
    if (state === this.remote) return;
    this.remote = state;
    this.fresh = true;
    this.element.requestUpdate();
  }

  /** True while `src` data is on its way. */
  get loading(): boolean {
    return this.remote?.status === 'loading';
  }

  /** Sets the child script's JSON (the server renderer sets it too). */
  setScript(json: unknown): void {
    if (json === undefined && this.script === undefined) return;
    this.script = json;
    this.fresh = true;
    this.element.requestUpdate();
  }

  /** True when there is new input: a first update, a change of one of `keys`, or new script or `src` data. Call once per update. */
  takeNew(changed: ReadonlyMap<PropertyKey, unknown>, keys: readonly PropertyKey[]): boolean {
    const fresh = this.fresh;
    this.fresh = false;
    return fresh || !this.element.hasUpdated || keys.some((k) => changed.has(k));
  }

  /**
   * The fields that win: the `src` data (none while it loads or when it failed), else
   * the inline properties when one is set, else the child script: `{main: …, …}` when it
   * is such an object (always, with `wrapper`), otherwise the whole JSON as `main`.
   */
  pick(inline: Record<string, unknown>, main: string, wrapper = false): Fields {
    const r = this.remote;
    if (r)
      return r.status === 'loaded'
        ? (k) => (k === main ? r.data : k === 'annotations' ? (r.annotations ?? inline[k]) : inline[k])
        : () => undefined;
    const s = this.script;
    if (s === undefined || Object.values(inline).some((v) => v !== undefined)) return (k) => inline[k];
    if (s instanceof JsonParseFailure) return (k) => (k === main ? fromScript(s) : undefined);
    if (isRecord(s) && (wrapper || own(s, main) !== undefined)) return (k) => own(s, k);
    return (k) => (k === main ? s : undefined);
  }

  /** Keeps this update's problems and reports them once per distinct set. */
  report(errors: readonly Issue[], warnings: readonly Issue[]): void {
    this.errors = errors;
    this.warnings = warnings;
    // The English messages load with the first problem; until they are here nothing is logged or
    // dispatched (the text listener updates again when they arrive) and the frame is busy, not an error.
    const wanted = errors.length > 0 || warnings.length > 0 || this.label().texts;
    this.awaitingTexts = wanted && !issueTextsSettled();
    if (this.awaitingTexts) return void loadIssueTexts();
    const key = issuesKey(errors, warnings);
    if (key === this.reported) return;
    this.reported = key;
    reportIssues(this, errors, warnings);
  }

  /** Dispatches `event` once this update has rendered, so a listener that sets a property starts a new update (not lost in this one). */
  afterUpdate(event: Event): void {
    this.pending.push(event);
  }

  hostConnected(): void {
    this.readScript();
    this.observer = new MutationObserver(() => this.readScript());
    this.observer.observe(this.element, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdated(): void {
    const events = this.pending;
    this.pending = [];
    for (const e of events) emit(this.element, e);
  }

  private readScript(): void {
    const text = this.element.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
    this.setScript(text === null ? undefined : parseJson(text));
  }
}
