// Builds three things from src/:
//  - dist/: ESM for npm, one module per source module, lit, d3 and react external,
//    templates minified (the CDN files already were; a Vite app paid ~4 KB gzip more),
//    with sourcemaps (sources inlined) so a stack trace or breakpoint lands in src/;
//  - dist/cdn/*.js: self-contained minified ES modules (all elements, and one per element);
//  - dist/cdn/newsroom-charts.iife.js: the same as a classic script.
import { readdirSync, statSync } from 'node:fs';
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
  id.startsWith('react/');

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

const cdnPlugins = () => [
  nodeResolve({ browser: true, exportConditions: ['production', 'browser', 'import', 'default'] }),
  // Collapses whitespace inside html`` / css`` templates; must see them before esbuild renames the tags.
  minifyHTML({ failOnError: true }),
  esbuild({ tsconfig, target: 'es2021', legalComments: 'none' }),
  // terser rather than esbuild's minifier: three compress passes save ~1.5 KB gzip on the
  // whole-library bundle (41.6 → 40.1 KB measured on the same input), which keeps it under budget.
  terser({ ecma: 2021, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } }),
];

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
    output: { dir: 'dist/cdn', entryFileNames: `${name}.js`, chunkFileNames: `chunks/${name}-[name].js`, format: 'es' },
  })),
  {
    input: 'src/define/all.ts',
    treeshake,
    plugins: cdnPlugins(),
    // A classic script cannot load a chunk: the CSV reader is inlined here.
    output: { file: 'dist/cdn/newsroom-charts.iife.js', format: 'iife', name: 'NewsroomCharts', inlineDynamicImports: true },
  },
];
