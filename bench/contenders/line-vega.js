// Vega-Lite compiled and rendered by vega-embed with the SVG renderer; an update
// replaces the named dataset in the existing view and re-runs the dataflow.
import embed from 'vega-embed';
import { H, W, annotation } from './common.js';

function spec(data) {
  const a = annotation(data);
  return {
    width: W,
    height: H,
    autosize: { type: 'fit', contains: 'padding' },
    datasets: { table: data },
    data: { name: 'table' },
    layer: [
      {
        mark: { type: 'line', color: 'steelblue', strokeWidth: 1.5 },
        encoding: {
          x: { field: 'date', type: 'temporal', title: null },
          y: { field: 'value', type: 'quantitative', title: null },
        },
      },
      {
        data: { values: [a] },
        mark: { type: 'rule', strokeDash: [3, 3], color: '#333' },
        encoding: { x: { field: 'date', type: 'temporal' } },
      },
      {
        data: { values: [a] },
        mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, y: 4 },
        encoding: { x: { field: 'date', type: 'temporal' }, text: { field: 'label' } },
      },
    ],
  };
}

export default {
  async create(host, data) {
    const result = await embed(host, spec(data), { renderer: 'svg', actions: false });
    return result;
  },
  async update(result, data) {
    await result.view.data('table', data).runAsync();
  },
  destroy(result) {
    result.finalize();
  },
};
