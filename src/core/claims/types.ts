/** What the claim checker (core/claims.ts) reads a label against and what it answers. */
import type { QualifierKind } from '../claim-words.js';

/** What a label's claims are checked against. */
export type ClaimTarget =
  /** A change annotation: the two figures it spans. */
  | { kind: 'change'; from: number; to: number }
  /** A point annotation's figure; `value: null` with low/high is a range-only figure. */
  | { kind: 'value'; value: number | null; low: number | null; high: number | null }
  /** The figures inside a period annotation (a number may match their total or one of them). */
  | { kind: 'period'; values: readonly number[] };

export interface Claim {
  /**
   * The exact substring of the label that makes the claim: "400%", "tripled",
   * "At least 500", "5 times fewer", "220 killed". In "a 400% rise" the
   * percentage ("400%") and the direction word ("rise") are two claims.
   */
  text: string;
  kind: 'percent' | 'multiplier' | 'direction' | 'figure';
  /** What the claim says, in plain English for the editor: "a rise of 400%", "×3 (tripled)", "a fall", "at least 500". */
  says: string;
}

export interface ClaimVerdict extends Claim {
  holds: boolean;
  /** What the data gives, in plain English for the editor: "−75% (200 → 50)", "220", "a fall from 200 to 50". */
  computed: string;
}

export type FigureKind = QualifierKind | 'exact';

export interface Span {
  start: number;
  end: number;
}

/** A claim found in the label, before it is checked. */
export interface Found extends Span {
  kind: Claim['kind'];
  /** percent: signed claimed percentage; multiplier: factor ≥ 1; figure: the number. */
  value: number;
  decimals: number;
  /** Multiplier downwards (×1/factor). */
  inverse?: boolean;
  /** Direction sign. */
  sign?: 1 | -1;
  figure?: FigureKind;
}
