// Server rendering in the requested language (issue 13): the catalogues are loaded before
// the first render, so the markup is French or Arabic from the start. Needs dist/ (npm test builds first).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderPage } from '../../dist/ssr/index.js';

const data = JSON.stringify([
  { date: '2016-10', value: 44, status: 'estimate' },
  { date: '2017-05', value: 220, status: 'estimate' },
]);
const text = (html) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('server rendering follows locale', () => {
  it('French: buttons, description and table headers in French, the figure marked fr', () => {
    const { elements } = renderPage(`<casualty-trend locale="fr" unit="civils tués" data='${data}'></casualty-trend>`);
    const html = elements[0].html;
    assert.match(html, /<figure[^>]*lang="fr"/);
    const t = text(html);
    assert.ok(t.includes('Afficher le tableau des données'), t);
    assert.ok(t.includes('Graphique linéaire des civils tués par mois, entre octobre 2016 et mai 2017.'), t);
    assert.ok(!/Show data table|Line chart|Hover, tap/.test(t), t);
  });
  it('Arabic: the figure marked ar and rtl, the key and the table in Arabic', () => {
    const { elements } = renderPage(`<casualty-trend locale="ar-EG" unit="مدنيًا قُتلوا" data='${data}'></casualty-trend>`, { width: 320 });
    const html = elements[0].html;
    assert.match(html, /<figure[^>]*lang="ar"[^>]*dir="rtl"|<figure[^>]*dir="rtl"[^>]*lang="ar"/);
    const t = text(html);
    assert.ok(t.includes('عرض جدول البيانات'), t);
    assert.ok(t.includes('رسم بياني خطي: مدنيًا قُتلوا شهريًا'), t);
    assert.ok(!/Show data table|Line chart|Estimate/.test(t), t);
  });
});
