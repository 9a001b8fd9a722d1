#!/usr/bin/env node
// Side-by-side render benchmark (issue 7). Headless Chromium (scripts/find-chrome.mjs),
// pages from a local server (scripts/serve.mjs, any free port), every contender built
// by bench/build.mjs. For each chart and size, one fresh page loads all contenders and
// runs rounds; each round visits every contender once, in an order rotated per round,
// measuring first render (data handed over → DOM in place, laid out, next frame
// rendered) and update with new data of the same size. Warm-up rounds are dropped.
// Reports median and p90 as ratios to the hand-written baseline measured in the same
// rounds, absolute ms, DOM elements, JS heap after render, bundle sizes, and the
// issue's other targets (leaks, layout shift, resize). A contender that fails is
// reported as failed; it never stops the run.
//
//   npm run bench                 full: 30 runs + 5 warm-up per cell, 1,000 leak cycles
//   npm run bench -- --quick      smoke test: 3 runs, no warm-up, a cell stops after 3 s, 100 leak cycles
//   node bench/run.mjs --only=line-baseline,line-ours --sizes=365,100000   (after npm run build)
//   node bench/run.mjs --only=… --sizes=… --timings-only   only the timing cells (comparing two builds)
//   node bench/run.mjs --pages    only the whole-page scenarios (bench/pages.mjs; after npm run build)
//   RUNS=… WARMUP=… CYCLES=… override the counts.
/* global PerformanceObserver, KeyboardEvent, customElements -- used inside page.evaluate() callbacks */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from '../scripts/find-chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { buildContenders, contenderIds } from './build.mjs';
import { pageScenarios } from './pages.mjs';
import { report } from './report.mjs';
import { updateReadme } from './readme.mjs';

const argv = process.argv.slice(2);
const arg = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = argv.includes('--quick');
const PAGES_ONLY = argv.includes('--pages');
/** Only the timing cells (no heap, pages, leak, layout-shift or usability checks): for comparing builds. */
const TIMINGS_ONLY = argv.includes('--timings-only');
const RUNS = Number(process.env.RUNS ?? (QUICK ? 3 : 30));
const WARMUP = Number(process.env.WARMUP ?? (QUICK ? 1 : 5));
/** Fewer warm-up rounds where one round already runs every code path thousands of times. */
const warmupFor = (n) => (n >= 50000 ? Math.min(WARMUP, QUICK ? 0 : 2) : WARMUP);
const CYCLES = Number(process.env.CYCLES ?? (QUICK ? 50 : 1000));
/** A cell stops after this much time even if it has fewer runs (the table shows the count). */
const CELL_BUDGET_MS = Number(process.env.CELL_BUDGET_MS ?? (QUICK ? 3_000 : 150_000));
const STEP_TIMEOUT_MS = 60_000;
const SIZES = PAGES_ONLY ? [] : (arg('sizes') ?? '30,365,5000,50000,100000').split(',').map(Number);
const ONLY = arg('only')?.split(',');
// A partial run (--pages) never overwrites the full results.
const OUT = arg('out') ?? (PAGES_ONLY ? 'bench/results/pages' : 'bench/results');

const started = Date.now();
const loadAtStart = loadavg()[0].toFixed(1);
const log = (...a) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...a);

const ORDER = ['baseline', 'lit', 'ours', 'plot', 'vega', 'chartjs', 'uplot', 'echarts', 'highcharts'];
const ids = contenderIds()
  .filter((id) => !ONLY || ONLY.includes(id))
  .sort((a, b) => ORDER.indexOf(a.split('-')[1]) - ORDER.indexOf(b.split('-')[1]));
const lineIds = ids.filter((id) => id.startsWith('line-'));
const barIds = ids.filter((id) => id.startsWith('bar-'));

log('building contenders…');
const sizes = await buildContenders();
const { server, url } = await serve('.');
const browser = await puppeteer.launch({
  executablePath: ensureChrome(),
  headless: true,
  args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info', '--disable-renderer-backgrounding'],
  protocolTimeout: 10 * STEP_TIMEOUT_MS,
});
const chrome = await browser.version();

const withTimeout = (p, ms, what) =>
  Promise.race([p, new Promise((_, no) => setTimeout(() => no(new Error(`${what}: timed out after ${ms / 1000} s`)), ms))]);
const short = (e) =>
  String(e?.message ?? e)
    .split('\n')[0]
    .slice(0, 160);

async function openPage(width = 700, height = 900) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => log('page error:', short(e)));
  await page.setViewport({ width, height });
  await page.goto(`${url}/bench/page.html`, { waitUntil: 'load' });
  await page.waitForFunction('window.benchReady === true');
  return page;
}

// ---- timings ---------------------------------------------------------------------------

function stat(xs) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2, p90: q(0.9), n: s.length };
}

async function timeCell(kind, n, list) {
  const cells = Object.fromEntries(list.map((id) => [id, { first: [], update: [], firstWall: [], updateWall: [], spent: 0 }]));
  let page = await openPage();
  const setup = async () => {
    const loaded = await page.evaluate((l) => window.benchApi.load(l), list);
    for (const [id, status] of Object.entries(loaded)) if (status !== 'ok') cells[id].error ??= status;
    await page.evaluate((k, m) => window.benchApi.setData(k, m), kind, n);
  };
  await setup();
  const WARMUP = warmupFor(n);
  for (let r = 0; r < WARMUP + RUNS; r++) {
    const order = list.map((_, i) => list[(i + r) % list.length]);
    for (const id of order) {
      const c = cells[id];
      if (c.error || c.capped) continue;
      const t = Date.now();
      try {
        const res = await withTimeout(
          page.evaluate((i, w) => window.benchApi.round(i, w), id, c.nodes === undefined),
          STEP_TIMEOUT_MS,
          id,
        );
        if (c.nodes === undefined) c.nodes = res.nodes;
        if (r >= WARMUP) for (const k of ['first', 'update', 'firstWall', 'updateWall']) c[k].push(res[k]);
      } catch (e) {
        c.error = short(e);
        log(`  ${id} @ ${n}: failed: ${c.error}`);
        // A crashed or hung page takes the other contenders with it: start a fresh one.
        await page.close().catch(() => {});
        page = await openPage();
        await setup();
      }
      c.spent += Date.now() - t;
      if (r >= WARMUP && c.spent > CELL_BUDGET_MS && !c.capped) {
        c.capped = true;
        log(`  ${id} @ ${n}: stopped after ${c.first.length} runs (${(c.spent / 1000).toFixed(0)} s budget)`);
      }
    }
  }
  // Heap kept by one chart (quick runs: at 365 points and for the bars only).
  if (!QUICK || n === 365 || kind === 'bar') {
    const cdp = await page.createCDPSession();
    const used = async () => {
      for (let i = 0; i < 2; i++) {
        await page.evaluate(() => window.benchApi.afterFrame());
        await cdp.send('HeapProfiler.collectGarbage');
      }
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    for (const id of list) {
      if (cells[id].error) continue;
      try {
        const before = await used();
        await withTimeout(
          page.evaluate((i) => window.benchApi.keep(i), id),
          STEP_TIMEOUT_MS,
          id,
        );
        cells[id].heap = (await used()) - before;
        await page.evaluate((i) => window.benchApi.drop(i), id);
      } catch (e) {
        cells[id].heapError = short(e);
      }
    }
  }
  await page.close();
  return list.map((id) => {
    const c = cells[id];
    return {
      id,
      chart: kind,
      points: n,
      first: stat(c.first),
      update: stat(c.update),
      firstWall: stat(c.firstWall),
      updateWall: stat(c.updateWall),
      nodes: c.nodes ?? null,
      heap: c.heap ?? null,
      heapError: c.heapError,
      error: c.error && !c.first.length ? c.error : undefined,
      partialError: c.error && c.first.length ? c.error : undefined,
      seconds: c.spent / 1000,
    };
  });
}

// ---- heap after render ------------------------------------------------------------------

async function heapAfter(id, kind, n) {
  const page = await openPage();
  try {
    const cdp = await page.createCDPSession();
    const used = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const empty = await used();
    const loaded = await page.evaluate((i) => window.benchApi.load([i]), id);
    if (loaded[id] !== 'ok') throw new Error(loaded[id]);
    await page.evaluate((k, m) => window.benchApi.setData(k, m), kind, n);
    const before = await used();
    await withTimeout(
      page.evaluate((i) => window.benchApi.keep(i), id),
      STEP_TIMEOUT_MS,
      id,
    );
    const after = await used();
    return { id, points: n, total: after, chart: after - before, library: before - empty };
  } catch (e) {
    return { id, points: n, error: short(e) };
  } finally {
    await page.close();
  }
}

// ---- 1,000 create/attach/remove cycles -------------------------------------------------------

async function leakTest(cycles) {
  const page = await openPage();
  try {
    const cdp = await page.createCDPSession();
    await page.evaluate(() => window.benchApi.load(['line-ours']));
    await page.evaluate(() => window.benchApi.setData('line', 365));
    const gc = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    };
    const detached = async () => {
      // Two views: DOM.getDetachedDomNodes (detached trees and their nodes), and a heap
      // snapshot scan for nodes marked detached (the `detachedness` field, or a "Detached" name).
      let trees = null;
      let treeNodes = null;
      let templates = null;
      try {
        const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
        const size = (n) => 1 + (n.children ?? []).reduce((a, c) => a + size(c), 0);
        // Lit keeps one detached <template> per template literal, for the page's lifetime.
        const other = detachedNodes.filter((d) => d.treeNode.nodeName !== 'TEMPLATE');
        templates = detachedNodes.length - other.length;
        trees = other.length;
        treeNodes = other.reduce((a, d) => a + size(d.treeNode), 0);
      } catch {
        // older Chromium: the snapshot scan below still answers
      }
      let json = '';
      const onChunk = ({ chunk }) => (json += chunk);
      cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
      cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
      const snap = JSON.parse(json);
      const fields = snap.snapshot.meta.node_fields;
      const stride = fields.length;
      const nameAt = fields.indexOf('name');
      const detAt = fields.indexOf('detachedness');
      let snapshot = 0;
      let cache = 0;
      for (let i = 0; i < snap.nodes.length; i += stride) {
        const name = snap.strings[snap.nodes[i + nameAt]];
        if (detAt >= 0 ? snap.nodes[i + detAt] !== 2 : !name.startsWith('Detached ')) continue;
        // Lit's template cache: the <template> elements and their content fragments.
        if (/^(Detached )?(<template>|HTMLTemplateElement|DocumentFragment)$/.test(name)) cache++;
        else snapshot++;
      }
      return { trees, treeNodes, templates, snapshot, cache };
    };
    const measure = async () => {
      await gc();
      const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      const dom = await cdp.send('Memory.getDOMCounters');
      return { heap, nodes: dom.nodes, documents: dom.documents, listeners: dom.jsEventListeners, detached: await detached() };
    };
    // BENCH_LEAK_SELFTEST=1 keeps every removed host reachable, to check this test can fail.
    const run = (k) =>
      page.evaluate(
        async (count, selftest) => {
          const api = window.benchApi;
          const data = window.benchApi.series(365, 3);
          for (let i = 0; i < count; i++) {
            const host = document.createElement('div');
            host.className = 'bench-host';
            document.body.append(host);
            const el = document.createElement('casualty-trend');
            el.data = data;
            host.append(el);
            await el.updateComplete;
            await api.afterFrame();
            host.remove();
            if (selftest) (window.__leak ??= []).push(host);
          }
        },
        k,
        process.env.BENCH_LEAK_SELFTEST === '1',
      );
    await run(10); // warm caches (formatters, templates) before the starting measurement
    const start = await measure();
    const t = Date.now();
    await run(cycles);
    const seconds = (Date.now() - t) / 1000;
    const end = await measure();
    return { cycles, seconds, start, end, heapGrowth: end.heap / start.heap - 1 };
  } catch (e) {
    return { cycles, error: short(e) };
  } finally {
    await page.close();
  }
}

// ---- layout shift on the demo page ------------------------------------------------------------

// `height` 800: what a reader sees on load (how CLS counts); 6000: the whole page in view,
// so shifts below the fold count too.
async function layoutShift(width, height) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height });
    await page.evaluateOnNewDocument(() => {
      window.__cls = 0;
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.hadRecentInput) continue;
          window.__cls += e.value;
          window.__shifts.push(...e.sources.map((x) => x.node?.nodeName?.toLowerCase() ?? '?'));
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${url}/demo/index.html`, { waitUntil: 'networkidle0' });
    await page.evaluate(async () => {
      await Promise.all(['casualty-trend', 'source-comparison', 'photo-gallery-caption'].map((t) => customElements.whenDefined(t)));
      for (let i = 0; i < 10; i++) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, 1000));
    });
    const r = await page.evaluate(() => ({ cls: window.__cls, moved: [...new Set(window.__shifts)] }));
    return { width, height, ...r };
  } catch (e) {
    return { width, height, error: short(e) };
  } finally {
    await page.close();
  }
}

// ---- resize within one frame --------------------------------------------------------------------

async function resizeTest() {
  const page = await openPage();
  try {
    await page.evaluate(() => window.benchApi.load(['line-ours']));
    return await page.evaluate(async () => {
      const api = window.benchApi;
      const host = document.createElement('div');
      host.className = 'bench-host';
      document.body.append(host);
      const el = document.createElement('casualty-trend');
      el.data = api.series(365, 4);
      host.append(el);
      await el.updateComplete;
      for (let i = 0; i < 3; i++) await api.afterFrame();
      const svgWidth = () => Number(el.shadowRoot.querySelector('[part~="plot"] > svg')?.getAttribute('width'));
      const plotWidth = () => Math.floor(el.shadowRoot.querySelector('[part~="plot"]').getBoundingClientRect().width);
      const steps = [];
      for (const w of [400, 320, 1000, 640]) {
        const before = svgWidth();
        host.style.width = `${w}px`;
        let frames = 0;
        while (frames < 10) {
          await api.afterFrame();
          frames++;
          if (Math.abs(svgWidth() - plotWidth()) <= 1) break;
        }
        steps.push({ width: w, before, svg: svgWidth(), plot: plotWidth(), frames });
      }
      host.remove();
      return { points: 365, steps, ok: steps.every((s) => s.frames === 1 && Math.abs(s.svg - s.plot) <= 1 && s.svg !== s.before) };
    });
  } catch (e) {
    return { error: short(e) };
  } finally {
    await page.close();
  }
}

// ---- data table and keyboard at 100,000 points ----------------------------------------------

/** Time to open the data table and to move the keyboard selection, on a 100,000-point chart. */
async function usability(n) {
  const page = await openPage();
  try {
    await page.evaluate(() => window.benchApi.load(['line-ours']));
    return await withTimeout(
      page.evaluate(async (count) => {
        const api = window.benchApi;
        const host = document.createElement('div');
        host.className = 'bench-host';
        document.body.append(host);
        const el = document.createElement('casualty-trend');
        el.data = api.series(count, 5);
        host.append(el);
        await el.updateComplete;
        for (let i = 0; i < 3; i++) await api.afterFrame();
        const root = el.shadowRoot;
        const step = async (act) => {
          const t0 = performance.now();
          act();
          await el.updateComplete;
          await api.afterFrame();
          return performance.now() - t0;
        };
        const plot = root.querySelector('[part~="plot"]');
        plot.focus();
        await api.afterFrame();
        const keys = [];
        for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'End', 'ArrowLeft', 'Home', 'ArrowRight'])
          keys.push(await step(() => plot.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }))));
        const readout = root.querySelector('[part~="readout"]')?.textContent?.trim().slice(0, 80) ?? '';
        const open = await step(() => root.querySelector('[part~="table-toggle"]').click());
        const rows = root.querySelectorAll('[part~="table"] tbody tr').length;
        host.remove();
        keys.sort((a, b) => a - b);
        return {
          points: count,
          openTable: open,
          rows,
          keyMedian: keys[Math.floor(keys.length / 2)],
          keyMax: keys[keys.length - 1],
          readout,
        };
      }, n),
      STEP_TIMEOUT_MS,
      'usability',
    );
  } catch (e) {
    return { points: n, error: short(e) };
  } finally {
    await page.close();
  }
}

// ---- run everything ----------------------------------------------------------------------

const timings = [];
try {
  // A size whose page cannot even be set up is reported as failed for every contender.
  const cellsOrFailed = async (kind, n, list) => {
    try {
      return await timeCell(kind, n, list);
    } catch (e) {
      log(`  ${kind} @ ${n}: failed: ${short(e)}`);
      return list.map((id) => ({ id, chart: kind, points: n, error: short(e) }));
    }
  };
  for (const n of SIZES) {
    log(`line chart, ${n.toLocaleString('en')} points: ${lineIds.join(', ')}`);
    timings.push(...(await cellsOrFailed('line', n, lineIds)));
  }
  if (barIds.length && !PAGES_ONLY) {
    log(`bar chart, 8 bars: ${barIds.join(', ')}`);
    timings.push(...(await cellsOrFailed('bar', 8, barIds)));
  }
  // Whole-page heap with one contender alone (library code included): full runs only.
  const heap = [];
  if (!QUICK && !PAGES_ONLY && !TIMINGS_ONLY) {
    log('heap of a page with one contender…');
    for (const id of lineIds) if (SIZES.includes(365)) heap.push({ chart: 'line', ...(await heapAfter(id, 'line', 365)) });
    for (const id of barIds) heap.push({ chart: 'bar', ...(await heapAfter(id, 'bar', 8)) });
  }
  let leak = null;
  let shifts = [];
  let resize = null;
  let use = null;
  let pages = null;
  if ((lineIds.includes('line-ours') && !TIMINGS_ONLY) || PAGES_ONLY) {
    log('whole pages: live blog, 200 sources, 1,000-photo gallery…');
    pages = await pageScenarios(browser, url, { quick: QUICK, log });
  }
  if (lineIds.includes('line-ours') && !PAGES_ONLY && !TIMINGS_ONLY) {
    log(`${CYCLES} create/attach/remove cycles…`);
    leak = await leakTest(CYCLES);
    log('layout shift on demo/index.html…');
    shifts = [await layoutShift(280, 800), await layoutShift(640, 800)];
    if (!QUICK) shifts.push(await layoutShift(280, 6000), await layoutShift(640, 6000));
    log('resize…');
    resize = await resizeTest();
    log('data table and keys at 100,000 points…');
    use = await usability(100000);
  }
  const cpu = cpus();
  const meta = {
    date: new Date().toISOString(),
    mode: QUICK ? 'quick' : 'full',
    runs: RUNS,
    warmup: WARMUP,
    warmupLarge: warmupFor(100000),
    cellBudgetSeconds: CELL_BUDGET_MS / 1000,
    machine: { cpu: cpu[0]?.model?.trim() ?? 'unknown', cores: cpu.length, memoryGB: Math.round(totalmem() / 2 ** 30) },
    browser: chrome,
    node: process.version,
    load: loadAtStart,
    seconds: 0,
  };
  meta.seconds = Math.round((Date.now() - started) / 1000);
  const results = { meta, timings, heap, sizes, leak, layoutShift: shifts, resize, usability: use, pages };
  const { markdown, targets } = report(results);
  results.targets = targets;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/latest.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${OUT}/latest.md`, markdown);
  console.log(`\n${markdown}`);
  // Only a complete full run speaks for the project in the README.
  if (!QUICK && !ONLY && !PAGES_ONLY && !TIMINGS_ONLY && !arg('sizes') && !arg('out') && !process.env.RUNS) {
    updateReadme(markdown);
    log('README.md Speed section updated');
  }
  log(`done in ${meta.seconds} s; wrote ${OUT}/latest.json and ${OUT}/latest.md`);
  // Peers may fail (reported in the table); the harness itself must work.
  const broken = timings.filter((t) => /-(baseline|ours)$/.test(t.id) && t.error);
  if (broken.length) {
    console.error(`baseline/ours cells failed: ${broken.map((t) => `${t.id} @ ${t.points}: ${t.error}`).join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.closeAllConnections?.();
  server.close();
}
process.exit(process.exitCode ?? 0);
