import { aTimeout, expect, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define/casualty-trend.js';
import '../../src/define/source-comparison.js';
import type { CasualtyTrend } from '../../src/elements/casualty-trend/casualty-trend.js';
import type { SourceComparison } from '../../src/elements/source-comparison/source-comparison.js';
import type { NcInvalidEvent, NcLoadEvent } from '../../src/internal/events.js';
import { illustrativeMonthly } from '../../fixtures/trend.js';
import { withReference } from '../../fixtures/comparison.js';
import { captureConsole, mount, shadow, text } from '../helpers.js';

type Chart = CasualtyTrend | SourceComparison;

/** A URL on the test runner's own server (test/remote/server-plugin.mjs). */
function endpoint(o: { body?: string; type?: string; status?: number; delay?: number; id?: string; repeat?: number }): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(o)) if (v !== undefined) q.set(k, String(v));
  return `/__remote/data?${q}`;
}

const serverLog = async (id: string): Promise<string | null> => (await (await fetch(`/__remote/log?id=${id}`)).json()) as string | null;
let seq = 0;
const uid = (name: string) => `${name}-${Date.now()}-${seq++}`;

const trendJson = JSON.stringify(illustrativeMonthly);
const trendCsv =
  '\uFEFFdate,value,low,high,status,note\r\n' +
  illustrativeMonthly
    .map((p) => [p.date, p.value, p.low ?? '', p.high ?? '', p.status, p.note ? `"${p.note}, per month"` : ''].join(','))
    .join('\r\n');
const sourcesCsv =
  'name,value,low,high,kind,status,url\n' +
  withReference
    .map((s) => [`"${s.name}"`, s.value ?? '', s.low ?? '', s.high ?? '', s.kind, s.status ?? '', s.url ?? ''].join(','))
    .join('\n');

const figure = (el: Element) => shadow(el).querySelector('figure')!;
const status = (el: Element) => shadow(el).querySelector('.loading-msg');
const loaded = (el: Chart) =>
  waitUntil(() => !figure(el).hasAttribute('aria-busy') && el.shadowRoot!.querySelector('.plot, .error'), 'never finished loading', {
    timeout: 8000,
  });

/** Mounts a chart and waits for it to leave the loading state, capturing events and console errors. */
async function load(tpl: ReturnType<typeof html>, width = 640) {
  const events: Event[] = [];
  const listen = (e: Event) => events.push(e);
  for (const n of ['nc-load', 'nc-invalid', 'nc-warning']) document.addEventListener(n, listen);
  let el!: Chart;
  const errors = await captureConsole('error', async () => {
    el = await mount<Chart>(tpl, width);
    await loaded(el);
    await el.updateComplete;
  });
  for (const n of ['nc-load', 'nc-invalid', 'nc-warning']) document.removeEventListener(n, listen);
  return { el, events, errors };
}

describe('src: loading and drawing remote data', () => {
  const good: [string, () => ReturnType<typeof html>, 'json' | 'csv', string][] = [
    [
      'trend JSON (application/json)',
      () => html`<casualty-trend unit="civilians killed" src=${endpoint({ body: trendJson, type: 'application/json' })}></casualty-trend>`,
      'json',
      '220',
    ],
    [
      'trend JSON without a content type',
      () =>
        html`<casualty-trend
          src=${endpoint({ body: JSON.stringify({ data: illustrativeMonthly, annotations: [{ type: 'point', date: '2017-05', label: 'Peak' }] }) })}
        ></casualty-trend>`,
      'json',
      'Peak',
    ],
    [
      'trend CSV (text/csv; BOM, CRLF, quoted commas)',
      () => html`<casualty-trend src=${endpoint({ body: trendCsv, type: 'text/csv; charset=utf-8' })}></casualty-trend>`,
      'csv',
      'at least 220, per month',
    ],
    [
      'trend CSV served as text/plain',
      () =>
        html`<casualty-trend
          src=${endpoint({ body: 'series,date,value\nA,2017-01,3\nB,2017-01,4\nA,2017-02,5\nB,2017-02,6', type: 'text/plain' })}
        ></casualty-trend>`,
      'csv',
      'B',
    ],
    [
      'comparison CSV',
      () =>
        html`<source-comparison
          reference="Official tally (illustrative)"
          src=${endpoint({ body: sourcesCsv, type: 'text/csv' })}
        ></source-comparison>`,
      'csv',
      'Monitor A (illustrative)',
    ],
    [
      'comparison JSON {"data": …}',
      () =>
        html`<source-comparison
          src=${endpoint({ body: JSON.stringify({ data: withReference }), type: 'application/json' })}
        ></source-comparison>`,
      'json',
      'No figure released',
    ],
  ];
  for (const [name, tpl, format, expected] of good) {
    it(`draws ${name} and fires nc-load`, async () => {
      const { el, events, errors } = await load(tpl());
      expect(errors).to.deep.equal([]);
      expect(shadow(el).querySelector('.plot svg [class*="bar"], .plot svg path.line, .plot svg rect'), 'something drawn').to.exist;
      expect(text(shadow(el).querySelector('.chart'))).to.include(expected);
      expect(events.map((e) => e.type)).to.deep.equal(['nc-load']);
      expect((events[0] as NcLoadEvent).format).to.equal(format);
      expect((events[0] as NcLoadEvent).src).to.equal(el.src);
      expect(status(el)).to.equal(null);
      expect(figure(el).hasAttribute('aria-busy')).to.equal(false);
    });
  }

  it('draws the same figures from CSV as from inline JSON', async () => {
    const a = await mount<CasualtyTrend>(html`<casualty-trend data=${trendJson}></casualty-trend>`);
    const { el: b } = await load(html`<casualty-trend src=${endpoint({ body: trendCsv, type: 'text/csv' })}></casualty-trend>`);
    const paths = (el: Element) => [...shadow(el).querySelectorAll('.plot svg path')].map((p) => p.getAttribute('d'));
    expect(paths(b)).to.deep.equal(paths(a));
    expect(paths(a).length).to.be.greaterThan(2);
  });
});

describe('src: errors', () => {
  const bad: [string, () => string, RegExp, number?][] = [
    ['404', () => endpoint({ body: 'nope', type: 'text/plain', status: 404 }), /could not be loaded: HTTP 404/],
    ['500', () => endpoint({ body: '{"error":1}', type: 'application/json', status: 500 }), /could not be loaded: HTTP 500/],
    [
      'an HTML page with status 200 and a JSON type',
      () => endpoint({ body: '<!doctype html><p>Sign in', type: 'application/json' }),
      /is a web page, not JSON or CSV/,
    ],
    [
      'an HTML page as text/html',
      () => endpoint({ body: '\n<html><body>Oops</body></html>', type: 'text/html' }),
      /is a web page, not JSON or CSV/,
    ],
    ['an empty body', () => endpoint({ body: '', type: 'application/json' }), /is empty$/],
    ['invalid JSON', () => endpoint({ body: '[{"date": "2017-01", "value": 1},]', type: 'application/json' }), /is not valid JSON \(/],
    // The cap on data text (MAX_JSON_CHARS) holds for src as for attributes, CSV included.
    [
      'an answer over the size cap',
      () => endpoint({ body: 'a', type: 'text/csv', repeat: 20_000_001 }),
      /has 20,000,001 characters; the limit is 20,000,000$/,
    ],
    ['a network error', () => 'http://127.0.0.1:9/data.json', /could not be loaded: network error, or .+ \(CORS\) \(TypeError: .+\)/],
    ['a javascript: URL', () => 'JavaScript:alert(1)', /refused: it uses the "javascript:" scheme/],
    ['a data: URL', () => 'data:application/json,[]', /refused: it uses the "data:" scheme/],
    [
      'a timeout',
      () => endpoint({ body: trendJson, type: 'application/json', delay: 4000 }),
      /sent no answer within 0.3 s \(src-timeout\)/,
      300,
    ],
  ];
  for (const tag of ['casualty-trend', 'source-comparison'] as const) {
    for (const [name, url, message, timeout] of bad) {
      it(`<${tag}>: ${name} → message in place, console.error, nc-invalid with path src`, async () => {
        const src = url();
        const tpl =
          tag === 'casualty-trend'
            ? html`<casualty-trend heading="Deaths" src=${src} src-timeout=${timeout ?? 15000}><p>Fallback text</p></casualty-trend>`
            : html`<source-comparison heading="Deaths" src=${src} src-timeout=${timeout ?? 15000}><p>Fallback text</p></source-comparison>`;
        const { el, events, errors } = await load(tpl);
        const err = shadow(el).querySelector('.error');
        expect(err, 'error shown').to.exist;
        expect(text(err)).to.match(message);
        expect(text(err)).to.include('src:');
        expect(events.map((e) => e.type)).to.deep.equal(['nc-invalid']);
        const issues = (events[0] as NcInvalidEvent).issues;
        expect(issues.map((i) => i.path)).to.deep.equal(['src']);
        expect(issues[0]!.message).to.match(message);
        expect(issues[0]!.message).to.include(JSON.stringify(src));
        expect(errors.length).to.equal(1);
        expect(errors[0]).to.include(`src: ${JSON.stringify(src)}`);
        expect(el.querySelector('p')!.assignedSlot, 'fallback slotted into the message').to.exist;
        expect(figure(el).hasAttribute('aria-busy')).to.equal(false);
      });
    }
  }

  it('names the line and column of a bad CSV row (trend)', async () => {
    const csv = 'date,value\n2017-01,4\n2017-02,5\n"2017-03",6\n2017-04,7\n2017-05,8\n2017-06,"1,234"\n';
    const { el, events, errors } = await load(html`<casualty-trend src=${endpoint({ body: csv, type: 'text/csv' })}></casualty-trend>`);
    const issues = (events.find((e) => e.type === 'nc-invalid') as NcInvalidEvent).issues;
    expect(issues.map((i) => i.path)).to.deep.equal(['src line 7, column value']);
    expect(text(shadow(el).querySelector('.error'))).to.include('src line 7, column value: expected digits like 1234');
    expect(errors[0]).to.include('src line 7, column value');
  });

  it('names the line and column of a row the schema refuses (comparison)', async () => {
    const csv = 'name,value,status\nA,10,confirmed\nB,"5",rumour\n';
    const { events } = await load(html`<source-comparison src=${endpoint({ body: csv, type: 'text/csv' })}></source-comparison>`);
    const issues = (events.find((e) => e.type === 'nc-invalid') as NcInvalidEvent).issues;
    expect(issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'src line 3, column status: expected one of confirmed, reported, unverified, estimate, no-figure, got "rumour"',
    ]);
  });

  it('reports JSON that fails the schema with the usual data paths', async () => {
    const body = JSON.stringify([
      { date: '2017-01', value: 1 },
      { date: 'May', value: 2 },
    ]);
    const { events } = await load(html`<casualty-trend src=${endpoint({ body, type: 'application/json' })}></casualty-trend>`);
    const issues = (events.find((e) => e.type === 'nc-invalid') as NcInvalidEvent).issues;
    expect(issues.map((i) => i.path)).to.deep.equal(['data[1].date']);
  });
});

describe('src: loading state', () => {
  // Plain counts (no status, so no line-style key): the loaded chart is exactly as tall as the reserve.
  const plain = JSON.stringify(illustrativeMonthly.map((p) => ({ date: p.date, value: p.value })));
  for (const width of [280, 640]) {
    it(`reserves the loaded trend's height at ${width}px, with aria-busy and one status line`, async () => {
      const el = await mount<CasualtyTrend>(
        html`<casualty-trend
          heading="Civilian deaths"
          unit="civilians killed"
          src=${endpoint({ body: plain, type: 'application/json', delay: 1500 })}
        ></casualty-trend>`,
        width,
      );
      expect(figure(el).getAttribute('aria-busy')).to.equal('true');
      const st = status(el)!;
      expect(st.getAttribute('role')).to.equal('status');
      expect(text(st)).to.equal('Loading data…');
      expect(st.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      const busyHeight = el.getBoundingClientRect().height;
      // A re-render while loading (a resize) keeps the same status node and text: nothing is announced again.
      (el.parentElement as HTMLElement).style.width = `${width + 20}px`;
      await nextFrame();
      await el.updateComplete;
      expect(status(el)).to.equal(st);
      expect(text(st)).to.equal('Loading data…');
      (el.parentElement as HTMLElement).style.width = `${width}px`;
      await nextFrame();
      await el.updateComplete;
      await loaded(el);
      await nextFrame();
      const h = el.getBoundingClientRect().height;
      expect(Math.abs(h - busyHeight), `loading ${busyHeight}px, loaded ${h}px`).to.be.lessThan(1);
    });
  }

  it('differs from the loaded trend by exactly the data-dependent key when statuses need one', async () => {
    const el = await mount<CasualtyTrend>(
      html`<casualty-trend
        unit="civilians killed"
        src=${endpoint({ body: trendJson, type: 'application/json', delay: 800 })}
      ></casualty-trend>`,
    );
    const busyHeight = el.getBoundingClientRect().height;
    await loaded(el);
    await nextFrame();
    const key = shadow(el).querySelector('.key')!;
    const keyBlock = key.getBoundingClientRect().height + parseFloat(getComputedStyle(key).marginTop);
    expect(Math.abs(el.getBoundingClientRect().height - busyHeight - keyBlock)).to.be.lessThan(1);
  });

  for (const width of [280, 640]) {
    it(`reserves three plain sources' height for a comparison at ${width}px and keeps the frame`, async () => {
      const three = [
        { name: 'Monitor', value: 220, kind: 'monitor' },
        { name: 'Ministry', value: 60, kind: 'government' },
        { name: 'Army', value: 20, kind: 'military' },
      ];
      const el = await mount<SourceComparison>(
        html`<source-comparison
          heading="Counts"
          note="A note"
          src=${endpoint({ body: JSON.stringify(three), type: 'application/json', delay: 1200 })}
        ></source-comparison>`,
        width,
      );
      expect(text(shadow(el).querySelector('.heading'))).to.equal('Counts');
      expect(text(shadow(el).querySelector('.note'))).to.equal('A note');
      const busyHeight = el.getBoundingClientRect().height;
      await loaded(el);
      await nextFrame();
      const h = el.getBoundingClientRect().height;
      expect(Math.abs(h - busyHeight), `loading ${busyHeight}px, loaded ${h}px`).to.be.lessThan(1);
    });
  }

  it('ignores inline data when src is set (a warning), and never shows it while loading', async () => {
    const warnings = await captureConsole('warn', async () => {
      const el = await mount<CasualtyTrend>(
        html`<casualty-trend
          data='[{"date": "2016", "value": 999}]'
          src=${endpoint({ body: trendJson, type: 'application/json', delay: 800 })}
        ></casualty-trend>`,
      );
      expect(text(shadow(el).querySelector('.chart'))).not.to.include('999');
      await loaded(el);
      expect(text(shadow(el).querySelector('.chart'))).not.to.include('999');
      expect(text(shadow(el).querySelector('.chart'))).to.include('220');
    });
    expect(warnings.join('\n')).to.include('data: ignored because src is set');
  });
});

describe('src: aborting and stale answers', () => {
  it('a new src aborts the old request; the late answer is never shown', async () => {
    const slow = uid('slow');
    const el = await mount<CasualtyTrend>(
      html`<casualty-trend
        src=${endpoint({ body: '[{"date": "2017-01", "value": 111}]', type: 'application/json', delay: 1500, id: slow })}
      ></casualty-trend>`,
    );
    await waitUntil(async () => (await serverLog(slow)) === 'started', 'slow request never reached the server');
    el.src = endpoint({ body: '[{"date": "2017-01", "value": 222}]', type: 'application/json' });
    await oneEvent(el, 'nc-load');
    await el.updateComplete;
    expect(text(shadow(el).querySelector('.chart'))).to.include('222');
    await waitUntil(async () => (await serverLog(slow)) === 'aborted', 'old request not aborted', { timeout: 4000 });
    await aTimeout(1700);
    await el.updateComplete;
    expect(text(shadow(el).querySelector('.chart'))).to.include('222');
    expect(text(shadow(el).querySelector('.chart'))).not.to.include('111');
  });

  it('a superseded request that would have answered first never shows its data', async () => {
    // The first answer is due at 600 ms, the second at 1200 ms: in between, the loading state stays.
    const el = await mount<SourceComparison>(
      html`<source-comparison
        src=${endpoint({ body: '[{"name": "Old", "value": 1}]', type: 'application/json', delay: 600 })}
      ></source-comparison>`,
    );
    el.src = endpoint({ body: '[{"name": "New", "value": 2}]', type: 'application/json', delay: 1200 });
    await aTimeout(900);
    await el.updateComplete;
    expect(figure(el).getAttribute('aria-busy')).to.equal('true');
    expect(text(shadow(el).querySelector('.chart'))).not.to.include('Old');
    await loaded(el);
    expect(text(shadow(el).querySelector('.chart'))).to.include('New');
    expect(text(shadow(el).querySelector('.chart'))).not.to.include('Old');
  });

  it('changing src after a load shows the loading state, not the old data', async () => {
    const { el } = await load(
      html`<casualty-trend src=${endpoint({ body: '[{"date": "2017-01", "value": 111}]', type: 'application/json' })}></casualty-trend>`,
    );
    expect(text(shadow(el).querySelector('.chart'))).to.include('111');
    el.src = endpoint({ body: '[{"date": "2017-01", "value": 333}]', type: 'application/json', delay: 800 });
    await el.updateComplete;
    expect(figure(el).getAttribute('aria-busy')).to.equal('true');
    expect(text(shadow(el).querySelector('.chart'))).not.to.include('111');
    await loaded(el);
    expect(text(shadow(el).querySelector('.chart'))).to.include('333');
  });

  it('removing the element aborts the request; adding it back loads again', async () => {
    const id = uid('removed');
    const el = await mount<CasualtyTrend>(
      html`<casualty-trend src=${endpoint({ body: trendJson, type: 'application/json', delay: 1200, id })}></casualty-trend>`,
    );
    const parent = el.parentElement!;
    await waitUntil(async () => (await serverLog(id)) === 'started', 'request never started');
    el.remove();
    await waitUntil(async () => (await serverLog(id)) === 'aborted', 'request not aborted on removal', { timeout: 4000 });
    const events: string[] = [];
    el.addEventListener('nc-load', (e) => events.push(e.type));
    el.addEventListener('nc-invalid', (e) => events.push(e.type));
    await aTimeout(1400);
    expect(events, 'nothing reported while detached').to.deep.equal([]);
    parent.append(el);
    await loaded(el);
    expect(events).to.deep.equal(['nc-load']);
    expect(await serverLog(id)).to.equal('answered');
    expect(text(shadow(el).querySelector('.chart'))).to.include('220');
  });

  it('moving a loaded element keeps its data without a new request', async () => {
    const id = uid('kept');
    const { el } = await load(html`<casualty-trend src=${endpoint({ body: trendJson, type: 'application/json', id })}></casualty-trend>`);
    const parent = el.parentElement!;
    let fetched = 0;
    const original = window.fetch;
    window.fetch = (...a: Parameters<typeof fetch>) => {
      fetched++;
      return original(...a);
    };
    try {
      el.remove();
      parent.append(el);
      await el.updateComplete;
      await nextFrame();
    } finally {
      window.fetch = original;
    }
    expect(fetched).to.equal(0);
    expect(figure(el).hasAttribute('aria-busy')).to.equal(false);
    expect(text(shadow(el).querySelector('.chart'))).to.include('220');
  });

  it('clearing src goes back to the inline data', async () => {
    const { el } = await load(
      html`<casualty-trend
        data='[{"date": "2016", "value": 999}]'
        src=${endpoint({ body: trendJson, type: 'application/json' })}
      ></casualty-trend>`,
    );
    el.src = '';
    await el.updateComplete;
    await nextFrame();
    expect(text(shadow(el).querySelector('.chart'))).to.include('999');
  });
});

describe('src: error layout', () => {
  it('wraps a long URL inside the message at 280px', async () => {
    const src = `/__remote/data?status=404&body=x&padding=${'a'.repeat(80)}`;
    const { el } = await load(html`<casualty-trend src=${src}></casualty-trend>`, 280);
    const box = shadow(el).querySelector('.error')!.getBoundingClientRect();
    const li = shadow(el).querySelector('.error li')!;
    expect(text(li)).to.include('a'.repeat(80));
    const range = document.createRange();
    range.selectNodeContents(li);
    expect(range.getBoundingClientRect().right).to.be.at.most(box.right);
  });
});
