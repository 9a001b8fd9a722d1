import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define/all.js';
import { captureConsole } from '../helpers.js';
import { FULL, TAGS } from './hostile.js';

/**
 * Found by the property-based suite: Lit gives a removed attribute's property `null`, which
 * reached `.trim()` and threw out of willUpdate, leaving the element broken for good. A CMS
 * that removes an attribute (or a framework that re-renders without it) must get the
 * default back. Every attribute of the complete input, removed one by one.
 */
describe('removing any attribute', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: each attribute removed in turn, the element keeps rendering and keeps its name`, async () => {
      await captureConsole('warn', async () => {
        const el = document.createElement(tag) as LitElement;
        const all = {
          ...FULL[tag].attributes,
          ...Object.fromEntries(Object.entries(FULL[tag].json).map(([k, v]) => [k, JSON.stringify(v)])),
        };
        for (const [a, v] of Object.entries(all)) el.setAttribute(a, v);
        document.body.append(el);
        await el.updateComplete;
        const warnings: string[] = [];
        el.addEventListener('nc-warning', (e) => warnings.push(...e.warnings.map((w) => w.path)));
        // JSON last, annotations before the data they point into.
        for (const a of [...Object.keys(FULL[tag].attributes), ...Object.keys(FULL[tag].json).reverse()]) {
          el.removeAttribute(a);
          await el.updateComplete;
          const figure = el.shadowRoot!.querySelector('figure')!;
          expect(figure.getAttribute('aria-labelledby') ?? figure.getAttribute('aria-label'), a).to.not.equal('');
          // (A boolean: chai hangs formatting a shadow-DOM node in a failure message.)
          expect(!!el.shadowRoot!.querySelector('.error'), a).to.equal(false);
        }
        // Defaults came back: no "mark: expected one of line, area, bar, got null" and the like.
        expect(warnings.filter((p) => ['mark', 'missing', 'sort', 'mode'].includes(p))).to.deep.equal([]);
        el.remove();
      });
    });
  }
});
