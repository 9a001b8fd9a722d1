import { expect } from '@open-wc/testing';
import { captureConsole } from '../helpers.js';
import { EXPECTED_STATES, exercise, openFrame, requireBuilt, summary, TAGS } from './frame.js';

/**
 * ROBUSTNESS 15: the embed script on one page twice (the module bundle under two URLs, so it
 * really runs twice; the classic-script bundle twice), and the npm build (dist/define/all.js,
 * with its own copy of Lit) next to the CDN bundle in either order: no exception, every
 * element renders and responds. The first copy to run defines the tags (defineOnce); the
 * other finds them taken and defines nothing.
 */
const PAGES = ['/__nc/twice-cdn.html', '/__nc/twice-iife.html', '/__nc/cdn-esm.html', '/__nc/esm-cdn.html'];

describe('double loading', () => {
  before(() => requireBuilt('/dist/cdn/newsroom-charts.js', '/dist/cdn/newsroom-charts.iife.js', '/dist/define/all.js'));

  for (const url of PAGES) {
    it(`${url}: no exception, every element works`, async function () {
      this.timeout(60000);
      await captureConsole('error', async () => {
        const { frame, win, doc } = await openFrame(url);
        expect(summary(doc)).to.deep.equal(EXPECTED_STATES);
        await exercise(win, doc);
        expect(win.__nc.errors).to.deep.equal([]);
        // Both copies were fetched (and, as separate scripts or module URLs, both ran). Chunks
        // loaded on demand (the claim checker, for the labelled annotations) are not copies.
        const loaded = win.performance
          .getEntriesByType('resource')
          .filter((e) => /\/newsroom-charts(\.iife)?\.js(\?|$)|define\/all\.js/.test(e.name));
        expect(loaded.length).to.equal(2);
        const gallery = doc.getElementById('gal-single')!;
        expect(gallery.getAttribute('index')).to.not.equal('1');
        // Elements are instances of the one definition per tag.
        for (const tag of TAGS) {
          const ctor = win.customElements.get(tag)!;
          for (const el of doc.querySelectorAll(tag)) expect(el instanceof ctor).to.equal(true);
        }
        frame.remove();
      });
    });
  }
});
