/**
 * The words the claim checker (claims.ts) reads, one entry per language. The
 * logic never names a word: a new locale is a new entry here (issue #10).
 *
 * Every list is matched case-insensitively, on whole words (a letter, digit,
 * hyphen or underscore on either side means "part of another word": "upon" is
 * not "up", "high-rise" is not "rise"). A space in an entry matches any run of
 * white space. Arabic is matched after folding (claim-script.ts): its digits,
 * vowel marks and alef spellings need not be written as the label writes them.
 */

import { claimsAr } from '../i18n/claims-ar.js';
import { claimsDe } from '../i18n/claims-de.js';
import { claimsEn } from '../i18n/claims-en.js';
import { claimsEs } from '../i18n/claims-es.js';
import { claimsFr } from '../i18n/claims-fr.js';
import { claimsUk } from '../i18n/claims-uk.js';
import { claimLanguage, type ClaimLanguage } from './claim-language.js';

/** How a qualifier bounds the figure it stands before. */
export type QualifierKind =
  | 'atLeast' // value ≥ N
  | 'moreThan' // value > N
  | 'about' // within ±10 % of N
  | 'nearly' // between 90 % of N and N
  | 'upTo' // value ≤ N
  | 'fewerThan'; // value < N

export interface ClaimWords {
  /** Words that say the figure went up ("rose", "surge"). */
  rise: readonly string[];
  /** Words that say the figure went down ("fell", "drop"). */
  fall: readonly string[];
  /**
   * Short particles ("up", "down") that say a direction only when a figure,
   * `{change}`, one of `particleFollowers`, punctuation or the end of the label
   * follows them ("up 75%", "deaths are down."), never in "shot down a drone".
   */
  particleRise: readonly string[];
  particleFall: readonly string[];
  /** Words that may follow a particle and keep it a direction ("down by", "up from"). */
  particleFollowers: readonly string[];
  /**
   * Phrases whose words are never claims: phrasal verbs ("shot down", "blew up"),
   * seasons ("last fall").
   */
  ignore: readonly string[];
  /**
   * Phrases that name an event with a direction noun ("the fall of Raqqa", "the
   * rise of ISIS"): left alone unless a figure follows ("the fall of 75%").
   */
  events: readonly string[];
  /** Verbs that are multipliers by themselves: "tripled" → 3, "halved" → 0.5. */
  multiplierWords: Readonly<Record<string, number>>;
  /** The suffix of "fivefold", "5-fold". */
  fold: readonly string[];
  /** The word of "5 times". */
  times: readonly string[];
  /** Words after "N times" that make it a ratio upwards ("5 times more", "5 times as many"). */
  timesRise: readonly string[];
  /** Words after "N times" that make it a ratio downwards ("5 times fewer" = ×1/5). */
  timesFall: readonly string[];
  /** Words before "N times" that make it a ratio ("multiplied by 5 times", "rose by 5 times"). */
  timesLeads: readonly string[];
  /** Words for small whole numbers, used in "fivefold", "five times". */
  numberWords: Readonly<Record<string, number>>;
  /** "%", "per cent", "percent". */
  percent: readonly string[];
  /** Qualifiers written before a figure ("at least 500"). */
  qualifiers: Readonly<Record<QualifierKind, readonly string[]>>;
  /**
   * Nouns that make a bare number a claim when they follow it directly ("220
   * killed", "220 civilians"). A bare number without one is left alone.
   */
  countNouns: readonly string[];
  /** Units after which a number is a distance, a duration or an age, not a figure ("over 3 months"). */
  units: readonly string[];
  /** Pairs that frame two figures ("from 44 to 220", "between 200 and 250"): both are claims. */
  ranges: readonly (readonly [string, string])[];
  /** Words between the two numbers of a proportion ("1 in 5", "9 out of 10"): neither is a figure. */
  proportions: readonly string[];
  /** Month names and abbreviations: a number up to 31 beside one is a day ("May 3", "3 May"). */
  months: readonly string[];
  /** Thousands separators inside a number ("1,234"). */
  thousands: readonly string[];
  /** The decimal mark ("75.5"). */
  decimal: string;
  /**
   * Clitics the language joins to the next word ("و" and, "ب" by, "ال" the): a
   * listed word also matches with up to three of them in front ("وارتفع",
   * "بارتفاع", "والقتلى"), and a one-letter one may stand joined to a number
   * ("ب400٪"). Left out for languages that write words apart.
   */
  prefixes?: readonly string[];
  /** Qualifiers written after a figure and its noun ("220 قتيلًا على الأقل"). */
  qualifiersAfter?: Readonly<Partial<Record<QualifierKind, readonly string[]>>>;
}

/** The word lists by language subtag (one file per language in src/i18n/, beside its catalogue). */
export const CLAIM_WORDS: Record<string, ClaimWords> = {
  en: claimsEn,
  fr: claimsFr,
  es: claimsEs,
  de: claimsDe,
  uk: claimsUk,
  ar: claimsAr,
} satisfies Record<ClaimLanguage, ClaimWords>;

/** The word lists for a BCP 47 locale ("fr-CA" → "fr"), falling back to English. */
export function claimWords(locale: string): ClaimWords {
  return CLAIM_WORDS[claimLanguage(locale)]!;
}
