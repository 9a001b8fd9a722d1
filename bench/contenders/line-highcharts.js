// Highcharts (the full package, SVG) with a plot line for the annotation; no animation.
import Highcharts from 'highcharts';
import { H, W, annotation, ms } from './common.js';

const rows = (data) => data.map((d) => [ms(d.date), d.value]);
const plotLine = (data) => {
  const a = annotation(data);
  return { id: 'ann', value: ms(a.date), color: '#333', dashStyle: 'Dash', width: 1, label: { text: a.label } };
};

export default {
  create(host, data) {
    return Highcharts.chart(host, {
      chart: { width: W, height: H, animation: false },
      title: { text: undefined },
      credits: { enabled: false },
      legend: { enabled: false },
      accessibility: { enabled: false },
      xAxis: { type: 'datetime', plotLines: [plotLine(data)] },
      yAxis: { title: { text: undefined }, min: 0 },
      plotOptions: { series: { animation: false, marker: { enabled: false }, lineWidth: 1.5 } },
      series: [{ type: 'line', data: rows(data), color: 'steelblue' }],
    });
  },
  update(chart, data) {
    chart.xAxis[0].removePlotLine('ann');
    chart.xAxis[0].addPlotLine(plotLine(data));
    chart.series[0].setData(rows(data), true, false, false);
  },
  destroy(chart) {
    chart.destroy();
  },
};
