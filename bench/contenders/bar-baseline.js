// Hand-written baseline bar chart: d3-scale band + linear, one SVG string, set once.
import { BAR_M, H, W, redrawing } from './common.js';
import { barLayout } from './d3-layout.js';

function draw(host, data) {
  const { x, y, fx, bw } = barLayout(data);
  let s = `<svg width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="10">`;
  for (const t of x.ticks(5)) {
    const px = x(t);
    s += `<line x1="${px}" x2="${px}" y1="${BAR_M.top}" y2="${H - BAR_M.bottom}" stroke="#ddd"/><text x="${px}" y="${H - BAR_M.bottom + 9}" dy="0.71em" text-anchor="middle">${fx(t)}</text>`;
  }
  for (const d of data) {
    const py = y(d.name);
    s += `<rect x="${BAR_M.left}" y="${py}" width="${x(d.value) - BAR_M.left}" height="${bw}" fill="steelblue"/><text x="${BAR_M.left - 6}" y="${py + bw / 2}" dy="0.32em" text-anchor="end">${escape(d.name)}</text><text x="${x(d.value) + 4}" y="${py + bw / 2}" dy="0.32em">${d.value}</text>`;
  }
  host.innerHTML = `${s}</svg>`;
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export default redrawing(draw);
