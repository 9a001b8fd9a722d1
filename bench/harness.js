// In-page side of the benchmark (bench/run.mjs drives it through puppeteer).
/* global MessageChannel */
// Contenders are ES modules built by bench/build.mjs; each default-exports
// { create(host, data) → handle, update(handle, data), destroy(handle) }.
const BUILD = '/node_modules/.cache/newsroom-bench/';
const contenders = {};
const state = { data: {}, kind: 'line', n: 0 };

const now = () => performance.now();
const collect = () => (typeof window.gc === 'function' ? window.gc() : undefined);

/** Resolves after the next frame has been rendered (rAF, then a task queued from it). */
export const afterFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      ch.port2.postMessage(0);
    }),
  );

/** Deterministic daily series: a noisy walk with a few spikes, never negative. */
function series(n, seed) {
  let s = seed >>> 0 || 1;
  const rnd = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const start = Date.UTC(2000, 0, 1);
  const out = new Array(n);
  let v = 20;
  for (let i = 0; i < n; i++) {
    v = Math.max(0, v + (rnd() - 0.5) * 6);
    const spike = rnd() < 0.002 ? Math.round(rnd() * 200) : 0;
    out[i] = { date: new Date(start + i * 864e5).toISOString().slice(0, 10), value: Math.round(v) + spike };
  }
  return out;
}

const NAMES = [
  'Ministry of Health',
  'UN human rights office',
  'Monitor A',
  'Monitor B',
  'Local council',
  'Military spokesperson',
  'Hospital records',
  'News agency tally',
];
function bars(seed) {
  return NAMES.map((name, i) => ({ name, value: 40 + ((i * 137 + seed * 61) % 400) }));
}

/** Elements (including inside shadow roots) under `root`. */
export function countNodes(root) {
  let n = 0;
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      n++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return n;
}

async function load(ids) {
  const out = {};
  for (const id of ids) {
    try {
      if (id === 'line-ours') await import('/dist/cdn/casualty-trend.js');
      if (id === 'bar-ours') await import('/dist/cdn/source-comparison.js');
      contenders[id] = (await import(`${BUILD}${id}.js`)).default;
      out[id] = 'ok';
    } catch (e) {
      out[id] = `load failed: ${e?.message ?? e}`;
    }
  }
  return out;
}

function setData(kind, n) {
  state.kind = kind;
  state.n = n;
  state.data = kind === 'line' ? { a: series(n, 1), b: series(n, 2) } : { a: bars(1), b: bars(2) };
}

function newHost() {
  const host = document.createElement('div');
  host.className = 'bench-host';
  document.body.append(host);
  return host;
}

/**
 * (The marks nc:start, nc:sync, nc:frame and nc:end let bench/cpu.mjs read the same two
 * spans as main-thread CPU time from a trace, which other processes on the machine do not inflate.)
 * Main-thread time of `fn` until the next frame is laid out and painted, without the
 * idle wait for that frame (vsync): (start → fn resolved, layout forced) + (start of the
 * next frame's rAF callbacks → a task queued from them). A sentinel rAF registered before
 * `fn` runs first in that frame, so contenders' own rAF work and ResizeObserver callbacks
 * count. Also returns the wall time including the wait.
 */
async function timed(fn, host) {
  collect();
  await afterFrame();
  let done = false;
  let frameStart = 0;
  let finish;
  const ended = new Promise((r) => (finish = r));
  const sentinel = () => {
    if (!done) {
      requestAnimationFrame(sentinel);
      return;
    }
    frameStart = now();
    performance.mark('nc:frame');
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      host.getBoundingClientRect();
      performance.mark('nc:end');
      finish(now());
    };
    ch.port2.postMessage(0);
  };
  performance.mark('nc:start');
  const t0 = now();
  requestAnimationFrame(sentinel);
  const value = await fn();
  host.getBoundingClientRect();
  void document.body.offsetHeight;
  const tSync = now();
  performance.mark('nc:sync');
  done = true;
  const tEnd = await ended;
  performance.clearMarks();
  return { value, work: tSync - t0 + (tEnd - frameStart), wall: tEnd - t0 };
}

/** One round for one contender: first render of data a, then update to data b. */
async function round(id, withNodes) {
  const c = contenders[id];
  const host = newHost();
  try {
    const first = await timed(() => c.create(host, state.data.a), host);
    const update = await timed(() => c.update(first.value, state.data.b), host);
    const nodes = withNodes ? countNodes(host) : undefined;
    c.destroy?.(first.value);
    return { first: first.work, update: update.work, firstWall: first.wall, updateWall: update.wall, nodes };
  } finally {
    host.remove();
  }
}

/** Render once and keep it (for heap measurements); returns the element count. */
let kept = null;
async function keep(id) {
  const host = newHost();
  const h = await contenders[id].create(host, state.data.a);
  await afterFrame();
  kept = { host, h };
  return countNodes(host);
}

/** Destroys what keep() made. */
function drop(id) {
  if (!kept) return;
  contenders[id].destroy?.(kept.h);
  kept.host.remove();
  kept = null;
}

window.benchApi = { load, setData, round, keep, drop, afterFrame, countNodes, series };
window.benchReady = true;
