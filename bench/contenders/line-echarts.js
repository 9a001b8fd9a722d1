// ECharts through echarts/core with only the line chart, grid, mark line and the SVG renderer.
import { init, use } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { H, M, W, annotation, ms } from './common.js';

use([LineChart, GridComponent, MarkLineComponent, SVGRenderer]);

function series(data) {
  const rows = data.map((d) => [ms(d.date), d.value]);
  const a = annotation(data);
  return {
    type: 'line',
    data: rows,
    showSymbol: false,
    lineStyle: { width: 1.5, color: 'steelblue' },
    markLine: {
      symbol: 'none',
      silent: true,
      lineStyle: { type: 'dashed', color: '#333' },
      label: { formatter: a.label, position: 'end' },
      data: [{ xAxis: ms(a.date) }],
    },
  };
}

export default {
  create(host, data) {
    const chart = init(host, null, { renderer: 'svg', width: W, height: H });
    chart.setOption({
      animation: false,
      grid: { left: M.left, right: M.right, top: M.top, bottom: M.bottom },
      xAxis: { type: 'time' },
      yAxis: { type: 'value' },
      series: [series(data)],
    });
    return chart;
  },
  update(chart, data) {
    chart.setOption({ series: [series(data)] });
  },
  destroy(chart) {
    chart.dispose();
  },
};
