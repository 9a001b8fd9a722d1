// Hand-written baseline: d3-scale + d3-shape build the whole SVG as one string,
// set once with innerHTML (the practical limit for this chart).
import { H, M, W, redrawing } from './common.js';
import { lineLayout } from './d3-layout.js';

function draw(host, data) {
  const { x, y, path, fx, fy, label, ax } = lineLayout(data);
  let s = `<svg width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="10">`;
  for (const t of y.ticks(5)) {
    const py = y(t);
    s += `<line x1="${M.left}" x2="${W - M.right}" y1="${py}" y2="${py}" stroke="#ddd"/><text x="${M.left - 6}" y="${py}" dy="0.32em" text-anchor="end">${fy(t)}</text>`;
  }
  s += `<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#000"/>`;
  for (const t of x.ticks(6)) {
    const px = x(t);
    s += `<line x1="${px}" x2="${px}" y1="${H - M.bottom}" y2="${H - M.bottom + 6}" stroke="#000"/><text x="${px}" y="${H - M.bottom + 9}" dy="0.71em" text-anchor="middle">${fx(t)}</text>`;
  }
  s += `<path d="${path}" fill="none" stroke="steelblue" stroke-width="1.5"/>`;
  s += `<line x1="${ax}" x2="${ax}" y1="${M.top}" y2="${H - M.bottom}" stroke="#333" stroke-dasharray="3 3"/><text x="${ax + 4}" y="${M.top + 10}">${label}</text></svg>`;
  host.innerHTML = s;
}

export default redrawing(draw);
