// Golden tests of the command-line renderer (issue 15) on a page with all three
// elements and an invalid one. Needs dist/ (npm test builds first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Buffer } from 'node:buffer';
import { before, describe, it } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { sourcesFromCsv, trendFromCsv } from '../../dist/core/csv.js';
import { renderPage } from '../../dist/ssr/index.js';

const root = resolve(import.meta.dirname, '../..');
const page = join(root, 'test/static/fixtures/page.html');
const out = mkdtempSync(join(tmpdir(), 'nc-cli-'));
let run;

const read = (f) => readFileSync(join(out, f), 'utf8');
const GEOMETRY = ['d', 'x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r'];
/** The geometry of every shape (path data, boxes, lines, circles) and the text of every <text> in an SVG, numbers rounded. */
const marks = (svg) => ({
  d: [...svg.matchAll(/<(path|rect|line|circle)\b([^>]*)>/g)].map(
    (m) =>
      `${m[1]} ${GEOMETRY.map((a) => new RegExp(`\\s${a}="([^"]*)"`).exec(m[2])?.[1] ?? '')
        .join('|')
        .replace(/-?\d+\.\d+/g, (n) => (+n).toFixed(1))}`,
  ),
  text: [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]),
});

describe('newsroom-charts render', () => {
  before(() => {
    run = spawnSync(
      process.execPath,
      [join(root, 'bin/newsroom-charts.mjs'), 'render', page, '--out', out, '--width', '600', '--scale', '2'],
      {
        encoding: 'utf8',
      },
    );
  });

  it('writes every file of the valid elements, reports the invalid one with its paths, exits 1', () => {
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(
      readdirSync(out).sort(),
      [
        'broken.html',
        'photos.csv',
        'photos.html',
        'photos.txt',
        'raqqa.csv',
        'raqqa.html',
        'raqqa.png',
        'raqqa.svg',
        'raqqa.txt',
        '2.csv',
        '2.html',
        '2.png',
        '2.svg',
        '2.txt',
      ].sort(),
    );
    assert.match(run.stderr, /<casualty-trend#broken>: this element could not be drawn/);
    assert.match(run.stderr, /data\[0\]\.date: expected an ISO date/);
    assert.match(run.stderr, /data\[0\]\.value: expected a count of zero or more, got -1/);
    assert.match(read('broken.html'), /this chart could not be drawn/i);
  });

  it('HTML: declarative shadow DOM with the heading, the plot, the description and the table, and the fallback kept', () => {
    const html = read('raqqa.html');
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
    assert.match(html, /Deaths reported in the first days of the Raqqa assault/);
    assert.match(html, /<svg[^>]*viewBox="0 0 600 /);
    assert.match(html, /id="desc"/);
    assert.match(html, /<table>/);
    // Every row of the table is in the HTML (readable with JavaScript off), not only its header.
    const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
    assert.equal((body.match(/<tr>/g) ?? []).length, 4, 'every table row in the server markup');
    assert.match(body, /<th scope="row">(<!--[^>]*-->)*June 2, 2017/);
    assert.match(html, /<p>Chart: 12 civilians reported killed/);
  });

  for (const name of ['raqqa', '2']) {
    it(`${name}.svg parses and carries the server-rendered plot; ${name}.png is its size at --scale and not blank`, () => {
      const svg = read(`${name}.svg`);
      const r = new Resvg(svg); // throws on malformed SVG
      assert.equal(r.width, 600 + 32);
      const ssr = renderPage(readFileSync(page, 'utf8'), { width: 600 }).elements.find((e) => e.name === name);
      const plot = ssr.html.slice(ssr.html.indexOf('part="plot"'));
      const want = marks(plot.slice(plot.indexOf('<svg'), plot.indexOf('</svg>')).replace(/<!--[\s\S]*?-->|<\?>/g, ''));
      assert.ok(want.d.length > 0);
      const got = marks(svg);
      for (const d of want.d) assert.ok(got.d.includes(d), `path ${d} missing`);
      for (const t of want.text) assert.ok(got.text.includes(t), `text ${t} missing`);
      assert.match(svg, /<title id="nc-title">/);
      assert.match(svg, /<desc id="nc-desc">/);
      assert.doesNotMatch(svg.slice(svg.indexOf('<style>'), svg.indexOf('</style>')), /var\(/);
      const png = readFileSync(join(out, `${name}.png`));
      assert.equal(png.toString('latin1', 1, 4), 'PNG');
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      assert.equal(w, 2 * (600 + 32));
      assert.equal(h, 2 * r.height);
      const pixels = new Resvg(svg).render().pixels;
      const colours = new Set();
      for (let i = 0; i < pixels.length; i += 4 * 53) colours.add(pixels.readUInt32BE(i));
      assert.ok(colours.size > 5, `${colours.size} colours`);
    });
  }

  it("TXT is the element's description (what a screen reader hears)", () => {
    const ssr = renderPage(readFileSync(page, 'utf8'), { width: 600 }).elements;
    for (const [file, el] of [
      ['raqqa.txt', ssr[0]],
      ['2.txt', ssr[1]],
    ]) {
      const desc = /id="desc"[^>]*>([\s\S]*?)<\/div>/
        .exec(el.html)[1]
        .replace(/<!--[\s\S]*?-->|<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      assert.ok(desc.length > 20);
      assert.equal(
        read(file).trim(),
        desc
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&')
          .replace(/&quot;/g, '"'),
      );
    }
    assert.equal(read('photos.txt'), 'In pictures\n1. Smoke over Aleppo (Reuters)\n2. A checkpoint (Getty)\n');
  });

  it("CSV round-trips through the library's own CSV reader, formula cells neutralised", () => {
    const trend = trendFromCsv(read('raqqa.csv'));
    assert.deepEqual(trend.problems, []);
    assert.deepEqual(trend.data.series[0].points[2], { date: '2017-06-05', value: 21, low: 19, high: 25, status: 'reported', note: "'-" });
    const sources = sourcesFromCsv(read('2.csv'));
    assert.deepEqual(sources.problems, []);
    assert.equal(sources.data[0].retrieved, '2017-06-06');
    assert.equal(sources.data[1].name, `'=HYPERLINK("http://evil.example")`);
    assert.equal(sources.data[1].note, "'+cmd");
    assert.ok(
      readFileSync(join(out, 'raqqa.csv'))
        .subarray(0, 3)
        .equals(Buffer.from([0xef, 0xbb, 0xbf])),
    );
  });

  it('refuses bad options with a usage line (exit 2)', () => {
    const bad = spawnSync(process.execPath, [join(root, 'bin/newsroom-charts.mjs'), 'render', page, '--out', out, '--theme', 'sepia'], {
      encoding: 'utf8',
    });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--theme: expected light or dark/);
    assert.ok(existsSync(out));
  });
});
