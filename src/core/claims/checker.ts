/**
 * The claim checker without any word list: what a page loads on demand,
 * beside the one word list (src/i18n/claims-xx.ts) its charts' language needs
 * (internal/claim-checker.ts). core/claims.ts is the same checker with every
 * language's words, for the builder, the server and the tests.
 */
import type { ClaimWords } from '../claim-words.js';
import { foldLabel, unfold } from '../claim-script.js';
import { find } from './find.js';
import { compile } from './patterns.js';
import type { ClaimTarget, ClaimVerdict } from './types.js';
import { verdict } from './verdict.js';

function isTarget(t: unknown): t is ClaimTarget {
  if (typeof t !== 'object' || t === null) return false;
  const kind = (t as { kind?: unknown }).kind;
  return kind === 'change' || kind === 'value' || (kind === 'period' && Array.isArray((t as { values?: unknown }).values));
}

/**
 * Every claim found in `label`, each checked against `target`, in the order
 * they appear, read with `words`. A `{change}` placeholder is not a claim
 * itself, but direction words around it are checked. Claims the target cannot
 * check (a percentage on a point, a direction on a period) are left out.
 */
export function checkLabel(label: string, target: ClaimTarget, words: ClaimWords): ClaimVerdict[] {
  if (typeof label !== 'string' || label === '' || !isTarget(target)) return [];
  const c = compile(words);
  // Arabic digits, vowel marks and alef spellings folded; claims are quoted from the label as written.
  const folded = foldLabel(label, words.decimal || '.');
  const out: ClaimVerdict[] = [];
  for (const f of find(folded.text, c)) {
    const v = verdict(label, { ...f, ...unfold(folded, f.start, f.end) }, target);
    if (v) out.push(v);
  }
  return out;
}

/** The verdicts that do not hold. */
export function contradicted(verdicts: readonly ClaimVerdict[]): ClaimVerdict[] {
  return verdicts.filter((v) => !v.holds);
}
