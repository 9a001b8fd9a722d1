/**
 * The states shadow.test.ts snapshots, and how: each element state rendered at
 * a width, its shadow root serialised, compared with the committed file through
 * the test runner's snapshot command (test/snapshots/snapshot-plugin.mjs).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../../src/define/all.js';
import { page, STATES } from '../a11y/matrix.js';
import { illustrativeMonthly, twoSeries } from '../../fixtures/trend.js';
import { firstDays, seedAnnotations } from '../../fixtures/seed.js';
import { captureConsole, mount } from '../helpers.js';

export const WIDTHS = [280, 640] as const;
const FILE = 'shadow';

/** States beyond the accessibility matrix's: the other marks, annotations on several series, a gallery with photos in single mode. */
const EXTRA: { tag: string; state: string; render: () => TemplateResult }[] = [
  {
    tag: 'casualty-trend',
    state: 'bars with annotations',
    render: () =>
      html`<casualty-trend
        mark="bar"
        heading="Deaths by month"
        unit="civilians killed"
        locale="en-GB"
        data=${JSON.stringify(illustrativeMonthly)}
        annotations=${JSON.stringify(seedAnnotations)}
      ></casualty-trend>`,
  },
  {
    tag: 'casualty-trend',
    state: 'area',
    render: () =>
      html`<casualty-trend
        mark="area"
        heading="Deaths by month"
        unit="civilians killed"
        data=${JSON.stringify(illustrativeMonthly)}
      ></casualty-trend>`,
  },
  {
    tag: 'casualty-trend',
    state: 'days with gaps',
    render: () =>
      html`<casualty-trend heading="First days" unit="civilians killed" locale="en-GB" data=${JSON.stringify(firstDays)}></casualty-trend>`,
  },
  {
    tag: 'casualty-trend',
    state: 'multi-series bars with a period',
    render: () =>
      html`<casualty-trend
        mark="bar"
        heading="Two counts"
        data=${JSON.stringify(twoSeries)}
        annotations=${JSON.stringify([{ type: 'period', from: '2017-01', to: '2017-02', label: 'Ceasefire' }])}
      ></casualty-trend>`,
  },
  {
    tag: 'photo-gallery-caption',
    state: 'single with photos, second shown',
    render: () =>
      html`<photo-gallery-caption
        heading="Raqqa"
        index="2"
        items=${JSON.stringify(
          [1, 2, 3].map((i) => ({
            caption: `Smoke rises ${i}`,
            credit: 'Reuters',
            src: `/demo/placeholders/photo-0${i}.svg`,
            alt: `Placeholder ${i}`,
            width: 1200,
            height: 800,
          })),
        )}
      ></photo-gallery-caption>`,
  },
];

/**
 * The shadow root as text: Lit's comment markers removed, one tag a line, so a
 * diff reads. Attributes are written in name order: the order an element gained
 * them (the figure's dir, set when the language's words arrive) is not markup.
 */
export function serialise(root: ShadowRoot): string {
  const copy = document.createElement('div');
  copy.append(...[...root.childNodes].map((n) => n.cloneNode(true)));
  for (const el of copy.querySelectorAll('*')) {
    const attrs = [...el.attributes].map((a) => [a.name, a.value] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name] of attrs) el.removeAttribute(name);
    for (const [name, value] of attrs) el.setAttribute(name, value);
  }
  return copy.innerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/>\s*</g, '>\n<')
    .trim();
}

export interface Case {
  tag: string;
  state: string;
  render: () => TemplateResult;
}

/** Right to left: the matrix's Arabic page (dir="rtl", ar-EG digits) for the mirrored charts and the gallery. */
const RTL = ['normal, axis-direction auto', 'several ranges, dots'];

export const CASES: readonly Case[] = [
  ...STATES.map((s) => ({ tag: s.tag, state: s.state, render: () => s.render('en') })),
  ...EXTRA,
  ...STATES.filter((s) => RTL.includes(s.state) || (s.tag === 'photo-gallery-caption' && s.state === 'normal')).map((s) => ({
    tag: s.tag,
    state: `${s.state}, Arabic page`,
    render: () => page('rtl', s.render('ar')),
  })),
];

/** Renders a case at a width and compares its shadow DOM with the snapshot of that name. */
export async function checkSnapshot(c: Case, width: number): Promise<void> {
  let actual = '';
  // Error and warning states log by design; their text is in the snapshot.
  await captureConsole('error', () =>
    captureConsole('warn', async () => {
      const mounted = await mount<HTMLElement>(c.render(), width);
      // A page wrapper (dir, lang) holds the element as its first child; wait for that element
      // too (its updateComplete includes its language's words, loaded on demand).
      const el = (mounted.shadowRoot ? mounted : mounted.firstElementChild!) as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      actual = serialise(el.shadowRoot!);
    }).then(() => undefined),
  );
  const name = `${c.tag} · ${c.state} · ${width}px`;
  const { expected } = (await executeServerCommand('snapshot', { file: FILE, name, content: actual })) as { expected: string };
  expect(actual, name).to.equal(expected);
}
