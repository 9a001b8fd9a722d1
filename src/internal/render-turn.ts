/**
 * Taking turns at the first render (issue 12, the live-blog case). When a page's
 * script upgrades many charts at once, Lit renders each in a microtask of the
 * same task: thirty charts of 365 points were one 505 ms task. Here a first render
 * goes ahead while the current slice of main-thread time is under SLICE_MS; after
 * that it waits for a new task, so the page stays responsive between charts.
 * Later updates (a key press, new data) never wait.
 */

/** Main-thread time first renders may take in one task before the rest wait for the next task. */
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
