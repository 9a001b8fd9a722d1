/**
 * docs/languages.md quotes the seed trend and comparison as read in French and
 * Arabic. This keeps the quotes true: the French markup is taken from the doc
 * itself, the Arabic is the same charts with the doc's Arabic words, and each
 * chart's name, description and key help must appear in the doc word for word.
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import '../../src/define/all.js';
import { mount } from '../helpers.js';

/** Text without Markdown quote marks and with every kind of space as one space. */
const flat = (s: string) =>
  s
    .replace(/^\s*>\s?/gm, '')
    .replace(/\*\*/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ');

const AR_DATA = {
  data: [
    { date: '2016-10', value: 44, status: 'estimate', note: 'بداية الهجوم على الموصل والرقة' },
    { date: '2017-05', value: 220, status: 'estimate', note: '220 على الأقل' },
  ],
  annotations: [
    { type: 'change', from: '2016-10', to: '2017-05', label: '{change} منذ أكتوبر' },
    { type: 'point', date: '2017-05', label: '220 قتيلًا على الأقل في مايو' },
    { type: 'event', date: '2017-06-05', label: 'بدء الهجوم على الرقة' },
  ],
};
const AR_SOURCES = [
  { name: 'مصادر محلية', value: 12, kind: 'محلي', status: 'unverified' },
  { name: 'US Central Command', value: null, kind: 'عسكري', note: 'لا رقم في المقال' },
];

describe('docs/languages.md quotes the seed charts as they read', function () {
  this.timeout(20000);
  it('French (markup from the doc) and Arabic: name, description and key help', async () => {
    const md = await (await fetch('/docs/languages.md')).text();
    const doc = flat(md);
    const french = /```html\n([\s\S]*?)```/.exec(md.slice(md.indexOf('## The seed charts')))![1]!;
    const wrap = await mount<HTMLElement>(html`<div></div>`, 640);
    const parsed = new DOMParser().parseFromString(french, 'text/html');
    for (const n of [...parsed.body.children]) wrap.append(document.importNode(n, true));
    const arabic = document.createElement('div');
    wrap.append(arabic);
    render(
      html`<casualty-trend
          locale="ar"
          heading="تضاعف عدد القتلى المدنيين في غارات التحالف خمس مرات في سبعة أشهر"
          unit="مدنيًا قُتلوا"
          mark="bar"
          interval="month"
          source="Airwars"
          .data=${AR_DATA.data}
          .annotations=${AR_DATA.annotations}
        ></casualty-trend>
        <source-comparison
          locale="ar"
          heading="غارات الجمعة: حصيلة غير موثقة ولا رقم رسمي"
          period="الجمعة 2 يونيو 2017"
          unit="مدنيًا قُتلوا"
          .data=${AR_SOURCES}
        ></source-comparison>`,
      arabic,
    );
    const charts = [...wrap.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('casualty-trend, source-comparison')];
    expect(charts.length).to.equal(4);
    for (const el of charts) {
      await el.updateComplete;
      const root = el.shadowRoot!;
      const name = root.querySelector('.plot')!.getAttribute('aria-label')!;
      expect(doc, `name of ${el.localName}[locale=${el.getAttribute('locale')}]`).to.contain(flat(name));
      for (const p of root.querySelectorAll('#desc p')) expect(doc, `description of ${name}`).to.contain(flat(p.textContent!).trim());
      expect(doc, `key help of ${name}`).to.contain(flat(root.getElementById('keys')!.textContent!).trim());
    }
  });
});
