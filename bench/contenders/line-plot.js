// Observable Plot: line + rule + text marks; an update draws a new SVG and swaps it in.
import { lineY, plot, ruleX, text } from '@observablehq/plot';
import { H, M, W, annotation, ms, redrawing } from './common.js';

function draw(host, data) {
  const rows = data.map((d) => ({ date: new Date(ms(d.date)), value: d.value }));
  const a = annotation(data);
  const ann = [{ date: new Date(ms(a.date)), label: a.label }];
  const svg = plot({
    width: W,
    height: H,
    marginTop: M.top,
    marginRight: M.right,
    marginBottom: M.bottom,
    marginLeft: M.left,
    x: { type: 'utc' },
    y: { grid: true, zero: true, nice: true },
    marks: [
      lineY(rows, { x: 'date', y: 'value', stroke: 'steelblue', strokeWidth: 1.5 }),
      ruleX(ann, { x: 'date', strokeDasharray: '3 3' }),
      text(ann, { x: 'date', text: 'label', frameAnchor: 'top', textAnchor: 'start', dx: 4, dy: 10 }),
    ],
  });
  host.replaceChildren(svg);
}

export default redrawing(draw);
