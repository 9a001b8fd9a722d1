/**
 * Which word list the claim checker reads a locale's labels with. Apart from
 * the lists themselves (claim-words.ts), so a page can pick one without
 * loading the others (internal/claim-checker.ts).
 */

/** The languages with claim words (src/i18n/claims-xx.ts). */
export const CLAIM_LANGUAGES = ['en', 'fr', 'es', 'de', 'uk', 'ar'] as const;
export type ClaimLanguage = (typeof CLAIM_LANGUAGES)[number];

/** The language of a BCP 47 locale's claim words ("fr-CA" → "fr"), falling back to English. */
export function claimLanguage(locale: string): ClaimLanguage {
  const lang = String(locale).toLowerCase().split(/[-_]/)[0] ?? '';
  return (CLAIM_LANGUAGES as readonly string[]).includes(lang) ? (lang as ClaimLanguage) : 'en';
}
