/**
 * Messages in the reader's language (issue 13): pure, no Lit, no DOM. A
 * `Strings` is one language resolved for one element: English underneath,
 * the language's catalogue over it, the publisher's strings over that. `msg`
 * fills a whole template; numbers in placeholders go through the locale's
 * formatter, the plural form through `Intl.PluralRules` of the language.
 */
import { formatNumber } from '../core/format.js';
import { en } from './en.js';
import type { Message, Plural, PluralCategory } from './types.js';

export type Key = keyof typeof en;
export type Catalogue = Record<Key, Message>;
export type PartialCatalogue = Partial<Catalogue>;
export type Params = Record<string, string | number>;

export interface Strings {
  /** The language of the text (`ar`), from the locale. */
  lang: string;
  /** The locale numbers and dates are written in (`ar-EG`). */
  locale: string;
  dir: 'ltr' | 'rtl';
  messages: Catalogue;
  /** Keys shown in English because the language has no text for them. */
  english: ReadonlySet<Key>;
}

export { en };

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** The language subtag of a locale: `ar-EG` → `ar`. */
export function languageOf(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

/** The language's messages over English, then the publisher's over those. */
export function makeStrings(locale: string, ...layers: readonly (PartialCatalogue | null | undefined)[]): Strings {
  const lang = languageOf(locale);
  const messages: Catalogue = { ...en };
  const english = new Set<Key>();
  for (const layer of layers) Object.assign(messages, layer);
  if (lang !== 'en') {
    for (const k of Object.keys(en) as Key[]) if (!layers.some((l) => l && has(l, k))) english.add(k);
  }
  // No text at all in the language: the element's text is English (its numbers still follow the locale).
  const text = english.size === Object.keys(en).length ? 'en' : lang;
  return { lang: text, locale, dir: directionOf(text), messages, english: text === 'en' ? new Set() : english };
}

const rules = new Map<string, Intl.PluralRules>();

function pick(m: Plural, n: number, lang: string): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return m[r.select(n) as PluralCategory] ?? m.other;
}

/**
 * Fills `{name}` placeholders; a number is written in the locale's digits.
 * Unknown placeholders stay as written. Values are text: nothing in them is
 * read as a placeholder or as `[…]`. A sentence's full stop right after a value
 * that already ends in one (a Ukrainian date, "2017 р.") is not doubled.
 */
export function fill(template: string, params: Params, locale: string): string {
  return template.replace(/\{(\w+)\}(\.?)/g, (all, name: string, dot: string) => {
    const v = has(params, name) ? params[name] : undefined;
    if (v === undefined) return all;
    const text = typeof v === 'number' ? formatNumber(v, locale) : v;
    return dot && text.endsWith('.') && !text.endsWith('..') ? text : text + dot;
  });
}

/**
 * The template of `key` in the text's language: the plural form for `params.count`
 * (a number, or digits given as text so they are written exactly as given).
 */
export function template(s: Strings, key: Key, params: Params): string {
  // English read live: the validation messages may have arrived after `s` was made (issue-texts.ts).
  const m = (s.messages[key] as Message | undefined) ?? (en[key] as Message | undefined);
  if (m === undefined) return '';
  if (typeof m === 'string') return m;
  const c = params.count;
  const n = typeof c === 'number' ? c : typeof c === 'string' && /^\d+$/.test(c) ? Number(c) : 0;
  return pick(m, n, s.english.has(key) ? 'en' : s.lang);
}

/** The message as said: the `[…]` of the template read with the rest. */
export function msg(s: Strings, key: Key, params: Params = {}): string {
  return fill(template(s, key, params).replace(/\[([^\]]*)\]/g, '$1'), params, s.locale);
}

/** The message in parts: `[shown, hidden, shown, …]` (even indices are shown, odd ones only said). */
export function parts(s: Strings, key: Key, params: Params = {}): string[] {
  return template(s, key, params)
    .split(/\[([^\]]*)\]/)
    .map((t) => fill(t, params, s.locale));
}

/** `lang` for a fragment from `key`: "en" where it fell back to English, else undefined (the root's language). */
export function langOf(s: Strings, key: Key): string | undefined {
  return s.english.has(key) ? 'en' : undefined;
}

/** The placeholder names a message uses, in every plural form. */
export function placeholders(m: Message): Set<string> {
  const texts = typeof m === 'string' ? [m] : Object.values(m);
  return new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!)));
}

/** The first letter in upper case, as the language writes it ("estimate" → "Estimate"; Arabic unchanged). */
export function capitalise(text: string, lang: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

const englishText = new Map<string, Strings>();

/** `text`, or English with `locale`'s numbers and dates (what the pure modules say when given no catalogue). */
export function textFor(locale: string, text?: Strings): Strings {
  if (text) return text;
  let s = englishText.get(locale);
  if (!s) englishText.set(locale, (s = makeStrings(locale)));
  return s;
}

/** The language lists inside the sentences of `s` are joined in ("and" or "و"). */
export function listLang(s: Strings): string {
  return s.english.has('listSep') ? 'en' : s.lang;
}
