/**
 * A publisher's wording for a validation message registered for the page
 * before those messages have loaded (issue-texts.ts): its key is not known yet, so it is checked and
 * kept once they arrive rather than refused as unknown. This file's page has
 * not loaded the messages before.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';
import { issueTextsReady } from '../../src/i18n/issue-texts.js';
import { registerStrings } from '../../src/i18n/load.js';
import { captureConsole, shadow, text } from '../helpers.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown>; strings: unknown };

describe('publisher wording for validation messages: registerStrings', () => {
  it('registerStrings: checked once the messages are here, a bad one warned then', async () => {
    const warned = await captureConsole('warn', async () => {
      const now = registerStrings('en', { iNumber: 'not a number: {got}', iFinite: 'uses {nothing}' });
      expect(issueTextsReady()).to.equal(false);
      expect(now).to.deep.equal([]);
      await waitUntil(issueTextsReady, 'the messages did not load', { timeout: 5000 });
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(issueTextsReady()).to.equal(true);
    expect(warned.join('\n')).to.contain('registerStrings("en").iFinite');
    expect(warned.join('\n')).to.not.contain('iNumber');
    const el = document.createElement('casualty-trend') as Updating;
    el.setAttribute('data', JSON.stringify([{ date: '2017-05', value: 'x' }]));
    await captureConsole('error', async () => {
      document.body.append(el);
      await el.updateComplete;
    });
    expect(text(shadow(el).querySelector('ul'))).to.contain('not a number: "x"');
    el.remove();
  });
});
