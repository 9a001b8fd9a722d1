// Writes the server-rendered page the browser hydration test loads
// (dist/test-fixtures/ssr.html, test/static/hydrate.test.ts): every element in a
// normal, an empty and an error state, rendered by newsroom-charts/ssr at 640 px.
// `npm run test:static` runs it after the build, before the browser tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPage } from '../../dist/ssr/index.js';

export const SOURCE = `<casualty-trend id="trend" locale="en" heading="Deaths" unit="civilians killed" data='[{"date": "2017-06-02", "value": 12, "status": "unverified"}, {"date": "2017-06-03", "value": null}, {"date": "2017-06-05", "value": 21, "status": "reported"}]'></casualty-trend>
<casualty-trend id="trend-empty" locale="en" heading="Nothing yet" data="[]"></casualty-trend>
<casualty-trend id="trend-error" locale="en" data='[{"date": "May", "value": 1}]'><p>Fallback text</p></casualty-trend>
<source-comparison id="sources" locale="en" heading="Who counted" data='[{"name": "SOHR", "value": 21, "status": "reported"}, {"name": "State media", "value": 21}]'></source-comparison>
<source-comparison id="sources-empty" locale="en" heading="No sources" data="[]"></source-comparison>
<source-comparison id="sources-error" locale="en" data='[{"value": 3}]'></source-comparison>
<photo-gallery-caption id="gallery" locale="en" heading="In pictures" items='[{"caption": "Smoke over Aleppo", "credit": "Reuters"}, {"caption": "A checkpoint", "credit": "Getty"}]'></photo-gallery-caption>
<photo-gallery-caption id="gallery-empty" locale="en" items="[]"></photo-gallery-caption>
<photo-gallery-caption id="gallery-error" locale="en" items='[{"credit": "AFP"}]'></photo-gallery-caption>
<casualty-trend id="trend-fr" locale="fr" heading="Morts" unit="civils tués" data='[{"date": "2017-06-02", "value": 12, "status": "unverified"}, {"date": "2017-06-05", "value": 21, "status": "reported"}]'></casualty-trend>
<photo-gallery-caption id="gallery-ar" locale="ar" heading="صور" items='[{"caption": "دخان فوق حلب", "credit": "رويترز"}, {"caption": "حاجز", "credit": "غيتي"}]'></photo-gallery-caption>
`;

const dir = join(import.meta.dirname, '../../dist/test-fixtures');
mkdirSync(dir, { recursive: true });
// The error-state elements log their problems; that is expected here.
const error = console.error;
console.error = () => {};
try {
  writeFileSync(join(dir, 'ssr.html'), renderPage(SOURCE, { width: 640 }).html);
} finally {
  console.error = error;
}
