import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { checkUrl } from '../../src/core/url.js';
import type { Issue } from '../../src/schema/issues.js';
import { captureConsole } from '../helpers.js';
import { FULL, mountFull, setAt, type Tag } from './hostile.js';

/**
 * ROBUSTNESS 3 and 4: every href and src passes the allowlist (core checkUrl): each URL
 * below is tried in every URL field of every element. A refused URL leaves no href/src,
 * keeps the text visible and warns with the field's path; an accepted one resolves, in
 * the browser, to http(s): or mailto: only. New-tab links carry rel="noopener noreferrer".
 * The charts' coming `src` attribute goes through the same checkUrl(…, 'image'|'link')
 * table, which is tested here for both kinds.
 */

/** Scheme tricks that must be refused, for links and images alike. */
const REFUSED = [
  'javascript:__nc_xss()',
  'JAVASCRIPT:__nc_xss()',
  ' JaVaScRiPt:__nc_xss()',
  '\tjava\nscript:__nc_xss()',
  'java\tscript:__nc_xss()',
  'java\rscript:__nc_xss()',
  'javascript\n:__nc_xss()',
  'java\u0000script:__nc_xss()',
  '\u0001javascript:__nc_xss()',
  '\u00a0javascript:__nc_xss()',
  '\ufeffjavascript:__nc_xss()',
  '\u2028javascript:__nc_xss()',
  'javascript://example.org/%0a__nc_xss()',
  'data:text/html,<script>__nc_xss()</script>',
  'data:text/html;base64,PHNjcmlwdD5fX25jX3hzcygpPC9zY3JpcHQ+',
  'DATA:image/svg+xml,<svg onload=__nc_xss()>',
  'data:image/png;base64,iVBORw0KGgo=',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/0b9b2c1e',
  'filesystem:https://example.org/temporary/x',
  'ftp://example.org/x',
  'ws://example.org/',
  'https:\\\\evil.example',
  '\\\\evil.example\\x',
  'https://example.org/a b',
  'https://example.org/\u0000',
  '',
  '   ',
];

/** Look-alikes that are harmless relative URLs (entities and escapes are not decoded in attributes set by script). */
const RELATIVE = [
  '&#106;avascript:__nc_xss()',
  '&#x6A;avascript:__nc_xss()',
  'javascript&colon;__nc_xss()',
  '%6Aavascript:__nc_xss()',
  'java\u00a0script:x',
];

/** Allowed as given. */
const ACCEPTED = [
  'https://example.org/a?b=c#d',
  'HTTP://EXAMPLE.ORG/',
  '  https://example.org/trimmed  ',
  '//cdn.example.org/x',
  '/abs/path',
  'rel/path',
];

describe('URL allowlist: core checkUrl', () => {
  for (const kind of ['link', 'image'] as const) {
    it(`refuses ${REFUSED.length} scheme tricks as ${kind}`, () => {
      const passed = REFUSED.filter((u) => checkUrl(u, kind).ok);
      expect(passed).to.deep.equal([]);
    });
    it(`accepts ${ACCEPTED.length + RELATIVE.length} plain and relative URLs as ${kind}, which resolve to http(s)`, () => {
      for (const u of [...ACCEPTED, ...RELATIVE]) {
        const r = checkUrl(u, kind);
        expect(r.ok, u).to.equal(true);
        if (r.ok) expect(new URL(r.url, location.href).protocol, u).to.match(/^https?:$/);
      }
    });
  }
  it('mailto: is a link, never an image', () => {
    expect(checkUrl('mailto:desk@example.org', 'link').ok).to.equal(true);
    expect(checkUrl('MailTo:desk@example.org', 'image').ok).to.equal(false);
  });
});

/** Every URL field of every element: [tag, label, apply(el, url), the path a warning names, what stays visible]. */
const URL_FIELDS: { tag: Tag; path: string; attribute: string; at?: (string | number)[]; visible: string }[] = [
  { tag: 'casualty-trend', path: 'source-url', attribute: 'source-url', visible: 'Airwars' },
  { tag: 'source-comparison', path: 'source-url', attribute: 'source-url', visible: 'Airwars' },
  { tag: 'photo-gallery-caption', path: 'source-url', attribute: 'source-url', visible: 'Agencies' },
  { tag: 'source-comparison', path: 'data[0].url', attribute: 'data', at: [0, 'url'], visible: 'Monitor' },
  { tag: 'photo-gallery-caption', path: 'items[0].src', attribute: 'items', at: [0, 'src'], visible: 'Smoke rises' },
  { tag: 'photo-gallery-caption', path: 'items[0].srcset', attribute: 'items', at: [0, 'srcset'], visible: 'Smoke rises' },
];

function urls(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[href], [src], [srcset]')].flatMap((e) =>
    ['href', 'src', 'srcset'].filter((a) => e.hasAttribute(a)).map((a) => e.getAttribute(a)!),
  );
}

describe('URL allowlist: every href and src of every element', () => {
  before(() => {
    window.__nc_xss = () => window.__ncXss?.push('url');
    window.__ncXss = [];
  });

  for (const f of URL_FIELDS) {
    it(`<${f.tag}> ${f.path}: ${REFUSED.length} refused with a warning and the text kept, ${RELATIVE.length + ACCEPTED.length} resolved to http(s)`, async () => {
      await captureConsole('warn', async () => {
        const el = await mountFull(f.tag);
        const root = el.shadowRoot!;
        const warnings: Issue[] = [];
        el.addEventListener('nc-warning', (e) => warnings.push(...e.warnings));
        const set = (url: string) =>
          el.setAttribute(
            f.attribute,
            f.at
              ? JSON.stringify(
                  setAt(FULL[f.tag].json[f.attribute], f.at, f.attribute === 'items' && f.at[1] === 'srcset' ? `${url} 800w` : url),
                )
              : url,
          );
        for (const url of REFUSED) {
          // Problems are reported once per distinct set: go through an accepted URL first.
          set(ACCEPTED[0]!);
          await el.updateComplete;
          warnings.length = 0;
          set(url);
          await el.updateComplete;
          await el.updateComplete;
          const label = JSON.stringify(url);
          expect(!!root.querySelector('.error'), label).to.equal(false);
          // Empty text is not a link either; only a refusal of something given is worth a warning.
          if (url.trim())
            expect(
              warnings.map((w) => w.path),
              label,
            ).to.include(f.path);
          for (const u of urls(root))
            expect(u.includes('__nc_xss') || /^\s*(data|vbscript|file|blob|ftp|ws):/i.test(u), `${label} → ${u}`).to.equal(false);
          expect(root.textContent, label).to.contain(f.visible);
        }
        for (const url of [...RELATIVE, ...ACCEPTED]) {
          set(url);
          await el.updateComplete;
          for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]'))
            expect(new URL(a.href).protocol, url).to.match(/^(https?|mailto):$/);
          for (const i of root.querySelectorAll<HTMLImageElement>('img')) expect(new URL(i.src).protocol, url).to.match(/^https?:$/);
        }
        for (const a of root.querySelectorAll('a[target="_blank"]')) expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        el.parentElement!.remove();
      });
      expect(window.__ncXss).to.deep.equal([]);
    });
  }
});

describe('URL allowlist: the charts’ src (remote data)', () => {
  for (const tag of ['casualty-trend', 'source-comparison'] as const) {
    it(`<${tag}> src: ${REFUSED.length} scheme tricks are an error naming src, and nothing is fetched`, async () => {
      const fetched: string[] = [];
      const realFetch = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        fetched.push(String(input));
        return realFetch(input, init);
      };
      window.__nc_xss = () => window.__ncXss?.push('src');
      window.__ncXss = [];
      try {
        const el = await mountFull(tag);
        const root = el.shadowRoot!;
        for (const url of REFUSED.filter((u) => u.trim())) {
          const errors: Issue[] = [];
          const onInvalid = (e: Event) => errors.push(...(e as Event & { issues: Issue[] }).issues);
          el.addEventListener('nc-invalid', onInvalid);
          const logged = await captureConsole('error', async () => {
            el.setAttribute('src', url);
            await el.updateComplete;
            await el.updateComplete;
          });
          el.removeEventListener('nc-invalid', onInvalid);
          const label = JSON.stringify(url);
          expect(
            errors.map((e) => e.path),
            label,
          ).to.include('src');
          expect(root.querySelector('.error')?.textContent ?? '', label).to.contain('refused');
          expect(logged.join(' '), label).to.contain('src');
          el.setAttribute('src', '');
          await el.updateComplete;
        }
        expect(fetched, 'no refused src may reach fetch').to.deep.equal([]);
        el.parentElement!.remove();
      } finally {
        window.fetch = realFetch;
      }
      expect(window.__ncXss).to.deep.equal([]);
    });
  }
});
