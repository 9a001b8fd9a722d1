// ECharts horizontal bars via echarts/core: bar chart, grid, SVG renderer, labels.
import { init, use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { BAR_M, H, W } from './common.js';

use([BarChart, GridComponent, SVGRenderer]);

const option = (data) => ({
  yAxis: { type: 'category', inverse: true, data: data.map((d) => d.name) },
  series: [{ type: 'bar', data: data.map((d) => d.value), itemStyle: { color: 'steelblue' }, label: { show: true, position: 'right' } }],
});

export default {
  create(host, data) {
    const chart = init(host, null, { renderer: 'svg', width: W, height: H });
    chart.setOption({
      animation: false,
      grid: { left: BAR_M.left, right: BAR_M.right, top: BAR_M.top, bottom: BAR_M.bottom },
      xAxis: { type: 'value' },
      ...option(data),
    });
    return chart;
  },
  update(chart, data) {
    chart.setOption(option(data));
  },
  destroy(chart) {
    chart.dispose();
  },
};
