// Smoke test for the built Storybook: run after `storybook build`.
//
//   node .storybook/smoke.mjs [--screenshot DIR]
//
// Serves storybook-static/, opens a few stories' iframes in headless Chromium
// and checks what the elements rendered in their shadow roots; then opens
// EVERY story listed in index.json and requires zero uncaught errors, zero
// console errors (except the element's own report of input it cannot draw,
// in a story that shows the error panel) and zero axe violations (WCAG 2.1
// A/AA rules, run into the shadow roots). Prints one line per story; exits 1
// when a story fails, 2 when it cannot start (no build, no browser).
//
// Browser: $CHROME_PATH, else /usr/bin/chromium (Debian: `apt-get install chromium`).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serve } from '../scripts/serve.mjs';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = join(root, 'storybook-static');
const TIMEOUT_MS = 15_000;

/**
 * Each story: its id, and a function run in the page that returns '' when the
 * element's shadow root holds what it should, else what is wrong.
 */
const STORIES = [
  {
    id: 'charts-casualty-trend--seed-airwars-monthly',
    expect: 'chart svg with a line',
    check: () => {
      const el = document.querySelector('casualty-trend');
      const root = el?.shadowRoot;
      if (!el || !window.customElements.get('casualty-trend')) return 'casualty-trend is not defined';
      if (!root) return 'no shadow root';
      if (root.querySelector('.error')) return `error panel shown: ${root.querySelector('.error').textContent.trim()}`;
      const svg = root.querySelector('.plot svg');
      if (!svg) return 'no .plot svg';
      if (!svg.querySelector('path.line')) return 'svg has no path.line (model not drawn yet?)';
      if (!root.querySelector('[part="heading"]')?.textContent.includes('fivefold')) return 'heading missing';
      return '';
    },
  },
  {
    id: 'charts-casualty-trend--invalid-json',
    expect: '.error panel',
    check: () => {
      const root = document.querySelector('casualty-trend')?.shadowRoot;
      if (!root) return 'no casualty-trend shadow root';
      const error = root.querySelector('.error');
      if (!error) return 'no .error panel';
      if (!/not valid JSON/.test(error.textContent)) return `.error does not mention invalid JSON: ${error.textContent.trim()}`;
      if (root.querySelector('.plot svg')) return 'a chart was drawn despite the error';
      return '';
    },
  },
  {
    id: 'charts-casualty-trend--empty',
    expect: '.empty message, no svg',
    check: () => {
      const root = document.querySelector('casualty-trend')?.shadowRoot;
      if (!root) return 'no casualty-trend shadow root';
      if (root.querySelector('.error')) return 'error panel shown';
      if (!root.querySelector('.empty')) return 'no .empty message';
      if (root.querySelector('.plot svg')) return 'an svg was drawn for no data';
      return '';
    },
  },
  {
    id: 'charts-source-comparison--seed-may-2017',
    expect: 'comparison svg with a bar and a no-figure row',
    check: () => {
      const root = document.querySelector('source-comparison')?.shadowRoot;
      if (!root || !window.customElements.get('source-comparison')) return 'source-comparison is not defined';
      if (root.querySelector('.error')) return `error panel shown: ${root.querySelector('.error').textContent.trim()}`;
      if (!root.querySelector('.plot svg .bar')) return 'no bar drawn';
      if (!/No figure released/.test(root.querySelector('.plot svg')?.textContent ?? '')) return 'no "No figure released" row';
      return '';
    },
  },
  {
    id: 'galleries-photo-gallery-caption--seed-caption-strip',
    expect: 'caption strip with counter and live region',
    check: () => {
      const root = document.querySelector('photo-gallery-caption')?.shadowRoot;
      if (!root || !window.customElements.get('photo-gallery-caption')) return 'photo-gallery-caption is not defined';
      if (root.querySelector('.error')) return `error panel shown: ${root.querySelector('.error').textContent.trim()}`;
      if (!/1\s*\/\s*30/.test(root.textContent)) return 'no "1/30" counter';
      if (!root.querySelector('[aria-live="polite"], [role="status"]')) return 'no live region';
      if (root.querySelectorAll('button').length < 3) return 'fewer than three buttons';
      return '';
    },
  },
];

const shotIndex = process.argv.indexOf('--screenshot');
const shotDir = shotIndex > 0 ? resolve(process.argv[shotIndex + 1] ?? '.') : null;

if (!existsSync(join(staticDir, 'iframe.html'))) {
  console.error(`smoke: ${staticDir}/iframe.html not found; run \`npx storybook build --quiet --disable-telemetry\` first`);
  process.exit(2);
}
const executablePath = findChrome() || null;
if (!executablePath) {
  console.error('smoke: no Chromium found; set CHROME_PATH or `apt-get install -y chromium`');
  process.exit(2);
}

const { server, url } = await serve(staticDir);
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: CHROME_ARGS,
});

let failed = 0;
try {
  if (shotDir) await mkdir(shotDir, { recursive: true });
  for (const story of STORIES) {
    const page = await browser.newPage();
    await page.setViewport({ width: 800, height: 900 });
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    let problem = '';
    try {
      await page.goto(`${url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load', timeout: TIMEOUT_MS });
      // Wait until the check passes (returns ''); on timeout, report its last answer.
      await page.waitForFunction(`(${story.check.toString()})() === ''`, { timeout: TIMEOUT_MS, polling: 100 }).catch(() => {});
      problem = await page.evaluate(story.check);
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
    if (!problem && pageErrors.length) problem = `uncaught error: ${pageErrors[0]}`;
    if (shotDir) await page.screenshot({ path: join(shotDir, `${story.id}.png`), fullPage: true });
    await page.close();
    if (problem) failed++;
    console.log(`${problem ? 'FAIL' : 'ok  '} ${story.id}: ${problem || story.expect}`);
  }

  // Every story: no errors, no axe violations.
  const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  let clean = 0;
  // One page for all stories: Storybook's own channel switches stories (a fresh page
  // load per story re-downloads the whole preview and took ~10 s a story here).
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 900 });
  let errors = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${m.text()}`));
  await page.goto(`${url}/iframe.html?id=${stories[0].id}&viewMode=story`, { waitUntil: 'load', timeout: TIMEOUT_MS });
  await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.channel, { timeout: TIMEOUT_MS });
  await page.addScriptTag({ path: axePath });
  for (const [i, story] of stories.entries()) {
    if (i > 0) errors = []; // the first story is the one the page loaded with
    let problem = '';
    try {
      if (i === 0) await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount, { timeout: TIMEOUT_MS });
      else
        await page.evaluate(
          (id, ms) =>
            new Promise((ok, fail) => {
              const channel = window.__STORYBOOK_PREVIEW__.channel;
              const timer = setTimeout(() => fail(new Error(`story ${id} did not render in ${ms} ms`)), ms);
              const done = (e) => {
                if (e === id || e?.storyId === id || e?.id === id) {
                  clearTimeout(timer);
                  channel.off('storyRendered', done);
                  ok();
                }
              };
              channel.on('storyRendered', done);
              channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
            }),
          story.id,
          TIMEOUT_MS,
        );
      // Every element has rendered (and settled its first update).
      const showsError = await page.evaluate(async () => {
        const els = [...document.querySelectorAll('casualty-trend, source-comparison, photo-gallery-caption')];
        await Promise.all(els.map((el) => el.updateComplete));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return els.some((el) => el.shadowRoot?.querySelector('.error'));
      });
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document.querySelector('#storybook-root'), {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          resultTypes: ['violations'],
        });
        return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
      });
      // An element reports input it cannot draw with console.error by design (and shows the panel).
      const unexpected = errors.filter(
        (e) => !(showsError && /^console\.error: <(casualty-trend|source-comparison|photo-gallery-caption)>/.test(e)),
      );
      problem = [...unexpected, ...violations.map((v) => `axe: ${v}`)].join('; ');
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
    if (problem) failed++;
    else clean++;
    if (problem) console.log(`FAIL ${story.id}: ${problem}`);
  }
  await page.close();
  console.log(`smoke: ${clean} of ${stories.length} stories with no errors and no axe violations`);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
