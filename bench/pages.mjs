// Whole-page scenarios of issue 12, measured in the same browser as the side-by-side
// benchmark: what a reader's main thread goes through, not one chart in isolation.
//
// - live blog: 30 <casualty-trend> of 365 daily points each, as embeds in one article
//   (the CDN bundle loaded by a module script at the end), viewport 700 × 900. Reports the
//   longest main-thread task and the tasks over 100 ms from the start of the page until it
//   is idle, when the charts in the first screen were drawn, and when all 30 were drawn
//   (scrolling down the page once it is idle, as a reader would, for charts that wait for
//   the viewport), and the longest time a chart was in view without its plot, over the whole
//   run and once the reader scrolls.
// - 200 sources: one <source-comparison> with 200 sources, from handing it the data until
//   the next frame has rendered; the longest task in that time.
// - gallery: "Show all" on a 1,000-photo <photo-gallery-caption>, from the click until the
//   next frame; the longest task in that time.
//
// Long tasks come from the Long Tasks API (tasks of 50 ms and more); timings are medians.
/* global PerformanceObserver, IntersectionObserver, customElements -- used inside page.evaluate() callbacks */

const DAY = 86_400_000;

/** 365 days of plausible counts (deterministic), as the element's data attribute. */
function daily(seed, n = 365) {
  let x = seed;
  const rnd = () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const start = Date.UTC(2016, 0, 1);
  let level = 20 + rnd() * 40;
  const out = [];
  for (let i = 0; i < n; i++) {
    level = Math.max(0, level + (rnd() - 0.5) * 8);
    out.push({ date: new Date(start + i * DAY).toISOString().slice(0, 10), value: Math.round(level) });
  }
  return out;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');

function liveBlogHtml(script) {
  const posts = [];
  for (let i = 0; i < 30; i++) {
    posts.push(`<article><h2>Update ${i + 1}</h2><p>Illustrative text of a live blog post, with a chart of illustrative figures.</p>
<casualty-trend heading="Illustrative series ${i + 1}" unit="people" data='${esc(JSON.stringify(daily(i + 1)))}'>
<p>Illustrative chart ${i + 1}.</p></casualty-trend></article>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live blog (illustrative)</title>
<style>body{margin:0 auto;max-width:680px;font-family:sans-serif}article{margin:2rem 0}</style></head>
<body>${posts.join('\n')}<script type="module" src="${script}"></script></body></html>`;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
}

/** Installed before any page script: long tasks and per-chart "drawn" times. */
function observe() {
  window.__tasks = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function liveBlog(browser, url) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 700, height: 900 });
    await page.evaluateOnNewDocument(observe);
    await page.evaluateOnNewDocument(() => {
      // A chart counts as drawn when its plot has a path; polled each frame (cheap) until all are.
      // In view undrawn: each span a chart spent in the viewport without its plot (a plot that waits
      // for the viewport should be drawn before it gets there).
      window.__drawn = new Map();
      window.__undrawn = [];
      const entered = new Map();
      const close = (c) => {
        if (entered.has(c)) window.__undrawn.push({ from: entered.get(c), ms: performance.now() - entered.get(c) });
        entered.delete(c);
      };
      window.__closeUndrawn = () => [...entered.keys()].forEach(close);
      const seen = new IntersectionObserver((es) => {
        for (const e of es) {
          const drawn = e.target.shadowRoot?.querySelector('.plot svg path');
          if (e.isIntersecting && !drawn && !entered.has(e.target)) entered.set(e.target, performance.now());
          else if (!e.isIntersecting) close(e.target);
        }
      });
      const watched = new WeakSet();
      const poll = () => {
        const charts = document.querySelectorAll('casualty-trend');
        charts.forEach((c, i) => {
          if (!watched.has(c)) {
            watched.add(c);
            seen.observe(c);
          }
          if (!window.__drawn.has(i) && c.shadowRoot?.querySelector('.plot svg path')) {
            window.__drawn.set(i, performance.now());
            close(c);
          }
        });
        if (!charts.length || window.__drawn.size < charts.length) requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await page.setRequestInterception(true);
    page.on('request', (r) =>
      r.url().endsWith('/live-blog.html')
        ? r.respond({ status: 200, contentType: 'text/html', body: liveBlogHtml(`${url}/dist/cdn/newsroom-charts.js`) })
        : r.continue(),
    );
    await page.goto(`${url}/live-blog.html`, { waitUntil: 'load' });
    // Idle: one second without a new long task once the elements are defined.
    await page.evaluate(async () => {
      await customElements.whenDefined('casualty-trend');
      let n = -1;
      while (n !== window.__tasks.length) {
        n = window.__tasks.length;
        await new Promise((r) => setTimeout(r, 1000));
      }
    });
    const firstScreen = await page.evaluate(() => {
      const inView = [...document.querySelectorAll('casualty-trend')]
        .map((c, i) => [i, c.getBoundingClientRect().top])
        .filter(([, top]) => top < window.innerHeight)
        .map(([i]) => window.__drawn.get(i));
      return inView.every((t) => t !== undefined) ? Math.max(...inView) : null;
    });
    // Then the reader scrolls to the end, a screen at a time.
    await page.evaluate(async () => {
      window.__scrollFrom = performance.now();
      while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight) {
        window.scrollBy(0, window.innerHeight);
        await new Promise((r) => setTimeout(r, 150));
      }
      await new Promise((r) => setTimeout(r, 500));
    });
    const r = await page.evaluate(() => ({
      drawn: window.__drawn.size,
      allDrawn: window.__drawn.size === 30 ? Math.max(...window.__drawn.values()) : null,
      // Longest time a chart was in the viewport without its plot (while the page loads, or scrolled to).
      seenUndrawn: (window.__closeUndrawn(), Math.max(0, ...window.__undrawn.map((u) => u.ms))),
      scrolledUndrawn: Math.max(0, ...window.__undrawn.filter((u) => u.from >= window.__scrollFrom).map((u) => u.ms)),
      tasks: window.__tasks.map((t) => t.duration),
      taskList: window.__tasks.map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`).join(' '),
    }));
    return {
      charts: 30,
      points: 365,
      drawn: r.drawn,
      firstScreenMs: firstScreen,
      allDrawnMs: r.allDrawn,
      seenUndrawnMs: r.seenUndrawn,
      scrolledUndrawnMs: r.scrolledUndrawn,
      longestTaskMs: r.tasks.length ? Math.max(...r.tasks) : 0,
      tasksOver100: r.tasks.filter((d) => d > 100).length,
      longTasks: r.taskList,
    };
  } finally {
    await page.close();
  }
}

/** Runs `setup` (returns an element on the page) then `act` n times; main-thread time and longest task. */
async function timed(browser, url, runs, scenario) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 700, height: 900 });
    await page.evaluateOnNewDocument(observe);
    await page.goto(`${url}/bench/page.html`, { waitUntil: 'load' });
    await page.addScriptTag({ type: 'module', url: `${url}/dist/cdn/newsroom-charts.js` });
    await page.waitForFunction(() => customElements.get('photo-gallery-caption') && customElements.get('source-comparison'));
    const times = [];
    const longest = [];
    for (let i = 0; i < runs; i++) {
      const r = await page.evaluate(scenario);
      times.push(r.ms);
      longest.push(r.longest);
    }
    return { runs, medianMs: median(times), maxMs: Math.max(...times), longestTaskMs: Math.max(...longest) };
  } finally {
    await page.close();
  }
}

const sources200 = async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const kinds = ['monitor', 'ngo', 'media', 'local', 'government', 'military'];
  const data = Array.from({ length: 200 }, (_, i) => ({
    name: `Illustrative source ${i + 1}`,
    value: (i * 37) % 500,
    kind: kinds[i % kinds.length],
    status: 'reported',
  }));
  document.body.replaceChildren();
  await frame();
  const before = window.__tasks.length;
  const t = performance.now();
  const el = document.createElement('source-comparison');
  el.setAttribute('heading', 'Two hundred illustrative sources');
  el.setAttribute('unit', 'people');
  el.data = data;
  document.body.append(el);
  await el.updateComplete;
  await frame();
  const ms = performance.now() - t;
  await new Promise((r) => setTimeout(r, 100));
  return { ms, longest: Math.max(0, ...window.__tasks.slice(before).map((x) => x.duration)) };
};

const gallery1000 = async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const items = Array.from({ length: 1000 }, (_, i) => ({
    src: `/demo/placeholders/photo-${String((i % 30) + 1).padStart(2, '0')}.svg`,
    alt: `Illustrative photo ${i + 1}`,
    caption: `Illustrative caption ${i + 1}, of the length a wire caption has: a place, a date and what happened there.`,
    credit: 'Illustrative Photographer',
  }));
  document.body.replaceChildren();
  const el = document.createElement('photo-gallery-caption');
  el.setAttribute('heading', 'A thousand illustrative photos');
  el.items = items;
  document.body.append(el);
  await el.updateComplete;
  await frame();
  await new Promise((r) => setTimeout(r, 100));
  const before = window.__tasks.length;
  const t = performance.now();
  el.shadowRoot.querySelector('[part="show-all"]').click();
  await el.updateComplete;
  await frame();
  const ms = performance.now() - t;
  await new Promise((r) => setTimeout(r, 100));
  return { ms, longest: Math.max(0, ...window.__tasks.slice(before).map((x) => x.duration)) };
};

/** Every whole-page scenario; a failure is reported in place, never thrown. */
export async function pageScenarios(browser, url, { quick = false, log = () => {} } = {}) {
  const out = {};
  const runs = quick ? 3 : 15;
  for (const [name, run] of [
    ['liveBlog', () => liveBlog(browser, url)],
    ['sources200', () => timed(browser, url, runs, sources200)],
    ['gallery1000ShowAll', () => timed(browser, url, runs, gallery1000)],
  ]) {
    try {
      out[name] = await run();
      log(`  ${name}: ${JSON.stringify(out[name])}`);
    } catch (e) {
      out[name] = { error: String(e?.message ?? e).split('\n')[0] };
      log(`  ${name}: failed: ${out[name].error}`);
    }
  }
  return out;
}
