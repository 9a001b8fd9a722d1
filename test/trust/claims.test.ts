/**
 * Issue 11, part 2: a label the data contradicts never reaches a reader as
 * written. Each row is what a sighted reader sees (text drawn in the chart and
 * the numbered notes below it) and what the accessibility tree says (the chart
 * group's description), plus the warning the editor gets.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define/casualty-trend.js';
import type { NcWarningEvent } from '../../src/internal/events.js';
import type { Issue } from '../../src/schema/issues.js';
import { axTree } from '../a11y/checks.js';
import { illustrativeMonthly } from '../../fixtures/trend.js';
import { seedAnnotations } from '../../fixtures/seed.js';
import { captureConsole, mount, shadow } from '../helpers.js';

const months = ['2016-10', '2016-11', '2016-12', '2017-01'];
const series = (values: number[]) => months.map((date, i) => ({ date, value: values[i]! }));
/** 200 → 50: a fall of 75 %. */
const fall = series([200, 120, 80, 50]);
/** 200 → 350: a rise of 75 %. */
const rise = series([200, 260, 300, 350]);

interface Seen {
  /** Text a sighted reader sees: SVG labels and the notes under the chart (not visually hidden text). */
  seen: string;
  /** The chart group's accessible description. */
  heard: string;
  warnings: Issue[];
}

async function render(data: unknown, annotations: unknown, locale = 'en'): Promise<Seen> {
  const warnings: Issue[] = [];
  const listener = (e: Event) => warnings.push(...(e as NcWarningEvent).warnings);
  document.addEventListener('nc-warning', listener);
  let el!: HTMLElement;
  try {
    await captureConsole('warn', async () => {
      el = await mount<HTMLElement>(
        html`<casualty-trend
          heading="Deaths per month (illustrative)"
          unit="deaths"
          data=${JSON.stringify(data)}
          annotations=${JSON.stringify(annotations)}
          locale=${locale}
        ></casualty-trend>`,
      );
      await new Promise((r) => requestAnimationFrame(r));
    });
  } finally {
    document.removeEventListener('nc-warning', listener);
  }
  const root = shadow(el);
  // Every text node of the drawing and the notes under it, one by one (a wrapped label's lines are separate nodes).
  const parts: string[] = [];
  for (const n of root.querySelectorAll('svg, .ann-notes, figcaption')) {
    if (n.closest('.vh')) continue;
    const walk = document.createTreeWalker(n, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) parts.push(walk.currentNode.textContent ?? '');
  }
  const seen = parts.join(' ').replace(/\s+/g, ' ');
  const tree = await axTree();
  const group = tree.find((n) => n.role?.value === 'group' && n.name?.value === 'Deaths per month (illustrative)');
  return { seen, heard: group?.description?.value ?? '', warnings };
}

const change = (label: string, extra: object = {}) => [{ type: 'change', from: '2016-10', to: '2017-01', label, ...extra }];

describe('trust: contradicted labels are replaced by what the data says', () => {
  const rows: [string, unknown, string, RegExp, string][] = [
    // [label, data, text that must not be seen or heard, what is shown instead, what the warning quotes]
    ['a 400% rise', fall, '400%', /-75% from October 2016 to January 2017/, '400%'],
    ['deaths tripled since October', fall, 'tripled', /-75% from October 2016 to January 2017/, 'tripled'],
    ['{change} rise', fall, '-75% rise', /-75% from October 2016 to January 2017/, 'rise'],
    ['fell 75%', rise, 'fell 75%', /\+75% from October 2016 to January 2017/, 'fell'],
    ['up 75%', fall, 'up 75%', /-75% from October 2016 to January 2017/, 'up'],
  ];
  for (const [label, data, hidden, shown, quoted] of rows) {
    it(`"${label}" on ${data === fall ? '200 → 50' : '200 → 350'}`, async () => {
      const r = await render(data, change(label));
      expect(r.seen, 'seen').not.to.contain(hidden);
      expect(r.seen, 'seen').to.match(shown);
      expect(r.heard, 'heard').not.to.contain(hidden);
      expect(r.heard, 'heard').to.match(shown);
      const w = r.warnings.filter((i) => i.path === 'annotations[0].label');
      expect(w.length, JSON.stringify(r.warnings)).to.be.greaterThan(0);
      expect(w.map((i) => i.message).join(' ')).to.contain(quoted);
      // …and what the data gives.
      expect(w.map((i) => i.message).join(' ')).to.match(data === fall ? /200 → 50|from 200 to 50/ : /200 → 350|from 200 to 350/);
      expect(w.every((i) => (i.instead ?? '').length > 0)).to.equal(true);
    });
  }

  it('"At least 500 killed in May" on a value of 220 is not shown; the figure is', async () => {
    const data = [
      { date: '2017-04', value: 170 },
      { date: '2017-05', value: 220 },
    ];
    const r = await render(data, [{ type: 'point', date: '2017-05', label: 'At least 500 killed in May' }]);
    expect(r.seen).not.to.contain('500');
    expect(r.heard).not.to.contain('500');
    expect(r.seen).to.match(/220 deaths in May 2017/);
    expect(r.heard).to.match(/220 deaths in May 2017/);
    expect(r.warnings.some((i) => i.path === 'annotations[0].label' && i.message.includes('At least 500'))).to.equal(true);
  });

  it('a label that holds is shown as written', async () => {
    for (const [label, data] of [
      ['fell 75%', fall],
      ['a 75% rise', rise],
      ['{change} since October', fall],
    ] as const) {
      const r = await render(data, change(label));
      const written = label.replace('{change}', '-75%');
      expect(r.seen, label).to.contain(written);
      expect(
        r.warnings.filter((i) => i.path.startsWith('annotations')),
        label,
      ).to.deep.equal([]);
    }
  });

  it('"check": false keeps a label as written, for claims about what the chart does not show', async () => {
    const r = await render(fall, change('a 400% rise in the region', { check: false }));
    expect(r.seen).to.contain('a 400% rise in the region');
    expect(r.warnings.filter((i) => i.path.startsWith('annotations'))).to.deep.equal([]);
  });

  it('"check" must be a boolean', async () => {
    const r = await render(fall, change('a 400% rise', { check: 'no' }));
    expect(r.warnings.some((i) => i.path === 'annotations[0].check')).to.equal(true);
    expect(r.seen).not.to.contain('400%');
  });

  it('an Arabic label the data contradicts is not shown; one that holds is, with Arabic digits', async () => {
    const wrong = await render(fall, change('وارتفع عدد القتلى بنسبة ٤٠٠٪'), 'ar');
    expect(wrong.seen).not.to.contain('٤٠٠٪');
    expect(wrong.heard).not.to.contain('٤٠٠٪');
    const w = wrong.warnings.filter((i) => i.path === 'annotations[0].label').map((i) => i.message);
    expect(w.join(' '))
      .to.contain('٤٠٠٪')
      .and.to.contain('وارتفع')
      .and.to.match(/200 → 50|from 200 to 50/);
    const right = await render(fall, change('انخفاض بنسبة ٧٥٪ منذ أكتوبر'), 'ar');
    expect(right.seen).to.contain('انخفاض بنسبة ٧٥٪ منذ أكتوبر');
    expect(right.warnings.filter((i) => i.path.startsWith('annotations'))).to.deep.equal([]);
  });

  it("a chart whose language changes reads its labels again with that language's words (loaded then)", async () => {
    // "hausse" (a rise) on a fall: no claim in Spanish, contradicted in French. Neither language's
    // words have loaded on this page yet, so the chart loads Spanish's, then French's.
    const el = await mount<HTMLElement & { locale: string; updateComplete: Promise<unknown> }>(
      html`<casualty-trend
        locale="es"
        unit="deaths"
        data=${JSON.stringify(fall)}
        annotations=${JSON.stringify(change('hausse depuis octobre'))}
      ></casualty-trend>`,
    );
    const drawn = () => shadow(el).querySelector('.plot svg')!.textContent!.replace(/\s+/g, ' ');
    expect(drawn()).to.contain('hausse depuis octobre');
    await captureConsole('warn', async () => {
      el.locale = 'fr';
      await el.updateComplete;
    });
    expect(drawn()).not.to.contain('hausse');
    // Replaced by what the data says, not withheld as still being checked.
    expect(drawn()).to.match(/75\s?%/u);
  });

  it("the seed's labels render exactly as before", async () => {
    const r = await render(illustrativeMonthly, seedAnnotations);
    expect(r.seen).to.contain('+400% since October');
    expect(r.seen).to.contain('At least 220 killed in May');
    expect(r.seen).to.contain('Assault on Raqqa begins');
    expect(r.warnings.filter((i) => i.path.startsWith('annotations'))).to.deep.equal([]);
  });
});
