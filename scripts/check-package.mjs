#!/usr/bin/env node
// Checks the package as npm users get it: runs `npm pack` (after `npm run build`)
// and looks at the tarball, not at the working tree.
//  - publint --strict and @arethetypeswrong/cli --profile esm-only on the tarball;
//  - every exports target, every custom-elements.json module path and every
//    README link into docs/ is a file in the tarball; every tag has a
//    custom-element-definition; LICENSE and sourcemaps are there; templates are minified;
//  - every export subpath imports in Node (as a server-rendering framework would)
//    without throwing, and the define entries register their tags where
//    customElements exists.
// Prints the packed and unpacked sizes. Exits 1 on the first group of failures.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.pack-check');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const failures = [];
const fail = (msg) => failures.push(msg);

// 1. Pack.
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
);
const tarball = join(work, packed.filename);
const files = new Set(packed.files.map((f) => f.path));
console.log(
  `packed ${packed.filename}: ${(packed.size / 1024).toFixed(1)} KB, unpacked ${(packed.unpackedSize / 1024).toFixed(1)} KB, ${packed.entryCount} files`,
);

// 2. publint --strict (warnings count as errors).
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const buf = readFileSync(tarball);
const lint = await publint({
  pack: { tarball: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) },
  strict: true,
  level: 'suggestion',
});
for (const m of lint.messages) {
  const text = `publint ${m.type}: ${formatMessage(m, lint.pkg) ?? m.code}`;
  if (m.type === 'suggestion') console.log(text);
  else fail(text);
}

// 3. Are the types wrong? (ESM only: we ship no CommonJS.)
try {
  execFileSync(
    join(root, 'node_modules/.bin/attw'),
    [tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-emoji', '--no-color'],
    {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
} catch (e) {
  fail(`attw --profile esm-only:\n${e.stdout}${e.stderr}`);
}

// 4. Files the metadata promises.
const targets = (v) => (typeof v === 'string' ? [v] : Object.values(v).flatMap(targets));
for (const [sub, v] of Object.entries(pkg.exports))
  for (const t of targets(v))
    if (!t.includes('*') && !files.has(t.replace(/^\.\//, ''))) fail(`exports["${sub}"] → ${t} is not in the package`);
for (const must of ['LICENSE', 'README.md', 'custom-elements.json']) if (!files.has(must)) fail(`${must} is not in the package`);
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const paths = new Set();
const walk = (v) => {
  if (Array.isArray(v)) v.forEach(walk);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      if ((k === 'path' || k === 'module') && typeof x === 'string') paths.add(x);
      else walk(x);
    }
};
walk(manifest.modules);
for (const p of paths) if (!files.has(p)) fail(`custom-elements.json names ${p}, which is not in the package`);
const definitions = new Map(
  manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [e.name, m.path])),
);
const tagged = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName));
for (const tag of tagged) if (!definitions.has(tag)) fail(`custom-elements.json: <${tag}> has no custom-element-definition`);
for (const [tag, path] of definitions)
  if (!tagged.includes(tag)) fail(`custom-elements.json: definition of <${tag}> in ${path} names no element`);
if (tagged.length < 3) fail(`custom-elements.json declares ${tagged.length} tags, expected 3`);
for (const f of files)
  if (/^dist\/(?!cdn\/).*\.js$/.test(f) && !f.startsWith('dist/types/') && !files.has(`${f}.map`)) fail(`${f} has no sourcemap`);
const readme = readFileSync(join(root, 'README.md'), 'utf8');
for (const [, link] of readme.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)/g))
  if (!files.has(link.replace(/^\.\//, ''))) fail(`README links to ${link}, which is not in the package`);

// Editor data generated from the manifest: every tag, with its attributes.
const tags = [...definitions.keys()].sort();
const vscode = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/dist/vscode.html-custom-data.json'], { encoding: 'utf8' }));
const webTypes = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/dist/web-types.json'], { encoding: 'utf8' }));
const elements = webTypes.contributions?.html?.elements ?? [];
for (const tag of tags) {
  const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  const want = (decl.attributes ?? []).map((a) => a.name).sort();
  const v = vscode.tags.find((t) => t.name === tag);
  const w = elements.find((t) => t.name === tag);
  if (!v || JSON.stringify(v.attributes.map((a) => a.name).sort()) !== JSON.stringify(want))
    fail(`vscode.html-custom-data.json: <${tag}> lacks attributes of the manifest`);
  if (!w || JSON.stringify(w.attributes.map((a) => a.name).sort()) !== JSON.stringify(want))
    fail(`web-types.json: <${tag}> lacks attributes of the manifest`);
}
if (pkg['web-types'] !== './dist/web-types.json') fail('package.json "web-types" should point at ./dist/web-types.json');

// 5. Unpack beside the repository's node_modules (lit, d3, react resolve from there) and import every entry in Node.
execFileSync('tar', ['-xzf', tarball, '-C', work]);
const installed = join(work, 'node_modules', pkg.name);
mkdirSync(join(work, 'node_modules'), { recursive: true });
execFileSync('mv', [join(work, 'package'), installed]);
const templates = readFileSync(join(installed, 'dist/elements/photo-gallery-caption/photo-gallery-caption.js'), 'utf8');
if (/html`[^`]*\n\s{2,}</.test(templates)) fail('dist/ templates keep their indentation: the npm build should minify them');
const subpaths = Object.keys(pkg.exports).filter((s) => !s.includes('*') && !s.endsWith('.json'));
const probe = `
const subpaths = ${JSON.stringify(subpaths)};
const out = {};
for (const s of subpaths) {
  try { const m = await import(${JSON.stringify(pkg.name)} + s.slice(1)); out[s] = Object.keys(m).length; }
  catch (e) { out[s] = 'THREW ' + (e && e.message); }
}
out.defined = typeof customElements === 'undefined' ? null : ['casualty-trend', 'source-comparison', 'photo-gallery-caption'].filter((t) => customElements.get(t));
console.log(JSON.stringify(out));
`;
writeFileSync(join(work, 'probe.mjs'), probe);
const imported = JSON.parse(
  execFileSync(process.execPath, [join(work, 'probe.mjs')], { cwd: work, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop(),
);
for (const s of subpaths) if (typeof imported[s] !== 'number') fail(`import('${pkg.name}${s.slice(1)}') in Node: ${imported[s]}`);
if (imported.defined && imported.defined.length !== 3)
  fail(`in Node, only ${imported.defined.join(', ')} were defined by the define entries`);

rmSync(join(work, 'probe.mjs'));
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
if (failures.length) {
  console.error(failures.map((f) => `✗ ${f}`).join('\n'));
  console.error(`${failures.length} package problem(s).`);
  process.exit(1);
}
console.log(
  `package ok: publint --strict, attw esm-only, ${files.size} files, ${paths.size} manifest paths, ${definitions.size} definitions, ${subpaths.length} entries import in Node`,
);
