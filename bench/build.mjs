// Bundles every contender (bench/contenders/{line,bar}-*.js) with esbuild into
// node_modules/.cache/newsroom-bench/ — minified ES modules, as a site would ship
// that one chart — and reports each bundle's minified, gzip (-9) and brotli (11)
// bytes. Our elements are measured from dist/cdn/ instead (what an embed loads).
import { mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

export const OUT = 'node_modules/.cache/newsroom-bench';
const SRC = 'bench/contenders';

export function sizeOf(buf) {
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function contenderIds() {
  return readdirSync(SRC)
    .filter((f) => /^(line|bar)-.+\.js$/.test(f))
    .map((f) => f.replace(/\.js$/, ''));
}

/** Builds all contenders; resolves to { id: { min, gzip, brotli } | { error } }. */
export async function buildContenders() {
  mkdirSync(OUT, { recursive: true });
  const sizes = {};
  for (const id of contenderIds()) {
    try {
      const r = await esbuild.build({
        entryPoints: [`${SRC}/${id}.js`],
        bundle: true,
        minify: true,
        format: 'esm',
        target: 'es2021',
        platform: 'browser',
        legalComments: 'none',
        define: { 'process.env.NODE_ENV': '"production"' },
        loader: { '.css': 'text' },
        outfile: `${OUT}/${id}.js`,
        write: true,
        logLevel: 'silent',
      });
      if (r.errors.length) throw new Error(r.errors[0].text);
      sizes[id] = sizeOf(readFileSync(`${OUT}/${id}.js`));
    } catch (e) {
      sizes[id] = { error: String(e?.message ?? e).split('\n')[0] };
    }
  }
  // Our elements: the CDN file of the element alone, and the whole library.
  for (const [id, file] of [
    ['line-ours', 'dist/cdn/casualty-trend.js'],
    ['bar-ours', 'dist/cdn/source-comparison.js'],
    ['library', 'dist/cdn/newsroom-charts.js'],
  ]) {
    sizes[id] = existsSync(file) ? { ...sizeOf(readFileSync(file)), file } : { error: `${file} missing: run npm run build` };
  }
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await buildContenders());
}
