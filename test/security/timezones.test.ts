import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define/all.js';
import { captureConsole, cdp } from '../helpers.js';
import { FULL, TAGS } from './hostile.js';

/**
 * ROBUSTNESS 10: labels are identical in every time zone. Every element, from its complete
 * input, renders the same shadow DOM under Pacific/Honolulu (UTC−10), UTC and
 * Asia/Kathmandu (UTC+5:45), switched with Emulation.setTimezoneOverride. The whole core,
 * element and a11y suites also run in three browsers started with those TZ values (see
 * web-test-runner.config.mjs); this file says which zone each one is in.
 */
const ZONES = { 'Pacific/Honolulu': 600, UTC: 0, 'Asia/Kathmandu': -345 } as const;

async function render(tag: (typeof TAGS)[number]): Promise<string> {
  const wrap = document.createElement('div');
  wrap.style.width = '640px';
  const el = document.createElement(tag) as LitElement;
  for (const [a, v] of Object.entries(FULL[tag].attributes)) el.setAttribute(a, v);
  for (const [a, v] of Object.entries(FULL[tag].json)) el.setAttribute(a, JSON.stringify(v));
  // Timestamps, not only months: the zone could only show in times of day and day boundaries.
  if (tag === 'source-comparison') el.setAttribute('data', JSON.stringify([{ name: 'A', value: 1, retrieved: '2017-06-05T23:30:00Z' }]));
  wrap.append(el);
  document.body.append(wrap);
  for (let i = 0; i < 2; i++) {
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
  }
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls="table"]')?.click();
  await el.updateComplete;
  const out = el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '');
  wrap.remove();
  return out;
}

/** The browser's zone, with Chromium's old spelling of Kathmandu (what TZ=Asia/Kathmandu reports) mapped to the current one. */
const hostZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone.replace('Asia/Katmandu', 'Asia/Kathmandu');

describe('time zones', () => {
  it(`this browser runs in one of ${Object.keys(ZONES).join(', ')}`, () => {
    const zone = hostZone();
    console.log(`time zone of this run: ${zone}`);
    expect(Object.keys(ZONES)).to.include(zone);
    expect(new Date(Date.UTC(2017, 4, 1)).getTimezoneOffset()).to.equal(ZONES[zone as keyof typeof ZONES]);
  });

  for (const tag of TAGS) {
    it(`<${tag}> renders identically in ${Object.keys(ZONES).join(', ')}`, async () => {
      const zone = hostZone();
      const outputs: string[] = [];
      await captureConsole('warn', async () => {
        for (const [timezoneId, offset] of Object.entries(ZONES)) {
          await cdp('Emulation.setTimezoneOverride', { timezoneId });
          expect(new Date(Date.UTC(2017, 4, 1)).getTimezoneOffset()).to.equal(offset);
          outputs.push(await render(tag));
        }
      });
      // Back to the browser's own zone ('' ends the override; setting the host's zone explicitly is refused later).
      await cdp('Emulation.setTimezoneOverride', { timezoneId: '' });
      expect(hostZone()).to.equal(zone);
      expect(outputs[0]!.length).to.be.greaterThan(1000);
      expect(outputs[1]).to.equal(outputs[0]);
      expect(outputs[2]).to.equal(outputs[0]);
    });
  }
});
