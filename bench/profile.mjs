#!/usr/bin/env node
// Where a first render of <casualty-trend> spends its time (issue 12). Builds the element
// unminified (names kept) into dist/prof/, loads it into the bench page, runs warm-up
// rounds, then profiles ROUNDS rounds of the bench's own round() (first render + update)
// twice: once with the CPU profiler (JS by function, self and inclusive) and once with a
// trace (style, layout, paint and the rest the JS profiler cannot see). Prints ms per
// round. Absolute times are noisy on a shared machine; the shares are what to read.
//
//   node bench/profile.mjs [--size=365] [--rounds=40] [--top=40] [--first-only [--cold] | --update-only] [--under=performUpdate]
import { Buffer } from 'node:buffer';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from '../scripts/find-chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { buildContenders } from './build.mjs';

const argv = process.argv.slice(2);
const arg = (name, d) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? d;
const SIZE = Number(arg('size', 365));
const ROUNDS = Number(arg('rounds', 40));
const TOP = Number(arg('top', 40));
const FIRST_ONLY = argv.includes('--first-only');
/** Also list inclusive times of samples under this function only (e.g. performUpdate: the render itself, not later row tasks). */
const UNDER = arg('under', 'performUpdate');
/** Each round's dates moved on by the series' length, so no formatted date is reused from an earlier round (a page's first chart). */
const COLD = argv.includes('--cold');
/** Only updates: one chart, new data of the same size each round (as the bench's update). */
const UPDATE_ONLY = argv.includes('--update-only');

await esbuild.build({
  entryPoints: ['src/define/casualty-trend.ts'],
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2021',
  outdir: 'dist/prof',
  conditions: ['production', 'browser'],
  keepNames: true,
  logLevel: 'silent',
});
await buildContenders();
const { server, url } = await serve('.');
const browser = await puppeteer.launch({
  executablePath: ensureChrome(),
  headless: true,
  args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--disable-renderer-backgrounding'],
});
const page = await browser.newPage();
await page.setViewport({ width: 700, height: 900 });
await page.goto(`${url}/bench/page.html`, { waitUntil: 'load' });
await page.waitForFunction('window.benchReady === true');
await page.evaluate(() => import('/dist/prof/casualty-trend.js'));
await page.evaluate(() => window.benchApi.load(['line-ours']));
await page.evaluate((n) => window.benchApi.setData('line', n), SIZE);
await page.evaluate((n) => (window.__profData = window.benchApi.series(n, 1)), SIZE);

const rounds = (k) =>
  page.evaluate(
    async (k, firstOnly, cold, updateOnly) => {
      const out = [];
      const base = window.__profData;
      let data = base;
      if (updateOnly) {
        const host = document.createElement('div');
        host.className = 'bench-host';
        document.body.append(host);
        const el = document.createElement('casualty-trend');
        el.setAttribute('unit', 'people killed');
        el.data = base;
        host.append(el);
        await el.updateComplete;
        const other = window.benchApi.series(base.length, 2);
        for (let i = 0; i < k; i++) {
          window.gc?.();
          await window.benchApi.afterFrame();
          const t0 = performance.now();
          const d = i % 2 ? base : other;
          el.annotations = [{ type: 'event', date: d[Math.floor(d.length * 0.6)].date, label: 'Offensive begins' }];
          el.data = d;
          await el.updateComplete;
          host.getBoundingClientRect();
          await window.benchApi.afterFrame();
          out.push(performance.now() - t0);
        }
        host.remove();
        return out.sort((a, b) => a - b)[out.length >> 1];
      }
      for (let i = 0; i < k; i++) {
        if (cold) {
          const shift = (window.__round = (window.__round ?? 0) + 1) * base.length * 864e5;
          data = base.map((p) => ({ date: new Date(Date.parse(p.date) + shift).toISOString().slice(0, 10), value: p.value }));
        }
        if (!firstOnly) {
          const r = await window.benchApi.round('line-ours', false);
          out.push(r.first + r.update);
          continue;
        }
        // The bench's first render alone: create, attach, wait for the next frame, remove.
        window.gc?.();
        await window.benchApi.afterFrame();
        const host = document.createElement('div');
        host.className = 'bench-host';
        document.body.append(host);
        const t0 = performance.now();
        const el = document.createElement('casualty-trend');
        el.setAttribute('unit', 'people killed');
        el.annotations = [{ type: 'event', date: data[Math.floor(data.length * 0.6)].date, label: 'Offensive begins' }];
        el.data = data;
        host.append(el);
        await el.updateComplete;
        host.getBoundingClientRect();
        await window.benchApi.afterFrame();
        out.push(performance.now() - t0);
        host.remove();
      }
      return out.sort((a, b) => a - b)[out.length >> 1];
    },
    k,
    FIRST_ONLY,
    COLD,
    UPDATE_ONLY,
  );
await rounds(10);

// ---- CPU profile -------------------------------------------------------------------------
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const median = await rounds(ROUNDS);
const { profile } = await cdp.send('Profiler.stop');

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
const label = (n) => {
  const f = n.callFrame;
  const file = f.url.replace(/^.*\/(dist\/prof|node_modules\/\.cache\/newsroom-bench|bench)\//, '');
  return `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
};
const self = new Map();
const incl = new Map();
const under = new Map();
const stackOf = (id) => {
  const out = [];
  for (let n = byId.get(id); n; n = byId.get(parent.get(n.id))) out.push(n);
  return out;
};
for (const [id, ms] of dt) {
  const stack = stackOf(id);
  if (stack.some((n) => n.callFrame.functionName === UNDER)) {
    const seen = new Set();
    for (const n of stack) {
      const l = label(n);
      if (!seen.has(l)) under.set(l, (under.get(l) ?? 0) + ms);
      seen.add(l);
    }
  }
  const seen = new Set();
  let n = byId.get(id);
  const own = n.callFrame.url ? label(n) : `${label(n)} <- ${label(byId.get(parent.get(n.id)) ?? n)}`;
  self.set(own, (self.get(own) ?? 0) + ms);
  for (; n; n = byId.get(parent.get(n.id))) {
    const l = label(n);
    if (seen.has(l)) continue;
    seen.add(l);
    incl.set(l, (incl.get(l) ?? 0) + ms);
  }
}
const per = (ms) => (ms / ROUNDS).toFixed(2).padStart(7);
const show = (title, m) => {
  console.log(`\n${title} (ms per round)`);
  for (const [l, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(per(ms), l);
};
console.log(
  `size ${SIZE}, ${ROUNDS} rounds, median ${FIRST_ONLY ? 'first render (wall, to the next frame)' : 'first + update'} ${median.toFixed(2)} ms`,
);
show('Self time', self);
show('Inclusive time', incl);
show(`Inclusive time within ${UNDER}`, under);

// ---- trace: rendering work the JS profiler cannot see -----------------------------------
await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
await rounds(ROUNDS);
const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
const NAMES = [
  'FunctionCall',
  'EvaluateScript',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Layerize',
  'ParseHTML',
  'HitTest',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'RunTask',
  'TimerFire',
  'FireAnimationFrame',
  'ResizeObserverLoop',
  'UpdateLayer',
  'Commit',
  'IntersectionObserverController::computeIntersections',
];
const sums = new Map();
// The busiest renderer main thread is the page's (there may be more than one renderer).
const count = new Map();
for (const e of trace.traceEvents) if (e.ph === 'X') count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
const main = trace.traceEvents
  .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  .sort((a, b) => (count.get(`${b.pid}:${b.tid}`) ?? 0) - (count.get(`${a.pid}:${a.tid}`) ?? 0))[0];
for (const e of trace.traceEvents) {
  if (main && (e.pid !== main.pid || e.tid !== main.tid)) continue;
  if (e.ph !== 'X' || !NAMES.includes(e.name)) continue;
  sums.set(e.name, (sums.get(e.name) ?? 0) + (e.tdur ?? e.dur) / 1000);
}
show('Trace: main-thread CPU by event (nested events overlap: FunctionCall includes forced layout)', sums);
await browser.close();
server.close();
