// Chart.js horizontal bars (bar controller, category + linear scales only); value
// labels by a small inline plugin (chartjs-plugin-datalabels is a separate package).
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { H, W } from './common.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const values = {
  id: 'values',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const meta = chart.getDatasetMeta(0);
    ctx.save();
    ctx.fillStyle = '#333';
    ctx.textBaseline = 'middle';
    meta.data.forEach((bar, i) => ctx.fillText(String(chart.data.datasets[0].data[i]), bar.x + 4, bar.y));
    ctx.restore();
  },
};

export default {
  create(host, data) {
    const canvas = document.createElement('canvas');
    canvas.width = W;
    canvas.height = H;
    host.append(canvas);
    return new Chart(canvas, {
      type: 'bar',
      data: { labels: data.map((d) => d.name), datasets: [{ data: data.map((d) => d.value), backgroundColor: 'steelblue' }] },
      options: { indexAxis: 'y', animation: false, responsive: false, scales: { x: { beginAtZero: true } } },
      plugins: [values],
    });
  },
  update(chart, data) {
    chart.data.labels = data.map((d) => d.name);
    chart.data.datasets[0].data = data.map((d) => d.value);
    chart.update('none');
  },
  destroy(chart) {
    chart.canvas.remove();
    chart.destroy();
  },
};
