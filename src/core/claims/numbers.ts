/** Numbers as the label writes them, as the editor is shown them, and how far a claim may be from the data. */
import type { ClaimWords } from '../claim-words.js';

export interface Written {
  value: number;
  /** Digits after the decimal mark, as written. */
  decimals: number;
}

export function readNumber(raw: string, words: ClaimWords): Written {
  let s = raw;
  for (const sep of words.thousands) s = s.split(sep).join('');
  const [whole = '', frac = ''] = s.split(words.decimal || '.');
  return { value: Number(frac ? `${whole}.${frac}` : whole), decimals: frac.length };
}

const formats = new Map<number, Intl.NumberFormat>();

/** A number for the editor: thousands separated, at most `digits` decimals, a true minus sign. */
export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1000) return n < 0 ? `\u2212${-n}` : String(n);
  let f = formats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    formats.set(digits, f);
  }
  const s = f.format(Math.abs(n));
  return n < 0 && /[1-9]/.test(s) ? `\u2212${s}` : s;
}

export function signed(n: number, digits = 2): string {
  const s = fmt(n, digits);
  return n > 0 && /[1-9]/.test(s) ? `+${s}` : s;
}

export function arrow(from: number, to: number): string {
  return `${fmt(from)} \u2192 ${fmt(to)}`;
}

export const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

export const EPS = 1e-9;

/**
 * How far a percentage may be from the data and still hold, "as written":
 * half a unit of the last decimal written (75.5% → ±0.05); a whole number of
 * 100 or more ending in 0 reads as rounded to tens (400% → ±5); any other whole
 * number as rounded to units (75% → ±0.5).
 */
export function percentTolerance(magnitude: number, decimals: number): number {
  if (decimals > 0) return 0.5 * 10 ** -decimals;
  return magnitude >= 100 && magnitude % 10 === 0 ? 5 : 0.5;
}

/** A multiplier in words or whole numbers holds within ±10 % ("fivefold": ×4.5–5.5); "2.5 times" within half its last digit. */
export function multiplierTolerance(factor: number, decimals: number): number {
  return decimals > 0 ? 0.5 * 10 ** -decimals : 0.1 * factor;
}
