/**
 * The URL allowlist for every href and src the elements render. Lit binds
 * `href="javascript:…"` unchanged, so nothing from input reaches an attribute
 * without passing here.
 */

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Accepts absolute `https:`/`http:` URLs (and `mailto:` for links), and
 * relative URLs, which inherit the page's own scheme. Refuses every other
 * scheme and any control character or whitespace inside the URL, which
 * browsers strip and so could hide a scheme (`"\tjava\nscript:"`).
 */
export function checkUrl(raw: string, kind: 'link' | 'image' = 'link'): UrlCheck {
  const url = raw.trim();
  if (url === '') return { ok: false, reason: 'is empty' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) {
    return { ok: false, reason: 'contains spaces or control characters' };
  }
  if (url.includes('\\')) return { ok: false, reason: 'contains a backslash' };
  const m = SCHEME.exec(url);
  if (m) {
    const scheme = m[1]!.toLowerCase();
    const allowed = kind === 'link' ? ['http', 'https', 'mailto'] : ['http', 'https'];
    if (!allowed.includes(scheme)) {
      return { ok: false, reason: `uses the "${scheme}:" scheme; only ${allowed.map((s) => `${s}:`).join(', ')} are allowed` };
    }
  }
  return { ok: true, url };
}
