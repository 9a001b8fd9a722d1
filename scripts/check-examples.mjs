#!/usr/bin/env node
// Builds the example apps in examples/ against the packed package and uses them
// in headless Chromium, as a new user's app would (part of npm test, after the build):
//  1. npm pack → examples/.pack/; in examples/: npm ci (committed lockfile), then the
//     tarball installed on top (--no-save, so the lockfile does not pin its hash);
//  2. strict type checks: tsc (React), vue-tsc (Vue), svelte-check (Svelte);
//  3. vite build of each app, and a server build of the React app run in Node
//     (importing the package on a server must not throw); an Astro site (its own
//     project: Astro 5 brings Vite 6) checked with astro check and built, its page
//     rendered in Node with the tag, its data and a fallback made by the package's parser;
//  4. each built app in Chromium: the chart renders, a property changed by the
//     framework re-renders it, nc-invalid reaches the framework's handler, no
//     uncaught errors and no console errors before the deliberate bad input.
// Prints the time of each step. Needs only the npm registry (and Chromium).
//   node scripts/check-examples.mjs [--skip-install]
// npm ci runs when a project's lockfile differs from the one of its last npm ci (always on a fresh clone).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from './find-chrome.mjs';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const examples = join(root, 'examples');
const bin = (name) => join(examples, 'node_modules/.bin', name);
const times = [];
const failures = [];

function step(name, fn) {
  const t0 = performance.now();
  process.stdout.write(`examples: ${name}… `);
  try {
    const r = fn();
    console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return r;
  } finally {
    times.push([name, (performance.now() - t0) / 1000]);
  }
}
const run = (cmd, args, cwd = examples) => {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
};

// The README's React snippet is kept verbatim in the React app, so tsc checks what users copy.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const snippet = /```tsx\n(import \{ useRef \} from 'react';[\s\S]*?)```/.exec(readme)?.[1];
const copy = readFileSync(join(examples, 'react/src/ReadmeChart.tsx'), 'utf8').replace(/^\/\/.*\n/, '');
if (!snippet || snippet !== copy) {
  console.error("examples/react/src/ReadmeChart.tsx differs from the README's React snippet: copy it again");
  process.exit(1);
}

const pack = join(examples, '.pack');
rmSync(pack, { recursive: true, force: true });
mkdirSync(pack);
const tarball = step('npm pack', () => {
  const [p] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', pack], root));
  return join(pack, p.filename);
});
// Astro brings its own Vite (6), so it is a project of its own with its own lockfile.
const astro = join(examples, 'astro');
// npm ci only when the lockfile changed since the last one here (a stamp of its hash in node_modules):
// the two installs were 24 of the test run's 300 s on every run. A fresh clone always installs.
const lockHash = (dir) =>
  createHash('sha256')
    .update(readFileSync(join(dir, 'package-lock.json')))
    .digest('hex');
const stamp = (dir) => join(dir, 'node_modules', '.nc-lockfile-sha256');
const installed = (dir) => existsSync(stamp(dir)) && readFileSync(stamp(dir), 'utf8') === lockHash(dir);
for (const dir of [examples, astro]) {
  const name = dir === astro ? 'astro' : 'react, vue, svelte';
  const skip = process.argv.includes('--skip-install') && existsSync(join(dir, 'node_modules'));
  if (skip || installed(dir)) console.log(`examples: npm ci, ${name}: skipped, the lockfile is unchanged since the last one`);
  else {
    step(`npm ci, ${name} (framework dependencies from the lockfile)`, () => run('npm', ['ci', '--no-audit', '--no-fund'], dir));
    writeFileSync(stamp(dir), lockHash(dir));
  }
  // The previous run's copy goes first, so npm cannot keep it as already installed.
  rmSync(join(dir, 'node_modules', 'newsroom-charts'), { recursive: true, force: true });
  step(`npm install of the packed tarball, ${name}`, () => run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], dir));
}

step('tsc, React app (strict)', () => run(bin('tsc'), ['-p', 'react/tsconfig.json']));
step('vue-tsc, Vue app (strict templates)', () => run(bin('vue-tsc'), ['-p', 'vue/tsconfig.json']));
step('svelte-check, Svelte app', () =>
  run(bin('svelte-check'), ['--workspace', 'svelte', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'machine']),
);
const astroEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
step('astro check, Astro site (strictest)', () => run(join(astro, 'node_modules/.bin/astro'), ['check'], astro));
step('astro build (pages rendered on the server, in Node)', () => {
  try {
    execFileSync(join(astro, 'node_modules/.bin/astro'), ['build', '--silent'], {
      cwd: astro,
      encoding: 'utf8',
      stdio: 'pipe',
      env: astroEnv,
    });
  } catch (e) {
    throw new Error(`astro build failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
  const page = readFileSync(join(astro, 'dist/index.html'), 'utf8');
  // The server's output already holds the tag, its JSON data and the fallback computed with the package's own parser.
  if (!/<casualty-trend[^>]*data="\[/.test(page) || !page.includes('4 months from January to April 2030'))
    throw new Error(`astro: server output lacks the tag, its data or the fallback:\n${page.slice(0, 500)}`);
});
const apps = ['react', 'vue', 'svelte'];
for (const app of apps)
  step(`vite build, ${app}`, () => run(bin('vite'), ['build', '--config', `${app}/vite.config.ts`, '--logLevel', 'warn']));
step('React server rendering in Node', () => {
  run(bin('vite'), ['build', '--config', 'react/vite.config.ts', '--ssr', 'src/ssr.tsx', '--outDir', 'dist-ssr', '--logLevel', 'warn']);
  const out = run(process.execPath, [join(examples, 'react/dist-ssr/ssr.js')]);
  if (!out.includes('ssr ok')) throw new Error(out);
});

/** What the page shows, read through the shadow roots. */
const shadowText = (page, selector) => page.evaluate((s) => document.querySelector(s)?.shadowRoot?.textContent ?? '', selector);
const waitFor = async (what, fn, ms = 5000) => {
  const end = Date.now() + ms;
  for (;;) {
    if (await fn()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

const browserApps = [...apps.map((app) => [app, join(examples, app, 'dist')]), ['astro', join(astro, 'dist')]];
const label = { react: 'React', vue: 'Vue', svelte: 'Svelte', astro: 'Astro' };
const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_ARGS });
try {
  for (const [app, dist] of browserApps) {
    const t0 = performance.now();
    const { server, url } = await serve(dist);
    const page = await browser.newPage();
    const errors = [];
    let breaking = false;
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    page.on('console', (m) => {
      // The elements log bad input with console.error on purpose: only errors before we break the data count.
      if (m.type() === 'error' && !breaking) errors.push(`console.error: ${m.text()}`);
    });
    const log = () => page.$eval('#log', (o) => o.textContent ?? '');
    try {
      await page.setViewport({ width: 800, height: 900 });
      await page.goto(`${url}/`, { waitUntil: 'networkidle0' });
      await waitFor(`${app}: the chart's heading`, async () => (await shadowText(page, '#trend')).includes('Incidents per month'));
      await waitFor(`${app}: the chart's plot`, () => page.$eval('#trend', (el) => !!el.shadowRoot?.querySelector('svg path')));
      if (app !== 'astro') await waitFor(`${app}: the gallery`, async () => (await shadowText(page, '#gallery')).includes('First photo'));
      await page.click('#rename');
      await waitFor(`${app}: the new heading after a framework state change`, async () =>
        (await shadowText(page, '#trend')).includes(`Renamed in ${label[app]}`),
      );
      breaking = true;
      await page.click('#break');
      await waitFor(`${app}: nc-invalid in the framework's handler`, async () => /nc-invalid:1:data\[0\]\.date/.test(await log()));
      if (app === 'react') {
        await page.click('#break-plain');
        await waitFor('react: onnc-invalid on a plain tag', async () => /plain-invalid:\d/.test(await log()));
        await page.click('#ref');
        await waitFor('react: the ref is the element', async () => (await log()).includes('ref:casualty-trend:Renamed in React'));
      }
      if (errors.length) throw new Error(errors.join('\n'));
      console.log(`examples: ${app} in Chromium ok (${((performance.now() - t0) / 1000).toFixed(1)} s): ${await log()}`);
    } catch (e) {
      failures.push(`${app}: ${e.message}`);
    } finally {
      await page.close();
      server.close();
    }
  }
} finally {
  await browser.close();
}

for (const app of apps) rmSync(join(examples, app, 'dist'), { recursive: true, force: true });
rmSync(join(examples, 'react/dist-ssr'), { recursive: true, force: true });
rmSync(join(astro, 'dist'), { recursive: true, force: true });
rmSync(join(astro, '.astro'), { recursive: true, force: true }); // generated types, which the repository's lint would read
rmSync(pack, { recursive: true, force: true });
const total = times.reduce((s, [, t]) => s + t, 0);
console.log(`examples: ${total.toFixed(0)} s in all (${times.map(([n, t]) => `${n} ${t.toFixed(0)} s`).join('; ')})`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
