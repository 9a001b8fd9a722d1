#!/usr/bin/env node
// Path strings: d3-shape (line/area) vs layout/path.ts, in Node (same V8 as Chromium).
// Times building the line and the area of a daily series with 2% gaps, as layout/series.ts
// does. Prints µs per call (median of 15 batches) and checks the strings are equal.
//   node bench/paths.mjs
import * as esbuild from 'esbuild';
import { area, line } from 'd3-shape';

const out = 'node_modules/.cache/newsroom-bench-paths.mjs';
await esbuild.build({
  entryPoints: ['src/elements/casualty-trend/layout/path.ts'],
  bundle: true,
  format: 'esm',
  outfile: out,
  logLevel: 'silent',
});
const { areaPath, linePath } = await import(`../${out}`);

const defined = (p) => p.value !== null;
const X = (p) => Math.round(p.t * 0.0173 * 100) / 100;
const Y = (p) => Math.round((300 - (p.value ?? 0)) * 100) / 100;
const base = () => 320;
const d3Line = line().defined(defined).x(X).y(Y);
const d3Area = area().defined(defined).x(X).y0(320).y1(Y);
const ours = (pts) => linePath(pts, defined, X, Y) + areaPath(pts, defined, X, base, Y);
const theirs = (pts) => d3Line(pts) + d3Area(pts);

function series(n) {
  let s = 1;
  const rnd = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: n }, (_, i) => ({ t: (i * 864e5) / 1e4, value: rnd() < 0.02 ? null : Math.round(rnd() * 280) }));
}

function time(fn, pts) {
  const reps = Math.max(20, Math.round(200000 / pts.length));
  const batches = [];
  for (let b = 0; b < 15; b++) {
    const t = performance.now();
    for (let i = 0; i < reps; i++) fn(pts);
    batches.push(((performance.now() - t) * 1000) / reps);
  }
  return batches.sort((a, b) => a - b)[7];
}

for (const n of [30, 365, 5000]) {
  const pts = series(n);
  if (ours(pts) !== theirs(pts)) throw new Error(`different strings at ${n} points`);
  for (let w = 0; w < 3; w++) {
    time(ours, pts);
    time(theirs, pts);
  }
  const a = time(theirs, pts);
  const b = time(ours, pts);
  console.log(`${String(n).padStart(5)} points: d3-shape ${a.toFixed(1)} µs, path.ts ${b.toFixed(1)} µs (${(a / b).toFixed(2)}× faster)`);
}
