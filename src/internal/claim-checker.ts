/**
 * The claim checker (core/claims/checker.ts) on demand, with the words of one
 * language. Only charts whose annotations carry labels need it, so the CDN
 * build keeps the checker in a chunk of its own and each language's words in
 * another (src/i18n/claims-xx.ts): a page loads the checker and the words of
 * its charts' language, never the other five. Until they arrive those labels
 * are not drawn (never drawn unchecked), then the chart draws them checked.
 */
import type { ClaimWords } from '../core/claim-words.js';
import { CLAIM_LANGUAGES, claimLanguage, type ClaimLanguage } from '../core/claim-language.js';
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

let checker: CheckerModule | null | undefined;
let loadingChecker: Promise<void> | undefined;
const words = new Map<ClaimLanguage, ClaimWords | null>();
const loadingWords = new Map<ClaimLanguage, Promise<void>>();

/**
 * A checker for labels written in `locale`'s language: undefined while the
 * checker or that language's words have not arrived, null when they could not
 * be loaded.
 */
export function claimChecker(locale: string): LabelChecker | null | undefined {
  const w = words.get(claimLanguage(locale));
  if (checker === null || w === null) return null;
  if (!checker || w === undefined) return undefined;
  const { checkLabel } = checker;
  return (label, target) => checkLabel(label, target, w);
}

function loadWords(lang: ClaimLanguage): Promise<void> {
  let p = loadingWords.get(lang);
  if (!p) {
    p = WORDS[lang]().then(
      (m) => void words.set(lang, m.default),
      () => void words.set(lang, null),
    );
    loadingWords.set(lang, p);
  }
  return p;
}

/**
 * Loads the checker and the words of `locale`'s language (of every language
 * without one: the server renders pages in any), each once per page; resolves
 * when they have arrived or failed (never rejects).
 */
export function loadClaimChecker(locale?: string): Promise<void> {
  loadingChecker ??= import('../core/claims/checker.js').then(
    (m) => {
      checker = m;
    },
    () => {
      checker = null;
    },
  );
  const langs = locale === undefined ? CLAIM_LANGUAGES : [claimLanguage(locale)];
  return Promise.all([loadingChecker, ...langs.map(loadWords)]).then(() => undefined);
}
