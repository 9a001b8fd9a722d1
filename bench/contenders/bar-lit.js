// The bar baseline's d3 calls through lit-html templates (text is escaped by lit).
import { render, svg } from 'lit-html';
import { BAR_M, H, W } from './common.js';
import { barLayout } from './d3-layout.js';

function template(data) {
  const { x, y, fx, bw } = barLayout(data);
  return svg`<svg width=${W} height=${H} viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="10">
    ${x
      .ticks(5)
      .map(
        (t) =>
          svg`<line x1=${x(t)} x2=${x(t)} y1=${BAR_M.top} y2=${H - BAR_M.bottom} stroke="#ddd"></line><text x=${x(t)} y=${H - BAR_M.bottom + 9} dy="0.71em" text-anchor="middle">${fx(t)}</text>`,
      )}
    ${data.map(
      (d) =>
        svg`<rect x=${BAR_M.left} y=${y(d.name)} width=${x(d.value) - BAR_M.left} height=${bw} fill="steelblue"></rect><text x=${BAR_M.left - 6} y=${y(d.name) + bw / 2} dy="0.32em" text-anchor="end">${d.name}</text><text x=${x(d.value) + 4} y=${y(d.name) + bw / 2} dy="0.32em">${d.value}</text>`,
    )}
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
