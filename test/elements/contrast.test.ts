import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define/all.js';
import { illustrativeMonthly } from '../../fixtures/trend.js';
import { withReference } from '../../fixtures/comparison.js';
import { contrast, mount } from '../helpers.js';

/**
 * ACCESSIBILITY.md 19 and 26: text at least 4.5:1 and marks at least 3:1
 * against the background, in light and dark, for every element. axe does not
 * check SVG marks, so the theme tokens are measured here.
 */
const TEXT = ['--_text', '--_muted', '--_link', '--_focus', '--_error'];
const MARKS = ['--_axis', '--_annotation', '--_s0', '--_s1', '--_s2', '--_s3', '--_s4', '--_s5'];

for (const theme of ['light', 'dark'] as const) {
  describe(`contrast of the ${theme} theme`, () => {
    const cases = [
      ['casualty-trend', html`<casualty-trend theme=${theme} data=${JSON.stringify(illustrativeMonthly)}></casualty-trend>`],
      ['source-comparison', html`<source-comparison theme=${theme} data=${JSON.stringify(withReference)}></source-comparison>`],
      [
        'photo-gallery-caption',
        html`<photo-gallery-caption theme=${theme} items='[{"caption": "A caption", "credit": "Reuters"}]'></photo-gallery-caption>`,
      ],
    ] as const;
    for (const [tag, template] of cases) {
      it(`${tag}: text ≥ 4.5:1, marks ≥ 3:1, and the drawn text uses those tokens`, async () => {
        const el = await mount<HTMLElement>(template);
        const style = getComputedStyle(el);
        const bg = style.getPropertyValue('--_bg');
        expect(getComputedStyle(el).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
        for (const t of TEXT)
          expect(contrast(style.getPropertyValue(t), bg), `${t} ${style.getPropertyValue(t)} on ${bg}`).to.be.at.least(4.5);
        for (const m of MARKS)
          expect(contrast(style.getPropertyValue(m), bg), `${m} ${style.getPropertyValue(m)} on ${bg}`).to.be.at.least(3);
        // And what is drawn: every visible SVG text fill and HTML text colour passes 4.5:1.
        const root = el.shadowRoot!;
        for (const n of root.querySelectorAll('svg text')) {
          expect(contrast(getComputedStyle(n).fill, style.backgroundColor), n.textContent ?? '').to.be.at.least(4.5);
        }
        for (const n of root.querySelectorAll('p, li, button, td, th, [role="heading"]')) {
          if (n.closest('.vh')) continue;
          expect(contrast(getComputedStyle(n).color, style.backgroundColor), n.textContent ?? '').to.be.at.least(4.5);
        }
      });
    }
  });
}
