#!/usr/bin/env node
// Fails when src/ or a built bundle contains a way to turn text into markup or
// code: unsafeHTML, unsafeSVG, unsafeStatic, unsafeCSS, innerHTML/outerHTML
// assignment, insertAdjacentHTML, document.write, eval, new Function (and the
// like, see PATTERNS). ROBUSTNESS.md item 2.
//
// src/**/*.ts and the npm build (dist/ outside dist/cdn, where Lit and d3 stay
// external) are our code only: any match fails.
//
// The CDN bundles also contain Lit, and Lit itself writes innerHTML once: it
// builds each template's <template> element from the template literal's
// static strings, passed through its Trusted Types policy "lit-html" (values
// never go there). Grepping the minified bundle cannot tell that apart from a
// line of ours, so each match is traced to the module it came from: the build
// writes a hidden source map beside every CDN file (rollup.config.mjs, cdnMaps),
// and every match is looked up in it (node:module's SourceMap). A match from our code fails. A match from a dependency passes
// only if VENDOR_ALLOWED lists that pattern for that file, with the reason,
// and the bundle holds no more matches from the file than the file itself
// contains. Anything else fails, so a new dependency or a Lit upgrade that
// adds e.g. eval shows up here.
//
// Usage: node scripts/check-unsafe.mjs   (after npm run build)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PATTERNS = [
  { name: 'unsafeHTML', re: /\bunsafeHTML\b/g },
  { name: 'unsafeSVG', re: /\bunsafeSVG\b/g },
  { name: 'unsafeStatic', re: /\bunsafeStatic\b/g },
  { name: 'unsafeCSS', re: /\bunsafeCSS\b/g },
  { name: 'innerHTML assignment', re: /(?:\.\s*innerHTML|\[\s*['"`]innerHTML['"`]\s*\])\s*\+?=(?!=)/g },
  { name: 'outerHTML assignment', re: /(?:\.\s*outerHTML|\[\s*['"`]outerHTML['"`]\s*\])\s*\+?=(?!=)/g },
  { name: 'insertAdjacentHTML', re: /\binsertAdjacentHTML\b/g },
  { name: 'setHTMLUnsafe', re: /\b(?:setHTMLUnsafe|parseHTMLUnsafe)\b/g },
  { name: 'createContextualFragment', re: /\bcreateContextualFragment\b/g },
  { name: 'document.write', re: /\bdocument\s*\.\s*write(?:ln)?\s*\(/g },
  { name: 'eval', re: /(?<![\w$])eval\s*\(/g },
  { name: 'new Function', re: /\bnew\s+Function\b|(?<![\w$])Function\s*\(/g },
  { name: 'string timer', re: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/g },
];

/**
 * Matches from dependencies that are allowed, by pattern and file (relative to the
 * project root), each with the reason. Nothing of ours is ever allowed.
 */
export const VENDOR_ALLOWED = [
  {
    pattern: 'innerHTML assignment',
    file: 'node_modules/lit-html/lit-html.js',
    why: "Lit's template preparation: a <template> element's innerHTML set to the template literal's static strings, created through Lit's Trusted Types policy 'lit-html' (the only policy the strict-CSP test page allows); values are bound as text nodes and attributes, never through it",
  },
  {
    pattern: 'unsafeCSS',
    file: 'node_modules/@lit/reactive-element/css-tag.js',
    why: 'the word inside two of Lit\'s error-message strings ("Use `unsafeCSS` or `css` instead"); the function itself has no caller and is tree-shaken out',
  },
];

/** Every match of every pattern in `text`: { pattern, index, line, column (0-based), excerpt }. */
export function scanText(text) {
  const hits = [];
  for (const { name, re } of PATTERNS) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
      const before = text.slice(0, m.index);
      const line = before.split('\n').length - 1;
      const column = m.index - (before.lastIndexOf('\n') + 1);
      hits.push({
        pattern: name,
        index: m.index,
        line,
        column,
        excerpt: text.slice(Math.max(0, m.index - 40), m.index + 50).replace(/\s+/g, ' '),
      });
    }
  }
  return hits;
}

function files(dir, test) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, test) : test(path) ? [path] : [];
  });
}

/** Matches in our own files (no exceptions). */
export function checkOwnFiles(paths) {
  return paths.flatMap((file) => scanText(readFileSync(file, 'utf8')).map((h) => ({ ...h, file, origin: file, ours: true })));
}

/**
 * Attributes every match in `code` to its original module through `map` (a source map
 * object whose `sources` are relative to `mapDir`). Returns { violations, vendor }.
 */
export function checkBundle(code, map, mapDir, root = process.cwd()) {
  const sm = new SourceMap(map);
  const violations = [];
  const vendor = [];
  for (const hit of scanText(code)) {
    const entry = sm.findEntry(hit.line, hit.column);
    const path = entry && entry.originalSource ? relative(root, resolve(mapDir, entry.originalSource.replace(/^file:\/\//, ''))) : null;
    // A dependency by its place under node_modules/, wherever that folder really is (a git worktree links to another checkout's).
    const source = path?.replace(/\\/g, '/').replace(/^(?:.*?\/)?(node_modules\/)/, '$1') ?? null;
    const origin = source ?? '(no source map entry)';
    const isVendor = source !== null && source.split(/[\\/]/).includes('node_modules');
    const allowed = isVendor && VENDOR_ALLOWED.find((a) => a.pattern === hit.pattern && a.file === source.replace(/\\/g, '/'));
    (allowed ? vendor : violations).push({ ...hit, origin, ours: !isVendor, why: allowed ? allowed.why : undefined });
  }
  // No more matches from a vendor file than the file itself holds.
  const counts = new Map();
  for (const v of vendor) counts.set(`${v.pattern}\0${v.origin}`, (counts.get(`${v.pattern}\0${v.origin}`) ?? 0) + 1);
  for (const [key, n] of counts) {
    const [pattern, origin] = key.split('\0');
    const own = scanText(readFileSync(resolve(root, origin), 'utf8')).filter((h) => h.pattern === pattern).length;
    if (n > own) violations.push({ pattern, origin, ours: false, excerpt: `${n} matches traced to ${origin}, which itself has ${own}` });
  }
  return { violations, vendor };
}

/** Every CDN file with the hidden source map the build writes beside it (rollup.config.mjs, cdnMaps). */
export function checkCdnBundles(root = process.cwd()) {
  const cdn = join(root, 'dist', 'cdn');
  if (!existsSync(cdn)) throw new Error('dist/cdn is missing: run npm run build first');
  return files(cdn, (p) => p.endsWith('.js')).map((path) => {
    const file = relative(root, path);
    if (!existsSync(`${path}.map`)) throw new Error(`${file}.map is missing: run npm run build, then check again`);
    const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
    if (map.file !== basename(path)) throw new Error(`${file}.map describes ${map.file}: run npm run build, then check again`);
    return { file, ...checkBundle(readFileSync(path, 'utf8'), map, dirname(path), root) };
  });
}

async function main() {
  const t0 = Date.now();
  const own = checkOwnFiles([
    ...files('src', (p) => p.endsWith('.ts')),
    ...files('dist', (p) => p.endsWith('.js') && !p.startsWith(join('dist', 'cdn'))),
  ]);
  const cdn = checkCdnBundles();
  let failed = own.length;
  for (const h of own) console.error(`check-unsafe: ${h.file}:${h.line + 1}: ${h.pattern}: …${h.excerpt}…`);
  for (const r of cdn) {
    for (const v of r.violations) {
      failed++;
      console.error(`check-unsafe: ${r.file}: ${v.pattern} from ${v.origin}${v.ours ? ' (our code)' : ' (not allowed)'}: …${v.excerpt}…`);
    }
  }
  const vendor = cdn.flatMap((r) => r.vendor.map((v) => `${r.file}: ${v.pattern} from ${v.origin}`));
  console.log(
    `check-unsafe: src/ and ${cdn.length} CDN bundles + the npm build checked in ${((Date.now() - t0) / 1000).toFixed(1)} s; ` +
      `${failed} violation(s); ${vendor.length} allowed match(es) in Lit's own code:`,
  );
  for (const line of [...new Set(vendor)]) console.log(`  ${line} (${vendor.filter((v) => v === line).length}×)`);
  if (failed) process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e) => {
    console.error(`check-unsafe: ${e.message}`);
    process.exit(1);
  });
}
