// Observable Plot horizontal bars with value labels, in the order given.
import { barX, plot, ruleX, text } from '@observablehq/plot';
import { BAR_M, H, W, redrawing } from './common.js';

function draw(host, data) {
  const svg = plot({
    width: W,
    height: H,
    marginTop: BAR_M.top,
    marginRight: BAR_M.right,
    marginBottom: BAR_M.bottom,
    marginLeft: BAR_M.left,
    x: { grid: true, nice: true },
    y: { domain: data.map((d) => d.name), label: null },
    marks: [
      barX(data, { x: 'value', y: 'name', fill: 'steelblue' }),
      text(data, { x: 'value', y: 'name', text: 'value', textAnchor: 'start', dx: 4 }),
      ruleX([0]),
    ],
  });
  host.replaceChildren(svg);
}

export default redrawing(draw);
