import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define/all.js';
import { sourcesFromCsv, trendFromCsv } from '../../src/core/csv.js';
import { firstDays } from '../../fixtures/seed.js';
import { withReference } from '../../fixtures/comparison.js';
import { captureConsole, mount, shadow } from '../helpers.js';

interface Saved {
  name: string;
  type: string;
  blob: Blob;
}

/**
 * Catches what a download button saves: the `<a download>` the page clicks and
 * the Blob behind its URL (the browser's own download is not started).
 */
async function catchDownload(click: () => void): Promise<Saved> {
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL.bind(URL);
  const origClick = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (o: Blob | MediaSource) => {
    const url = create(o);
    if (o instanceof Blob) blobs.set(url, o);
    return url;
  };
  try {
    return await new Promise<Saved>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error('no download within 5 s')), 5000);
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (!this.download) return origClick.call(this);
        clearTimeout(timer);
        const blob = blobs.get(this.href)!;
        ok({ name: this.download, type: blob.type, blob });
      };
      click();
    });
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = origClick;
  }
}

const button = (el: Element, kind: string) => shadow(el).querySelector<HTMLButtonElement>(`button[data-kind="${kind}"]`);

const evil = [
  { name: '=HYPERLINK("http://evil.example","Click")', value: 3, note: '-' },
  { name: '+1+cmd|calc', value: 2, note: '@SUM(A1)' },
  { name: 'مرصد', value: 1, note: '\t=1+1' },
];

describe('reader downloads', () => {
  it('offers "Get the data" and "Download image: SVG, PNG" as named buttons, from the first render', async () => {
    const el = await mount<HTMLElement>(html`<casualty-trend heading="Deaths" data=${JSON.stringify(firstDays)}></casualty-trend>`);
    const row = shadow(el).querySelector('.downloads')!;
    const names = [...row.querySelectorAll('button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(names).to.deep.equal(['Get the data (CSV)', 'SVG image', 'PNG image']);
    expect(row.textContent).to.contain('Download image:');
    await expect(el).to.be.accessible();
  });

  it('casualty-trend: CSV with every field, a byte-order mark, that the CSV reader reads back', async () => {
    const el = await mount<HTMLElement>(
      html`<casualty-trend id="raqqa" heading="Deaths" data=${JSON.stringify(firstDays)}></casualty-trend>`,
    );
    const got = await catchDownload(() => button(el, 'csv')!.click());
    expect(got.name).to.equal('raqqa.csv');
    expect(got.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await got.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = await got.blob.text();
    // Blob.text() decodes UTF-8 and drops the mark (checked in the bytes above).
    expect(text.split('\r\n')[0]).to.equal('series,date,value,low,high,status,note');
    expect(text.split('\r\n')[1]).to.equal('Values,2017-06-02,12,,,unverified,local sources; not confirmed');
    expect(trendFromCsv(text).problems).to.deep.equal([]);
  });

  it('source-comparison: CSV with status, range, url, retrieved and notes; formula payloads neutralised', async () => {
    const el = await mount<HTMLElement>(
      html`<source-comparison heading="Who counted" data=${JSON.stringify([...withReference, ...evil])}></source-comparison>`,
    );
    const got = await catchDownload(() => button(el, 'csv')!.click());
    expect(got.name).to.equal('who-counted.csv');
    const lines = (await got.blob.text()).split('\r\n');
    expect(lines[2]).to.equal('Monitor A (illustrative),,220,300,monitor,estimate,https://example.org/a,,');
    expect(lines.slice(6, 9)).to.deep.equal([
      `"'=HYPERLINK(""http://evil.example"",""Click"")",3,,,,,,,'-`,
      "'+1+cmd|calc,2,,,,,,,'@SUM(A1)",
      "مرصد,1,,,,,,,'\t=1+1",
    ]);
    // No field a spreadsheet would evaluate: none starts with = + - @ tab or CR.
    const read = sourcesFromCsv(lines.join('\r\n'));
    for (const rec of read.data as Record<string, unknown>[])
      for (const v of Object.values(rec)) if (typeof v === 'string') expect(v).to.not.match(/^[=+\-@\t\r]/);
  });

  it('SVG: a standalone file with title, desc, the plot and the frame text, in the colours on screen', async () => {
    const el = await mount<HTMLElement>(
      html`<casualty-trend
        theme="dark"
        heading="Deaths"
        source="SOHR"
        source-url="https://example.org"
        data=${JSON.stringify(firstDays)}
      ></casualty-trend>`,
    );
    const got = await catchDownload(() => button(el, 'svg')!.click());
    expect(got.name).to.equal('deaths.svg');
    expect(got.type).to.equal('image/svg+xml');
    const doc = new DOMParser().parseFromString(await got.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.querySelector('title')!.textContent).to.equal('Deaths');
    expect(root.querySelector('desc')!.textContent).to.equal(shadow(el).querySelector('#desc')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(root.querySelector('rect')!.getAttribute('fill')).to.equal('#121212');
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include('Deaths');
    expect(texts).to.include('Source: SOHR');
    expect(root.querySelector('style')!.textContent).to.not.contain('var(');
    // The plot's marks are all there.
    const plot = shadow(el).querySelector('.plot svg')!;
    expect(root.querySelectorAll('svg svg rect, svg svg path').length).to.equal(plot.querySelectorAll('rect, path').length);
  });

  it('PNG: the SVG drawn at twice its size, not blank', async () => {
    const el = await mount<HTMLElement>(
      html`<source-comparison heading="Who counted" data=${JSON.stringify(withReference)}></source-comparison>`,
    );
    const got = await catchDownload(() => button(el, 'png')!.click());
    expect(got.name).to.equal('who-counted.png');
    expect(got.type).to.equal('image/png');
    const bitmap = await createImageBitmap(got.blob);
    expect(bitmap.width).to.equal(2 * (640 + 32));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < px.length; i += 4 * 97) colours.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
    expect(colours.size).to.be.greaterThan(3);
  });

  it('downloads="none" removes the row, "data" keeps only the CSV, an unknown word warns', async () => {
    const none = await mount<HTMLElement>(html`<casualty-trend downloads="none" data=${JSON.stringify(firstDays)}></casualty-trend>`);
    expect(shadow(none).querySelector('.downloads')).to.equal(null);
    const data = await mount<HTMLElement>(
      html`<source-comparison downloads="data" data=${JSON.stringify(withReference)}></source-comparison>`,
    );
    expect([...shadow(data).querySelectorAll('.downloads button')].map((b) => b.getAttribute('data-kind'))).to.deep.equal(['csv']);
    const warnings = await captureConsole('warn', async () => {
      const odd = await mount<HTMLElement>(html`<casualty-trend downloads="image pdf" data=${JSON.stringify(firstDays)}></casualty-trend>`);
      expect([...shadow(odd).querySelectorAll('.downloads button')].map((b) => b.getAttribute('data-kind'))).to.deep.equal(['svg', 'png']);
    });
    expect(warnings.join('\n')).to.contain('downloads: expected "data", "image" or "none", got "pdf"');
  });

  it('keyboard: Tab reaches the buttons and Enter downloads', async () => {
    const el = await mount<HTMLElement>(html`<casualty-trend heading="Deaths" data=${JSON.stringify(firstDays)}></casualty-trend>`);
    const b = button(el, 'csv')!;
    b.focus();
    expect(shadow(el).activeElement).to.equal(b);
    const { sendKeys } = await import('@web/test-runner-commands');
    const got = await catchDownload(() => void sendKeys({ press: 'Enter' }));
    expect(got.name).to.equal('deaths.csv');
  });
});
