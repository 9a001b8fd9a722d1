/**
 * Which catalogues a page has (issue 13). English is built in; Arabic, French,
 * Spanish, German and Ukrainian load on demand, each a small module of its own
 * (in the classic script, a file beside it: chunks/lang-xx.js). A publisher
 * can register text for any language (house style, or a language we do not
 * ship) with `registerStrings`, checked like any input.
 */
import { IssueList, makeIssue, type Issue, type IssueText } from '../schema/issues.js';
import { en, languageOf, placeholders, type Catalogue, type Key, type PartialCatalogue } from './messages.js';
import { issueTextsSettled, loadIssueTexts, textListeners } from './issue-texts.js';
import { PLURAL_CATEGORIES, type Message } from './types.js';

type Module = { default: Catalogue };

// One static import() each, so bundlers can split them (and the classic script can find them by name).
const BUNDLED: Record<string, () => Promise<Module>> = {
  ar: () => import('./ar.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  uk: () => import('./uk.js'),
};

/** The languages with a complete catalogue in the library. */
export const LANGUAGES: readonly string[] = ['en', ...Object.keys(BUNDLED)];

const loaded = new Map<string, Catalogue | null>();
const loading = new Map<string, Promise<void>>();
const registered = new Map<string, PartialCatalogue>();
/** Elements on the page, told when text is registered so they draw it at once. */
export { textListeners };

/** Longest message accepted from a publisher. */
const MAX_MESSAGE = 500;

/**
 * The catalogue of `lang` as this page has it: the library's (if loaded) with
 * the registered strings over it; undefined while the library's is still on
 * its way, null when there is no text for the language at all.
 */
export function catalogueFor(lang: string): PartialCatalogue | null | undefined {
  const l = languageOf(lang);
  if (l === 'en') return registered.get('en') ?? {};
  const own = Object.prototype.hasOwnProperty.call(BUNDLED, l) ? loaded.get(l) : null;
  if (own === undefined) return undefined;
  const extra = registered.get(l);
  return own || extra ? { ...own, ...extra } : null;
}

/** Loads the library's catalogue for `lang` once; resolves when it has arrived or failed (never rejects). */
export function loadCatalogue(lang: string): Promise<void> {
  const l = languageOf(lang);
  const load = Object.prototype.hasOwnProperty.call(BUNDLED, l) ? BUNDLED[l] : undefined;
  if (!load || loaded.has(l)) return Promise.resolve();
  let p = loading.get(l);
  if (!p) {
    p = load().then(
      (m) => void loaded.set(l, m.default),
      (e: unknown) => {
        console.warn(`newsroom-charts: the "${l}" text could not be loaded; English is shown instead.`, e);
        loaded.set(l, null);
      },
    );
    loading.set(l, p);
  }
  return p;
}

/** A publisher's message, or a reason it is refused. */
function checkMessage(key: Key, v: unknown): { message: Message } | { reason: IssueText } {
  const ok = (t: unknown): t is string => typeof t === 'string' && t.length <= MAX_MESSAGE;
  let m: Message;
  if (ok(v)) m = v;
  else if (v && typeof v === 'object' && !Array.isArray(v)) {
    const forms = Object.entries(v);
    if (!forms.every(([c, t]) => (PLURAL_CATEGORIES as string[]).includes(c) && ok(t)) || !ok((v as { other?: unknown }).other))
      return { reason: ['iStringsForms'] };
    m = v as Message;
  } else return { reason: ['iStringsLength', { max: String(MAX_MESSAGE) }] };
  const own = placeholders(en[key]);
  const extra = [...placeholders(m)].filter((p) => !own.has(p));
  if (!extra.length) return { message: m };
  const list = [...own].map((p) => `{${p}}`).join(', ');
  return { reason: ['iStringsFilled', { extra: `{${extra.join('}, {')}}`, own: list || { key: 'iNone' } }] };
}

interface Checked {
  value: PartialCatalogue;
  issues: Issue[];
  /** Keys not known yet: perhaps validation messages' keys, checked once those have loaded. */
  deferred: string[];
}

/** Checks a publisher's strings: unknown keys and bad texts are left out, each with a warning at `path`. */
export function checkStrings(input: unknown, path: string): Checked {
  const issues = new IssueList();
  const value: PartialCatalogue = {};
  const deferred: string[] = [];
  if (input === undefined || input === null) return { value, issues: [], deferred };
  if (typeof input !== 'object' || Array.isArray(input)) {
    issues.warn(path, 'iStringsObject', {}, 'xBuiltIn');
    return { value, issues: issues.items, deferred };
  }
  for (const [k, v] of Object.entries(input)) {
    if (!Object.prototype.hasOwnProperty.call(en, k)) {
      // Perhaps a validation message's key: those are known once they have loaded (issue-texts.ts).
      if (!issueTextsSettled()) deferred.push(k);
      else issues.warn(`${path}.${k}`, 'iStringsKey');
      continue;
    }
    const m = checkMessage(k as Key, v);
    if ('reason' in m) issues.warn(`${path}.${k}`, ...m.reason, 'xBuiltIn');
    else value[k as Key] = m.message;
  }
  return { value, issues: issues.items, deferred };
}

/**
 * Adds or replaces text for `lang` on this page, for every element: a house
 * style ("Figures" for "Show data table") or a language the library does not
 * ship. Returns the problems (also logged); what is valid is kept. Keys of
 * the validation messages are checked, logged and kept once those messages
 * have loaded (a moment later, on a page that had no problem yet).
 */
export function registerStrings(lang: string, strings: unknown): Issue[] {
  const l = languageOf(lang);
  const { value, issues, deferred } = checkStrings(strings, `registerStrings("${l}")`);
  registered.set(l, { ...registered.get(l), ...value });
  if (deferred.length) {
    const rest = Object.fromEntries(deferred.map((k) => [k, (strings as Record<string, unknown>)[k]]));
    void loadIssueTexts().then(() => registerStrings(l, rest));
  }
  for (const f of textListeners) f();
  if (issues.length)
    void loadIssueTexts().then(() => console.warn(`newsroom-charts:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`));
  return issues;
}

/** The one warning for a language that lacks some keys: which ones, and that they are shown in English. */
export function missingWarning(locale: string, ...layers: (PartialCatalogue | null)[]): Issue | null {
  const lang = languageOf(locale);
  if (lang === 'en') return null;
  const keys = Object.keys(en).filter((k) => !layers.some((l) => l && Object.prototype.hasOwnProperty.call(l, k)));
  if (!keys.length) return null;
  const all = keys.length === Object.keys(en).length;
  return makeIssue('locale', 'warning', ['iNoText', { lang, keys: all ? { key: 'iAnyKey' } : keys.join(', ') }], ['xEnglish']);
}
