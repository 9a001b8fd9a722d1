// A test-runner plugin serving whole pages for test/security (the test runner's own
// pages cannot carry response headers or load the same library twice):
//   /__nc/csp.html         every element, in every state, loaded from the CDN bundle
//                          exactly as a newsroom page would, under a strict
//                          Content-Security-Policy sent as a response header (STRICT_CSP);
//   /__nc/twice-cdn.html   the CDN module bundle loaded twice (two URLs, so it runs twice);
//   /__nc/twice-iife.html  the classic-script bundle loaded twice;
//   /__nc/cdn-esm.html     the CDN bundle, then the npm build (dist/define/all.js, with its own Lit);
//   /__nc/esm-cdn.html     the same the other way round;
//   /__nc/listen.js        a classic script every page loads first: it records
//                          securitypolicyviolation, error and unhandledrejection events in window.__nc.
// All of them use the built files in dist/ (npm test builds before the browser tests).

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const LISTEN = `(function () {
  var nc = (window.__nc = { violations: [], errors: [] });
  document.addEventListener('securitypolicyviolation', function (e) {
    nc.violations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' ' + (e.sample || ''));
  });
  window.addEventListener('error', function (e) {
    nc.errors.push(String(e.message || e.error));
  });
  window.addEventListener('unhandledrejection', function (e) {
    nc.errors.push('unhandled rejection: ' + String(e.reason));
  });
})();
`;

const attr = (v) => `'${String(v).replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;')}'`;
const json = (v) => attr(JSON.stringify(v));

const trendData = {
  series: [
    {
      name: 'Monitor',
      points: [
        { date: '2017-01', value: 60, low: 50, high: 75, status: 'estimate', note: 'first month' },
        { date: '2017-02', value: 90, status: 'unverified' },
        { date: '2017-03', value: null },
        { date: '2017-04', value: 150, status: 'reported' },
      ],
    },
    {
      name: 'Official',
      points: [
        { date: '2017-01', value: 5 },
        { date: '2017-04', value: 12 },
      ],
    },
  ],
};
const annotations = [
  { type: 'point', date: '2017-04', label: 'Latest official count', series: 'Official' },
  { type: 'change', from: '2017-01', to: '2017-04', series: 'Monitor', label: '{change} since January' },
  { type: 'event', date: '2017-02', label: 'Assault begins' },
  { type: 'period', from: '2017-01', to: '2017-02', label: 'Ceasefire' },
];
const sources = [
  {
    name: 'Monitor',
    value: 220,
    low: 200,
    high: 300,
    kind: 'monitor',
    status: 'estimate',
    url: 'https://example.org/m',
    retrieved: '2017-06-05',
    note: 'at least 220',
  },
  { name: 'Official', value: 20, kind: 'military', status: 'confirmed' },
  { name: 'Local', value: 7, kind: 'local', status: 'unverified' },
  { name: 'Ministry', value: null, kind: 'government' },
];
const photos = [
  {
    caption: 'Smoke rises over the eastern districts of Aleppo',
    credit: 'Reuters',
    src: '/demo/placeholders/photo-01.svg',
    alt: 'Smoke above rooftops',
    srcset: '/demo/placeholders/photo-01.svg 800w, /demo/placeholders/photo-02.svg 1600w',
    width: 1600,
    height: 1067,
  },
  { caption: 'A second photo', credit: 'AP', src: '/demo/placeholders/photo-02.svg', alt: '' },
  { caption: 'A third photo', credit: 'AFP', src: '/demo/placeholders/photo-03.svg', alt: '' },
];

/** Every element in every state a reader can meet: data, annotations, each mark, child-script data, empty, invalid. */
export const ELEMENTS = `
<casualty-trend id="trend-line" heading="Civilian deaths" subheading="Per month" note="Illustrative" source="Airwars" source-url="https://airwars.org/" byline="Graphic: test" unit="civilians killed" data=${json(trendData)} annotations=${json(annotations)}><p>Fallback</p></casualty-trend>
<casualty-trend id="trend-bar" heading="Bars" mark="bar" unit="deaths" data=${json(trendData.series[0].points)}></casualty-trend>
<casualty-trend id="trend-area" heading="Area from a child script" mark="area" theme="dark"><script type="application/json">${JSON.stringify({ data: trendData.series[0].points, annotations: [annotations[2]] })}</script></casualty-trend>
<casualty-trend id="trend-empty" heading="Empty" data="[]"></casualty-trend>
<casualty-trend id="trend-invalid" heading="Invalid" data=${json([{ date: 'May', value: -1 }])}><p>Fallback</p></casualty-trend>
<casualty-trend id="trend-badjson" heading="Bad JSON" data="[{"></casualty-trend>
<casualty-trend id="trend-badlink" heading="Refused link" source="Src" source-url="javascript:alert(1)" data=${json([{ date: '2017', value: 1 }])}></casualty-trend>
<source-comparison id="cmp-bar" heading="May 2017" unit="civilians killed" period="May 2017" reference="Official" data=${json(sources)}></source-comparison>
<source-comparison id="cmp-dot" heading="Dots" mark="dot" sort="name" theme="dark" data=${json(sources)}></source-comparison>
<source-comparison id="cmp-invalid" heading="Invalid" reference="Nobody" data=${json(sources)}></source-comparison>
<source-comparison id="cmp-badjson" heading="Bad JSON" data="{"></source-comparison>
<photo-gallery-caption id="gal-single" heading="In pictures" credit-prefix="Photo:" items=${json(photos)}></photo-gallery-caption>
<photo-gallery-caption id="gal-all" heading="All photos" mode="all" items=${json(photos)}></photo-gallery-caption>
<photo-gallery-caption id="gal-strip" heading="Caption strip"><script type="application/json">${JSON.stringify(photos.map(({ caption, credit }) => ({ caption, credit })))}</script></photo-gallery-caption>
<photo-gallery-caption id="gal-invalid" heading="Invalid" items=${json([{ credit: 'AP' }])}></photo-gallery-caption>
`;

const page = (title, scripts) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script src="/__nc/listen.js"></script>
${scripts.map((s) => (s.module ? `<script type="module" src="${s.src}"></script>` : `<script src="${s.src}"></script>`)).join('\n')}
</head><body>
${ELEMENTS}
</body></html>`;

const CDN = '/dist/cdn/newsroom-charts.js';
const IIFE = '/dist/cdn/newsroom-charts.iife.js';
const ESM = '/dist/define/all.js';

const PAGES = {
  '/__nc/csp.html': { html: page('Strict CSP', [{ src: CDN, module: true }]), csp: true },
  '/__nc/twice-cdn.html': {
    html: page('CDN twice', [
      { src: CDN, module: true },
      { src: `${CDN}?second-copy`, module: true },
    ]),
  },
  '/__nc/twice-iife.html': { html: page('IIFE twice', [{ src: IIFE }, { src: `${IIFE}?second-copy` }]) },
  '/__nc/cdn-esm.html': {
    html: page('CDN then npm build', [
      { src: CDN, module: true },
      { src: ESM, module: true },
    ]),
  },
  '/__nc/esm-cdn.html': {
    html: page('npm build then CDN', [
      { src: ESM, module: true },
      { src: CDN, module: true },
    ]),
  },
};

export function pagesPlugin() {
  return {
    name: 'nc-security-pages',
    serve(context) {
      if (context.path === '/__nc/listen.js') return { body: LISTEN, type: 'js' };
      const p = PAGES[context.path];
      if (!p) return undefined;
      return { body: p.html, type: 'html', headers: p.csp ? { 'content-security-policy': STRICT_CSP } : {} };
    },
  };
}
