#!/usr/bin/env node
// newsroom-charts render INPUT --out DIR [--width 640] [--scale 2] [--theme light|dark] [--locale en]
//
// For every <casualty-trend>, <source-comparison> and <photo-gallery-caption>
// in INPUT (an HTML page or fragment, or - for stdin) writes NAME.html (the
// server-rendered markup, readable without JavaScript), NAME.svg (a standalone
// SVG), NAME.png (the SVG rasterised with resvg at --scale), NAME.txt (the
// description, for alt text) and NAME.csv (the data). NAME is the element's id,
// else its position in the page. An element whose input is invalid gets its
// NAME.html (showing the problem) and a report on stderr with every path; the
// others are still written, and the exit code is 1.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = 'usage: newsroom-charts render INPUT --out DIR [--width 640] [--scale 2] [--theme light|dark] [--locale en]';

function fail(message) {
  console.error(`newsroom-charts: ${message}\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      width: { type: 'string', default: '640' },
      scale: { type: 'string', default: '2' },
      theme: { type: 'string' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  fail(e.message);
}
const { values, positionals } = args;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [command, input] = positionals;
if (command !== 'render' || !input) fail('expected: render INPUT');
if (!values.out) fail('--out DIR is required');
const width = Number(values.width);
const scale = Number(values.scale);
if (!Number.isInteger(width) || width < 100 || width > 4000)
  fail(`--width: expected a whole number of CSS px from 100 to 4000, got "${values.width}"`);
if (!(scale > 0 && scale <= 8)) fail(`--scale: expected a number above 0, up to 8, got "${values.scale}"`);
if (values.theme && values.theme !== 'light' && values.theme !== 'dark') fail(`--theme: expected light or dark, got "${values.theme}"`);

const page = input === '-' ? readFileSync(0, 'utf8') : readFileSync(resolve(input), 'utf8');
const { renderPage } = await import('../dist/ssr/index.js');
const { elementCsv, elementSvg, elementText } = await import('../dist/ssr/static.js');

// resvg: a Rust SVG renderer published on npm with prebuilt binaries for each
// platform (no compiler, no system libraries, no browser download), which draws
// text with the system's fonts. An optional dependency: without it, no PNGs.
let Resvg = null;
try {
  ({ Resvg } = await import('@resvg/resvg-js'));
} catch {
  console.error('newsroom-charts: @resvg/resvg-js is not installed; PNG files are skipped.');
}

const out = resolve(values.out);
mkdirSync(out, { recursive: true });
// The elements log their own problems to the console; the report below says the same with each element's path.
const quiet = { error: console.error, warn: console.warn };
const warnings = [];
console.error = () => {};
console.warn = (...a) => warnings.push(a.join(' '));
let elements;
try {
  ({ elements } = renderPage(page, { width, locale: values.locale, theme: values.theme }));
} finally {
  Object.assign(console, quiet);
}
for (const w of warnings) console.warn(`newsroom-charts: warning: ${w}`);
if (!elements.length) console.error(`newsroom-charts: no newsroom-charts elements in ${input}`);
let failed = 0;
for (const el of elements) {
  const write = (ext, body) => {
    writeFileSync(join(out, `${el.name}.${ext}`), body);
    return `${el.name}.${ext}`;
  };
  const written = [write('html', `<!doctype html>\n<meta charset="utf-8">\n${el.html}\n`)];
  if (el.errors.length) {
    failed++;
    console.error(`${input}: <${el.path}>: this element could not be drawn`);
    for (const i of el.errors) console.error(`  ${i.path}: ${i.message}`);
    continue;
  }
  try {
    const svg = elementSvg(el);
    if (svg) {
      written.push(write('svg', svg));
      if (Resvg) {
        const png = new Resvg(svg, {
          fitTo: { mode: 'zoom', value: scale },
          font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
        })
          .render()
          .asPng();
        written.push(write('png', png));
      }
    }
    written.push(write('txt', `${elementText(el)}\n`));
    const csv = elementCsv(el);
    if (csv) written.push(write('csv', csv));
    console.log(`${el.path}: ${written.join(', ')}`);
  } catch (e) {
    failed++;
    console.error(`${input}: <${el.path}>: ${e instanceof Error ? e.message : String(e)}`);
  }
}
process.exit(failed ? 1 : 0);
