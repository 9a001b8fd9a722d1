import { expect } from '@open-wc/testing';
import { checkUrl } from '../../src/core/url.js';
// Read messages straight after parsing, as the npm entry's users do (elements load them with the first problem).
import '../../src/i18n/issue-texts-now.js';

describe('core/url checkUrl', () => {
  const allowed: [string, 'link' | 'image', string][] = [
    ['https://airwars.org/', 'link', 'https://airwars.org/'],
    ['  http://example.com/a?b=c  ', 'link', 'http://example.com/a?b=c'],
    ['HTTPS://EXAMPLE.COM', 'link', 'HTTPS://EXAMPLE.COM'],
    ['mailto:desk@example.com', 'link', 'mailto:desk@example.com'],
    ['/data/raqqa.json', 'link', '/data/raqqa.json'],
    ['photos/1.jpg', 'image', 'photos/1.jpg'],
    ['//cdn.example.com/x.png', 'image', '//cdn.example.com/x.png'],
  ];
  for (const [raw, kind, url] of allowed) {
    it(`allows ${JSON.stringify(raw)} as ${kind}`, () => expect(checkUrl(raw, kind)).to.deep.equal({ ok: true, url }));
  }
  const refused: [string, 'link' | 'image'][] = [
    ['javascript:alert(1)', 'link'],
    [' JaVaScRiPt:alert(1)', 'link'],
    ['\tjava\nscript:alert(1)', 'link'],
    ['java\u0000script:alert(1)', 'link'],
    ['data:text/html,<script>alert(1)</script>', 'link'],
    ['data:image/svg+xml,<svg onload=alert(1)>', 'image'],
    ['vbscript:msgbox(1)', 'link'],
    ['mailto:desk@example.com', 'image'],
    ['file:///etc/passwd', 'link'],
    ['https:\\\\evil.example', 'link'],
    ['', 'link'],
    ['   ', 'link'],
  ];
  for (const [raw, kind] of refused) {
    it(`refuses ${JSON.stringify(raw)} as ${kind}`, () => {
      const r = checkUrl(raw, kind);
      expect(r.ok).to.equal(false);
    });
  }
});
