import { posix } from 'node:path';

// Configuration of `cem analyze` (npm run analyze). Two plugins make the
// manifest usable by tools that read it from the installed package:
//  - defineOnce: our tags are registered through `defineOnce('tag', Class)`
//    (src/internal/define.ts), which the analyzer cannot see through; it saw
//    the `customElements.define(tag, ctor)` inside the helper and listed a
//    bogus definition of a tag named "tag". This plugin records one
//    `custom-element-definition` per defineOnce call, pointing at the class's
//    own module, and drops the bogus one.
//  - distPaths: the analyzer reads src/*.ts, which is not in the package;
//    every module path is rewritten to the dist/*.js file the build emits
//    (scripts/check-package.mjs checks that each one is in the packed tarball).

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function defineOncePlugin() {
  return {
    name: 'newsroom-charts-define-once',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineOnce') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        // Resolved to the declaring module in packageLinkPhase.
        declaration: { name: ctor.text, module: moduleDoc.path },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const tagged = new Map();
      for (const mod of modules)
        for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) tagged.set(d.name, { mod: mod.path, tag: d.tagName });
      for (const mod of modules) {
        mod.exports = (mod.exports ?? []).filter((e) => {
          if (e.kind !== 'custom-element-definition') return true;
          const found = tagged.get(e.declaration?.name);
          // The helper's own `customElements.define(tag, ctor)`, or a define of something that is not an element.
          if (!found || found.tag !== e.name) return false;
          e.declaration = { name: e.declaration.name, module: found.mod };
          return true;
        });
        // The analyzer lists locals of methods (e.g. `const mark`) as module variables; keep only what the module exports.
        const exported = new Set(mod.exports.filter((e) => e.kind === 'js').map((e) => e.declaration?.name ?? e.name));
        mod.declarations = (mod.declarations ?? []).filter((d) => d.kind === 'class' || d.kind === 'mixin' || exported.has(d.name));
      }
    },
  };
}

/**
 * The analyzer writes module references several ways: `src/x.ts` (module paths),
 * `src/x.js` and `/src/x.js` (superclasses, `export *`), and `./x.js` as written
 * in a re-export, relative to the module it is in. All become `dist/x.js`.
 */
export function toDist(p, from) {
  if (typeof p !== 'string') return p;
  let path = p.replace(/^\/(?=src\/)/, '');
  if (/^\.\.?\//.test(path)) path = posix.join(posix.dirname(from), path);
  return path.startsWith('src/') ? path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js') : p;
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function distPathsPlugin() {
  const rewrite = (value, from) => {
    if (Array.isArray(value)) value.forEach((v) => rewrite(v, from));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        if ((k === 'module' || k === 'path') && typeof v === 'string') value[k] = toDist(v, from);
        else rewrite(v, from);
      }
  };
  return {
    name: 'newsroom-charts-dist-paths',
    // Runs after every other plugin's packageLinkPhase (plugins run in order).
    packageLinkPhase({ customElementsManifest }) {
      // Type-only modules emit no JavaScript: drop the ones that declare and export nothing.
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (m) => (m.declarations?.length ?? 0) > 0 || (m.exports?.length ?? 0) > 0,
      );
      for (const mod of customElementsManifest.modules) rewrite(mod, mod.path);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'src/react/**', 'src/types/**', 'src/builder/**', 'src/ssr/**'],
  litelement: true,
  plugins: [defineOncePlugin(), distPathsPlugin()],
};
