import { expect, fixture, nextFrame } from '@open-wc/testing';
import '../../src/define/casualty-trend.js';
import type { CasualtyTrend } from '../../src/elements/casualty-trend/casualty-trend.js';
import { TABLE_ROWS_NOW } from '../../src/internal/table-rows.js';
import { shadow, tableRows } from '../helpers.js';

const start = Date.UTC(2000, 0, 1);
const days = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ date: new Date(start + i * 86_400_000).toISOString().slice(0, 10), value: i % 50 }));
const long = (i: number) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(start + i * 86_400_000);

/** A container of `width` px on the page. */
async function box(width: number): Promise<HTMLDivElement> {
  const wrap = await fixture<HTMLDivElement>(document.createElement('div'));
  wrap.style.width = `${width}px`;
  return wrap;
}

/** A chart of 1,000 days drawn in `wrap`, its later rows still to come. */
async function drawn(wrap: HTMLElement): Promise<CasualtyTrend> {
  const el = document.createElement('casualty-trend');
  el.setAttribute('locale', 'en-GB');
  el.setAttribute('unit', 'deaths');
  el.data = days(1000);
  wrap.append(el);
  await el.updateComplete;
  return el;
}

/** Every row once, in date order. */
async function expectEveryRowOnce(el: CasualtyTrend): Promise<void> {
  const root = shadow(el);
  expect(await tableRows(root, 1000)).to.equal(1000);
  // A few frames more: no late batch adds a row twice.
  for (let i = 0; i < 5; i++) await nextFrame();
  const heads = [...root.querySelectorAll('#table tbody tr th')].map((th) => th.textContent);
  expect(heads.length).to.equal(1000);
  expect(heads[0]).to.equal(long(0));
  expect(heads[999]).to.equal(long(999));
  expect(new Set(heads).size).to.equal(1000);
  for (const i of [1, 99, 100, 101, 500, 998]) expect(heads[i], `row ${i}`).to.equal(long(i));
}

describe('data table rows (internal/table-rows.ts)', () => {
  it('a chart moved within the page while its rows are being filled ends with every row once', async () => {
    const el = await drawn(await box(640));
    expect(shadow(el).querySelectorAll('#table tbody tr').length).to.be.within(TABLE_ROWS_NOW, 999);
    const other = await box(640);
    other.append(el);
    await expectEveryRowOnce(el);
  });

  it('a chart removed while filling and put back a frame later at another width ends with every row once', async () => {
    const el = await drawn(await box(640));
    el.remove();
    await nextFrame();
    await nextFrame();
    (await box(420)).append(el);
    await el.updateComplete;
    await expectEveryRowOnce(el);
  });

  it('a chart removed and re-appended twice within one frame ends with every row once', async () => {
    const wrap = await box(640);
    const el = await drawn(wrap);
    el.remove();
    wrap.append(el);
    await nextFrame();
    el.remove();
    wrap.append(el);
    await expectEveryRowOnce(el);
  });

  it('many charts share one budget of later rows per frame, so no frame lays out thousands of hidden rows', async () => {
    const wrap = await box(400);
    const charts = await Promise.all(Array.from({ length: 6 }, () => drawn(wrap)));
    const count = () => charts.reduce((n, c) => n + shadow(c).querySelectorAll('#table tbody tr').length, 0);
    let before = count();
    expect(before).to.equal(6 * TABLE_ROWS_NOW);
    let frames = 0;
    while (count() < 6 * 1000 && frames < 200) {
      await nextFrame();
      frames++;
      const now = count();
      // At most 300 rows a frame (TABLE_ROWS_PER_FRAME); twice that, since a pump may fall just before or after the frame it is counted in.
      expect(now - before).to.be.at.most(600);
      before = now;
    }
    for (const c of charts) await expectEveryRowOnce(c);
  });
});
