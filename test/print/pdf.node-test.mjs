// Prints the demo article (demo/index.html with the built CDN bundle) to PDF in
// Chromium from a light and from a dark screen, and reads the PDFs back with
// poppler-utils: the rasterised pages must be identical (the charts print in the
// light palette whatever the screen's scheme), the text must carry no hints or
// buttons, every gallery caption and credit must be there, and no chart may be
// split across two pages. Needs dist/ (npm test builds first), Chromium and
// pdftoppm / pdftotext (Debian's poppler-utils; .ci/run installs it).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from '../../scripts/find-chrome.mjs';

const root = resolve(import.meta.dirname, '../..');
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};
const TAGS = ['casualty-trend', 'source-comparison', 'photo-gallery-caption'];

/** The demo page's own colours are the page's, not the library's: the test holds them fixed so only the charts can differ. */
const NEUTRAL_PAGE = `html, body, body *:not(${TAGS.join(',')}) { color: #000 !important; background: #fff !important; border-color: #000 !important; }`;

let server;
let browser;
let base;
const dir = mkdtempSync(join(tmpdir(), 'nc-print-'));
const printed = {};

function serve() {
  return new Promise((ok) => {
    server = createServer((req, res) => {
      const path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (!path.startsWith(root) || !existsSync(path) || !extname(path)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      createReadStream(path).pipe(res);
    }).listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${server.address().port}`));
  });
}

async function printDemo(scheme) {
  const page = await browser.newPage();
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(`${base}/demo/index.html`, { waitUntil: 'networkidle0' });
  await page.addStyleTag({ content: NEUTRAL_PAGE });
  // Every element drawn (on screen first, as a reader would print it).
  const count = await page.evaluate(async (tags) => {
    const els = [...document.querySelectorAll(tags.join(','))];
    await Promise.all(els.map((e) => e.updateComplete));
    return els.length;
  }, TAGS);
  const screenBg = await page.$eval('casualty-trend', (e) => e.ownerDocument.defaultView.getComputedStyle(e).backgroundColor);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  await page.close();
  const file = join(dir, `${scheme}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '60', '-png', file, join(dir, scheme)]);
  const pages = readdirSync(dir)
    .filter((f) => f.startsWith(`${scheme}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { count, screenBg, pages, text, file };
}

describe('printing the demo article', { timeout: 120000 }, () => {
  before(async () => {
    base = await serve();
    browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_ARGS });
    printed.light = await printDemo('light');
    printed.dark = await printDemo('dark');
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('the screens differed: the dark screen drew the dark theme', () => {
    assert.equal(printed.light.count, 6);
    assert.equal(printed.light.screenBg, 'rgb(255, 255, 255)');
    assert.equal(printed.dark.screenBg, 'rgb(18, 18, 18)');
  });

  it('prints the same pages from a light and a dark screen (the light palette)', () => {
    assert.ok(printed.light.pages.length >= 2, `${printed.light.pages.length} pages`);
    assert.equal(printed.dark.pages.length, printed.light.pages.length);
    printed.light.pages.forEach((png, i) => assert.ok(png.equals(printed.dark.pages[i]), `page ${i + 1} differs (${dir})`));
  });

  it('prints no hints, buttons or download links', () => {
    for (const words of ['Hover, tap or tab', 'Show data table', 'Previous', 'Next', 'Show all', 'Get the data', 'Download image']) {
      assert.ok(!printed.light.text.includes(words), `"${words}" printed`);
    }
  });

  it("prints every gallery caption and credit in full, and each chart's heading with its figcaption on one page", () => {
    const html = readFileSync(join(root, 'demo/index.html'), 'utf8');
    const json = /<photo-gallery-caption[\s\S]*?<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)[1];
    const items = JSON.parse(json);
    // Whitespace dropped on both sides: lines wrap in the PDF (also after a hyphen, "al-|Hawoz").
    const squash = (s) => s.replace(/\s+/g, '');
    const flat = squash(printed.light.text);
    assert.equal(items.length, 30);
    for (const item of items) {
      assert.ok(flat.includes(squash(item.caption)), `caption missing: ${item.caption}`);
      if (item.credit) assert.ok(flat.includes(squash(item.credit)), `credit missing: ${item.credit}`);
    }
    const pages = printed.light.text.split('\f').map((p) => p.replace(/\s+/g, ' '));
    const headings = [...html.matchAll(/<(casualty-trend|source-comparison)\s[^>]*?heading="([^"]+)"[^>]*?\snote="([^"]+)"/g)];
    assert.ok(headings.length >= 3, `${headings.length} charts with a heading and a note`);
    for (const [, tag, heading, note] of headings) {
      const page = pages.findIndex((p) => p.includes(heading));
      assert.ok(page >= 0, `${tag} "${heading}" not printed`);
      assert.ok(pages[page].includes(note.slice(-40)), `${tag} "${heading}": its note is not on the same page`);
    }
  });
});
