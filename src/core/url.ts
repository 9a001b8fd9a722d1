/**
 * The URL allowlist for every href and src the elements render. Lit binds
 * `href="javascript:…"` unchanged, so nothing from input reaches an attribute
 * without passing here.
 */
import { englishField, word, type IssueParams, type IssueWord } from '../i18n/issue-text.js';
import type { Key } from '../i18n/messages.js';

/** A refusal: `reason` in English (after "it"), `why` the same as a catalogue phrase for the reader's language. */
export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string; why: IssueWord };

const refuse = (key: Key, params?: IssueParams): UrlCheck =>
  englishField({ ok: false, why: word(key, params) }, 'reason', key, params) as UrlCheck;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Accepts absolute `https:`/`http:` URLs (and `mailto:` for links), and
 * relative URLs, which inherit the page's own scheme. Refuses every other
 * scheme and any control character or whitespace inside the URL, which
 * browsers strip and so could hide a scheme (`"\tjava\nscript:"`).
 */
export function checkUrl(raw: string, kind: 'link' | 'image' = 'link'): UrlCheck {
  const url = raw.trim();
  if (url === '') return refuse('uEmpty');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) {
    return refuse('uSpaces');
  }
  if (url.includes('\\')) return refuse('uBackslash');
  const m = SCHEME.exec(url);
  if (m) {
    const scheme = m[1]!.toLowerCase();
    const allowed = kind === 'link' ? ['http', 'https', 'mailto'] : ['http', 'https'];
    if (!allowed.includes(scheme)) {
      return refuse('uScheme', { scheme, allowed: allowed.map((s) => `${s}:`) });
    }
  }
  return { ok: true, url };
}
