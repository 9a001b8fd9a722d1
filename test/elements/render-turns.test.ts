import { expect } from '@open-wc/testing';
import '../../src/define/casualty-trend.js';
import type { CasualtyTrend } from '../../src/elements/casualty-trend/casualty-trend.js';

/**
 * First renders take turns (src/internal/render-turns.ts): many charts added
 * at once draw over several tasks, in document order; one chart draws at once.
 */

/**
 * Counts the times charts give the main thread back: `scheduler.yield` is
 * wrapped (the turns use it where the browser has it, as Chromium does).
 */
function yieldCounter(): { count: () => number; stop: () => void } {
  let n = 0;
  const own = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
  const real = (globalThis as { scheduler?: { yield: () => Promise<void> } }).scheduler!;
  expect(typeof real?.yield).to.equal('function');
  Object.defineProperty(globalThis, 'scheduler', {
    configurable: true,
    value: {
      yield: () => {
        n++;
        return real.yield();
      },
    },
  });
  return {
    count: () => n,
    stop: () => {
      delete (globalThis as { scheduler?: unknown }).scheduler;
      if (own) Object.defineProperty(globalThis, 'scheduler', own);
    },
  };
}

const year = (seed: number) =>
  Array.from({ length: 365 }, (_, i) => ({
    date: new Date(Date.UTC(2016, 0, 1 + i)).toISOString().slice(0, 10),
    value: (i * seed) % 97,
  }));

function chart(seed: number): CasualtyTrend {
  const el = document.createElement('casualty-trend') as CasualtyTrend;
  el.setAttribute('heading', `Illustrative ${seed}`);
  el.setAttribute('data', JSON.stringify(year(seed)));
  // Turns, not the viewport: twelve charts run four screens down, where plots would wait (defer.test.ts).
  el.setAttribute('loading', 'eager');
  return el;
}

const drawn = (el: CasualtyTrend) => !!el.shadowRoot?.querySelector('.plot svg path');

describe('first renders take turns', () => {
  let box: HTMLDivElement;
  beforeEach(() => {
    box = document.createElement('div');
    box.style.width = '640px';
    document.body.append(box);
  });
  afterEach(() => box.remove());

  it('a chart on its own draws in the task it was added in', async () => {
    const yields = yieldCounter();
    try {
      const el = chart(3);
      box.append(el);
      await el.updateComplete;
      expect(drawn(el)).to.equal(true);
      expect(yields.count()).to.equal(0);
    } finally {
      yields.stop();
    }
  });

  it('twelve charts added at once draw over several tasks, in document order, each once', async () => {
    const yields = yieldCounter();
    try {
      const charts = Array.from({ length: 12 }, (_, i) => chart(i + 2));
      const order: number[] = [];
      const yieldsBefore: number[] = [];
      // updateComplete settles in the microtasks right after the render, in the same task.
      const done = charts.map((el, i) =>
        el.updateComplete.then(() => {
          order.push(i);
          yieldsBefore[i] = yields.count();
        }),
      );
      // Added in one go, as when the script upgrades the embeds already in the page.
      box.append(...charts);
      await Promise.all(done);
      expect(charts.every(drawn)).to.equal(true);
      expect(order).to.deep.equal(charts.map((_, i) => i));
      // Even the first waited for the adding task to end; later ones gave the thread back again.
      expect(yieldsBefore[0]).to.be.at.least(1);
      expect(yields.count()).to.be.greaterThan(1);
      for (const el of charts) expect(el.shadowRoot!.querySelectorAll('.plot svg').length).to.equal(1);
    } finally {
      yields.stop();
    }
  });
});
