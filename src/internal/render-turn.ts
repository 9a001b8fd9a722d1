/**
 * Taking turns at the first render (issue 12, the live-blog case). When a page's
 * script upgrades many charts at once, Lit renders each in a microtask of the
 * same task: thirty charts of 365 points were one 505 ms task. Here a first render
 * goes ahead while the current slice of main-thread time is under SLICE_MS; after
 * that it waits for a new task, so the page stays responsive between charts.
 * Later updates (a key press, new data) never wait.
 */

/**
 * Main-thread time first renders may take in one task before the rest wait for the next task.
 * Measured with thirty charts of 365 points appended by one script (production bundle, headless
 * Chromium, shared 2-core machine, five runs): before, one task of 330–360 ms and all drawn in
 * about 0.4 s; with 25 ms turns (and the table's later rows in background tasks), the longest
 * task 53–83 ms and all drawn in 0.38–0.53 s. 20 ms and 50–70 ms slices measured no better.
 */
export const SLICE_MS = 25;

let sliceEnd = 0;
let next: Promise<void> | null = null;

/** A new task: a MessageChannel message, which (unlike setTimeout) is not clamped to 4 ms when nested. */
function newTask(): Promise<void> {
  next ??= new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      next = null;
      // The new task starts a new slice.
      sliceEnd = 0;
      resolve();
    };
    channel.port2.postMessage(null);
  });
  return next;
}

/**
 * True when a first render may run now, in this task: the first one in a task
 * starts a slice of SLICE_MS; later ones fit while it lasts. Call it right before
 * rendering (synchronously), so each check sees the time the renders before it took.
 * Browsers only (the caller skips it on a server).
 */
export function mayRender(): boolean {
  const now = performance.now();
  if (sliceEnd === 0) {
    sliceEnd = now + SLICE_MS;
    // Whatever happens, the slice ends with this task.
    void newTask();
    return true;
  }
  return now < sliceEnd;
}

/** Resolves in the next task, when a new slice begins. */
export function nextTurn(): Promise<void> {
  return newTask();
}

type Scheduler = { postTask(fn: () => void, options: { priority: 'background' }): unknown };
const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
/** setTimeout as it was at load: deferred work is work, not time, so a test's fake clock leaves it alone. */
const timeout = globalThis.setTimeout.bind(globalThis);

/**
 * Work that can wait (the data table's later rows): a background task where the browser has
 * scheduler.postTask, so charts' first renders go first; else a task. Measured with thirty charts
 * of 365 points: in plain tasks the rows came between the charts and drawing them all took
 * about 1.1 s; as background tasks, about 0.5 s.
 */
export function backgroundTask(fn: () => void): void {
  if (scheduler) scheduler.postTask(fn, { priority: 'background' });
  else timeout(fn);
}

/** `fn` in a background task after the next frame is drawn (a task queued from rAF runs after the paint). */
export function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => backgroundTask(fn));
}
