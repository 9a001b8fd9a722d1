// Chart.js with only what this chart needs registered: the line controller and
// elements and a linear x scale (the time scale needs a date adapter package;
// ticks are formatted here instead). The annotation is a ten-line inline plugin
// (chartjs-plugin-annotation is a separate package). No animation, no points,
// pre-parsed data (the documented performance settings).
import { Chart, LineController, LineElement, LinearScale, PointElement } from 'chart.js';
import { H, W, annotation, ms } from './common.js';

Chart.register(LineController, LineElement, PointElement, LinearScale);

const marker = {
  id: 'marker',
  afterDatasetsDraw(chart, _args, opts) {
    const { ctx, chartArea, scales } = chart;
    const x = scales.x.getPixelForValue(opts.at);
    ctx.save();
    ctx.strokeStyle = '#333';
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    ctx.moveTo(x, chartArea.top);
    ctx.lineTo(x, chartArea.bottom);
    ctx.stroke();
    ctx.fillStyle = '#333';
    ctx.fillText(opts.label, x + 4, chartArea.top + 10);
    ctx.restore();
  },
};

const points = (data) => data.map((d) => ({ x: ms(d.date), y: d.value }));
const day = (v) => new Date(v).toISOString().slice(0, 10);

export default {
  create(host, data) {
    const canvas = document.createElement('canvas');
    canvas.width = W;
    canvas.height = H;
    host.append(canvas);
    const pts = points(data);
    const a = annotation(data);
    return new Chart(canvas, {
      type: 'line',
      data: { datasets: [{ data: pts, borderColor: 'steelblue', borderWidth: 1.5, pointRadius: 0 }] },
      options: {
        animation: false,
        responsive: false,
        parsing: false,
        normalized: true,
        scales: {
          x: { type: 'linear', min: pts[0].x, max: pts[pts.length - 1].x, ticks: { callback: day, maxTicksLimit: 7 } },
          y: { beginAtZero: true },
        },
        plugins: { marker: { at: ms(a.date), label: a.label } },
      },
      plugins: [marker],
    });
  },
  update(chart, data) {
    const pts = points(data);
    const a = annotation(data);
    chart.data.datasets[0].data = pts;
    chart.options.scales.x.min = pts[0].x;
    chart.options.scales.x.max = pts[pts.length - 1].x;
    chart.options.plugins.marker = { at: ms(a.date), label: a.label };
    chart.update('none');
  },
  destroy(chart) {
    chart.canvas.remove();
    chart.destroy();
  },
};
