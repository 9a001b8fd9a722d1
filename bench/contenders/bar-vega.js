// Vega-Lite horizontal bars with value labels (vega-embed, SVG renderer).
import embed from 'vega-embed';
import { H, W } from './common.js';

const spec = (data) => ({
  width: W,
  height: H,
  autosize: { type: 'fit', contains: 'padding' },
  datasets: { table: data },
  data: { name: 'table' },
  encoding: {
    y: { field: 'name', type: 'nominal', sort: null, title: null },
    x: { field: 'value', type: 'quantitative', title: null },
  },
  layer: [
    { mark: { type: 'bar', color: 'steelblue' } },
    { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { text: { field: 'value' } } },
  ],
});

export default {
  async create(host, data) {
    return embed(host, spec(data), { renderer: 'svg', actions: false });
  },
  async update(result, data) {
    await result.view.data('table', data).runAsync();
  },
  destroy(result) {
    result.finalize();
  },
};
