/**
 * Issue #11, <casualty-trend> side: each row of the issue's table that this
 * element answers, as a reader meets it. Every test asserts what a sighted
 * reader sees (text and marks in the SVG, the key, the table) and what the
 * accessibility tree says (the chart group's computed description), never
 * internal fields. Each one failed on main before the fix.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../../src/define/casualty-trend.js';
import type { CasualtyTrend } from '../../src/elements/casualty-trend/casualty-trend.js';
import type { Issue } from '../../src/schema/issues.js';
import type { NcWarningEvent } from '../../src/internal/events.js';
import { illustrativeMonthly } from '../../fixtures/trend.js';
import { seedAnnotations } from '../../fixtures/seed.js';
import { captureConsole, cdp, mount, shadow, text } from '../helpers.js';

interface AXNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
}

/** Mounts a chart, collecting its warnings (and keeping them off the console). */
async function draw(
  template: (onWarn: (e: Event) => void) => TemplateResult,
  width = 640,
): Promise<{ el: CasualtyTrend; warnings: Issue[] }> {
  const warnings: Issue[] = [];
  const onWarn = (e: Event) => warnings.push(...(e as NcWarningEvent).warnings);
  let el!: CasualtyTrend;
  await captureConsole('warn', async () => {
    el = await mount<CasualtyTrend>(template(onWarn), width);
  });
  return { el, warnings };
}

/** The accessible description of the chart group named `name`, from the browser's accessibility tree. */
async function axDescription(name: string): Promise<string> {
  const { nodes } = await cdp<{ nodes: AXNode[] }>('Accessibility.getFullAXTree');
  const chart = nodes.find((n) => !n.ignored && n.role?.value === 'group' && n.name?.value === name);
  expect(chart, `chart group "${name}" in the accessibility tree`).to.not.equal(undefined);
  return chart!.description?.value ?? '';
}

/** Rows of the data table as the text of their cells. */
function rows(el: CasualtyTrend): string[][] {
  return [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));
}

/** Texts drawn in the SVG (every <text>, its wrapped lines joined by a space). */
function svgTexts(el: CasualtyTrend): string[] {
  return [...shadow(el).querySelectorAll('.plot svg text')].map((t) => {
    const lines = [...t.querySelectorAll('tspan')];
    return lines.length ? lines.map((l) => text(l)).join(' ') : text(t);
  });
}

/** Marks of a class that are really painted: in the SVG, with a non-empty box. */
function drawn(el: CasualtyTrend, selector: string): SVGGraphicsElement[] {
  return [...shadow(el).querySelectorAll<SVGGraphicsElement>(`.plot svg ${selector}`)].filter((m) => {
    const b = m.getBBox();
    return b.width > 0 || b.height > 0;
  });
}

async function readoutAfter(el: CasualtyTrend, keys: string[]): Promise<string> {
  shadow(el).querySelector<HTMLElement>('.plot')!.focus();
  for (const key of keys) await sendKeys({ press: key });
  await el.updateComplete;
  return text(shadow(el).querySelector('.readout'));
}

const monthly = (values: [string, number | null][]) => JSON.stringify(values.map(([date, value]) => ({ date, value })));

describe('trust: <casualty-trend> (#11)', () => {
  describe('monthly data Jan, Feb, Apr, May (March absent, not null)', () => {
    const data = monthly([
      ['2017-01', 10],
      ['2017-02', 12],
      ['2017-04', 15],
      ['2017-05', 20],
    ]);

    it('breaks the line at March, marks the gap, lists March as "no figure" and says so', async () => {
      const { el, warnings } = await draw(
        (w) =>
          html`<casualty-trend
            heading="Deaths by month"
            unit="civilians killed"
            locale="en-GB"
            data=${data}
            @nc-warning=${w}
          ></casualty-trend>`,
      );
      // Seen: two separate pieces of line, a "No figure" mark over March and its key entry.
      expect(drawn(el, '.line'), 'line pieces').to.have.length(2);
      expect(drawn(el, '.gap-mark'), 'no-figure marks').to.have.length(1);
      expect(text(shadow(el).querySelector('.key'))).to.contain('No figure');
      expect(shadow(el).querySelector('.key .gap-mark'), 'key sample').to.not.equal(null);
      // The table: a March row with no figure, between February and April.
      const r = rows(el);
      expect(r.map((c) => c[0])).to.deep.equal(['January 2017', 'February 2017', 'March 2017', 'April 2017', 'May 2017']);
      expect(r[2]![1]).to.equal('no figure');
      // Heard: the description names March.
      expect(await axDescription('Deaths by month')).to.contain('no figure for March 2017');
      // The editor: one warning for the series, with what was done instead.
      const gaps = warnings.filter((i) => i.instead === 'drawn as gaps');
      expect(gaps).to.have.length(1);
      expect(gaps[0]!.path).to.equal('data');
      expect(gaps[0]!.message).to.contain('1 month');
    });

    it('with missing="connect", joins the line and says across how many periods', async () => {
      const { el, warnings } = await draw(
        (w) =>
          html`<casualty-trend
            heading="Deaths by month, joined"
            locale="en-GB"
            missing="connect"
            data=${data}
            @nc-warning=${w}
          ></casualty-trend>`,
      );
      expect(drawn(el, '.line')).to.have.length(1);
      expect(drawn(el, '.gap-mark')).to.have.length(0);
      expect(rows(el)).to.have.length(4);
      expect(await axDescription('Deaths by month, joined')).to.contain('the line joins the figures around 1 month with no entry');
      expect(warnings.filter((i) => i.instead === 'drawn as gaps')).to.have.length(0);
    });
  });

  describe('only 1900-01 and 2017-05', () => {
    it('draws no line across 1,407 missing months; the table and description name them as one gap', async () => {
      const data = monthly([
        ['1900-01', 5],
        ['2017-05', 220],
      ]);
      const { el, warnings } = await draw(
        (w) => html`<casualty-trend heading="A long silence" locale="en-GB" data=${data} @nc-warning=${w}></casualty-trend>`,
      );
      expect(drawn(el, '.line'), 'no line drawn as if measured').to.have.length(0);
      expect(drawn(el, '.marker'), 'the two figures stand alone').to.have.length(2);
      const gap = drawn(el, '.gap-mark');
      expect(gap).to.have.length(1);
      // The mark spans the silence: most of the plot's width.
      expect(gap[0]!.getBBox().width).to.be.greaterThan(400);
      const r = rows(el);
      expect(r).to.have.length(3);
      expect(r[1]!.slice(0, 2)).to.deep.equal(['February 1900 to April 2017', 'no figure']);
      const desc = await axDescription('A long silence');
      expect(desc).to.contain('no figure for February 1900 to April 2017');
      const w = warnings.find((i) => i.instead === 'drawn as gaps');
      expect(w?.message).to.contain('1407 months');
    });
  });

  describe('values 0.04, 1234.56, 0.333', () => {
    it('shows every figure as given, never 0, and no percentage from a base shown as 0', async () => {
      const data = monthly([
        ['2017-01', 0.04],
        ['2017-02', 1234.56],
        ['2017-03', 0.333],
      ]);
      const { el } = await draw(() => html`<casualty-trend heading="Small and odd figures" locale="en" data=${data}></casualty-trend>`);
      expect(rows(el).map((c) => c[1])).to.deep.equal(['0.04', '1,234.56', '0.333']);
      expect(await readoutAfter(el, ['Home'])).to.contain('0.04');
      const desc = await axDescription('Small and odd figures');
      expect(desc).to.contain('1,234.56');
      expect(desc).to.contain('from 0.04');
      expect(desc).not.to.match(/from 0\)/);
      expect(desc).not.to.contain('1,234.6');
    });
  });

  describe('event dated 2019-01 and a period in 2015 on Oct–Dec 2016 data', () => {
    it('draws neither, keeps the axis on the data, and says why to the editor', async () => {
      const data = monthly([
        ['2016-10', 40],
        ['2016-11', 50],
        ['2016-12', 60],
      ]);
      const annotations = JSON.stringify([
        { type: 'event', date: '2019-01', label: 'Far future event' },
        { type: 'period', from: '2015-01', to: '2015-06', label: 'Long ago' },
      ]);
      const { el, warnings } = await draw(
        (w) =>
          html`<casualty-trend
            heading="Three months"
            locale="en-GB"
            data=${data}
            annotations=${annotations}
            @nc-warning=${w}
          ></casualty-trend>`,
      );
      const texts = svgTexts(el);
      expect(texts.join(' ')).not.to.contain('Far future event');
      expect(texts.join(' ')).not.to.contain('Long ago');
      expect(drawn(el, '.annotation'), 'annotation marks').to.have.length(0);
      expect(drawn(el, '.period'), 'shaded periods').to.have.length(0);
      // The time axis is the data's: no 2015, 2018 or 2019.
      expect(texts.filter((t) => /^(2015|2018|2019)$/.test(t))).to.deep.equal([]);
      expect(texts).to.include.members(['Oct', 'Nov', 'Dec']);
      const desc = await axDescription('Three months');
      expect(desc).not.to.contain('Far future event');
      expect(desc).not.to.contain('Long ago');
      const refused = warnings.filter((i) => i.instead === 'not drawn');
      expect(refused.map((i) => i.path)).to.deep.equal(['annotations[0]', 'annotations[1]']);
      expect(refused[0]!.message).to.contain('after the last figure (2016-12)');
    });

    it('still draws the seed’s "Assault on Raqqa begins" in the month after its May data', async () => {
      const { el, warnings } = await draw(
        (w) =>
          html`<casualty-trend
            heading="Seed"
            locale="en-GB"
            data=${JSON.stringify(illustrativeMonthly)}
            annotations=${JSON.stringify(seedAnnotations)}
            @nc-warning=${w}
          ></casualty-trend>`,
      );
      expect(svgTexts(el).join(' ')).to.contain('Assault on Raqqa begins');
      expect(drawn(el, '.annotation.event .ann-line')).to.have.length(1);
      expect(warnings.filter((i) => i.instead === 'not drawn')).to.deep.equal([]);
    });
  });

  describe('change annotation without series on a two-series chart', () => {
    it('is not drawn nor read, and the editor is told which series there are', async () => {
      const data = JSON.stringify({
        series: [
          {
            name: 'Monitor A',
            points: [
              { date: '2017-01', value: 10 },
              { date: '2017-02', value: 30 },
            ],
          },
          {
            name: 'Official tally',
            points: [
              { date: '2017-01', value: 2 },
              { date: '2017-02', value: 3 },
            ],
          },
        ],
      });
      const annotations = JSON.stringify([{ type: 'change', from: '2017-01', to: '2017-02', label: '{change} in a month' }]);
      const { el, warnings } = await draw(
        (w) => html`<casualty-trend heading="Two series" data=${data} annotations=${annotations} @nc-warning=${w}></casualty-trend>`,
      );
      expect(svgTexts(el).join(' ')).not.to.contain('in a month');
      expect(drawn(el, '.annotation.change')).to.have.length(0);
      expect(text(shadow(el).querySelector('.ann-notes'))).not.to.contain('in a month');
      const desc = await axDescription('Two series');
      expect(desc).not.to.contain('Change from');
      expect(desc).not.to.contain('in a month');
      const w = warnings.filter((i) => i.instead === 'not drawn');
      expect(w).to.have.length(1);
      expect(w[0]!.path).to.equal('annotations[0]');
      expect(w[0]!.message).to.contain('"Monitor A", "Official tally"');
    });
  });

  describe('change across an unverified and an estimate figure', () => {
    it('states the change with both statuses, the same on the chart and in the description', async () => {
      const data = JSON.stringify([
        { date: '2016-10', value: 44, status: 'unverified' },
        { date: '2016-11', value: 100, status: 'estimate' },
        { date: '2016-12', value: 220, status: 'estimate' },
      ]);
      const annotations = JSON.stringify([{ type: 'change', from: '2016-10', to: '2016-12', label: '{change} since October' }]);
      const { el } = await draw(
        () => html`<casualty-trend heading="Mixed statuses" locale="en-GB" data=${data} annotations=${annotations}></casualty-trend>`,
      );
      const stated = '+400% (from 44, unverified, to 220, estimate)';
      const seen = `${svgTexts(el).join(' ')} ${text(shadow(el).querySelector('.ann-notes'))}`;
      expect(seen).to.contain(`${stated} since October`);
      const desc = await axDescription('Mixed statuses');
      expect(desc).to.contain(`Label: ${stated} since October`);
      expect(desc).to.contain(`+400% since October 2016 (from 44, unverified, to 220, estimate)`);
      // Never a bare "+400%" without the statuses beside it.
      expect(desc).not.to.match(/\+400%(?! (since October 2016 )?\(from 44, unverified)/);
    });

    it('leaves the seed’s "+400%" (estimate to estimate) as it was', async () => {
      const { el } = await draw(
        () =>
          html`<casualty-trend
            heading="Seed change"
            locale="en-GB"
            data=${JSON.stringify(illustrativeMonthly)}
            annotations=${JSON.stringify(seedAnnotations)}
          ></casualty-trend>`,
      );
      expect(svgTexts(el).join(' ')).to.contain('+400% since October');
      expect(svgTexts(el).join(' ')).not.to.contain('(from 44');
      expect(await axDescription('Seed change')).to.contain('+400% since October 2016 (from 44)');
    });
  });

  describe('trend point value: null with low/high', () => {
    const data = JSON.stringify([
      { date: '2017-01', value: 30 },
      { date: '2017-02', value: null, low: 10, high: 20 },
      { date: '2017-03', value: 40 },
    ]);

    it('is a range-only figure: a whisker with no central mark, read as "between 10 and 20", never "no figure"', async () => {
      const annotations = JSON.stringify([{ type: 'point', date: '2017-02', label: 'Only a range given' }]);
      const { el, warnings } = await draw(
        (w) =>
          html`<casualty-trend
            heading="A range in February"
            locale="en-GB"
            data=${data}
            annotations=${annotations}
            @nc-warning=${w}
          ></casualty-trend>`,
      );
      const whiskers = drawn(el, '.whisker');
      expect(whiskers).to.have.length(1);
      const wx = whiskers[0]!.getBBox().x + whiskers[0]!.getBBox().width / 2;
      // No marker and no line at February: the markers stand at January and March only.
      const markers = drawn(el, '.marker').map((m) => m.getCTM()!.e);
      expect(markers).to.have.length(2);
      expect(markers.every((x) => Math.abs(x - wx) > 20)).to.equal(true);
      expect(drawn(el, '.line')).to.have.length(0);
      expect(drawn(el, '.gap-mark')).to.have.length(0);
      // The annotation is drawn, anchored in the middle of the range.
      expect(svgTexts(el).join(' ')).to.contain('Only a range given');
      const ring = shadow(el).querySelector<SVGCircleElement>('.annotation.point .ann-ring')!;
      const wb = whiskers[0]!.getBBox();
      expect(Math.abs(ring.cy.baseVal.value - (wb.y + wb.height / 2))).to.be.lessThan(2);
      // Table, readout, description.
      const feb = rows(el)[1]!;
      expect(feb[1]).to.equal('between 10 and 20');
      expect(feb.join(' ')).not.to.contain('no figure');
      expect(await readoutAfter(el, ['Home', 'ArrowRight'])).to.contain('February 2017, between 10 and 20');
      const desc = await axDescription('A range in February');
      expect(desc).to.contain('between 10 and 20');
      expect(desc).not.to.contain('no figure');
      expect(desc).not.to.contain('no single figure');
      expect(warnings.filter((i) => i.severity === 'error')).to.deep.equal([]);
    });
  });

  describe('every value null', () => {
    it('shows "No figures for …" in the plot, with no empty count axis, and the tree says the same', async () => {
      const data = monthly([
        ['2016-10', null],
        ['2016-11', null],
        ['2016-12', null],
      ]);
      const { el } = await draw(
        () => html`<casualty-trend heading="Nothing released" unit="civilians killed" locale="en-GB" data=${data}></casualty-trend>`,
      );
      const message = 'No figures for civilians killed from October 2016 to December 2016';
      const shown = shadow(el).querySelector<SVGTextElement>('.plot svg .no-figures');
      expect(shown, 'message in the plot').to.not.equal(null);
      expect(text(shown)).to.equal(message);
      const box = shown!.getBBox();
      expect(box.width).to.be.greaterThan(100);
      // No count axis pretending a scale of 0 to 1.
      expect([...shadow(el).querySelectorAll('.axis.y text')].map((t) => text(t))).to.deep.equal([]);
      // Gaps are marked, and the key says what the mark means.
      expect(drawn(el, '.gap-mark').length).to.be.greaterThan(0);
      expect(text(shadow(el).querySelector('.key'))).to.contain('No figure');
      expect(await axDescription('Nothing released')).to.contain(message);
    });

    it('fits the message at 280 px', async () => {
      const data = monthly([
        ['2016-10', null],
        ['2016-11', null],
      ]);
      const { el } = await draw(
        () => html`<casualty-trend heading="Nothing, narrow" unit="civilians killed" locale="en-GB" data=${data}></casualty-trend>`,
        280,
      );
      const svgEl = shadow(el).querySelector<SVGSVGElement>('.plot svg')!;
      const box = shadow(el).querySelector<SVGTextElement>('.no-figures')!.getBBox();
      expect(box.x).to.be.at.least(0);
      expect(box.x + box.width).to.be.at.most(svgEl.viewBox.baseVal.width);
    });
  });
});
