// uPlot has no horizontal bars: vertical bars via uPlot.paths.bars on an index
// x axis labelled with the names (the closest it offers), values drawn in a hook.
import uPlot from 'uplot';
import css from 'uplot/dist/uPlot.min.css';
import { H, W } from './common.js';

let styled = false;
function style() {
  if (styled) return;
  const el = document.createElement('style');
  el.textContent = css;
  document.head.append(el);
  styled = true;
}

const columns = (data) => [data.map((_, i) => i), data.map((d) => d.value)];

export default {
  create(host, data) {
    style();
    const state = { names: data.map((d) => d.name) };
    const u = new uPlot(
      {
        width: W,
        height: H,
        legend: { show: false },
        scales: { x: { time: false, range: (u, min, max) => [min - 0.5, max + 0.5] }, y: { range: (_u, _min, max) => [0, max * 1.1] } },
        axes: [{ values: (_u, ticks) => ticks.map((t) => state.names[t] ?? ''), size: 60, rotate: -30 }, {}],
        series: [{}, { fill: 'steelblue', stroke: 'steelblue', paths: uPlot.paths.bars({ size: [0.6, 100] }), points: { show: false } }],
        hooks: {
          draw: [
            (u) => {
              const { ctx } = u;
              ctx.save();
              ctx.fillStyle = '#333';
              ctx.font = '10px sans-serif';
              ctx.textAlign = 'center';
              u.data[1].forEach((v, i) => ctx.fillText(String(v), u.valToPos(i, 'x', true), u.valToPos(v, 'y', true) - 4));
              ctx.restore();
            },
          ],
        },
      },
      columns(data),
      host,
    );
    return { u, state };
  },
  update({ u, state }, data) {
    state.names = data.map((d) => d.name);
    u.setData(columns(data));
  },
  destroy({ u }) {
    u.destroy();
  },
};
