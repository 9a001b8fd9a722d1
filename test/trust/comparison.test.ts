/**
 * Issue 11, the rows that concern <source-comparison>: what a sighted reader
 * sees (visible text, marks) and what the accessibility tree says, for a
 * reference given as a range, a range-only figure and a refused link. Every
 * name and figure here is fictional.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define/source-comparison.js';
import type { SourceComparison } from '../../src/elements/source-comparison/source-comparison.js';
import type { NcWarningEvent } from '../../src/internal/events.js';
import type { Issue } from '../../src/schema/issues.js';
import { axTree, visible, type AXNode } from '../a11y/checks.js';
import { captureConsole, mount, shadow, text } from '../helpers.js';

const WATCH = 'Quillhaven Casualty Watch (fictional)';
const OFFICE = 'Quillhaven Harbour Office (fictional)';

const chart = (data: unknown[], extra: { reference?: string; mark?: string } = {}) =>
  html`<source-comparison
    heading="Quillhaven, illustrative: two tallies"
    unit="civilians killed"
    locale="en-GB"
    reference=${extra.reference ?? ''}
    mark=${extra.mark ?? 'bar'}
    data=${JSON.stringify(data)}
  ></source-comparison>`;

/** Text drawn on screen inside the element: SVG labels and visible HTML text. */
function seen(el: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (p && n.textContent!.trim() && visible(p)) out.push(n.textContent!.trim());
  }
  return out;
}

/** The chart's group in the accessibility tree (named by the heading) and its description. */
async function chartNode(): Promise<{ tree: AXNode[]; description: string }> {
  const tree = await axTree();
  const group = tree.find((n) => n.role?.value === 'group' && n.name?.value === 'Quillhaven, illustrative: two tallies');
  expect(group, 'chart group in the accessibility tree').to.not.equal(undefined);
  return { tree, description: group!.description?.value ?? '' };
}

/** x positions of the reference marks drawn over the rows. */
const refXs = (el: Element) => [
  ...new Set([...shadow(el).querySelectorAll('.plot svg .ref-line')].map((l) => Number(l.getAttribute('x1')))),
];
/** The drawn row of source `name` (long names wrap across lines: compared without spaces). */
function rowOf(el: Element, name: string): Element {
  const flat = (t: string) => t.replace(/\s/g, '');
  return [...shadow(el).querySelectorAll('svg g.row')].find((g) => flat(g.querySelector('.name')!.textContent!) === flat(name))!;
}

/** Left and right ends of the range band drawn in the row of source `name`. */
function bandEnds(el: Element, name: string): number[] {
  const band = rowOf(el, name).querySelector('.range')!;
  const x = Number(band.getAttribute('x'));
  return [x, Math.round((x + Number(band.getAttribute('width'))) * 100) / 100];
}

describe('trust: a reference given as a range', () => {
  it('0–10 against 220 reads "at least 22 times", never "44 times" (the midpoint)', async () => {
    const el = await mount<SourceComparison>(
      chart(
        [
          { name: WATCH, value: 220, status: 'estimate' },
          { name: OFFICE, value: null, low: 0, high: 10, status: 'confirmed' },
        ],
        { reference: OFFICE },
      ),
    );
    const drawn = seen(el);
    expect(drawn).to.include('at least 22 times the reference');
    expect(drawn.join(' | ')).not.to.match(/44 times/);
    const { description } = await chartNode();
    expect(description).to.contain(`${WATCH}’s figure is at least 22 times ${OFFICE}’s range of 0 to 10`);
    expect(description).not.to.contain('44 times');
    expect(description).not.to.contain('midpoint');
    // The reference is marked at both ends of its range (0 and 10), not at its midpoint (5).
    expect(refXs(el)).to.deep.equal(bandEnds(el, OFFICE));
    expect(text(shadow(el).querySelector('.key'))).to.contain(`Reference: ${OFFICE}, both ends of its range (0–10)`);
  });

  it('5–10 against 220 reads "22–44 times", in the callout, the readout and the table', async () => {
    const el = await mount<SourceComparison>(
      chart(
        [
          { name: WATCH, value: 220 },
          { name: OFFICE, low: 5, high: 10 },
        ],
        { reference: OFFICE },
      ),
    );
    expect(seen(el)).to.include('22–44 times the reference');
    const { tree } = await chartNode();
    const cell = tree.find((n) => n.role?.value === 'cell' && (n.name?.value ?? '').startsWith(`${WATCH}’s figure is`));
    expect(cell?.name?.value).to.equal(
      `${WATCH}’s figure is 22–44 times ${OFFICE}’s range of 5 to 10 (compared with each end of ${OFFICE}’s range)`,
    );
  });
});

describe('trust: a figure given only as low and high (value null)', () => {
  const data = [
    { name: WATCH, value: null, low: 10, high: 20, status: 'estimate' },
    { name: OFFICE, value: 4, status: 'confirmed' },
  ];

  for (const mark of ['bar', 'dot']) {
    it(`${mark}: drawn as a range without a central mark, read "between 10 and 20", never "no figure"`, async () => {
      const el = await mount<SourceComparison>(chart(data, { mark }));
      const drawn = seen(el);
      expect(drawn).to.include('10–20');
      expect(drawn.join(' | ').toLowerCase()).not.to.contain('no figure');
      const row = rowOf(el, WATCH);
      expect(row.querySelector('.range'), 'the range band').to.not.equal(null);
      expect(row.querySelectorAll('.dot, .tick-mark'), 'no central mark').to.have.length(0);
      const { tree, description } = await chartNode();
      expect(description).to.contain(`Range only, no single figure: ${WATCH}, between 10 and 20 civilians killed.`);
      expect(description).to.contain(`20 civilians killed (the high end of ${WATCH}’s range, estimate)`);
      expect(description.toLowerCase()).not.to.contain('no figure');
      // The table's Value cell says it in words instead of standing empty (or saying "no figure").
      const header = tree.find((n) => n.role?.value === 'rowheader' && n.name?.value === WATCH)!;
      const rowNode = tree.find((n) => n.childIds?.includes(header.nodeId))!;
      const cells = rowNode.childIds!.map((id) => tree.find((n) => n.nodeId === id)).filter((n) => n?.role?.value === 'cell');
      expect(cells[1]!.name?.value).to.equal('between 10 and 20');
    });
  }

  it('as the reference: no mark at its midpoint, and ratios against both ends', async () => {
    const el = await mount<SourceComparison>(chart(data, { reference: WATCH }));
    expect(refXs(el)).to.deep.equal(bandEnds(el, WATCH));
    expect(seen(el)).to.include('20–40% of the reference');
    const { description } = await chartNode();
    expect(description).to.contain(`${OFFICE}’s figure is 20–40% of ${WATCH}’s range of 10 to 20`);
  });
});

describe('trust: a refused link keeps the source’s name', () => {
  async function mountWarned(data: unknown[]): Promise<{ el: SourceComparison; warnings: Issue[] }> {
    const warnings: Issue[] = [];
    const listener = (e: Event) => warnings.push(...(e as NcWarningEvent).warnings);
    document.addEventListener('nc-warning', listener);
    let el!: SourceComparison;
    try {
      await captureConsole('warn', async () => {
        el = await mount<SourceComparison>(chart(data));
      });
    } finally {
      document.removeEventListener('nc-warning', listener);
    }
    return { el, warnings };
  }

  it('url "javascript:alert(1)": the name stays on the Sources line as text, with a warning', async () => {
    const { el, warnings } = await mountWarned([
      { name: WATCH, value: 40, url: 'javascript:alert(1)' },
      { name: OFFICE, value: 4, url: 'https://example.org/harbour-office' },
    ]);
    const line = shadow(el).querySelector('[part="sources"]');
    expect(line, 'Sources line').to.not.equal(null);
    expect(visible(line!)).to.equal(true);
    expect(text(line)).to.equal(`Sources: ${WATCH}, ${OFFICE} (opens in a new tab)`);
    const links = [...line!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/harbour-office']);
    expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
    const tree = await axTree();
    expect(tree.some((n) => n.role?.value === 'StaticText' && n.name?.value === WATCH)).to.equal(true);
    expect(tree.some((n) => n.role?.value === 'link' && (n.name?.value ?? '').startsWith(WATCH))).to.equal(false);
    expect(tree.some((n) => n.role?.value === 'link' && n.name?.value === `${OFFICE} (opens in a new tab)`)).to.equal(true);
    const w = warnings.find((i) => i.path === 'data[0].url');
    expect(w?.instead).to.equal('shown without a link');
    expect(w?.message).to.contain('javascript:');
  });

  it('the only source, with a refused link: the Sources line is still there', async () => {
    const { el } = await mountWarned([{ name: WATCH, value: 40, url: ' JaVaScRiPt:alert(1)' }]);
    expect(text(shadow(el).querySelector('[part="sources"]'))).to.equal(`Sources: ${WATCH}`);
  });
});
