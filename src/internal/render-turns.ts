/**
 * Turns for first renders, so a page with many charts never blocks the main
 * thread in one long task. When the bundle's script runs, every chart on the
 * page upgrades at once and Lit would draw them all in the same task (30
 * charts of 365 points: one 500 ms task, measured by `npm run bench`). Here
 * charts draw in document order, as many per task as fit in TASK_BUDGET_MS;
 * the next one waits for the browser to run input, paint and other work first.
 * A chart on its own draws at once, as before; when several wait, even the
 * first waits for the task that upgraded them all (the script's) to end.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Main-thread time first renders may take in one task: half the 100 ms a reader perceives as a delay. */
export const TASK_BUDGET_MS = 16;

let windowStart = 0;
let windowToken = 0;
let inWindow = false;
let waiting = 0;
/** Connected charts that have not drawn yet. */
let expected = 0;
let tail: Promise<void> = Promise.resolve();

const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

/**
 * Gives the main thread back: `scheduler.yield()` where there is one, else a
 * new task through a message (setTimeout would be clamped to 4 ms after a few turns).
 */
function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/**
 * Counts its host among the charts waiting to draw while it is on the page and
 * has not drawn, so the first of many knows it is not alone. The host calls
 * take() from scheduleUpdate before its first render.
 */
export class RenderTurnController implements ReactiveController {
  private counted = false;

  constructor(private readonly host: ReactiveControllerHost & { readonly hasUpdated: boolean }) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated || this.counted) return;
    this.counted = true;
    expected++;
  }

  hostDisconnected(): void {
    this.uncount();
  }

  /** The host's turn for its first render: undefined to draw now, else a promise to wait for. */
  take(): Promise<void> | undefined {
    this.uncount();
    return firstRenderTurn();
  }

  private uncount(): void {
    if (!this.counted) return;
    this.counted = false;
    expected = Math.max(0, expected - 1);
  }
}

/** Opens a budget window for the current task; it closes when the task ends. */
function openWindow(): void {
  inWindow = true;
  windowStart = now();
  const token = ++windowToken;
  setTimeout(() => {
    if (token === windowToken) inWindow = false;
  }, 0);
}

/** True while the current task still has budget for another first render. */
function fits(): boolean {
  if (!inWindow) openWindow();
  return now() - windowStart < TASK_BUDGET_MS;
}

/**
 * Resolves when the caller may draw its first render; undefined means "now".
 * Callers wait in order: a chart never overtakes one that asked before it.
 */
export function firstRenderTurn(): Promise<void> | undefined {
  if (waiting === 0 && expected === 0) return undefined;
  waiting++;
  const turn = tail.then(async () => {
    if (!inWindow || !fits()) {
      await yieldToMain();
      openWindow();
    }
    waiting--;
  });
  tail = turn;
  return turn;
}

type PostTask = { postTask(fn: () => void, options: { priority: 'background' }): unknown };
/** Read once at load, like `timeout` below (a test may wrap scheduler.yield; background work is not a turn). */
const poster = (globalThis as { scheduler?: PostTask }).scheduler;
/** setTimeout as it was at load: deferred work is work, not time, so a test's fake clock leaves it alone. */
const timeout = globalThis.setTimeout.bind(globalThis);

/**
 * Work that can wait (the data table's later rows): a background task where the browser has
 * scheduler.postTask, so charts' first renders go first; else a task. Measured with thirty charts
 * of 365 points: in plain tasks the rows came between the charts and drawing them all took
 * about 1.1 s; as background tasks, about 0.5 s.
 */
export function backgroundTask(fn: () => void): void {
  if (poster?.postTask) poster.postTask(fn, { priority: 'background' });
  else timeout(fn);
}

/** `fn` in a background task after the next frame is drawn (a task queued from rAF runs after the paint). */
export function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => backgroundTask(fn));
}
