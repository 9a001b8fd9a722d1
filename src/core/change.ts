/**
 * Percent change between two values. Whether a label's claims agree with it
 * is the claim checker's job (claims.ts).
 */

/** (to − from) / from in percent, or null when `from` is zero (no finite change). */
export function percentChange(from: number, to: number): number | null {
  if (from === 0) return null;
  return ((to - from) / from) * 100;
}
