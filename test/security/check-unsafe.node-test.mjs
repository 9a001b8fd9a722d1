// Tests of scripts/check-unsafe.mjs (run by `npm test` with node --test): each pattern is
// caught, look-alikes are not, and a planted violation in a real bundle fails while
// Lit's own template code in the same bundle is traced to Lit and passes.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { checkBundle, checkOwnFiles, scanText } from '../../scripts/check-unsafe.mjs';

const caught = {
  'el.innerHTML = s': 'innerHTML assignment',
  'el.innerHTML+=s': 'innerHTML assignment',
  "el['innerHTML'] = s": 'innerHTML assignment',
  'el.outerHTML = s': 'outerHTML assignment',
  "el.insertAdjacentHTML('beforeend', s)": 'insertAdjacentHTML',
  'document.write(s)': 'document.write',
  'document.writeln(s)': 'document.write',
  'eval(s)': 'eval',
  'window.eval (s)': 'eval',
  'new Function("return 1")': 'new Function',
  'Function("return 1")()': 'new Function',
  "import { unsafeHTML } from 'lit/directives/unsafe-html.js'": 'unsafeHTML',
  'unsafeSVG(s)': 'unsafeSVG',
  'unsafeStatic(s)': 'unsafeStatic',
  'unsafeCSS(s)': 'unsafeCSS',
  'el.setHTMLUnsafe(s)': 'setHTMLUnsafe',
  'range.createContextualFragment(s)': 'createContextualFragment',
  "setTimeout('alert(1)', 0)": 'string timer',
};

test('every pattern is caught', () => {
  for (const [code, pattern] of Object.entries(caught)) {
    assert.deepEqual(
      scanText(code).map((h) => h.pattern),
      [pattern],
      code,
    );
  }
});

test('look-alikes are not', () => {
  for (const code of [
    'a.innerHTML === b',
    'x.innerHTMLish = 1',
    'isFunction(x)',
    'retrieval(x)',
    'el.textContent = s',
    'setTimeout(fn, 0)',
  ]) {
    assert.deepEqual(scanText(code), [], code);
  }
});

test('a planted line in our own files fails', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-unsafe-'));
  try {
    writeFileSync(join(dir, 'ok.ts'), 'el.textContent = label;\n');
    writeFileSync(join(dir, 'bad.ts'), 'const a = 1;\nel.innerHTML = label;\n');
    const hits = checkOwnFiles([join(dir, 'ok.ts'), join(dir, 'bad.ts')]);
    assert.equal(hits.length, 1);
    assert.equal(hits[0].file, join(dir, 'bad.ts'));
    assert.equal(hits[0].line, 1);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('in a real bundle, a planted innerHTML write is traced to its file and fails; Lit’s own passes', async () => {
  const { rollup } = await import('rollup');
  const configs = (await import('../../rollup.config.mjs')).default;
  const cdn = configs.find((c) => c.output?.entryFileNames === 'newsroom-charts.js');
  const bundle = await rollup({
    input: 'test/security/fixtures/planted-unsafe.ts',
    treeshake: cdn.treeshake,
    plugins: cdn.plugins,
    onwarn: () => {},
  });
  const file = 'dist/cdn/planted.js';
  const { output } = await bundle.generate({ file, format: 'es', sourcemap: 'hidden' });
  await bundle.close();
  const { code, map } = output[0];
  // Minified, the two writes look alike: only the source map tells them apart.
  assert.equal(scanText(code).filter((h) => h.pattern === 'innerHTML assignment').length, 2);
  const { violations, vendor } = checkBundle(code, map, dirname(resolve(file)));
  assert.deepEqual(
    violations.map((v) => [v.pattern, v.origin, v.ours]),
    [['innerHTML assignment', 'test/security/fixtures/planted-unsafe.ts', true]],
  );
  assert.deepEqual(
    vendor.filter((v) => v.pattern === 'innerHTML assignment').map((v) => [v.pattern, v.origin]),
    [['innerHTML assignment', 'node_modules/lit-html/lit-html.js']],
  );
});

test('a match from a dependency that is not on the allowlist fails', () => {
  // A one-line "bundle" whose map says the eval came from lit-html: Lit may write innerHTML, not eval.
  const code = 'eval(x);';
  const map = { version: 3, sources: ['../../node_modules/lit-html/lit-html.js'], names: [], mappings: 'AAAA' };
  const { violations } = checkBundle(code, map, resolve('dist/cdn'));
  assert.deepEqual(
    violations.map((v) => [v.pattern, v.origin, v.ours]),
    [['eval', 'node_modules/lit-html/lit-html.js', false]],
  );
});

test('a dependency is named by its place under node_modules/, wherever that folder is (a git worktree links it)', () => {
  // Lit's allowed write, mapped to a node_modules/ outside this checkout, as in a worktree whose node_modules is a link.
  const code = 'a.innerHTML=b;';
  const map = { version: 3, sources: ['../../../elsewhere/node_modules/lit-html/lit-html.js'], names: [], mappings: 'AAAA' };
  const { violations, vendor } = checkBundle(code, map, resolve('dist/cdn'));
  assert.deepEqual(violations, []);
  assert.deepEqual(
    vendor.map((v) => [v.pattern, v.origin]),
    [['innerHTML assignment', 'node_modules/lit-html/lit-html.js']],
  );
});
