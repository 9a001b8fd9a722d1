// Bundles every contender (bench/contenders/{line,bar}-*.js) with esbuild into
// node_modules/.cache/newsroom-bench/ — minified ES modules, as a site would ship
// that one chart — and reports each bundle's minified, gzip (-9) and brotli (11)
// bytes. Our elements are measured from dist/cdn/ instead (what an embed loads).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
  // Rebuilt only when the contender, common.js or the installed packages changed.
  const mtime = (f) => (existsSync(f) ? statSync(f).mtimeMs : 0);
  const inputs = Math.max(mtime(`${SRC}/common.js`), mtime('package-lock.json'), mtime('node_modules/.package-lock.json'));
  await Promise.all(
    contenderIds().map(async (id) => {
      const out = `${OUT}/${id}.js`;
      try {
        if (mtime(out) < Math.max(inputs, mtime(`${SRC}/${id}.js`), mtime('bench/build.mjs'))) {
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
            outfile: out,
            write: true,
            logLevel: 'silent',
          });
          if (r.errors.length) throw new Error(r.errors[0].text);
        }
        // brotli -11 of a 1 MB bundle takes seconds: keep the sizes next to the bundle.
        const cached = `${out}.sizes.json`;
        if (mtime(cached) > mtime(out)) sizes[id] = JSON.parse(readFileSync(cached, 'utf8'));
        else {
          sizes[id] = sizeOf(readFileSync(out));
          writeFileSync(cached, JSON.stringify(sizes[id]));
        }
      } catch (e) {
        sizes[id] = { error: String(e?.message ?? e).split('\n')[0] };
      }
    }),
  );
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
