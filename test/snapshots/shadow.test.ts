/**
 * Shadow-DOM snapshots of every element state (issue 12): what each element
 * renders, serialised and compared with test/snapshots/__snapshots__/. They pin
 * the markup through restructuring, so a move of code and a deliberate change of
 * output can be told apart.
 *
 * Regenerate after a deliberate change (then read the diff before committing):
 *   npm run snapshots:update
 * (UPDATE_SNAPSHOTS=1 npx wtr --files test/snapshots/shadow.test.ts)
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../../src/define/all.js';
import { STATES } from '../a11y/matrix.js';
import { airwarsMonthly, firstDays, seedAnnotations, twoSeries } from '../fixtures/trend.js';
import { captureConsole, mount } from '../helpers.js';

const WIDTHS = [280, 640] as const;
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
        data=${JSON.stringify(airwarsMonthly)}
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
        data=${JSON.stringify(airwarsMonthly)}
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

/** The shadow root as text: Lit's comment markers removed, one tag a line, so a diff reads. */
export function serialise(root: ShadowRoot): string {
  return root.innerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/>\s*</g, '>\n<')
    .trim();
}

const cases = [
  ...STATES.map((s) => ({ tag: s.tag, state: s.state, render: () => s.render('en') })),
  ...EXTRA.map((s) => ({ ...s, render: s.render })),
];

describe('shadow-DOM snapshots (npm run snapshots:update regenerates)', () => {
  for (const c of cases)
    for (const width of WIDTHS)
      it(`${c.tag} · ${c.state} · ${width}px`, async () => {
        let actual = '';
        // Error and warning states log by design; their text is in the snapshot.
        await captureConsole('error', () =>
          captureConsole('warn', async () => {
            const el = await mount<HTMLElement>(c.render(), width);
            actual = serialise(el.shadowRoot!);
          }).then(() => undefined),
        );
        const name = `${c.tag} · ${c.state} · ${width}px`;
        const { expected } = (await executeServerCommand('snapshot', { file: FILE, name, content: actual })) as { expected: string };
        expect(actual).to.equal(expected);
      });
});
