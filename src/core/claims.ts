/**
 * The claim checker: reads the claims an editor wrote in an annotation's label
 * ("a 400% rise", "tripled", "at least 500", "fell") and checks each against
 * the figures the annotation points at. Pure: no Lit, no DOM. The words it
 * reads live in claim-words.ts, one entry per language; the grammar, the
 * tolerances and what is left alone are in docs/claims.md.
 *
 * The steps are in claims/: patterns (compiled once per word list), scan and
 * find (the claims in a label), verdict (each checked), checker (the whole,
 * without words: what a page loads on demand). This module is that checker
 * with every language's words at hand.
 */
import { CLAIM_WORDS, claimWords, type ClaimWords, type QualifierKind } from './claim-words.js';
import { checkLabel as check } from './claims/checker.js';
import type { ClaimTarget, ClaimVerdict } from './claims/types.js';

export { CLAIM_WORDS, claimWords };
export type { ClaimWords, QualifierKind };
export type { Claim, ClaimTarget, ClaimVerdict } from './claims/types.js';
export { contradicted } from './claims/checker.js';
export { multiplierTolerance, percentTolerance } from './claims/numbers.js';

/**
 * Every claim found in `label`, each checked against `target`, in the order
 * they appear. A `{change}` placeholder is not a claim itself, but direction
 * words around it are checked. Claims the target cannot check (a percentage on
 * a point, a direction on a period) are left out.
 */
export function checkLabel(label: string, target: ClaimTarget, words: ClaimWords = CLAIM_WORDS.en!): ClaimVerdict[] {
  return check(label, target, words);
}
