// What every contender draws, so the charts match: a 640 × 360 daily line with
// both axes, horizontal grid lines and one annotated date (a vertical rule with a
// label); and a horizontal bar chart of eight named tallies with a value axis.
// Data arrives as the user would have it: [{ date: 'YYYY-MM-DD', value }] or
// [{ name, value }]. Converting it is part of each contender's timed work.
export const W = 640;
export const H = 360;
export const M = { top: 20, right: 20, bottom: 30, left: 50 };
export const BAR_M = { top: 10, right: 40, bottom: 30, left: 180 };

/** The annotated point: 60% of the way through the series. */
export function annotation(data) {
  const d = data[Math.floor(data.length * 0.6)];
  return { date: d.date, label: 'Offensive begins' };
}

/** ISO date (YYYY-MM-DD, UTC) → epoch ms. */
export const ms = (iso) => Date.parse(iso);

/** A contender that redraws from scratch: `draw(host, data)` on create and on update. */
export function redrawing(draw) {
  return {
    create(host, data) {
      draw(host, data);
      return host;
    },
    update(host, data) {
      draw(host, data);
    },
    destroy(host) {
      host.textContent = '';
    },
  };
}
