/**
 * The English validation messages load with the first problem (issue 13's
 * weight): a page whose charts are valid never downloads them; the first
 * invalid chart loads them before it logs, dispatches or shows anything, so the
 * console, `nc-invalid` and the error list all carry the full English text.
 * This file's page has not loaded them before its first test.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { issueTextsReady } from '../../src/i18n/issue-texts.js';
import type { NcInvalidEvent } from '../../src/internal/events.js';
import { captureConsole, shadow, text } from '../helpers.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

// Chromium keeps 250 resource entries by default; this page loads about that many modules before en-issues.
performance.setResourceTimingBufferSize(2000);
const fetched = (): boolean => performance.getEntriesByType('resource').some((e) => /en-issues/.test(e.name));

async function chart(data: unknown, attrs: Record<string, string> = {}): Promise<Updating> {
  const el = document.createElement('casualty-trend') as Updating;
  el.setAttribute('heading', 'Deaths');
  el.setAttribute('data', JSON.stringify(data));
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('validation messages on demand', () => {
  after(() => document.querySelectorAll('casualty-trend').forEach((e) => e.remove()));

  it('a valid chart draws without them and never asks for them', async () => {
    const el = await chart([{ date: '2017-05', value: 220 }]);
    expect(shadow(el).querySelector('svg')).to.exist;
    expect(issueTextsReady()).to.equal(false);
    expect(fetched()).to.equal(false);
  });

  it('the first invalid chart loads them before it logs, dispatches or shows its problems', async () => {
    let event: NcInvalidEvent | undefined;
    let readyAtEvent = false;
    const onInvalid = (e: Event) => {
      event = e as NcInvalidEvent;
      readyAtEvent = issueTextsReady();
    };
    document.addEventListener('nc-invalid', onInvalid);
    let el: Updating | undefined;
    const logged = await captureConsole('error', async () => {
      el = await chart([{ date: 'May', value: -1 }]);
    });
    document.removeEventListener('nc-invalid', onInvalid);
    expect(fetched()).to.equal(true);
    expect(readyAtEvent).to.equal(true);
    expect(event?.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'data[0].date: expected an ISO date like 2017, 2017-05, 2017-05-31 or 2017-05-31T14:00Z, got "May"',
      'data[0].value: expected a count of zero or more, got -1',
    ]);
    expect(logged.join('\n')).to.contain('data[0].value: expected a count of zero or more, got -1');
    const list = text(shadow(el!).querySelector('ul'));
    expect(list).to.contain('data[0].value: expected a count of zero or more, got -1');
    // Logged once, not again when the messages arrived.
    expect(logged.filter((l) => l.includes('data[0].value')).length).to.equal(1);
  });
});
