import { expect } from '@open-wc/testing';
import { captureConsole } from '../helpers.js';
import { EXPECTED_STATES, exercise, openFrame, requireBuilt, summary } from './frame.js';

/**
 * ROBUSTNESS 14: a page served with a strict Content-Security-Policy response header
 * (test/security/pages-plugin.mjs), loading dist/cdn/newsroom-charts.js as a newsroom page
 * would, shows every element in every state (data, each mark, child-script data, empty,
 * invalid input, bad JSON, a refused link; tables shown, keys pressed) with zero
 * securitypolicyviolation events and no errors. The last test shows the policy is
 * really enforced in that frame.
 */
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

describe('strict CSP page (response header) with the CDN bundle', () => {
  before(() => requireBuilt('/dist/cdn/newsroom-charts.js'));

  it('is served with exactly the strict policy as a header', async () => {
    const r = await fetch('/__nc/csp.html', { cache: 'no-store' });
    expect(r.headers.get('content-security-policy')).to.equal(POLICY);
  });

  it('every element in every state renders, and is used, with zero violations', async function () {
    this.timeout(60000);
    await captureConsole('error', async () => {
      const { frame, win, doc } = await openFrame('/__nc/csp.html');
      expect(summary(doc)).to.deep.equal(EXPECTED_STATES);
      await exercise(win, doc);
      await new Promise((r) => setTimeout(r, 300));
      expect(win.__nc.violations).to.deep.equal([]);
      expect(win.__nc.errors).to.deep.equal([]);
      // The frames keep drawing after use: table shown, a point selected.
      const trend = doc.getElementById('trend-line')!.shadowRoot!;
      expect(trend.querySelector('.table-wrap')!.classList.contains('vh')).to.equal(false);
      expect(trend.querySelector('.focus-ring, .crosshair')).to.not.equal(null);
      // The policy is enforced: an inline style attribute is reported, and an HTML string sink throws.
      doc.body.setAttribute('style', 'color: red');
      let threw = false;
      try {
        // eslint-disable-next-line no-restricted-syntax -- proves Trusted Types are enforced in the frame
        doc.body.querySelector('p')!.innerHTML = '<b>x</b>';
      } catch {
        threw = true;
      }
      await new Promise((r) => setTimeout(r, 100));
      expect(threw, 'Trusted Types enforced').to.equal(true);
      expect(win.__nc.violations.length, 'style-src enforced').to.be.at.least(1);
      frame.remove();
    });
  });
});
