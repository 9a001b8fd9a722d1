// The d3 work the two hand-written contenders share (the string baseline and
// lit-html): scales, path and tick formats. Kept apart from common.js so the
// peers' bundles never carry d3-scale.
import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { BAR_M, H, M, W, annotation, ms } from './common.js';

/** The line chart: x/y scales, the path, tick formats and the annotation's x. */
export function lineLayout(data) {
  const n = data.length;
  const xs = new Float64Array(n);
  let max = 0;
  for (let i = 0; i < n; i++) {
    xs[i] = ms(data[i].date);
    if (data[i].value > max) max = data[i].value;
  }
  const x = scaleUtc([xs[0], xs[n - 1]], [M.left, W - M.right]);
  const y = scaleLinear([0, max], [H - M.bottom, M.top]).nice();
  const path = line()
    .x((_, i) => x(xs[i]))
    .y((d) => y(d.value))(data);
  const a = annotation(data);
  return { x, y, path, fx: x.tickFormat(), fy: y.tickFormat(), label: a.label, ax: x(ms(a.date)) };
}

/** The bar chart: value and band scales, the value format and the bar thickness. */
export function barLayout(data) {
  let max = 0;
  for (const d of data) if (d.value > max) max = d.value;
  const x = scaleLinear([0, max], [BAR_M.left, W - BAR_M.right]).nice();
  const y = scaleBand(
    data.map((d) => d.name),
    [BAR_M.top, H - BAR_M.bottom],
  ).padding(0.2);
  return { x, y, fx: x.tickFormat(), bw: y.bandwidth() };
}
