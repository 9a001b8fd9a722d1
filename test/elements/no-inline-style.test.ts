import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define/all.js';
import { illustrativeMonthly } from '../../fixtures/trend.js';
import { seedAnnotations } from '../../fixtures/seed.js';
import { withReference } from '../../fixtures/comparison.js';
import { captureConsole, mount } from '../helpers.js';

/**
 * ROBUSTNESS.md 14: pages with `style-src 'self'` block inline style
 * attributes, so no element may render one, in any state.
 */
describe('no inline style attributes (strict CSP pages)', () => {
  const states = [
    html`<casualty-trend data=${JSON.stringify(illustrativeMonthly)} annotations=${JSON.stringify(seedAnnotations)}></casualty-trend>`,
    html`<casualty-trend mark="bar" data="[]"></casualty-trend>`,
    html`<casualty-trend data="[{"></casualty-trend>`,
    html`<source-comparison reference="Official tally (illustrative)" data=${JSON.stringify(withReference)}></source-comparison>`,
    html`<source-comparison mark="dot" data=${JSON.stringify(withReference)}></source-comparison>`,
    html`<source-comparison data="{"></source-comparison>`,
  ];
  states.forEach((template, i) => {
    it(`state ${i + 1}`, async () => {
      await captureConsole('error', async () => {
        const el = await mount<HTMLElement>(template);
        const root = el.shadowRoot!;
        root.querySelector<HTMLButtonElement>('button[aria-controls="table"]')?.click();
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(root.querySelectorAll('[style]')).to.have.length(0);
        expect(root.innerHTML.length).to.be.greaterThan(100);
      });
    });
  });
});
