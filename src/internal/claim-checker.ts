/**
 * The claim checker (core/claims.ts) on demand. It is about 10 KB gzip with the
 * word lists of six languages, more than Lit itself, and only charts whose
 * annotations carry labels need it, so the CDN build keeps it in a chunk of its
 * own: until it arrives those labels are not drawn (never drawn unchecked),
 * then the chart draws them checked.
 */
import type { LabelChecker } from '../schema/trend.js';

type ClaimsModule = typeof import('../core/claims.js');

let claims: ClaimsModule | null | undefined;
let loading: Promise<void> | undefined;

/**
 * A checker for labels written in `locale`'s language: undefined while the
 * checker has not arrived, null when it could not be loaded.
 */
export function claimChecker(locale: string): LabelChecker | null | undefined {
  if (!claims) return claims;
  const { checkLabel, claimWords } = claims;
  const words = claimWords(locale);
  return (label, target) => checkLabel(label, target, words);
}

/** Loads the checker once per page; resolves when it has arrived or failed (never rejects). */
export function loadClaimChecker(): Promise<void> {
  loading ??= import('../core/claims.js').then(
    (m) => {
      claims = m;
    },
    () => {
      claims = null;
    },
  );
  return loading;
}
