/**
 * The whole flow, as an editor works: paste a sheet, pick the chart, fill the
 * frame and annotations, take the embed code, then load that code alone in a
 * fresh page with only the CDN script (dist/cdn/newsroom-charts.js: run
 * `npm run build` first): the chart is the preview's, and the page does not
 * move when it loads. Then paste the code back: the same code comes out.
 */
import { expect } from '@open-wc/testing';
import type { NcBuilder } from '../../src/builder/app.js';
import { $, choose, click, drawn, embedOf, freshPage, mountBuilder, readable, type, type ChartEl } from './helpers.js';
import { CENSUS_TSV, GALLERY_TSV, SOURCES_CSV } from './fixtures.js';

const CDN = '/dist/cdn/newsroom-charts.js';

interface Case {
  name: string;
  tag: string;
  fill: (b: NcBuilder) => Promise<void>;
  /** Checks on the builder before the code is taken. */
  check?: (b: NcBuilder) => void;
}

const CASES: Case[] = [
  {
    name: 'a real yearly series (US census, 1790–1850) as a trend with a change annotation',
    tag: 'casualty-trend',
    fill: async (b) => {
      await type(b, '#data', CENSUS_TSV);
      await choose(b, '#chart', 'casualty-trend');
      await type(b, '#f-heading', 'The United States counted its people every ten years');
      await type(b, '#f-unit', 'residents');
      await type(b, '#f-source', 'U.S. Census Bureau');
      await type(b, '#f-source-url', 'https://www.census.gov/');
      await click(b, '#add-annotation');
      await type(b, '#ann-0-from', '1790');
      await type(b, '#ann-0-to', '1850');
      await type(b, '#ann-0-label', '{change} from 1790 to 1850');
    },
    check: (b) => {
      // The change is computed from the data while the editor types: 3,929,214 → 23,191,876.
      expect($(b, '.annotation .computed').textContent).to.include('3,929,214 → 23,191,876: +490.2%');
      expect($(b, '#data-read').textContent).to.include('7 rows');
    },
  },
  {
    name: 'sources compared, from semicolon CSV with decimal commas and a source with no figure (illustrative)',
    tag: 'source-comparison',
    fill: async (b) => {
      await choose(b, '#chart', 'source-comparison');
      await type(b, '#data', SOURCES_CSV);
      await type(b, '#f-heading', 'Three counts of one week (illustrative)');
      await type(b, '#f-unit', 'people');
      await type(b, '#f-note', 'Illustrative figures from invented sources.');
    },
    check: (b) => {
      expect($(b, '#data-read').textContent).to.include('decimal mark “,”');
      const table = $(b, '.heard-table').textContent!;
      expect(table).to.include('Harbour Ministry (illustrative)');
    },
  },
  {
    name: 'a gallery from a caption/credit sheet (illustrative)',
    tag: 'photo-gallery-caption',
    fill: async (b) => {
      await type(b, '#data', GALLERY_TSV);
      await choose(b, '#chart', 'photo-gallery-caption');
      await type(b, '#f-heading', 'Northfield after the storm (illustrative)');
      await choose(b, '#f-mode', 'all');
    },
  },
];

describe('builder: from a sheet to an embed code that draws the same chart', function () {
  this.timeout(60000);

  for (const c of CASES) {
    it(c.name, async () => {
      const before = performance.now();
      const b = await mountBuilder();
      await c.fill(b);
      await type(b, '#script-url', CDN);
      await b.settled();
      c.check?.(b);
      const warnings = $(b, '.warnings');
      expect(warnings.querySelectorAll('li.error').length, warnings.textContent!).to.equal(0);
      const code = embedOf(b);
      expect(code.split('\n')[0]).to.equal(`<script type="module" src="${CDN}"></script>`);
      expect(code).to.include(`<${c.tag} class="nc-`);
      expect(code).to.match(/<p>[^<]{20,}<\/p>\n<\/[a-z-]+>$/);

      for (const width of b.state.widths) {
        const fresh = await freshPage(code, c.tag, width);
        const bare = await freshPage(code, c.tag, width, false);
        try {
          // Same chart as the builder made and measured at this width (same text, same paths)…
          const measured = b.querySelector(`.measure-frame[style*="width: ${width}px"] ${c.tag}`) as ChartEl;
          expect(drawn(fresh.el), `text and paths at ${width}px`).to.deep.equal(drawn(measured));
          // …and as the preview at that width shows it (its warning panel aside).
          const preview = b.querySelector(`[data-preview-width="${width}"] ${c.tag}`);
          if (preview) {
            expect(drawn(fresh.el).paths, `preview paths at ${width}px`).to.deep.equal(drawn(preview).paths);
            expect(readable(fresh.el), `preview text at ${width}px`).to.equal(readable(preview));
          }
          // No layout shift: the paragraph after the chart is where the reservation put it.
          expect(Math.abs(fresh.after() - bare.after()), `shift at ${width}px`).to.be.below(1);
          expect(bare.el.getBoundingClientRect().height).to.be.above(100);
          // Nothing the editor did not ask for: one element, the fallback hidden once defined.
          expect(fresh.doc.querySelectorAll(c.tag).length).to.equal(1);
        } finally {
          fresh.frame.remove();
          bare.frame.remove();
        }
      }

      // Round trip: the code pasted back into a new builder gives the same code.
      const again = await mountBuilder();
      await type(again, '#data', code);
      await again.settled();
      expect($(again, '#chart').matches(`select`)).to.equal(true);
      expect(($(again, '#chart') as HTMLSelectElement).value).to.equal(c.tag);
      expect(embedOf(again)).to.equal(code);

      // Nothing left this page: every resource loaded during the flow is from the test server (the CDN script the code names).
      const outside = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= before)
        .map((e) => e.name)
        .filter((n) => new URL(n).origin !== location.origin);
      expect(outside).to.deep.equal([]);
    });
  }
});
