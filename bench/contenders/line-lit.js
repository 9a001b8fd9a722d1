// The baseline's d3 calls, rendered through lit-html templates (updates diff the parts).
import { render, svg } from 'lit-html';
import { H, M, W } from './common.js';
import { lineLayout } from './d3-layout.js';

function template(data) {
  const { x, y, path, fx, fy, label, ax } = lineLayout(data);
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
    <line x1=${ax} x2=${ax} y1=${M.top} y2=${H - M.bottom} stroke="#333" stroke-dasharray="3 3"></line><text x=${ax + 4} y=${M.top + 10}>${label}</text>
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
