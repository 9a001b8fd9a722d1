/**
 * A fake clock for tests of time-based behaviour (the announcement rate limit):
 * replaces Date.now, setTimeout and clearTimeout until `uninstall()`, and runs
 * due timers in time order when the test calls `tick(ms)`. Nothing waits in
 * real time, so such a test takes milliseconds and cannot break under load.
 * Install it after mounting (the test runner's own timers stay real: mocha keeps
 * its own references) and uninstall it in `finally`.
 */
export interface FakeClock {
  /** Moves time forward by `ms`, running every timer that falls due, in order. */
  tick(ms: number): void;
  /** Timers still waiting. */
  pending(): number;
  uninstall(): void;
}

export function installClock(): FakeClock {
  const real = { now: Date.now, setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
  let now = real.now.call(Date);
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  Date.now = () => now;
  globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms = 0, ...args: unknown[]) => {
    const id = nextId++;
    timers.set(id, { at: now + Math.max(0, Number(ms) || 0), run: () => fn(...args) });
    return id;
  }) as unknown as typeof setTimeout;
  globalThis.clearTimeout = ((id: number | undefined) => {
    if (id !== undefined) timers.delete(id);
  }) as typeof clearTimeout;
  return {
    tick(ms) {
      const end = now + ms;
      for (;;) {
        let due: [number, { at: number; run: () => void }] | null = null;
        for (const entry of timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = end;
    },
    pending: () => timers.size,
    uninstall() {
      Date.now = real.now;
      globalThis.setTimeout = real.setTimeout;
      globalThis.clearTimeout = real.clearTimeout;
    },
  };
}
