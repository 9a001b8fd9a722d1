/**
 * A chart in another language is first drawn in that language: its first
 * render waits for the language's words (loaded on demand) instead of drawing
 * English and redrawing. This file's page has loaded no catalogue before.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { catalogueFor } from '../../src/i18n/load.js';

type Updating = HTMLElement & {
  updateComplete: Promise<unknown>;
  addController(c: { hostUpdated?: () => void }): void;
};

/** The text of `selector` in the shadow root after each render, in order. */
function watch(el: Updating, selector: string): string[] {
  const seen: string[] = [];
  el.addController({
    hostUpdated: () => seen.push((el.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim()),
  });
  return seen;
}

const trend = (locale: string) => {
  const el = document.createElement('casualty-trend') as Updating;
  el.setAttribute('locale', locale);
  el.setAttribute(
    'data',
    JSON.stringify([
      { date: '2017-05', value: 220 },
      { date: '2017-06', value: 21 },
    ]),
  );
  return el;
};

describe('first render in the reader’s language', () => {
  it('German: the words are not here yet, and the first render already uses them', async () => {
    expect(catalogueFor('de')).to.equal(undefined);
    const el = trend('de');
    const seen = watch(el, '[part="table-toggle"]');
    document.body.append(el);
    await el.updateComplete;
    expect(seen.length).to.be.greaterThan(0);
    expect(seen[0]).to.equal('Datentabelle anzeigen');
    expect(seen).not.to.include('Show data table');
    el.remove();
  });

  it('Ukrainian gallery too (not only charts)', async () => {
    expect(catalogueFor('uk')).to.equal(undefined);
    const el = document.createElement('photo-gallery-caption') as Updating;
    el.setAttribute('locale', 'uk');
    el.setAttribute(
      'items',
      JSON.stringify([
        { caption: 'Ілюстративний підпис', credit: 'Ілюстративний автор' },
        { caption: 'Другий', credit: 'Автор' },
      ]),
    );
    const seen = watch(el, '[part="next"]');
    document.body.append(el);
    await el.updateComplete;
    expect(seen[0]).to.not.match(/Next/);
    expect(seen[0]).to.not.equal('');
    el.remove();
  });

  it('English draws at once (nothing to wait for)', async () => {
    const el = trend('en-GB');
    const seen = watch(el, '[part="table-toggle"]');
    document.body.append(el);
    await el.updateComplete;
    expect(seen[0]).to.equal('Show data table');
    el.remove();
  });
});
