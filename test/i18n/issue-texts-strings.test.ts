/**
 * A publisher's wording for a validation message, given before those messages
 * have loaded (issue-texts.ts): its key is not known yet, so it is checked and
 * kept once they arrive rather than refused as unknown. This file's page has
 * not loaded the messages before.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { issueTextsReady } from '../../src/i18n/issue-texts.js';
import { captureConsole, shadow, text } from '../helpers.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown>; strings: unknown };

describe('publisher wording for validation messages: the strings property', () => {
  it('the `strings` property: kept, not refused as an unknown key', async () => {
    expect(issueTextsReady()).to.equal(false);
    const el = document.createElement('casualty-trend') as Updating;
    el.strings = { iNegative: 'a count cannot be below zero (got {value})' };
    el.setAttribute('data', JSON.stringify([{ date: '2017-05', value: -3 }]));
    const warned = await captureConsole('warn', async () => {
      const logged = await captureConsole('error', async () => {
        document.body.append(el);
        await el.updateComplete;
      });
      // The console stays in the library's English for developers.
      expect(logged.join('\n')).to.contain('expected a count of zero or more, got -3');
    });
    expect(warned.join('\n')).to.not.contain('strings.iNegative');
    expect(text(shadow(el).querySelector('ul'))).to.contain('a count cannot be below zero (got -3)');
    el.remove();
  });
});
