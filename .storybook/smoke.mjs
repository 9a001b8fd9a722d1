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
      // The seed story draws the article's two real figures as bars (issue 11: no invented months between them).
      if (svg.querySelectorAll('rect.bar').length !== 2) return 'svg does not have the two seed bars (model not drawn yet?)';
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
  /** Shows a story (or docs page) through Storybook's channel and waits until it has rendered. */
  const show = (id, viewMode, emit = ['setCurrentStory', { storyId: id, viewMode }]) =>
    page.evaluate(
      (id, viewMode, emit, ms) =>
        new Promise((ok, fail) => {
          const channel = window.__STORYBOOK_PREVIEW__.channel;
          const event = viewMode === 'docs' ? 'docsRendered' : 'storyRendered';
          const timer = setTimeout(() => fail(new Error(`${id} did not render in ${ms} ms`)), ms);
          const done = (e) => {
            if (id === '*' || e === id || e?.storyId === id || e?.id === id) {
              clearTimeout(timer);
              channel.off(event, done);
              ok();
            }
          };
          channel.on(event, done);
          channel.emit(...emit);
        }),
      id,
      viewMode,
      emit,
      TIMEOUT_MS,
    );
  /** '' when the shown story has no unexpected errors and no axe violations, else what is wrong. */
  const inspect = async () => {
    const showsError = await page.evaluate(async () => {
      const els = [...document.querySelectorAll('casualty-trend, source-comparison, photo-gallery-caption')];
      await Promise.all(els.map((el) => el.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return els.some((el) => el.shadowRoot?.querySelector('.error'));
    });
    const violations = await page.evaluate(async () => {
      // A run left over from the story before (timed out or interrupted by the story switch) must
      // end first: axe refuses to start while one is going ("Axe is already running").
      for (let i = 0; i < 200 && window.axe._running; i++) await new Promise((r) => setTimeout(r, 50));
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
    return [...unexpected, ...violations.map((v) => `axe: ${v}`)].join('; ');
  };
  for (const [i, story] of stories.entries()) {
    if (i > 0) errors = []; // the first story is the one the page loaded with
    let problem = '';
    try {
      if (i === 0) await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount, { timeout: TIMEOUT_MS });
      else await show(story.id, 'story');
      problem = await inspect();
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
    if (problem) failed++;
    else clean++;
    if (problem) console.log(`FAIL ${story.id}: ${problem}`);
  }

  // The seed stories under each toolbar theme (the house themes are CSS files users load as they are).
  const seeds = stories.filter((e) => /--seed/.test(e.id)).map((e) => e.id);
  let current = stories.at(-1).id;
  for (const theme of ['light', 'dark', 'broadsheet', 'night-desk']) {
    errors = [];
    await show('*', 'story', ['updateGlobals', { globals: { ncTheme: theme } }]);
    for (const id of seeds) {
      errors = [];
      let problem = '';
      try {
        if (id !== current) await show(id, 'story');
        current = id;
        // The theme took effect: the attribute for light/dark, the stylesheet's properties for a house theme.
        const applied = await page.evaluate((t) => {
          const el = document.querySelector('casualty-trend, source-comparison, photo-gallery-caption');
          if (t === 'light' || t === 'dark') return el?.getAttribute('theme') === t;
          return globalThis.getComputedStyle(document.documentElement).getPropertyValue('--nc-font').trim() !== '';
        }, theme);
        problem = applied ? await inspect() : `the ${theme} theme was not applied`;
      } catch (e) {
        problem = e instanceof Error ? e.message : String(e);
      }
      if (problem) failed++;
      else clean++;
      if (problem) console.log(`FAIL ${id} (theme ${theme}): ${problem}`);
    }
  }
  const themed = seeds.length * 4;

  // Docs pages: the text from .storybook/docs.ts is there (embed snippet, keyboard map, screen reader).
  const docs = Object.values(index.entries).filter((e) => e.type === 'docs');
  let docsOk = 0;
  for (const entry of docs) {
    let problem = '';
    try {
      await show(entry.id, 'docs');
      const wanted = ['Embed', 'Keyboard map', 'What a screen reader reads', '<script type="module"'];
      // The code blocks are highlighted after docsRendered: give them a moment.
      await page
        .waitForFunction((w) => w.every((t) => document.body.innerText.includes(t)), { timeout: 5000, polling: 100 }, wanted)
        .catch(() => {});
      problem = await page.evaluate(() => {
        const text = document.body.innerText;
        const missing = ['Embed', 'Keyboard map', 'What a screen reader reads', '<script type="module"'].filter((t) => !text.includes(t));
        return missing.length ? `docs page lacks ${missing.join(', ')}` : '';
      });
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
    if (problem) {
      failed++;
      console.log(`FAIL ${entry.id}: ${problem}`);
    } else docsOk++;
  }
  await page.close();
  console.log(`smoke: ${docsOk} of ${docs.length} docs pages with embed snippet, keyboard map and screen reader text`);
  console.log(
    `smoke: ${clean} of ${stories.length + themed} story renders (${stories.length} stories, ${seeds.length} seed stories × 4 themes) with no errors and no axe violations`,
  );
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
