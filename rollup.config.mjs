// Builds three things from src/:
//  - dist/: ESM for npm, one module per source module, lit, d3 and react external,
//    templates minified (the CDN files already were; a Vite app paid ~4 KB gzip more),
//    with sourcemaps (sources inlined) so a stack trace or breakpoint lands in src/;
//  - dist/cdn/*.js: self-contained minified ES modules (all elements, and one per element);
//  - dist/cdn/newsroom-charts.iife.js: the same as a classic script.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const tsconfig = 'tsconfig.json';

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

const external = (id) =>
  id === 'lit' ||
  id.startsWith('lit/') ||
  (id.startsWith('@lit/') && !id.startsWith('@lit/react')) ||
  id.startsWith('lit-') ||
  id.startsWith('d3-') ||
  id === 'react' ||
  id.startsWith('react/') ||
  // The Node-only entries (src/ssr, issue 15): Lit SSR, the HTML parser, the rasteriser, Node's modules.
  id.startsWith('@lit-labs/') ||
  id === 'parse5' ||
  id === '@resvg/resvg-js' ||
  id.startsWith('node:');

// @lit/react (1.4 KB) is bundled into dist/vendor/: as a dependency it would bring its required peer
// @types/react into every app that installs us, React or not. npm never packs a folder named node_modules.
const npmFileNames = (chunk) =>
  chunk.name.includes('node_modules/') ? `vendor/${chunk.name.replace(/^.*node_modules\//, '')}.js` : '[name].js';

const elements = readdirSync('src/define')
  .filter((f) => f.endsWith('.ts') && f !== 'all.ts')
  .map((f) => f.replace(/\.ts$/, ''));

// Property reads in Lit and d3 have no side effects; saying so lets rollup drop more.
// Modules keep their side effects (the 'smallest' preset would drop the define imports);
// d3's packages mark themselves side-effect free in their own package.json.
const treeshake = { preset: 'smallest', propertyReadSideEffects: false, moduleSideEffects: true };

// Every CDN file gets a hidden source map beside it (no sourceMappingURL comment, so the files and
// their sizes are unchanged; not packed, see package.json "files"). scripts/check-unsafe.mjs reads
// them to trace each risky pattern in a bundle to the module it came from; before, it rebuilt every
// bundle in memory for that, about 25 of the test run's 300 seconds.
const cdnMaps = { sourcemap: 'hidden', sourcemapExcludeSources: true };

const cdnPlugins = () => [
  nodeResolve({ browser: true, exportConditions: ['production', 'browser', 'import', 'default'] }),
  // Collapses whitespace inside html`` / css`` templates; must see them before esbuild renames the tags.
  minifyHTML({ failOnError: true }),
  esbuild({ tsconfig, target: 'es2021', legalComments: 'none' }),
  // terser rather than esbuild's minifier: three compress passes save ~1.5 KB gzip on the
  // whole-library bundle (41.6 → 40.1 KB measured on the same input), which keeps it under budget.
  terser({ ecma: 2021, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } }),
];

// Code the classic script loads on demand rather than carrying inline (it would be far over
// budget): the readers' downloads (issue 15) and the claim checker (issue 11). A classic
// script can still import() a module, resolved against the script's own URL; each is built
// below as one self-contained ES module in chunks/.
const IIFE_MODULES = [
  { file: 'chunks/export.js', input: 'src/internal/export.ts', specifier: './export.js', importer: 'chart-element.ts' },
  // The claim checker without words, and each language's claim words: a page loads the checker and one list.
  { file: 'chunks/claims.js', input: 'src/core/claims/checker.ts', specifier: '../core/claims/checker.js', importer: 'claim-checker.ts' },
  ...['ar', 'de', 'en', 'es', 'fr', 'uk'].map((l) => ({
    file: `chunks/claims-${l}.js`,
    input: `src/i18n/claims-${l}.ts`,
    specifier: `../i18n/claims-${l}.js`,
    importer: 'claim-checker.ts',
  })),
  // The English validation messages (issue 13's weight): only a page with a problem loads them.
  { file: 'chunks/en-issues.js', input: 'src/i18n/en-issues.ts', specifier: './en-issues.js', importer: 'i18n/issue-texts.ts' },
  // The catalogues other than English (issue 13): a page loads only its own language's file.
  ...['ar', 'de', 'es', 'fr', 'uk'].map((l) => ({
    file: `chunks/lang-${l}.js`,
    input: `src/i18n/${l}.ts`,
    specifier: `./${l}.js`,
    importer: 'i18n/load.ts',
  })),
];
function iifeSideModules() {
  return {
    name: 'iife-side-modules',
    resolveDynamicImport(specifier, importer) {
      const m = IIFE_MODULES.find((x) => x.specifier === specifier && importer.endsWith(x.importer));
      return m ? { id: m.file, external: true } : null;
    },
    renderDynamicImport({ targetModuleId }) {
      if (!IIFE_MODULES.some((x) => x.file === targetModuleId)) return null;
      return { left: 'import(new URL(', right: ', __ncBase || location.href).href)' };
    },
  };
}

export default [
  {
    input: sources('src'),
    external,
    // Only whitespace in templates is collapsed (names are kept), so the code stays readable in a debugger.
    plugins: [nodeResolve({ resolveOnly: ['@lit/react'] }), minifyHTML({ failOnError: true }), esbuild({ tsconfig, target: 'es2022' })],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: npmFileNames,
      sourcemap: true,
      // Sources are inlined in the maps (src/ is not in the package).
    },
  },
  // One build per CDN entry, so every file stands alone (no shared chunks).
  ...[['newsroom-charts', 'src/define/all.ts'], ...elements.map((e) => [e, `src/define/${e}.ts`])].map(([name, input]) => ({
    input,
    treeshake,
    // The entry file itself may export what the CSV chunk needs, so it stays one file (no facade).
    preserveEntrySignatures: 'allow-extension',
    plugins: cdnPlugins(),
    // The CSV reader is a dynamic import: a page whose data is JSON never downloads it.
    output: { dir: 'dist/cdn', entryFileNames: `${name}.js`, chunkFileNames: `chunks/${name}-[name].js`, format: 'es', ...cdnMaps },
  })),
  // The editor's builder page (demo/builder.html, docs/builder.md): its own bundle (the elements and
  // <nc-builder>), beside the library in the CDN folder with its page and stylesheet.
  {
    input: 'src/builder/page.ts',
    treeshake,
    plugins: [
      ...cdnPlugins(),
      {
        name: 'builder-page',
        generateBundle() {
          const page = readFileSync('demo/builder.html', 'utf8').replace('../dist/cdn/builder/builder.js', './builder.js');
          this.emitFile({ type: 'asset', fileName: 'index.html', source: page });
          this.emitFile({ type: 'asset', fileName: 'builder.css', source: readFileSync('demo/builder.css', 'utf8') });
        },
      },
    ],
    output: { file: 'dist/cdn/builder/builder.js', format: 'es', inlineDynamicImports: true, ...cdnMaps },
  },
  // The classic script's on-demand modules (IIFE_MODULES above), each self-contained.
  ...IIFE_MODULES.map((m) => ({
    input: m.input,
    treeshake,
    plugins: cdnPlugins(),
    output: { file: `dist/cdn/${m.file}`, format: 'es', ...cdnMaps },
  })),
  {
    input: 'src/define/all.ts',
    treeshake,
    plugins: [iifeSideModules(), ...cdnPlugins()],
    // The CSV reader and the src fetcher are inlined here; downloads and the claim checker are imported on demand.
    output: {
      file: 'dist/cdn/newsroom-charts.iife.js',
      format: 'iife',
      name: 'NewsroomCharts',
      // Assigned as a property of the global object: terser (module: true) dropped the plain
      // `var NewsroomCharts =` as unused, so the classic script exposed nothing (registerStrings, the classes).
      extend: true,
      inlineDynamicImports: true,
      // The script's own URL, while it runs: the on-demand modules are found next to it.
      intro: 'var __ncBase = document.currentScript && document.currentScript.src;',
      ...cdnMaps,
    },
  },
];
