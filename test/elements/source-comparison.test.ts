import { expect, nextFrame } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/source-comparison.js';
import { overlaps } from '../../src/core/labels.js';
import { textWidth } from '../../src/core/text.js';
import { buildComparisonModel } from '../../src/elements/source-comparison/model.js';
import type { SourceComparison } from '../../src/elements/source-comparison/source-comparison.js';
import type { NcInvalidEvent } from '../../src/internal/events.js';
import { parseSources, type Source } from '../../src/schema/comparison.js';
import { withReference } from '../../fixtures/comparison.js';
import { fridayStrikes } from '../../fixtures/seed.js';
import { captureConsole, cdp, mount, shadow, text } from '../helpers.js';

const parse = (input: unknown): Source[] => {
  const r = parseSources(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

const ranked = () =>
  html`<source-comparison
    heading="Counting the dead (illustrative)"
    unit="civilians killed"
    period="May 2017"
    reference="Official tally (illustrative)"
    locale="en-GB"
    data=${JSON.stringify(withReference)}
  ></source-comparison>`;

describe('source-comparison model', () => {
  for (const width of [280, 320, 419, 420, 640, 1000]) {
    it(`lays out ${width}px with nothing outside and no overlapping text`, () => {
      const list = parse(withReference);
      const m = buildComparisonModel({ sources: list, reference: list[0]!, mark: 'bar', width, locale: 'en' });
      expect(JSON.stringify(m)).not.to.match(/NaN|Infinity/);
      expect(m.stacked).to.equal(width < 420);
      const boxes: { x: number; y: number; w: number; h: number }[] = [];
      for (const row of m.rows) {
        row.name.lines.forEach((l, i) => boxes.push({ x: row.name.x, y: row.name.y + i * 15 - 11, w: textWidth(l, 13.2), h: 13 }));
        if (row.meta) boxes.push({ x: row.meta.x, y: row.meta.y - 11, w: textWidth(row.meta.text, 12), h: 13 });
        boxes.push({ x: row.label.x, y: row.label.y - 11, w: textWidth(row.label.text, 13.2), h: 13 });
        if (row.callout) boxes.push({ x: row.callout.x, y: row.callout.y - 11, w: textWidth(row.callout.text, 12), h: 13 });
      }
      for (const b of boxes) {
        expect(b.x).to.be.at.least(0);
        expect(b.x + b.w, JSON.stringify(b)).to.be.at.most(width + 0.5);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${i}/${j}`).to.equal(false);
    });
  }
  it('starts bars at zero on a shared axis and draws no-figure rows without a bar', () => {
    const list = parse(withReference);
    const m = buildComparisonModel({ sources: list, reference: null, mark: 'bar', width: 640, locale: 'en' });
    expect(m.ticks[0]!.label).to.equal('0');
    for (const row of m.rows) if (row.bar) expect(row.bar.x).to.equal(m.ticks[0]!.x);
    const none = m.rows.find((r) => r.source.noFigure)!;
    expect(none.bar).to.equal(null);
    expect(none.label.text).to.equal('No figure released');
  });
  it('marks a reference at its value, or at both ends of its range (never a midpoint)', () => {
    const list = parse([
      { name: 'R', low: 5, high: 10 },
      { name: 'V', value: 8 },
      { name: 'S', value: 220 },
    ]);
    const x = (m: ReturnType<typeof buildComparisonModel>, name: string) => m.rows.find((r) => r.source.name === name)!;
    const byRange = buildComparisonModel({ sources: list, reference: list[0]!, mark: 'dot', width: 640, locale: 'en' });
    const band = x(byRange, 'R').range!;
    expect(byRange.reference!.xs).to.deep.equal([band.x1, band.x2]);
    expect(x(byRange, 'S').callout!.text).to.equal('22–44 times the reference');
    const byValue = buildComparisonModel({ sources: list, reference: list[1]!, mark: 'dot', width: 640, locale: 'en' });
    expect(byValue.reference!.xs).to.deep.equal([x(byValue, 'V').dot]);
    const none = parse([
      { name: 'N', value: null },
      { name: 'S', value: 3 },
    ]);
    expect(buildComparisonModel({ sources: none, reference: none[0]!, mark: 'bar', width: 640, locale: 'en' }).reference).to.equal(null);
  });
  it('draws dots and ranges in dot mode', () => {
    const list = parse(withReference);
    const m = buildComparisonModel({ sources: list, reference: null, mark: 'dot', width: 640, locale: 'en' });
    const a = m.rows.find((r) => r.source.name.startsWith('Monitor A'))!;
    expect(a.bar).to.equal(null);
    expect(a.range!.x2).to.be.greaterThan(a.range!.x1);
    expect(m.rows.find((r) => r.source.name.startsWith('Monitor B'))!.dot).to.be.a('number');
  });
});

describe('<source-comparison> what a reader perceives', () => {
  it('names, describes and labels every row; no figure reads as words', async () => {
    const el = await mount<SourceComparison>(ranked());
    const root = shadow(el);
    const plot = root.querySelector('.plot')!;
    expect(plot.getAttribute('aria-label')).to.equal('Counting the dead (illustrative)');
    const desc = text(root.getElementById('desc'));
    expect(desc).to.contain('Figures range from 7');
    expect(desc).to.contain('No figure released by Ministry (illustrative).');
    const labels = [...root.querySelectorAll('svg .value, svg .none')].map((n) => text(n));
    expect(labels).to.deep.equal(['220–300', '60', '20', '7', 'No figure released']);
    const callouts = [...root.querySelectorAll('svg .callout')].map((n) => text(n));
    expect(callouts).to.deep.equal(['11–15 times the reference', '3 times the reference', '35% of the reference']);
    expect(text(root.querySelector('.key'))).to.contain('Reference: Official tally (illustrative)');
  });

  it('has zero axe violations in normal, empty and error states', async () => {
    await expect(await mount<SourceComparison>(ranked())).to.be.accessible();
    await expect(await mount<SourceComparison>(html`<source-comparison heading="None" data="[]"></source-comparison>`)).to.be.accessible();
    await captureConsole('error', async () => {
      await expect(await mount<SourceComparison>(html`<source-comparison heading="Bad" data="[{"></source-comparison>`)).to.be.accessible();
    });
  });

  it('shows every field in the data table, with safe links', async () => {
    const el = await mount<SourceComparison>(ranked());
    const root = shadow(el);
    const heads = [...root.querySelectorAll('thead th')].map((n) => text(n));
    expect(heads).to.deep.equal([
      'Source',
      'Kind',
      'Value',
      'Low',
      'High',
      'Status',
      'Compared with Official tally (illustrative)',
      'Retrieved',
      'Note',
      'Link',
    ]);
    const rows = root.querySelectorAll('tbody tr');
    expect(rows.length).to.equal(5);
    const a = [...rows].find((r) => text(r.children[0]).startsWith('Monitor A'))!;
    expect([...a.children].slice(0, 6).map((c) => text(c))).to.deep.equal([
      'Monitor A (illustrative)',
      'monitor',
      'between 220 and 300',
      '220',
      '300',
      'estimate',
    ]);
    const link = a.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/a');
    // Hidden on screen, the table's links are out of the Tab order; shown, they are in it.
    expect(link.getAttribute('tabindex')).to.equal('-1');
    root.querySelector<HTMLButtonElement>('button[aria-controls="table"]')!.click();
    await el.updateComplete;
    expect(link.hasAttribute('tabindex')).to.equal(false);
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    const ministry = [...rows].find((r) => text(r.children[0]).startsWith('Ministry'))!;
    expect(text(ministry.children[2])).to.equal('no figure released');
  });

  it('moves names above the bars at 280 px and stays inside', async () => {
    const el = await mount<SourceComparison>(ranked(), 280);
    const root = shadow(el);
    const right = el.getBoundingClientRect().right + 0.5;
    for (const n of root.querySelectorAll('svg text')) expect(n.getBoundingClientRect().right, n.textContent ?? '').to.be.at.most(right);
    const name = root.querySelector('svg .name')!.getBoundingClientRect();
    const bar = root.querySelector('svg .bar')!.getBoundingClientRect();
    expect(name.bottom).to.be.at.most(bar.top + 1);
  });

  for (const width of [280, 616, 1000]) {
    it(`keeps every drawn text inside the element at ${width} px, long names included`, async () => {
      const long = [
        ...withReference,
        { name: 'A source with a very long name that needs several lines (illustrative)', low: 30, high: 45, status: 'estimate' },
      ];
      const el = await mount<SourceComparison>(
        html`<source-comparison
          reference="Official tally (illustrative)"
          unit="civilians killed"
          data=${JSON.stringify(long)}
        ></source-comparison>`,
        width,
      );
      const box = el.getBoundingClientRect();
      for (const n of shadow(el).querySelectorAll('svg text')) {
        const r = n.getBoundingClientRect();
        expect(r.right, n.textContent ?? '').to.be.at.most(box.right + 0.5);
        expect(r.left, n.textContent ?? '').to.be.at.least(box.left - 0.5);
      }
    });
  }

  it('shows a subheading with what is counted and when, unless one is given', async () => {
    const el = await mount<SourceComparison>(ranked());
    expect(text(shadow(el).querySelector('.subheading'))).to.equal('Civilians killed, May 2017');
  });

  it('keeps every mark visible in forced colours', async () => {
    await cdp('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      const el = await mount<SourceComparison>(ranked());
      const bg = getComputedStyle(el).backgroundColor;
      for (const n of shadow(el).querySelectorAll('.bar, .range, .ref-line')) {
        const cs = getComputedStyle(n);
        expect(cs.stroke === bg && cs.fill === bg, n.getAttribute('class') ?? '').to.equal(false);
      }
    } finally {
      await cdp('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});

describe('<source-comparison> keyboard and pointer', () => {
  it('one Tab stop; arrows move row to row with a readout; Home, End, Escape', async () => {
    const el = await mount<SourceComparison>(ranked());
    const root = shadow(el);
    root.querySelector<HTMLElement>('.plot')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text(root.querySelector('.readout'))).to.equal(
      'Monitor A (illustrative) (monitor): between 220 and 300 civilians killed; estimate; Monitor A (illustrative)’s range is 11–15 times Official tally (illustrative)’s figure (each end of the range compared with Official tally (illustrative)’s figure)',
    );
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(root.querySelector('.readout'))).to.match(/^Monitor B/);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(text(root.querySelector('.readout'))).to.equal('Ministry (illustrative) (government): no figure released');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(text(root.querySelector('.readout'))).to.match(/^Local reports/);
    expect(root.querySelector('.focus-ring')).to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root.querySelector('.focus-ring')).to.equal(null);
  });

  it('hovering a row shows the same readout', async () => {
    const el = await mount<SourceComparison>(ranked());
    const root = shadow(el);
    const bar = root.querySelectorAll('.bar')[1]!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(bar.x + 2), Math.round(bar.y + bar.height / 2)] });
    await el.updateComplete;
    expect(text(root.querySelector('.readout'))).to.match(/^Monitor B \(illustrative\) \(ngo\): 60 civilians killed; reported/);
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});

describe('<source-comparison> bad input', () => {
  it('lists every problem with its path, fires nc-invalid, keeps fallback', async () => {
    let event: NcInvalidEvent | undefined;
    const listener = (e: Event) => (event = e as NcInvalidEvent);
    document.addEventListener('nc-invalid', listener);
    let el!: SourceComparison;
    const logged = await captureConsole('error', async () => {
      el = await mount<SourceComparison>(
        html`<source-comparison data=${JSON.stringify([{ name: 'A', low: 300, high: 220 }, { value: 2 }])}
          ><p id="fb">Fallback</p></source-comparison
        >`,
      );
    });
    document.removeEventListener('nc-invalid', listener);
    expect(event?.issues.map((i) => i.path)).to.deep.equal(['data[0].low', 'data[1].name']);
    expect(logged.join()).to.contain('data[1].name');
    expect(text(shadow(el).querySelector('.error'))).to.contain('data[0].low');
    expect(el.querySelector('#fb')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('refuses a reference that names no source', async () => {
    const logged = await captureConsole('error', async () => {
      const el = await mount<SourceComparison>(
        html`<source-comparison reference="CENTCOM" data=${JSON.stringify(fridayStrikes)}></source-comparison>`,
      );
      expect(text(shadow(el).querySelector('.error'))).to.contain('reference');
    });
    expect(logged.join()).to.contain('reference: no source is named "CENTCOM"');
  });

  it('renders hostile names as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await mount<SourceComparison>(
      html`<source-comparison
        heading=${evil}
        data=${JSON.stringify([{ name: evil, value: 1, note: evil, url: 'javascript:alert(1)' }])}
      ></source-comparison>`,
    );
    const root = shadow(el);
    expect(root.querySelectorAll('img, script').length).to.equal(0);
    expect(root.querySelector('a[href^="javascript"]')).to.equal(null);
    // Long words wrap across lines; the characters are all there, as text.
    const drawn = [...root.querySelectorAll('svg .name tspan')].map((t) => t.textContent).join('');
    expect(drawn.replace(/\s/g, '')).to.equal(evil.replace(/\s/g, ''));
    expect(text(root.querySelector('tbody th'))).to.equal(evil);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('announces data changes politely', async () => {
    const el = await mount<SourceComparison>(ranked());
    el.reference = '';
    el.data = fridayStrikes;
    await el.updateComplete;
    await nextFrame();
    expect(text(shadow(el).querySelector('[role="status"]'))).to.contain('Chart updated. 2 sources');
  });
});
