/**
 * Percent change between two values, and the check that a label's stated
 * percentage agrees with the data ("400% rise" over values 44 → 220 is right;
 * over 44 → 200 it is not).
 */

/** (to − from) / from in percent, or null when `from` is zero (no finite change). */
export function percentChange(from: number, to: number): number | null {
  if (from === 0) return null;
  return ((to - from) / from) * 100;
}

export interface ClaimMismatch {
  /** The percentage the label states, signed by its wording. */
  claimed: number;
  /** The percentage the data gives. */
  computed: number | null;
  /** The text in the label that stated it, e.g. "400 per cent". */
  text: string;
}

const CLAIM = /([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(%|per\s?cent\b|percent\b)/gi;
const FALLING = /\b(fall|fell|falls|drop|dropped|drops|decline|declined|declines|decrease|decreased|decreases|down|lower|less)\b/i;

/**
 * Every percentage in `label` that differs from `computed` by more than the
 * rounding of the stated figure. Words like "fall" or "drop" make the claim
 * negative. A label with `{change}` is filled in from the data, so only the
 * percentages written out literally are checked.
 */
export function checkClaims(label: string, computed: number | null): ClaimMismatch[] {
  const out: ClaimMismatch[] = [];
  const falling = FALLING.test(label);
  for (const m of label.matchAll(CLAIM)) {
    const decimals = m[3] ?? '';
    const magnitude = Number(`${m[2]!.replace(/,/g, '')}${decimals ? `.${decimals}` : ''}`);
    const negative = m[1] === '-' || m[1] === '−' || (m[1] !== '+' && falling);
    const claimed = negative ? -magnitude : magnitude;
    const tolerance = 0.5 * 10 ** -decimals.length;
    if (computed === null || Math.abs(claimed - computed) > tolerance + 1e-9) {
      out.push({ claimed, computed, text: m[0] });
    }
  }
  return out;
}
