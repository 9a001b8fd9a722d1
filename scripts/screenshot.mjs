#!/usr/bin/env node
// Screenshots of a page in headless Chromium, for looking at what readers see.
//   node scripts/screenshot.mjs <path under the project> <out.png> [width] [light|dark] [selector]
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from './find-chrome.mjs';
import { serve } from './serve.mjs';

const [path = '/demo/', out = '/tmp/shot.png', width = '640', scheme = 'light', selector] = process.argv.slice(2);
const { server, url } = await serve('.');
const browser = await puppeteer.launch({
  executablePath: ensureChrome(),
  headless: true,
  args: CHROME_ARGS,
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(url + path, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 300));
  if (selector) {
    const el = await page.$(selector);
    await el.screenshot({ path: out });
  } else {
    await page.screenshot({ path: out, fullPage: true });
  }
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
