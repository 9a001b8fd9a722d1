import { expect } from '@open-wc/testing';
import { DRAW_AHEAD_SCREENS, plotWaits, type PlotWaitInput } from '../../src/core/defer.js';

const vh = 900;
const base: PlotWaitInput = {
  top: 0,
  viewportHeight: vh,
  eager: false,
  printing: false,
  hydrating: false,
  canObserve: true,
  framed: false,
};
const at = (top: number | null, o: Partial<PlotWaitInput> = {}) => plotWaits({ ...base, top, ...o });

describe('plotWaits (core/defer.ts)', () => {
  it('waits only beyond the draw-ahead margin, below or above the viewport', () => {
    const ahead = vh * DRAW_AHEAD_SCREENS;
    expect(at(0)).to.equal(false);
    expect(at(vh - 1)).to.equal(false);
    expect(at(vh + ahead)).to.equal(false);
    expect(at(vh + ahead + 1)).to.equal(true);
    expect(at(5 * vh)).to.equal(true);
    expect(at(-ahead)).to.equal(false);
    expect(at(-ahead - 1)).to.equal(true);
  });

  it('never waits when the position is unknown or there is no viewport height', () => {
    expect(at(null)).to.equal(false);
    expect(at(5 * vh, { viewportHeight: 0 })).to.equal(false);
    expect(at(5 * vh, { viewportHeight: NaN })).to.equal(false);
  });

  it('never waits when eager, printing, hydrating, in a frame or without an observer', () => {
    for (const flag of [{ eager: true }, { printing: true }, { hydrating: true }, { framed: true }, { canObserve: false }]) {
      expect(at(5 * vh, flag), JSON.stringify(flag)).to.equal(false);
    }
  });
});
