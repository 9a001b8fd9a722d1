/**
 * A source's kind is one of the schema's keywords (military, government,
 * monitor, ngo, media, local): readers see it in their language, in the row's
 * meta line, the data table and the readout. A kind the editor wrote that is
 * not a keyword is shown as written.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define/source-comparison.js';
import { mount } from '../helpers.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const sources = [
  { name: 'Lantern Monitor (fictional)', value: 34, kind: 'monitor', status: 'reported' },
  { name: 'Harbour Office (fictional)', value: null, kind: 'military' },
  { name: 'Quillhaven Watch (fictional)', value: 19, kind: 'neighbourhood group', status: 'unverified' },
];

const cases: [string, Record<string, string>][] = [
  ['ar', { monitor: 'مرصد', military: 'عسكري' }],
  ['fr', { monitor: 'observatoire', military: 'militaire' }],
  ['es', { monitor: 'observatorio', military: 'militar' }],
  ['de', { monitor: 'Beobachtungsstelle', military: 'Militär' }],
  ['uk', { monitor: 'моніторингова група', military: 'військові' }],
  ['en', { monitor: 'monitor', military: 'military' }],
];

describe('source kinds in the reader’s language', () => {
  for (const [locale, words] of cases)
    it(`${locale}: meta line, table and readout`, async () => {
      const el = await mount<Updating>(
        html`<source-comparison locale=${locale} heading="Illustrative" unit="people" .data=${sources}></source-comparison>`,
      );
      const root = el.shadowRoot!;
      const svgText = [...root.querySelectorAll('.plot svg text')].map((t) => t.textContent ?? '').join(' | ');
      const table = root.querySelector('#table tbody')!.textContent ?? '';
      for (const [kind, word] of Object.entries(words)) {
        expect(svgText, `${locale} ${kind} in the chart`).to.contain(word);
        expect(table, `${locale} ${kind} in the table`).to.contain(word);
        if (locale !== 'en') {
          expect(svgText, `${locale}: no English "${kind}" in the chart`).not.to.match(new RegExp(`\\b${kind}\\b`));
          expect(table, `${locale}: no English "${kind}" in the table`).not.to.match(new RegExp(`\\b${kind}\\b`));
        }
      }
      // Not a keyword: the editor's words, as written.
      expect(table).to.contain('neighbourhood group');
    });
});
