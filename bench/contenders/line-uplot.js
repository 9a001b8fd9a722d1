// uPlot (canvas) with its stylesheet; the annotation is drawn in a draw hook.
import uPlot from 'uplot';
import css from 'uplot/dist/uPlot.min.css';
import { H, W, annotation, ms } from './common.js';

let styled = false;
function style() {
  if (styled) return;
  const el = document.createElement('style');
  el.textContent = css;
  document.head.append(el);
  styled = true;
}

function columns(data) {
  const n = data.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = ms(data[i].date) / 1000;
    ys[i] = data[i].value;
  }
  return [xs, ys];
}

export default {
  create(host, data) {
    style();
    const state = { ann: annotation(data) };
    const opts = {
      width: W,
      height: H,
      legend: { show: false },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, max] } },
      series: [{}, { stroke: 'steelblue', width: 1.5 }],
      hooks: {
        draw: [
          (u) => {
            const { ctx } = u;
            const x = u.valToPos(ms(state.ann.date) / 1000, 'x', true);
            ctx.save();
            ctx.strokeStyle = '#333';
            ctx.setLineDash([3, 3]);
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
            ctx.fillStyle = '#333';
            ctx.font = '10px sans-serif';
            ctx.fillText(state.ann.label, x + 4, u.bbox.top + 12);
            ctx.restore();
          },
        ],
      },
    };
    const u = new uPlot(opts, columns(data), host);
    return { u, state };
  },
  update({ u, state }, data) {
    state.ann = annotation(data);
    u.setData(columns(data));
  },
  destroy({ u }) {
    u.destroy();
  },
};
