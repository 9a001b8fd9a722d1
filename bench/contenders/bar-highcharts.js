// Highcharts (full package) horizontal bars with data labels; no animation.
import Highcharts from 'highcharts';
import { H, W } from './common.js';

export default {
  create(host, data) {
    return Highcharts.chart(host, {
      chart: { type: 'bar', width: W, height: H, animation: false },
      title: { text: undefined },
      credits: { enabled: false },
      legend: { enabled: false },
      accessibility: { enabled: false },
      xAxis: { categories: data.map((d) => d.name) },
      yAxis: { title: { text: undefined }, min: 0 },
      plotOptions: { series: { animation: false, dataLabels: { enabled: true } } },
      series: [{ type: 'bar', data: data.map((d) => d.value), color: 'steelblue' }],
    });
  },
  update(chart, data) {
    chart.xAxis[0].setCategories(
      data.map((d) => d.name),
      false,
    );
    chart.series[0].setData(
      data.map((d) => d.value),
      true,
      false,
      false,
    );
  },
  destroy(chart) {
    chart.destroy();
  },
};
