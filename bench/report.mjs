// Turns bench/run.mjs results into Markdown tables and target verdicts.
export const NAMES = {
  baseline: 'hand-written: d3-scale + d3-shape, one SVG string',
  lit: 'lit-html `render` + the same d3 calls',
  ours: '**ours**',
  plot: 'Observable Plot (SVG)',
  vega: 'Vega-Lite + vega-embed (SVG)',
  chartjs: 'Chart.js (canvas)',
  uplot: 'uPlot (canvas)',
  echarts: 'ECharts (SVG renderer)',
  highcharts: 'Highcharts (SVG)',
};
const PEERS = ['plot', 'vega', 'chartjs', 'uplot', 'echarts', 'highcharts'];
const key = (id) => id.split('-').slice(1).join('-');
const label = (id, chart) =>
  key(id) === 'ours' ? (chart === 'line' ? '**`<casualty-trend>`**' : '**`<source-comparison>`**') : (NAMES[key(id)] ?? id);
const ms = (x) => (x == null ? '—' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const ratio = (x) => (x == null || !Number.isFinite(x) ? '—' : `${x < 10 ? x.toFixed(2) : x.toFixed(1)}×`);
const kb = (b) => (b == null ? '—' : (b / 1024).toFixed(1));
const mb = (b) => (b == null ? '—' : (b / 2 ** 20).toFixed(2));

function timingTable(rows, chart) {
  const out = [
    '| contender | points | first render ×baseline median / p90 | first ms median / p90 | update ×baseline median / p90 | update ms median / p90 | DOM elements | heap kept MB | runs |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const points = [...new Set(rows.map((r) => r.points))];
  for (const n of points) {
    const group = rows.filter((r) => r.points === n);
    const base = group.find((r) => key(r.id) === 'baseline');
    for (const r of group) {
      if (r.error) {
        out.push(`| ${label(r.id, chart)} | ${n.toLocaleString('en')} | failed: ${r.error.replace(/\|/g, '/')} | | | | | | 0 |`);
        continue;
      }
      const rf = base?.first && r.first ? [r.first.median / base.first.median, r.first.p90 / base.first.p90] : [];
      const ru = base?.update && r.update ? [r.update.median / base.update.median, r.update.p90 / base.update.p90] : [];
      out.push(
        `| ${label(r.id, chart)} | ${n.toLocaleString('en')} | ${ratio(rf[0])} / ${ratio(rf[1])} | ${ms(r.first?.median)} / ${ms(r.first?.p90)} | ${ratio(ru[0])} / ${ratio(ru[1])} | ${ms(r.update?.median)} / ${ms(r.update?.p90)} | ${r.nodes ?? '—'} | ${r.heapError ? 'failed' : mb(r.heap)} | ${r.first?.n ?? 0}${r.partialError ? ` (then failed: ${r.partialError.replace(/\|/g, '/')})` : ''} |`,
      );
    }
  }
  return out;
}

function costTable(results, chart) {
  const ids = [...new Set(results.timings.filter((t) => t.chart === chart).map((t) => t.id))];
  const n = chart === 'line' ? 365 : 8;
  const withHeap = results.heap.length > 0;
  const out = [
    `| contender | min KB | gzip KB | brotli KB |${withHeap ? ` JS heap of a page with only this chart (${n} ${chart === 'line' ? 'points' : 'bars'}) MB |` : ''}`,
    `|---|---:|---:|---:|${withHeap ? '---:|' : ''}`,
  ];
  for (const id of ids) {
    const s = results.sizes[id] ?? {};
    const h = results.heap.find((x) => x.id === id && x.points === n);
    const heap = !withHeap ? '' : !h ? ' — |' : h.error ? ` failed: ${h.error.replace(/\|/g, '/')} |` : ` ${mb(h.total)} |`;
    const size = s.error ? [`failed: ${s.error}`, '', ''] : [kb(s.min), kb(s.gzip), kb(s.brotli)];
    out.push(`| ${label(id, chart)}${s.file ? ` (\`${s.file.replace('dist/', '')}\`)` : ''} | ${size.join(' | ')} |${heap}`);
  }
  if (chart === 'line' && results.sizes.library && !results.sizes.library.error) {
    const s = results.sizes.library;
    out.push(`| whole library (\`cdn/newsroom-charts.js\`) | ${kb(s.min)} | ${kb(s.gzip)} | ${kb(s.brotli)} |${withHeap ? ' |' : ''}`);
  }
  return out;
}

export function targetsOf(results) {
  const t = [];
  const get = (id, n) => results.timings.find((r) => r.id === id && r.points === n);
  const ours = get('line-ours', 365);
  const base = get('line-baseline', 365);
  const add = (name, pass, detail, info = false) => t.push({ name, pass, detail, info });
  if (ours?.first && base?.first) {
    const r = ours.first.median / base.first.median;
    add(
      '`<casualty-trend>` first render at 365 points ≤ 1.5× baseline (median)',
      r <= 1.5,
      `${ratio(r)} (${ms(ours.first.median)} vs ${ms(base.first.median)} ms)`,
    );
    const peers = results.timings.filter((r) => r.points === 365 && r.chart === 'line' && PEERS.includes(key(r.id)));
    const beaten = peers.filter((p) => p.first && ours.first.median < p.first.median);
    const failed = peers.filter((p) => !p.first);
    add(
      '`<casualty-trend>` first render at 365 points faster than every peer (median)',
      peers.length > 0 && beaten.length === peers.length,
      peers.map((p) => `${NAMES[key(p.id)].replace(/ \(.*\)$/, '')} ${p.first ? ms(p.first.median) : 'failed'}`).join(', ') +
        (failed.length ? ` (${failed.length} peer(s) failed)` : ''),
    );
  }
  if (ours?.update && base?.update) {
    const r = ours.update.median / base.update.median;
    add(
      '`<casualty-trend>` update at 365 points ≤ 1.3× baseline (median)',
      r <= 1.3,
      `${ratio(r)} (${ms(ours.update.median)} vs ${ms(base.update.median)} ms)`,
    );
  }
  const big = get('line-ours', 100000);
  if (ours?.first && big?.first) {
    const r = big.first.median / ours.first.median;
    add(
      '`<casualty-trend>` 100,000 points < 4× its 365-point first render',
      r < 4,
      `${ratio(r)} (${ms(big.first.median)} vs ${ms(ours.first.median)} ms)`,
    );
  }
  const L = results.leak;
  if (L) {
    if (L.error) add(`${L.cycles} create/attach/remove cycles`, false, `failed: ${L.error}`);
    else {
      add(
        `${L.cycles.toLocaleString('en')} create/attach/remove cycles: heap after GC within 10% of start`,
        Math.abs(L.heapGrowth) <= 0.1,
        `${mb(L.start.heap)} → ${mb(L.end.heap)} MB (${(L.heapGrowth * 100).toFixed(1)}%), ${L.seconds.toFixed(0)} s`,
      );
      add(
        `${L.cycles.toLocaleString('en')} cycles: no detached nodes left`,
        (L.end.detached.treeNodes ?? 0) === 0 &&
          L.end.detached.snapshot === 0 &&
          L.end.detached.templates <= L.start.detached.templates &&
          L.end.nodes <= L.start.nodes,
        `after GC: detached DOM trees (DOM.getDetachedDomNodes) ${L.start.detached.trees ?? 'n/a'} → ${L.end.detached.trees ?? 'n/a'} (${L.end.detached.treeNodes ?? 'n/a'} nodes), besides Lit's cached <template> elements ${L.start.detached.templates ?? 'n/a'} → ${L.end.detached.templates ?? 'n/a'}; heap-snapshot detached nodes ${L.start.detached.snapshot} → ${L.end.detached.snapshot} (template cache ${L.start.detached.cache} → ${L.end.detached.cache}); live DOM nodes (Memory.getDOMCounters) ${L.start.nodes} → ${L.end.nodes}; JS event listeners ${L.start.listeners} → ${L.end.listeners}`,
      );
    }
  }
  for (const s of results.layoutShift ?? []) {
    const whole = s.height > 1000;
    add(
      whole
        ? `(not a target) layout shift on demo/index.html at ${s.width} px with the whole page in view (${s.width}×${s.height})`
        : `zero layout shift on demo/index.html at ${s.width} px (viewport ${s.width}×${s.height}, as a reader loads it)`,
      !s.error && s.cls === 0,
      s.error ? `failed: ${s.error}` : `layout-shift sum ${s.cls.toFixed(4)}${s.moved.length ? `; moved: ${s.moved.join(', ')}` : ''}`,
      whole,
    );
  }
  const R = results.resize;
  if (R)
    add(
      'resize re-lays out within one frame at 365 points',
      !R.error && R.ok,
      R.error
        ? `failed: ${R.error}`
        : R.steps.map((s) => `${s.width} px: svg ${s.svg} / plot ${s.plot} after ${s.frames} frame(s)`).join('; '),
    );
  const U = results.usability;
  if (U)
    add(
      `data table and keyboard usable at ${U.points.toLocaleString('en')} points (each response ≤ 200 ms, the "good" INP bound)`,
      !U.error && U.openTable <= 200 && U.keyMax <= 200,
      U.error
        ? `failed: ${U.error}`
        : `opening the table ${ms(U.openTable)} ms (${U.rows} rows rendered); arrow/Home/End key median ${ms(U.keyMedian)} ms, max ${ms(U.keyMax)} ms`,
    );
  const P = results.pages;
  if (P) {
    const B = P.liveBlog;
    add(
      'live blog: 30 charts of 365 points, no main-thread task over 100 ms',
      !!B && !B.error && B.tasksOver100 === 0,
      !B || B.error ? `failed: ${B?.error ?? 'not run'}` : `longest task ${ms(B.longestTaskMs)} ms, ${B.tasksOver100} task(s) over 100 ms`,
    );
    add(
      'live blog: all 30 charts drawn within 1 s (the first screen at once, the rest as the reader scrolls to them)',
      !!B && !B.error && B.drawn === 30 && B.allDrawnMs !== null && B.firstScreenMs !== null && B.firstScreenMs <= 1000,
      !B || B.error
        ? `failed: ${B?.error ?? 'not run'}`
        : `first screen drawn at ${B.firstScreenMs === null ? 'never' : `${ms(B.firstScreenMs)} ms`}, all ${B.drawn} by ${B.allDrawnMs === null ? 'never' : `${ms(B.allDrawnMs)} ms`} after navigation (with scrolling)${B.seenUndrawnMs === undefined ? '' : `; longest in view undrawn ${ms(B.seenUndrawnMs)} ms (${ms(B.scrolledUndrawnMs)} ms while scrolling)`}`,
    );
    for (const [name, what] of [
      ['sources200', '`<source-comparison>` with 200 sources'],
      ['gallery1000ShowAll', '"Show all" on a 1,000-photo gallery'],
    ]) {
      const x = P[name];
      add(
        `${what}: under 100 ms of main-thread work`,
        !!x && !x.error && x.medianMs < 100,
        !x || x.error
          ? `failed: ${x?.error ?? 'not run'}`
          : `median ${ms(x.medianMs)} ms, max ${ms(x.maxMs)} ms over ${x.runs} runs; longest task ${ms(x.longestTaskMs)} ms`,
      );
    }
  }
  const lib = results.sizes.library;
  if (lib && !lib.error) add('whole-library CDN bundle ≤ 40 KB gzip', lib.gzip <= 40 * 1024, `${kb(lib.gzip)} KB`);
  return t;
}

export function report(results) {
  const { meta } = results;
  const targets = targetsOf(results);
  const lines = [
    `Benchmark run ${meta.date.slice(0, 16).replace('T', ' ')} UTC (${meta.mode}: ${meta.runs} runs per cell after ${meta.warmup} warm-up rounds, ${meta.warmupLarge} from 50,000 points; a cell stops early after ${meta.cellBudgetSeconds} s, see "runs"; ${meta.seconds} s in all) on ${meta.machine.cores} × ${meta.machine.cpu}, ${meta.machine.memoryGB} GB, load average ${meta.load} at the start, ${meta.browser} headless, Node ${meta.node}.`,
    '',
    'Each cell: main-thread time from handing the data over until the DOM is in place, laid out and the next frame rendered (the idle wait for vsync is left out; rAF and ResizeObserver work counts), for every contender alike. ' +
      'Ratios are to the hand-written baseline measured in the same rounds (contenders alternate within each round); ms are absolute, for reference only. ' +
      'Update = new data of the same size into the existing chart. DOM elements include shadow roots. Sizes: esbuild, minified, of the smallest honest import for this chart (gzip -9, brotli 11); ours is the CDN file. ' +
      'Heap kept: used JS heap after a forced GC with the chart on the page minus the same just before creating it (input data held throughout).',
    '',
    '### Daily time series with axes and one annotation, 640 × 360',
    '',
    ...timingTable(
      results.timings.filter((r) => r.chart === 'line'),
      'line',
    ),
    '',
    ...costTable(results, 'line'),
    '',
  ];
  if (results.timings.some((r) => r.chart === 'bar'))
    lines.push(
      '### Eight-source comparison (horizontal bars)',
      '',
      ...timingTable(
        results.timings.filter((r) => r.chart === 'bar'),
        'bar',
      ),
      '',
      ...costTable(results, 'bar'),
      '',
    );
  if (targets.length)
    lines.push('### Targets', '', ...targets.map((x) => `- ${x.pass ? 'PASS' : x.info ? 'NOTE' : 'FAIL'}: ${x.name} — ${x.detail}`), '');
  return { markdown: `${lines.join('\n')}\n`, targets };
}
