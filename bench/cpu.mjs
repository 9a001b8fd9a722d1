#!/usr/bin/env node
// The bench's first render and update as main-thread CPU time (thread time from a trace)
// instead of wall time: on a shared machine other processes stretch wall time, not this.
// Same page, harness and contenders as bench/run.mjs, same spans (bench/harness.js marks
// them); rounds alternate the contenders in a rotated order. Prints medians and ratios to
// the baseline. After `npm run build` (reads dist/cdn/casualty-trend.js).
//
//   node bench/cpu.mjs [--sizes=30,365] [--only=line-baseline,line-ours,line-plot] [--runs=25]
import { Buffer } from 'node:buffer';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from '../scripts/find-chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { buildContenders } from './build.mjs';

const argv = process.argv.slice(2);
const arg = (name, d) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? d;
const SIZES = arg('sizes', '30,365').split(',').map(Number);
const IDS = arg('only', 'line-baseline,line-ours,line-plot').split(',');
const RUNS = Number(arg('runs', 25));
const WARMUP = 3;

await buildContenders();
const { server, url } = await serve('.');
const browser = await puppeteer.launch({
  executablePath: ensureChrome(),
  headless: true,
  args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--disable-renderer-backgrounding'],
});
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

for (const n of SIZES) {
  const page = await browser.newPage();
  await page.setViewport({ width: 700, height: 900 });
  await page.goto(`${url}/bench/page.html`, { waitUntil: 'load' });
  await page.waitForFunction('window.benchReady === true');
  await page.evaluate((l) => window.benchApi.load(l), IDS);
  await page.evaluate((m) => window.benchApi.setData('line', m), n);
  const order = [];
  for (let r = 0; r < WARMUP; r++) for (const id of IDS) await page.evaluate((i) => window.benchApi.round(i, false), id);
  await page.tracing.start({ categories: ['blink.user_timing'] });
  for (let r = 0; r < RUNS; r++) {
    for (let i = 0; i < IDS.length; i++) {
      const id = IDS[(i + r) % IDS.length];
      order.push(id);
      await page.evaluate((x) => window.benchApi.round(x, false), id);
    }
  }
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  // The marks in the order they were made; each timed() span makes start, sync, frame, end.
  const marks = trace.traceEvents
    .filter((e) => e.name?.startsWith('nc:') && e.tts !== undefined)
    .sort((a, b) => a.ts - b.ts)
    .map((e) => ({ name: e.name, tts: e.tts / 1000, ts: e.ts / 1000 }));
  const spans = [];
  for (let i = 0; i + 3 < marks.length; i++) {
    const [a, b, c, d] = marks.slice(i, i + 4);
    if (a.name !== 'nc:start' || b.name !== 'nc:sync' || c.name !== 'nc:frame' || d.name !== 'nc:end') continue;
    spans.push({ cpu: b.tts - a.tts + (d.tts - c.tts), wall: b.ts - a.ts + (d.ts - c.ts) });
    i += 3;
  }
  if (spans.length !== order.length * 2)
    throw new Error(`expected ${order.length * 2} spans, found ${spans.length} (marks without thread time?)`);
  const cells = Object.fromEntries(IDS.map((id) => [id, { first: [], update: [], firstWall: [] }]));
  order.forEach((id, k) => {
    cells[id].first.push(spans[2 * k].cpu);
    cells[id].firstWall.push(spans[2 * k].wall);
    cells[id].update.push(spans[2 * k + 1].cpu);
  });
  const base = cells[IDS[0]];
  // Ratios per round (same round, same load), then the median of those.
  const ratio = (c, k) => median(c[k].map((v, i) => v / base[k][i]));
  console.log(`\n${n} points, ${RUNS} rounds: main-thread CPU ms (median), ratio to ${IDS[0]} (median of per-round ratios)`);
  for (const id of IDS) {
    const c = cells[id];
    console.log(
      `  ${id.padEnd(16)} first ${median(c.first).toFixed(2).padStart(6)} ms ${ratio(c, 'first').toFixed(2)}×   update ${median(c.update).toFixed(2).padStart(6)} ms ${ratio(c, 'update').toFixed(2)}×   (first, wall: ${median(c.firstWall).toFixed(2)} ms)`,
    );
  }
  await page.close();
}
await browser.close();
server.close();
