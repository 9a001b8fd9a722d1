#!/usr/bin/env node
// Render benchmark for the built CDN bundle in headless Chromium: first render
// (data handed over → DOM in place and laid out, after the next frame) and update
// with new data of the same size, for daily series of 30 … 100,000 points and for
// a five-source comparison. Median and p90 of RUNS runs after WARMUP runs.
// Writes bench/results/latest.json and latest.md. (Peers and ratios against a
// hand-written baseline are the performance issue's work.)
//   npm run bench            (builds first)     RUNS=30 WARMUP=5 by default
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from '../scripts/find-chrome.mjs';
import { serve } from '../scripts/serve.mjs';

const RUNS = Number(process.env.RUNS ?? 30);
const WARMUP = Number(process.env.WARMUP ?? 5);
const SIZES = [30, 365, 5000, 50000, 100000];

const { server, url } = await serve('.');
const browser = await puppeteer.launch({
  executablePath: ensureChrome(),
  headless: true,
  args: CHROME_ARGS,
});
const page = await browser.newPage();
await page.setViewport({ width: 700, height: 900 });
await page.goto(`${url}/demo/states.html`, { waitUntil: 'networkidle0' });

async function measure(kind, n) {
  return page.evaluate(
    async ({ kind, n, RUNS, WARMUP }) => {
      const start = Date.UTC(2000, 0, 1);
      const series = (shift) =>
        Array.from({ length: n }, (_, i) => ({
          date: new Date(start + i * 864e5).toISOString().slice(0, 10),
          value: ((i + shift) * 37) % 101,
        }));
      const sources = (shift) => [
        { name: 'Official', value: 20 + shift, status: 'confirmed' },
        { name: 'Monitor A', low: 220, high: 300 + shift, status: 'estimate' },
        { name: 'Monitor B', value: 60 + shift, status: 'reported' },
        { name: 'Local', value: 7 + shift, status: 'unverified' },
        { name: 'Ministry', value: null },
      ];
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const first = [];
      const update = [];
      const nodes = [];
      for (let k = 0; k < WARMUP + RUNS; k++) {
        const host = document.createElement('div');
        host.style.width = '640px';
        document.body.append(host);
        const el = document.createElement(kind);
        const a = kind === 'casualty-trend' ? series(0) : sources(0);
        const b = kind === 'casualty-trend' ? series(1) : sources(1);
        let t0 = performance.now();
        el.data = a;
        host.append(el);
        await el.updateComplete;
        await frame();
        await el.updateComplete;
        el.getBoundingClientRect();
        const t1 = performance.now() - t0;
        t0 = performance.now();
        el.data = b;
        await el.updateComplete;
        el.getBoundingClientRect();
        const t2 = performance.now() - t0;
        if (k >= WARMUP) {
          first.push(t1);
          update.push(t2);
          nodes.push(el.shadowRoot.querySelectorAll('*').length);
        }
        host.remove();
      }
      const stat = (xs) => {
        const s = [...xs].sort((x, y) => x - y);
        return { median: s[Math.floor(s.length / 2)], p90: s[Math.min(s.length - 1, Math.floor(s.length * 0.9))] };
      };
      return { first: stat(first), update: stat(update), nodes: nodes[0] };
    },
    { kind, n, RUNS, WARMUP },
  );
}

const results = [];
for (const n of SIZES) results.push({ element: 'casualty-trend', points: n, ...(await measure('casualty-trend', n)) });
results.push({ element: 'source-comparison', points: 5, ...(await measure('source-comparison', 5)) });
const chrome = await browser.version();
await browser.close();
server.close();

const meta = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
  browser: chrome,
  runs: RUNS,
  warmup: WARMUP,
};
const f = (x) => x.toFixed(1);
const lines = [
  `Render benchmark, ${meta.date}, ${meta.machine}, ${meta.browser}; ${RUNS} runs after ${WARMUP} warm-up, 640 px wide.`,
  'First render includes one animation frame (data set → laid out after the next frame).',
  '',
  '| element | points | first render median ms | p90 | update median ms | p90 | shadow DOM nodes |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.element} | ${r.points.toLocaleString('en')} | ${f(r.first.median)} | ${f(r.first.p90)} | ${f(r.update.median)} | ${f(r.update.p90)} | ${r.nodes} |`,
  ),
];
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${JSON.stringify({ ...meta, results }, null, 2)}\n`);
writeFileSync('bench/results/latest.md', `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
