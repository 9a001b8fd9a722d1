/**
 * The claim checker (core/claims/checker.ts) on demand, with the words of one
 * language. Only charts whose annotations carry labels need it, so the CDN
 * build keeps the checker in a chunk of its own and each language's words in
 * another (src/i18n/claims-xx.ts): a page loads the checker and the words of
 * its charts' languages, never the others. Until they arrive those labels are
 * not drawn (never drawn unchecked), then the chart draws them checked.
 */
import type { ClaimWords } from '../core/claim-words.js';
import type { ClaimLanguage } from '../core/claim-language.js';
import { languageOf } from '../i18n/messages.js';
import type { LabelChecker } from '../schema/trend.js';

type CheckerModule = typeof import('../core/claims/checker.js');

// One static import() each, so bundlers split them (and the classic script can find them by name).
const WORDS: Record<ClaimLanguage, () => Promise<{ default: ClaimWords }>> = {
  en: () => import('../i18n/claims-en.js'),
  fr: () => import('../i18n/claims-fr.js'),
  es: () => import('../i18n/claims-es.js'),
  de: () => import('../i18n/claims-de.js'),
  uk: () => import('../i18n/claims-uk.js'),
  ar: () => import('../i18n/claims-ar.js'),
};

/** The language of a (canonical) locale's claim words: its own, or English (as core/claim-language.ts picks). */
function claimLanguage(locale: string): ClaimLanguage {
  const lang = languageOf(locale);
  return Object.prototype.hasOwnProperty.call(WORDS, lang) ? (lang as ClaimLanguage) : 'en';
}

let checker: Promise<CheckerModule> | undefined;
/** Per language: the checker bound to its words once both have arrived, null when either failed. */
const ready = new Map<ClaimLanguage, LabelChecker | null>();
const loading = new Map<ClaimLanguage, Promise<void>>();

/**
 * A checker for labels written in `locale`'s language: undefined while the
 * checker or that language's words have not arrived, null when they could not
 * be loaded.
 */
export function claimChecker(locale: string): LabelChecker | null | undefined {
  return ready.get(claimLanguage(locale));
}

function load(lang: ClaimLanguage): Promise<void> {
  let p = loading.get(lang);
  if (!p) {
    p = Promise.all([checker, WORDS[lang]()]).then(
      ([m, w]) => void ready.set(lang, (label, target) => m!.checkLabel(label, target, w.default)),
      () => void ready.set(lang, null),
    );
    loading.set(lang, p);
  }
  return p;
}

/**
 * Loads the checker and the words of `locale`'s language (of every language
 * without one: the server renders pages in any), each once per page; resolves
 * when they have arrived or failed (never rejects).
 */
export function loadClaimChecker(locale?: string): Promise<void> {
  checker ??= import('../core/claims/checker.js');
  return Promise.all((locale === undefined ? (Object.keys(WORDS) as ClaimLanguage[]) : [claimLanguage(locale)]).map(load)).then(
    () => undefined,
  );
}
