// The baseline's d3 calls, rendered through lit-html templates (updates diff the parts).
import { render, svg } from 'lit-html';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { H, M, W, annotation, ms } from './common.js';

function template(data) {
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
  const fx = x.tickFormat();
  const fy = y.tickFormat();
  const a = annotation(data);
  const ax = x(ms(a.date));
  return svg`<svg width=${W} height=${H} viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="10">
    ${y
      .ticks(5)
      .map(
        (t) =>
          svg`<line x1=${M.left} x2=${W - M.right} y1=${y(t)} y2=${y(t)} stroke="#ddd"></line><text x=${M.left - 6} y=${y(t)} dy="0.32em" text-anchor="end">${fy(t)}</text>`,
      )}
    <line x1=${M.left} x2=${W - M.right} y1=${H - M.bottom} y2=${H - M.bottom} stroke="#000"></line>
    ${x
      .ticks(6)
      .map(
        (t) =>
          svg`<line x1=${x(t)} x2=${x(t)} y1=${H - M.bottom} y2=${H - M.bottom + 6} stroke="#000"></line><text x=${x(t)} y=${H - M.bottom + 9} dy="0.71em" text-anchor="middle">${fx(t)}</text>`,
      )}
    <path d=${path} fill="none" stroke="steelblue" stroke-width="1.5"></path>
    <line x1=${ax} x2=${ax} y1=${M.top} y2=${H - M.bottom} stroke="#333" stroke-dasharray="3 3"></line><text x=${ax + 4} y=${M.top + 10}>${a.label}</text>
  </svg>`;
}

export default {
  create(host, data) {
    render(template(data), host);
    return host;
  },
  update(host, data) {
    render(template(data), host);
  },
  destroy(host) {
    render(null, host);
  },
};
