/**
 * ACCESSIBILITY.md 11–18 with real key presses and pointer moves, for both
 * charts × page direction × axis-direction, the gallery in both directions,
 * polite rate-limited announcements, Arabic-Indic digits, and the language
 * of the English UI text on an Arabic page.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../../src/define/all.js';
import { announcement } from '../../src/core/gallery.js';
import { installClock } from '../clock.js';
import { contrast, mount, settle, text } from '../helpers.js';
import { backgroundOf, labelProblems } from './checks.js';
import { illustrativeMonthly } from '../../fixtures/trend.js';
import { seedAnnotations } from '../../fixtures/seed.js';
import { withReference } from '../../fixtures/comparison.js';
import { DIRS, LANG } from './matrix.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const readout = (el: Element) => text(el.shadowRoot!.querySelector('.readout'));
const center = (r: DOMRect): [number, number] => [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];

interface ChartCase {
  tag: 'casualty-trend' | 'source-comparison';
  render: (axis: string) => TemplateResult;
  /** Readouts of the first, second and last items (in data order). */
  first: RegExp;
  second: RegExp;
  last: RegExp;
  /** Shape to hover for the last item. */
  lastShape: (root: ShadowRoot) => Element;
}

const CHARTS: ChartCase[] = [
  {
    tag: 'casualty-trend',
    render: (axis) =>
      html`<casualty-trend
        axis-direction=${axis}
        heading="Deaths"
        unit="civilians killed"
        data=${JSON.stringify(illustrativeMonthly)}
        annotations=${JSON.stringify(seedAnnotations)}
      ></casualty-trend>`,
    first: /44/,
    second: /58/,
    last: /220/,
    lastShape: (root) => [...root.querySelectorAll('.plot .marker')].at(-1)!,
  },
  {
    tag: 'source-comparison',
    render: (axis) =>
      html`<source-comparison
        axis-direction=${axis}
        heading="Sources"
        unit="civilians killed"
        sort="none"
        data=${JSON.stringify(withReference)}
      ></source-comparison>`,
    first: /^Official tally/,
    second: /^Monitor A/,
    last: /^Ministry/,
    lastShape: (root) => [...root.querySelectorAll('.plot .row')].at(-1)!.querySelector('.track, .bar')!,
  },
];

export const interactionCount = { combinations: 0 };

describe('keyboard, focus and hover (chart × page direction × axis-direction)', function () {
  this.timeout(20000);
  for (const c of CHARTS)
    for (const dir of DIRS)
      for (const axis of ['ltr', 'rtl', 'auto']) {
        const mirrored = axis === 'rtl' || (axis === 'auto' && dir === 'rtl');
        it(`${c.tag} · ${dir} page · axis-direction ${axis}${mirrored ? ' (mirrored)' : ''}`, async () => {
          const wrap = await mount<HTMLElement>(
            html`<div dir=${dir} lang=${LANG[dir]}>
              <button id="before">before</button>${c.render(axis)}<button id="after">after</button>
            </div>`,
          );
          const el = wrap.querySelector(c.tag) as Updating;
          await settle(el);
          const root = el.shadowRoot!;
          const seen: boolean[] = [];
          const onKey = (e: KeyboardEvent) => seen.push(e.defaultPrevented);

          // 12: keys pressed outside the chart are never prevented.
          wrap.querySelector<HTMLButtonElement>('#before')!.focus();
          window.addEventListener('keydown', onKey);
          for (const press of ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'Escape']) await sendKeys({ press });
          window.removeEventListener('keydown', onKey);
          expect(seen, 'keys outside the chart').to.deep.equal([false, false, false, false, false]);

          // 11: one Tab stop: from "before", Tab lands on the plot, and the next Tab leaves the plot's points.
          await sendKeys({ press: 'Tab' });
          const plot = root.querySelector<HTMLElement>('.plot')!;
          expect(root.activeElement, 'Tab reaches the plot').to.equal(plot);
          expect(root.querySelectorAll('.plot [tabindex], .plot a, .plot button').length, 'no focusable children in the plot').to.equal(0);

          // 14: focus indicator ≥ 2 px and ≥ 3:1, in both themes.
          for (const theme of ['light', 'dark']) {
            el.setAttribute('theme', theme);
            await settle(el);
            const s = getComputedStyle(plot);
            expect(parseFloat(s.outlineWidth), 'outline width').to.be.at.least(2);
            expect(s.outlineStyle).to.not.equal('none');
            expect(contrast(s.outlineColor, backgroundOf(el)), `${theme} outline contrast`).to.be.at.least(3);
          }
          el.removeAttribute('theme');

          // The key help says which way time runs.
          const help = text(root.getElementById('keys'));
          // In the page's language (issue 13): the right-to-left pages are Arabic.
          const later = dir === 'rtl' ? 'السهم الأيسر ينتقل إلى ما بعد' : 'the left arrow moves later';
          if (c.tag === 'casualty-trend') expect(help.includes(later), help).to.equal(mirrored);
          // 11, 13: arrows follow what is seen: "forward" is ArrowLeft when mirrored.
          const forward = mirrored ? 'ArrowLeft' : 'ArrowRight';
          const back = mirrored ? 'ArrowRight' : 'ArrowLeft';
          await sendKeys({ press: forward });
          await settle(el);
          expect(readout(el)).to.match(c.first);
          const ring = root.querySelector('.focus-ring')!;
          expect(ring, 'focus ring drawn').to.not.equal(null);
          // 14: drawn last, so no mark covers it.
          expect(ring.closest('svg')!.lastElementChild!.contains(ring), 'focus ring on top').to.equal(true);
          expect(parseFloat(getComputedStyle(ring).strokeWidth), 'ring stroke').to.be.at.least(2);
          expect(contrast(getComputedStyle(ring).stroke, backgroundOf(el)), 'ring contrast').to.be.at.least(3);
          const firstBox = ring.getBoundingClientRect();
          await sendKeys({ press: forward });
          await settle(el);
          expect(readout(el)).to.match(c.second);
          if (c.tag === 'casualty-trend') {
            // The second point is drawn in the forward direction: left of the first when mirrored.
            const x2 = root.querySelector('.focus-ring')!.getBoundingClientRect().x;
            expect(mirrored ? x2 < firstBox.x : x2 > firstBox.x, 'second point lies forward').to.equal(true);
          }
          await sendKeys({ press: back });
          await settle(el);
          expect(readout(el)).to.match(c.first);
          await sendKeys({ press: 'End' });
          await settle(el);
          const lastText = readout(el);
          expect(lastText).to.match(c.last);
          // The focused value is exposed: the readout is a polite live region.
          expect(root.querySelector('.readout')!.getAttribute('aria-live')).to.equal('polite');
          await sendKeys({ press: 'Home' });
          await settle(el);
          expect(readout(el)).to.match(c.first);
          await sendKeys({ press: 'Escape' });
          await settle(el);
          expect(root.querySelector('.focus-ring'), 'Escape clears').to.equal(null);
          await sendKeys({ press: 'Tab' });
          // The next Tab leaves the plot for the next control (source links or the table button).
          expect(root.activeElement?.matches('a, button'), 'Tab moves on past the plot').to.equal(true);

          // 13: hovering the last item shows the same readout as End.
          await sendMouse({ type: 'move', position: center(c.lastShape(root).getBoundingClientRect()) });
          await settle(el);
          expect(readout(el)).to.equal(lastText);
          // WCAG 1.4.13: the readout stays when the pointer leaves, until Escape or another point.
          await sendMouse({ type: 'move', position: [0, 0] });
          await settle(el);
          expect(readout(el), 'readout persists').to.equal(lastText);

          // Geometry of the direction: first item at the right edge when mirrored, count axis on that side.
          const svg = root.querySelector('.plot svg')!.getBoundingClientRect();
          if (c.tag === 'casualty-trend') {
            const markers = [...root.querySelectorAll('.plot .marker')].map((m) => m.getBoundingClientRect().x);
            expect(mirrored ? markers[0]! > markers.at(-1)! : markers[0]! < markers.at(-1)!, 'first point side').to.equal(true);
            const yLabels = [...root.querySelectorAll('.axis.y text')].map((t) => t.getBoundingClientRect());
            const mid = svg.x + svg.width / 2;
            expect(
              yLabels.every((r) => (mirrored ? r.left > mid : r.right < mid)),
              'count axis side',
            ).to.equal(true);
          } else {
            const bars = [...root.querySelectorAll('.plot .bar')].map((b) => b.getBoundingClientRect());
            // Bars share their zero end: the right end when mirrored, the left end otherwise.
            const ends = bars.map((b) => Math.round(mirrored ? b.right : b.left));
            expect(new Set(ends).size, 'bars share a zero edge').to.equal(1);
            expect(mirrored ? ends[0]! > svg.x + svg.width / 2 : ends[0]! < svg.x + svg.width / 2, 'bars grow from the start').to.equal(
              true,
            );
          }
          expect(labelProblems(root), 'labels').to.deep.equal([]);
          interactionCount.combinations++;
        });
      }

  it('warns about an unknown axis-direction and draws left to right', async () => {
    const errors: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => errors.push(a.join(' '));
    try {
      const el = await mount<Updating>(
        html`<casualty-trend axis-direction="up" data=${JSON.stringify(illustrativeMonthly)}></casualty-trend>`,
      );
      const markers = [...el.shadowRoot!.querySelectorAll('.plot .marker')].map((m) => m.getBoundingClientRect().x);
      expect(markers[0]!).to.be.lessThan(markers.at(-1)!);
    } finally {
      console.warn = warn;
    }
    expect(errors.join('\n')).to.contain('axis-direction: expected ltr, rtl or auto, got "up"');
  });
});

describe('gallery: live region, aria-expanded, slides, keys (both directions)', () => {
  for (const dir of DIRS) {
    it(`${dir} page`, async () => {
      const items = [1, 2, 3].map((i) => ({ caption: `Caption ${i}`, credit: 'Reuters' }));
      const wrap = await mount<HTMLElement>(
        html`<div dir=${dir} lang=${LANG[dir]}>
          <photo-gallery-caption heading="Raqqa" items=${JSON.stringify(items)}></photo-gallery-caption>
        </div>`,
      );
      const el = wrap.firstElementChild as Updating;
      const root = el.shadowRoot!;
      const status = root.querySelector('[role="status"]')!;
      expect(status, 'live region before the first change').to.not.equal(null);
      expect(text(status)).to.equal('');
      const next = root.querySelector<HTMLButtonElement>('button[part="next"]')!;
      next.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      // In the page's language (issue 13): the right-to-left page is Arabic.
      expect(text(status)).to.equal(
        dir === 'rtl' ? 'الصورة 2 من 3. Caption 2. تصوير: Reuters' : announcement(2, 3, 'Caption 2', 'Reuters', '', LANG[dir]),
      );
      expect(root.activeElement, 'focus stays on Next').to.equal(next);
      const slide = root.querySelector('.slide')!;
      expect(slide.getAttribute('role')).to.equal('group');
      expect(slide.getAttribute('aria-roledescription')).to.equal(dir === 'rtl' ? 'شريحة' : 'slide');
      expect(slide.getAttribute('aria-label')).to.equal(dir === 'rtl' ? '2 من 3' : '2 of 3');
      // Arrows follow the reading direction: in right-to-left text Left is "next".
      await sendKeys({ press: dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight' });
      await settle(el);
      expect(text(status)).to.contain(dir === 'rtl' ? 'الصورة 3 من 3' : 'Photo 3 of 3');
      const toggle = root.querySelector<HTMLButtonElement>('button[part="show-all"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      // The controls mirror with the page: Previous sits at the start of the line.
      const prev = root.querySelector('button[part="previous"]')!.getBoundingClientRect();
      const nx = next.getBoundingClientRect();
      expect(dir === 'rtl' ? prev.left > nx.left : prev.left < nx.left, 'Previous at the start').to.equal(true);
    });
  }
});

describe('data changes are announced politely, at most every 2 s', function () {
  this.timeout(15000);
  it('casualty-trend and source-comparison', async () => {
    const wrap = await mount<HTMLElement>(
      html`<div>
        <casualty-trend unit="civilians killed" data=${JSON.stringify(illustrativeMonthly)}></casualty-trend>
        <source-comparison unit="civilians killed" data=${JSON.stringify(withReference)}></source-comparison>
      </div>`,
    );
    const els = [...wrap.children] as (Updating & { data: unknown })[];
    for (const el of els) {
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.getAttribute('aria-live') ?? 'polite', 'status is polite').to.equal('polite');
      expect(text(status)).to.equal('');
    }
    const clock = installClock();
    try {
      const updated = () => Promise.all(els.map((el) => el.updateComplete));
      els[0]!.data = illustrativeMonthly.slice(0, 4);
      els[1]!.data = withReference.slice(0, 2);
      await updated();
      const first = els.map((el) => text(el.shadowRoot!.querySelector('[role="status"]')));
      for (const t of first) expect(t).to.match(/^Chart updated\./);
      els[0]!.data = illustrativeMonthly.slice(0, 3);
      els[1]!.data = withReference.slice(0, 3);
      await updated();
      // Within 2 s the second change waits…
      clock.tick(1999);
      await updated();
      els.forEach((el, i) => expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal(first[i]));
      // …then the latest one is said.
      clock.tick(1);
      await updated();
      els.forEach((el, i) => {
        const t = text(el.shadowRoot!.querySelector('[role="status"]'));
        expect(t).to.match(/^Chart updated\./);
        expect(t).to.not.equal(first[i]);
      });
    } finally {
      clock.uninstall();
    }
  });
});

describe('digits follow the locale', () => {
  it('this Chromium: "ar" gives Latin digits; ar-EG and -u-nu-arab give Arabic-Indic digits', () => {
    expect(new Intl.NumberFormat('ar').format(220)).to.equal('220');
    expect(new Intl.NumberFormat('ar-EG').format(220)).to.equal('٢٢٠');
    expect(new Intl.NumberFormat('ar-u-nu-arab').format(220)).to.equal('٢٢٠');
  });

  for (const [locale, digits] of [
    ['ar-EG', /[٠-٩]/],
    ['ar-u-nu-arab', /[٠-٩]/],
    ['ar', /[0-9]/],
  ] as const) {
    it(`${locale}: axis labels, readouts, table, counter`, async () => {
      const wrap = await mount<HTMLElement>(
        html`<div dir="rtl" lang="ar">
          <casualty-trend locale=${locale} unit="مدنيون قتلى" data=${JSON.stringify(illustrativeMonthly)}></casualty-trend>
          <source-comparison locale=${locale} data=${JSON.stringify(withReference)}></source-comparison>
          <photo-gallery-caption locale=${locale} items='[{"caption": "أ"}, {"caption": "ب"}]'></photo-gallery-caption>
        </div>`,
      );
      const [trend, compare, gallery] = [...wrap.children] as Updating[];
      const labels = [...trend!.shadowRoot!.querySelectorAll('.axis.y text')].map((t) => t.textContent!);
      expect(labels.length).to.be.greaterThan(2);
      for (const l of labels) expect(l).to.match(digits);
      if (locale !== 'ar') for (const l of labels) expect(l).to.not.match(/[0-9]/);
      expect(text(trend!.shadowRoot!.querySelector('tbody tr'))).to.match(digits);
      expect(text(compare!.shadowRoot!.querySelector('.value'))).to.match(digits);
      expect(text(gallery!.shadowRoot!.querySelector('.counter'))).to.match(digits);
      trend!.shadowRoot!.querySelector<HTMLElement>('.plot')!.focus();
      await sendKeys({ press: 'End' });
      await settle(trend!);
      expect(readout(trend!)).to.match(digits);
      // Quoted in docs/casualty-trend.md ("Language of the UI text").
      // The note "at least 220" is the editor's (illustrativeMonthly), so it stays as written.
      if (locale === 'ar-EG') expect(readout(trend!)).to.equal('مايو ٢٠١٧، ٢٢٠ مدنيون قتلى (بين ٢٢٠ و٢٦٠)، تقدير، at least 220');
    });
  }
});

describe('UI text on an Arabic page is Arabic, said in one voice (issue 13)', () => {
  it('buttons, hints, key help, descriptions, empty and error messages, table headers', async () => {
    const wrap = await mount<HTMLElement>(
      html`<div dir="rtl" lang="ar">
        <casualty-trend
          heading="القتلى"
          source="Airwars"
          source-url="https://airwars.org/"
          data=${JSON.stringify(illustrativeMonthly)}
        ></casualty-trend>
        <source-comparison heading="المصادر" data=${JSON.stringify(withReference)}></source-comparison>
        <photo-gallery-caption heading="الرقة" items='[{"caption": "أ", "credit": "رويترز"}, {"caption": "ب"}]'></photo-gallery-caption>
        <casualty-trend heading="لا بيانات" data="[]"></casualty-trend>
        <source-comparison heading="تحميل" src=${'/__remote/data?body=%5B%5D&type=application%2Fjson&delay=60000'}></source-comparison>
        <photo-gallery-caption heading="خطأ" items='[{"credit": "x"}]'></photo-gallery-caption>
      </div>`,
    );
    const langOf = (n: Element) => n.closest('[lang]')?.getAttribute('lang');
    const arabic = [
      ['casualty-trend', '.readout .hint, #keys, #desc, [part="table-toggle"], thead, .source span, .key, [role="status"]'],
      ['source-comparison', '.readout .hint, #keys, #desc, [part="table-toggle"], thead, .sources > span, .key'],
      ['photo-gallery-caption', '[part="previous"], [part="next"], [part="show-all"], .credit .vh, .empty, .error-title'],
      ['casualty-trend', '.empty'],
      ['source-comparison', '.loading-msg'],
    ] as const;
    for (const [tag, selectors] of arabic) {
      const nodes = [...wrap.querySelectorAll(tag)].flatMap((el) => [...el.shadowRoot!.querySelectorAll(selectors)]);
      expect(nodes.length, `${tag} ${selectors}`).to.be.at.least(Math.max(1, selectors.split(',').length - 1));
      for (const n of nodes) expect(langOf(n), `${tag} ${n.tagName}.${n.className} "${text(n).slice(0, 30)}"`).to.equal('ar');
      // Every node with words has Arabic ones (the status region is empty until something changes).
      for (const n of nodes) if (text(n)) expect(text(n), `${tag} ${n.tagName}.${n.className}`).to.match(/[\u0600-\u06ff]/);
    }
    // The validation messages are in the page's language too (only the paths, data[0].caption, are code).
    const error = wrap.querySelectorAll('photo-gallery-caption')[1]!.shadowRoot!.querySelector('.error ul')!;
    expect(langOf(error)).to.equal('ar');
    expect(text(error)).to.match(/[\u0600-\u06ff]/);
    // Text from the page is in the page's language, which is the figure's.
    const trend = wrap.querySelector('casualty-trend')!.shadowRoot!;
    expect(langOf(trend.querySelector('[role="heading"]')!)).to.equal('ar');
    const gallery = wrap.querySelector('photo-gallery-caption')!.shadowRoot!;
    expect(langOf(gallery.querySelector('.text')!)).to.equal('ar');
  });
});
