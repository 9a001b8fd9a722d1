import { expect, nextFrame } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { html, nothing } from 'lit';
import '../../src/define/casualty-trend.js';
import type { CasualtyTrend } from '../../src/elements/casualty-trend/casualty-trend.js';
import { defineOnce } from '../../src/internal/define.js';
import type { NcInvalidEvent, NcWarningEvent } from '../../src/internal/events.js';
import { illustrativeMonthly, twoSeries } from '../../fixtures/trend.js';
import { firstDays, seedAnnotations } from '../../fixtures/seed.js';
import { TABLE_ROWS_NOW } from '../../src/internal/chart-parts.js';
import { installClock } from '../clock.js';
import { captureConsole, cdp, mount, shadow, tableRows, text } from '../helpers.js';

const seed = () =>
  html`<casualty-trend
    heading="Civilian deaths rose fivefold (illustrative)"
    unit="civilians killed"
    locale="en-GB"
    source="Lantern Monitor (fictional)"
    source-url="https://example.org/lantern"
    data=${JSON.stringify(illustrativeMonthly)}
    annotations=${JSON.stringify(seedAnnotations)}
  ></casualty-trend>`;

describe('<casualty-trend> what a reader perceives', () => {
  it('renders a figure with heading, chart, readout, description and source link', async () => {
    const el = await mount<CasualtyTrend>(seed());
    const root = shadow(el);
    expect(text(root.querySelector('[role="heading"]'))).to.equal('Civilian deaths rose fivefold (illustrative)');
    const plot = root.querySelector('.plot')!;
    expect(plot.getAttribute('aria-label')).to.equal('Civilian deaths rose fivefold (illustrative)');
    expect(plot.getAttribute('tabindex')).to.equal('0');
    const svg = plot.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.getAttribute('width')).to.equal('640');
    expect(svg.querySelectorAll('.line').length).to.be.greaterThan(0);
    const desc = text(root.getElementById('desc'));
    expect(desc).to.contain('Highest 220 civilians killed in May 2017 (estimate)');
    expect(desc).to.contain('+400% since October 2016');
    expect(desc).to.contain('Event, June 2017: Assault on Raqqa begins');
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/lantern');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('passes axe with zero violations (normal, empty and error states)', async () => {
    await expect(await mount<CasualtyTrend>(seed())).to.be.accessible();
    await expect(await mount<CasualtyTrend>(html`<casualty-trend heading="Nothing yet"></casualty-trend>`)).to.be.accessible();
    await captureConsole('error', async () => {
      await expect(await mount<CasualtyTrend>(html`<casualty-trend heading="Broken" data="[{"></casualty-trend>`)).to.be.accessible();
    });
  });

  it('exposes a named chart group with a description in the accessibility tree', async () => {
    await mount<CasualtyTrend>(seed());
    const { nodes } = await cdp<{
      nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string }; ignored: boolean }[];
    }>('Accessibility.getFullAXTree');
    const chart = nodes.find(
      (n) => !n.ignored && n.role?.value === 'group' && n.name?.value === 'Civilian deaths rose fivefold (illustrative)',
    );
    expect(chart, 'chart group').to.not.equal(undefined);
    expect(chart!.description?.value ?? '').to.contain('220');
    expect(chart!.description?.value ?? '').to.contain('arrow keys');
    const unnamedImages = nodes.filter((n) => !n.ignored && n.role?.value === 'image' && !n.name?.value);
    expect(unnamedImages).to.have.length(0);
  });

  it('resolves every aria id reference inside its own shadow root', async () => {
    for (const el of [
      await mount<CasualtyTrend>(seed()),
      await mount<CasualtyTrend>(html`<casualty-trend heading="Deaths" data="[]"></casualty-trend>`),
    ]) {
      const root = shadow(el);
      const refs = [...root.querySelectorAll('[aria-labelledby], [aria-describedby], [aria-controls]')].flatMap((n) =>
        ['aria-labelledby', 'aria-describedby', 'aria-controls'].flatMap((a) => (n.getAttribute(a) ?? '').split(/\s+/).filter(Boolean)),
      );
      expect(refs.length).to.be.greaterThan(0);
      for (const id of refs) expect(root.getElementById(id), id).to.not.equal(null);
    }
  });

  it('uses no text smaller than 12 px', async () => {
    const el = await mount<CasualtyTrend>(seed(), 280);
    shadow(el).querySelector<HTMLButtonElement>('button')!.click();
    await el.updateComplete;
    const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
    let checked = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement!;
      if (!n.textContent!.trim() || parent.closest('.vh')) continue;
      expect(parseFloat(getComputedStyle(parent).fontSize), n.textContent!).to.be.at.least(12);
      checked++;
    }
    expect(checked).to.be.greaterThan(20);
  });

  it('has a data table with one row per datum, shown on demand, always in the tree', async () => {
    const el = await mount<CasualtyTrend>(seed());
    const root = shadow(el);
    const rows = root.querySelectorAll('tbody tr');
    expect(rows.length).to.equal(illustrativeMonthly.length);
    expect([...rows[7]!.children].map((c) => text(c))).to.deep.equal(['May 2017', '220', '220', '260', 'estimate', 'at least 220']);
    expect(rows[7]!.children[0]!.tagName).to.equal('TH');
    expect(root.querySelectorAll('thead th[scope="col"]').length).to.equal(6);
    expect(text(root.querySelector('caption'))).to.contain('civilians killed');
    const wrap = root.getElementById('table')!;
    expect(wrap.classList.contains('vh')).to.equal(true);
    const button = root.querySelector<HTMLButtonElement>('button[aria-controls="table"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(wrap.classList.contains('vh')).to.equal(false);
    expect(wrap.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('reads gaps as "no figure" and never as zero', async () => {
    const el = await mount<CasualtyTrend>(
      html`<casualty-trend unit="civilians killed" mark="bar" data=${JSON.stringify(firstDays)}></casualty-trend>`,
    );
    const root = shadow(el);
    expect(text(root.querySelectorAll('tbody tr')[1])).to.contain('no figure');
    expect(root.querySelectorAll('.bar').length).to.equal(2);
    expect(text(root.querySelector('.key'))).to.contain('Unverified');
  });

  it('fits 280 px: nothing wider than the element', async () => {
    const el = await mount<CasualtyTrend>(seed(), 280);
    const root = shadow(el);
    const limit = el.getBoundingClientRect().right + 0.5;
    for (const node of root.querySelectorAll('svg text, .readout, figure, button')) {
      expect(node.getBoundingClientRect().right, node.textContent ?? '').to.be.at.most(limit);
    }
  });

  it('re-lays out when its container is resized', async () => {
    const el = await mount<CasualtyTrend>(seed(), 640);
    el.parentElement!.style.width = '320px';
    await nextFrame();
    await el.updateComplete;
    await nextFrame();
    expect(shadow(el).querySelector('.plot svg')!.getAttribute('width')).to.equal('320');
  });

  it('takes data from a child script', async () => {
    const el = await mount<CasualtyTrend>(
      html`<casualty-trend unit="civilians killed"
        ><script type="application/json">
          {
            "data": [
              { "date": "2017-06-02", "value": 12 },
              { "date": "2017-06-05", "value": 21 }
            ]
          }
        </script></casualty-trend
      >`,
    );
    // The two days between have no entry: one "no figure" row for them (see test/trust/trend.test.ts).
    const rows = [...shadow(el).querySelectorAll('tbody tr')].map((tr) => text(tr));
    expect(rows).to.have.length(3);
    expect(rows[1]).to.contain('no figure');
  });

  it('renders hostile text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await mount<CasualtyTrend>(
      html`<casualty-trend heading=${evil} note=${evil} data=${JSON.stringify([{ date: '2017', value: 1, note: evil }])}></casualty-trend>`,
    );
    const root = shadow(el);
    expect(text(root.querySelector('[role="heading"]'))).to.equal(evil);
    expect(root.querySelectorAll('img, script').length).to.equal(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('follows prefers-color-scheme unless a theme is set', async () => {
    await cdp('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    try {
      const auto = await mount<CasualtyTrend>(seed());
      expect(getComputedStyle(auto).backgroundColor).to.equal('rgb(18, 18, 18)');
      const light = await mount<CasualtyTrend>(html`<casualty-trend theme="light" data="[]"></casualty-trend>`);
      expect(getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      await cdp('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    }
    const dark = await mount<CasualtyTrend>(html`<casualty-trend theme="dark" data="[]"></casualty-trend>`);
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(18, 18, 18)');
  });

  it('keeps every mark visible in forced colours', async () => {
    await cdp('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      const el = await mount<CasualtyTrend>(seed());
      const line = shadow(el).querySelector('.line')!;
      const bg = getComputedStyle(el).backgroundColor;
      expect(getComputedStyle(line).stroke).not.to.equal(bg);
      expect(getComputedStyle(line).stroke).not.to.equal('none');
    } finally {
      await cdp('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  // No reduced-motion test here: the chart animates nothing, so such a test could not fail. The
  // gallery's slide is the one animation; photo-gallery-caption.test.ts checks it runs under normal
  // motion and never under reduced motion.
});

describe('<casualty-trend> keyboard and pointer', () => {
  it('has one Tab stop; arrows, Home, End move with a readout; Escape clears', async () => {
    const el = await mount<CasualtyTrend>(html`<button id="before">before</button>${seed()}<button id="after">after</button>`);
    const chart = el.parentElement!.querySelector('casualty-trend')!;
    const root = shadow(chart);
    (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.classList.contains('plot')).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await chart.updateComplete;
    expect(text(root.querySelector('.readout'))).to.equal('October 2016, 44 civilians killed, estimate');
    await sendKeys({ press: 'ArrowRight' });
    await chart.updateComplete;
    expect(text(root.querySelector('.readout'))).to.equal('November 2016, 58 civilians killed, estimate, illustrative');
    await sendKeys({ press: 'End' });
    await chart.updateComplete;
    expect(text(root.querySelector('.readout'))).to.equal('May 2017, 220 civilians killed (between 220 and 260), estimate, at least 220');
    expect(root.querySelector('.focus-ring')).to.not.equal(null);
    await sendKeys({ press: 'Home' });
    await chart.updateComplete;
    expect(text(root.querySelector('.readout'))).to.contain('October 2016');
    await sendKeys({ press: 'Escape' });
    await chart.updateComplete;
    expect(root.querySelector('.focus-ring')).to.equal(null);
    // Tab goes through the table button, the download buttons and the source link, then on to the next control on the page.
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('aria-controls')).to.equal('table');
    for (const kind of ['csv', 'svg', 'png']) {
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement?.getAttribute('data-kind')).to.equal(kind);
    }
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.tagName).to.equal('A');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });

  it('moves between series with up and down', async () => {
    const el = await mount<CasualtyTrend>(
      html`<casualty-trend unit="civilians killed" data=${JSON.stringify(twoSeries)}></casualty-trend>`,
    );
    const root = shadow(el);
    root.querySelector<HTMLElement>('.plot')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text(root.querySelector('.readout'))).to.equal('January 2017, Official tally (illustrative): 5 civilians killed');
  });

  it('never prevents keys pressed outside the chart', async () => {
    await mount<CasualtyTrend>(html`<button id="out">out</button>${seed()}`);
    (document.getElementById('out') as HTMLButtonElement).focus();
    const seen: boolean[] = [];
    const listener = (e: KeyboardEvent) => seen.push(e.defaultPrevented);
    window.addEventListener('keydown', listener);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'End' });
    window.removeEventListener('keydown', listener);
    expect(seen).to.deep.equal([false, false]);
  });

  it('hovering a point shows the same readout as focusing it', async () => {
    const el = await mount<CasualtyTrend>(seed());
    const root = shadow(el);
    const ring = root.querySelectorAll('.marker')[7]!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(ring.x + ring.width / 2), Math.round(ring.y + ring.height / 2)] });
    await el.updateComplete;
    expect(text(root.querySelector('.readout'))).to.equal('May 2017, 220 civilians killed (between 220 and 260), estimate, at least 220');
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});

describe('<casualty-trend> bad input', () => {
  it('shows a message in place, logs every path, fires nc-invalid, keeps fallback content', async () => {
    let event: NcInvalidEvent | undefined;
    const listener = (e: Event) => (event = e as NcInvalidEvent);
    document.addEventListener('nc-invalid', listener);
    let el!: CasualtyTrend;
    const logged = await captureConsole('error', async () => {
      el = await mount<CasualtyTrend>(
        html`<casualty-trend
          heading="Deaths"
          data=${JSON.stringify([
            { date: 'May', value: 1 },
            { date: '2017-06', value: '12' },
          ])}
          ><p id="fallback">Fallback text</p></casualty-trend
        >`,
      );
    });
    document.removeEventListener('nc-invalid', listener);
    const root = shadow(el);
    expect(text(root.querySelector('.error-title'))).to.equal('This chart could not be drawn');
    expect(text(root.querySelector('.error ul'))).to.contain('data[0].date');
    expect(text(root.querySelector('.error ul'))).to.contain('data[1].value');
    expect(logged.join('\n')).to.contain('data[0].date');
    expect(logged.join('\n')).to.contain('data[1].value');
    expect(event?.issues.map((i) => i.path)).to.deep.equal(['data[0].date', 'data[1].value']);
    expect(event?.composed).to.equal(true);
    const fallback = el.querySelector('#fallback')!;
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(text(root.querySelector('[role="heading"]'))).to.equal('Deaths');
  });

  it('reports invalid JSON in the attribute, never a silent null', async () => {
    const logged = await captureConsole('error', async () => {
      const el = await mount<CasualtyTrend>(html`<casualty-trend data='[{"date": "2017", "value": 1,]'></casualty-trend>`);
      expect(text(shadow(el).querySelector('.error'))).to.contain('not valid JSON');
    });
    expect(logged.join()).to.contain('data: is not valid JSON');
  });

  it('lets the page cancel nc-invalid to show its own message', async () => {
    const cancel = (e: Event) => e.preventDefault();
    document.addEventListener('nc-invalid', cancel);
    await captureConsole('error', async () => {
      const el = await mount<CasualtyTrend>(html`<casualty-trend data="{"></casualty-trend>`);
      expect(shadow(el).querySelector('.error')).to.equal(null);
    });
    document.removeEventListener('nc-invalid', cancel);
  });

  it('recovers when the data is fixed', async () => {
    await captureConsole('error', async () => {
      const el = await mount<CasualtyTrend>(html`<casualty-trend data="{"></casualty-trend>`);
      el.data = illustrativeMonthly;
      await el.updateComplete;
      expect(shadow(el).querySelector('.error')).to.equal(null);
      expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(8);
    });
  });

  it('warns, and still draws, when a label contradicts the data', async () => {
    let event: NcWarningEvent | undefined;
    const listener = (e: Event) => (event = e as NcWarningEvent);
    document.addEventListener('nc-warning', listener);
    const warned = await captureConsole('warn', async () => {
      const el = await mount<CasualtyTrend>(
        html`<casualty-trend
          data=${JSON.stringify(illustrativeMonthly)}
          annotations=${JSON.stringify([{ type: 'change', from: '2016-10', to: '2017-04', label: '400% rise' }])}
        ></casualty-trend>`,
      );
      expect(shadow(el).querySelector('svg .line')).to.not.equal(null);
    });
    document.removeEventListener('nc-warning', listener);
    expect(warned.join()).to.contain('annotations[0].label');
    expect(event?.warnings[0]?.message).to.contain('286.4%');
  });

  it('refuses javascript: links and keeps the source as text', async () => {
    const warned = await captureConsole('warn', async () => {
      const el = await mount<CasualtyTrend>(
        html`<casualty-trend source="Airwars" source-url=" JaVaScRiPt:alert(1)" data="[]"></casualty-trend>`,
      );
      const root = shadow(el);
      expect(root.querySelector('a')).to.equal(null);
      expect(text(root.querySelector('.source'))).to.equal('Source: Airwars');
    });
    expect(warned.join()).to.contain('source-url');
  });

  it('announces data changes politely', async () => {
    const el = await mount<CasualtyTrend>(seed());
    el.annotations = [];
    el.data = firstDays;
    await el.updateComplete;
    const status = shadow(el).querySelector('[role="status"]')!;
    expect(text(status)).to.contain('Chart updated.');
    expect(text(status)).to.contain('21 civilians killed');
  });

  it('is harmless to define twice', () => {
    const Original = customElements.get('casualty-trend');
    expect(() => defineOnce('casualty-trend', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('casualty-trend')).to.equal(Original);
  });

  it('shows an empty state for no data, still named', async () => {
    const el = await mount<CasualtyTrend>(html`<casualty-trend heading="Deaths" data="[]"></casualty-trend>`);
    expect(text(shadow(el).querySelector('.empty'))).to.equal('No data to show yet.');
    expect(shadow(el).querySelector('figure')!.getAttribute('aria-labelledby')).to.equal('heading');
  });
});

describe('<casualty-trend> time zones', () => {
  it('renders identically in Honolulu, UTC and Kathmandu', async () => {
    const outputs: string[] = [];
    for (const timezoneId of ['Pacific/Honolulu', 'UTC', 'Asia/Kathmandu']) {
      await cdp('Emulation.setTimezoneOverride', { timezoneId });
      const offset = { 'Pacific/Honolulu': 600, UTC: 0, 'Asia/Kathmandu': -345 }[timezoneId];
      expect(new Date(Date.UTC(2017, 4, 1)).getTimezoneOffset()).to.equal(offset);
      const el = await mount<CasualtyTrend>(seed());
      outputs.push(
        shadow(el)
          .querySelector('figure')!
          .innerHTML.replace(/<!--[^>]*-->/g, ''),
      );
    }
    // '' ends the override: later test files run in the browser's own zone (three zones in a full run).
    await cdp('Emulation.setTimezoneOverride', { timezoneId: '' });
    expect(outputs[1]).to.equal(outputs[0]);
    expect(outputs[2]).to.equal(outputs[0]);
  });
});

describe('<casualty-trend> long series', () => {
  const start = Date.UTC(2000, 0, 1);
  const days = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ date: new Date(start + i * 86_400_000).toISOString().slice(0, 10), value: i % 50 }));
  const long = (i: number) =>
    new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(start + i * 86_400_000);

  it('puts every row of 1,000 points in one table: the first 100 with the chart, the rest in later tasks', async () => {
    const el = await mount<CasualtyTrend>(html`<casualty-trend unit="deaths" locale="en-GB" .data=${days(1000)}></casualty-trend>`);
    const root = shadow(el);
    el.data = days(999);
    await el.updateComplete;
    // With the update itself: the first TABLE_ROWS_NOW rows (the 1,000th row of the old data already gone).
    expect(root.querySelectorAll('tbody tr').length).to.be.within(TABLE_ROWS_NOW, 999);
    const rows = await tableRows(root, 999);
    expect(rows).to.equal(999);
    expect(root.querySelector('.pager')).to.equal(null);
    expect(text(root.querySelector('tbody tr:last-child th'))).to.equal(long(998));
    // In the accessibility tree while the table is hidden on screen.
    const { nodes } = await cdp<{ nodes: { role?: { value: string }; ignored: boolean }[] }>('Accessibility.getFullAXTree');
    expect(nodes.filter((n) => !n.ignored && n.role?.value === 'row').length).to.equal(1000);
  });

  it('pages beyond 1,000 rows instead of cutting, and keeps hidden pager buttons out of the Tab order', async () => {
    const el = await mount<CasualtyTrend>(html`<casualty-trend unit="deaths" locale="en-GB" .data=${days(1200)}></casualty-trend>`);
    const root = shadow(el);
    expect(await tableRows(root, 1000)).to.equal(1000);
    expect(text(root.querySelector('.pager span'))).to.equal('Rows 1–1,000 of 1,200');
    const [prev, next] = [...root.querySelectorAll<HTMLButtonElement>('.pager button')];
    expect(prev!.disabled).to.equal(true);
    expect(next!.getAttribute('tabindex')).to.equal('-1');
    next!.click();
    await el.updateComplete;
    expect(text(root.querySelector('.pager span'))).to.equal('Rows 1,001–1,200 of 1,200');
    expect(await tableRows(root, 200)).to.equal(200);
    expect(text(root.querySelector('tbody tr th'))).to.equal(long(1000));
  });
});

describe('<casualty-trend> 100,000 points', () => {
  const start = Date.UTC(1800, 0, 1);
  const day = (i: number) => new Date(start + i * 86_400_000).toISOString().slice(0, 10);
  const SPIKE = 61_234;
  const long = (i: number) =>
    new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(start + i * 86_400_000);
  const data = Array.from({ length: 100_000 }, (_, i) => ({ date: day(i), value: i === SPIKE ? 5_000 : 20 + (i % 7) }));

  it('draws the first time at its real width, in one update (no placeholder, no second render a frame later)', async () => {
    const wrap = document.createElement('div');
    wrap.style.width = '640px';
    document.body.append(wrap);
    const el = document.createElement('casualty-trend') as CasualtyTrend;
    el.data = data.slice(0, 365);
    wrap.append(el);
    await el.updateComplete;
    // No frame has passed: the chart is already drawn at the container's width.
    expect(shadow(el).querySelector('.plot svg')!.getAttribute('width')).to.equal('640');
    expect(shadow(el).querySelector('.line')).to.not.equal(null);
    wrap.remove();
  });

  it('draws min/max per pixel column: the spike survives, the path stays small; text, table and keys use every point', async () => {
    const el = await mount<CasualtyTrend>(html`<casualty-trend unit="deaths" locale="en-GB" .data=${data}></casualty-trend>`);
    const root = shadow(el);
    const d = root.querySelector('.line')!.getAttribute('d')!;
    const ys = [...d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    // At most four points per pixel column of a plot under 640 px, instead of 100,000.
    expect(ys.length).to.be.below(4 * 640);
    // The one-day spike is the top of the drawn line, exactly where the full line would put it.
    const top = Math.min(...ys);
    const axis = [...root.querySelectorAll('.axis.y text')].map((t) => [Number(t.getAttribute('y')), Number(text(t).replace(/,/g, ''))]);
    const [y0, v0] = axis[0]!;
    const [y1, v1] = axis[axis.length - 1]!;
    expect(top).to.be.closeTo(y0 + ((5_000 - v0) * (y1 - y0)) / (v1 - v0), 0.5);
    // The description's figures come from the full data.
    expect(text(root.querySelector('#desc'))).to.contain(`Highest 5,000 deaths on ${long(SPIKE)}`);
    expect(text(root.querySelector('.pager span'))).to.equal('Rows 1–1,000 of 100,000');
    // Keys reach real points: End is the last day, PageUp a tenth back, and the readout shows the real value.
    root.querySelector<HTMLElement>('.plot')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(text(root.querySelector('.readout'))).to.equal(`${long(99_999)}, ${20 + (99_999 % 7)} deaths`);
    for (let k = 0; k < 4; k++) await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    // 99,999 − 4 × 10,000 − 1: a real day and its real value, never a column's min or max.
    expect(text(root.querySelector('.readout'))).to.equal(`${long(59_998)}, ${20 + (59_998 % 7)} deaths`);
  });
});

describe('<casualty-trend> moved, forced colours in dark, right to left', () => {
  it('keeps following its container after being moved to another place in the page', async () => {
    const el = await mount<CasualtyTrend>(seed(), 600);
    const other = document.createElement('div');
    other.style.width = '600px';
    document.body.append(other);
    other.append(el);
    await nextFrame();
    other.style.width = '300px';
    await nextFrame();
    await el.updateComplete;
    await nextFrame();
    expect(shadow(el).querySelector('.plot svg')!.getAttribute('width')).to.equal('300');
    other.remove();
  });

  it('uses system colours in forced colours with a dark scheme too', async () => {
    await cdp('Emulation.setEmulatedMedia', {
      features: [
        { name: 'forced-colors', value: 'active' },
        { name: 'prefers-color-scheme', value: 'dark' },
      ],
    });
    try {
      for (const theme of ['', 'dark']) {
        const el = await mount<CasualtyTrend>(
          html`<casualty-trend theme=${theme || nothing} data=${JSON.stringify(illustrativeMonthly)}></casualty-trend>`,
        );
        const line = getComputedStyle(shadow(el).querySelector('.line')!).stroke;
        const text = getComputedStyle(shadow(el).querySelector('svg text')!).fill;
        // Palette colours are gone: the line is drawn in the system's text colour.
        expect(line, theme).to.equal(text);
        expect(['rgb(255, 138, 128)', 'rgb(179, 38, 30)']).not.to.include(line);
      }
    } finally {
      await cdp('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('keeps every label inside the element in a right-to-left Arabic page', async () => {
    const el = await mount<CasualtyTrend>(
      html`<div dir="rtl" lang="ar-EG">
        <casualty-trend
          heading="القتلى المدنيون"
          unit="قتيل"
          data=${JSON.stringify(illustrativeMonthly)}
          annotations=${JSON.stringify(seedAnnotations)}
        ></casualty-trend>
      </div>`,
      320,
    );
    const chart = el.querySelector('casualty-trend')!;
    await chart.updateComplete;
    const box = chart.getBoundingClientRect();
    for (const n of shadow(chart).querySelectorAll('svg text')) {
      const r = n.getBoundingClientRect();
      expect(r.left, n.textContent ?? '').to.be.at.least(box.left - 0.5);
      expect(r.right, n.textContent ?? '').to.be.at.most(box.right + 0.5);
    }
    expect(text(shadow(chart).querySelector('.axis.y text'))).to.equal('٠');
  });
});

describe('<casualty-trend> announcements are rate-limited', () => {
  it('says the first change at once and the latest of a burst after the 2 s gap', async () => {
    const el = await mount<CasualtyTrend>(seed());
    const status = () => text(shadow(el).querySelector('[role="status"]'));
    const clock = installClock();
    try {
      el.annotations = [];
      el.data = firstDays;
      await el.updateComplete;
      expect(status()).to.contain('21 civilians killed');
      clock.tick(500);
      el.data = illustrativeMonthly;
      await el.updateComplete;
      el.data = [{ date: '2017-05', value: 220 }];
      await el.updateComplete;
      // Until 2 s after the first announcement the region still holds it…
      clock.tick(1499);
      await el.updateComplete;
      expect(status()).to.contain('21 civilians killed');
      expect(clock.pending(), 'one announcement waiting, the intermediate one replaced').to.equal(1);
      // …then only the latest state is said, not the one in between.
      clock.tick(1);
      await el.updateComplete;
      expect(status()).to.contain('One figure, 220 civilians killed in May 2017');
      expect(clock.pending()).to.equal(0);
    } finally {
      clock.uninstall();
    }
  });
});

describe('<casualty-trend> missing', () => {
  const holey = [
    { date: '2017-01', value: 10 },
    { date: '2017-03', value: 12 },
  ];
  it('an unknown keyword warns on its path and draws gaps; setting the property redraws', async () => {
    const warnings: string[] = [];
    let el!: CasualtyTrend;
    await captureConsole('warn', async () => {
      el = await mount<CasualtyTrend>(
        html`<casualty-trend
          heading="Holes"
          missing="skip"
          data=${JSON.stringify(holey)}
          @nc-warning=${(e: NcWarningEvent) => warnings.push(...e.warnings.map((w) => `${w.path}|${w.instead ?? ''}`))}
        ></casualty-trend>`,
      );
    });
    expect(warnings).to.include.members(['missing|drawn as gaps', 'data|drawn as gaps']);
    expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(3);
    el.missing = 'connect';
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(2);
    expect(shadow(el).querySelectorAll('.gap-mark').length).to.equal(0);
    expect(text(shadow(el).getElementById('desc'))).to.contain('the line joins the figures around 1 month with no entry');
  });
});
