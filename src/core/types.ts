/**
 * The data types every layer shares: what the schema modules produce from
 * input and what core/, the layouts and the elements read. They live in core/
 * so core/ imports nothing from schema/, elements/ or internal/ (the lint rule
 * in eslint.config.js holds that); schema/ re-exports them, so imports from
 * there keep working.
 */
import type { ClaimTarget, ClaimVerdict } from './claims.js';
import type { Interval } from './dates.js';

// <casualty-trend>

export const STATUSES = ['confirmed', 'reported', 'unverified', 'estimate'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Where a label stands against the data (absent: shown as written, because it
 * holds, because nothing in it can be checked, or because `"check": false`).
 * `pending`: not yet checked (the checker loads on demand), so not shown yet;
 * `replaced`: the data contradicts it, so what the data says is shown instead.
 */
export type LabelClaim = 'pending' | 'replaced';

/** Reads a label's claims and checks them against figures: core/claims.ts `checkLabel`, bound to a language. */
export type LabelChecker = (label: string, target: ClaimTarget) => readonly ClaimVerdict[];

export interface TrendPoint {
  /** UTC ms of the period start. */
  t: number;
  /** The date as given. */
  date: string;
  value: number | null;
  low: number | null;
  high: number | null;
  status: Status | null;
  note: string | null;
  /**
   * Set only on a gap the chart filled in: the data had no entry for this
   * period and the `filled - 1` periods after it (one entry stands for the
   * whole run, so a hole of a million periods costs one point). Such a point
   * has `value: null` and is drawn and read exactly like one.
   */
  filled?: number;
}

export interface TrendSeries {
  name: string;
  points: TrendPoint[];
  /** Periods between the first and last date with no entry in the data (filled as gaps, or joined over). */
  missing?: number;
}

/** What a period absent from the data is: a gap (default), or nothing, so the line joins the figures around it. */
export const MISSING_MODES = ['gap', 'connect'] as const;
export type MissingMode = (typeof MISSING_MODES)[number];

export interface TrendData {
  series: TrendSeries[];
  interval: Interval;
  /** How absent periods were treated (default `gap`). */
  missing?: MissingMode;
}

export type Annotation =
  | {
      type: 'point';
      t: number;
      label: string;
      series: number;
      /** The figure at that date; null for a range-only figure (then low and high are set). */
      value: number | null;
      /** The range at that date, if any (absent: none). */
      low?: number | null;
      high?: number | null;
      claim?: LabelClaim;
    }
  | {
      type: 'change';
      from: number;
      to: number;
      series: number;
      fromValue: number;
      toValue: number;
      /** Status of each end (absent: none given): a change between different statuses names both wherever it is stated. */
      fromStatus?: Status | null;
      toStatus?: Status | null;
      /** Percent change computed from the data; null when it starts from zero. */
      change: number | null;
      label: string | null;
      claim?: LabelClaim;
    }
  | { type: 'event'; t: number; label: string }
  | { type: 'period'; from: number; to: number; label: string | null; claim?: LabelClaim };

// <source-comparison>

export const SOURCE_STATUSES = ['confirmed', 'reported', 'unverified', 'estimate', 'no-figure'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];
/** Kinds the docs suggest; any other text is accepted and shown as given. */
export const SOURCE_KINDS = ['military', 'government', 'monitor', 'ngo', 'media', 'local'] as const;

export interface Source {
  name: string;
  value: number | null;
  low: number | null;
  high: number | null;
  kind: string | null;
  status: SourceStatus | null;
  /** A link that passed the URL allowlist, or null. */
  url: string | null;
  /** True when a link was given and refused: the name is still listed under "Sources:", as text. */
  urlRefused: boolean;
  /** UTC ms of the retrieval date. */
  retrieved: number | null;
  note: string | null;
  /**
   * True when the source released no figure at all: no value and no range.
   * `value: null` with `low` and `high` is a range-only figure, not "no figure".
   */
  noFigure: boolean;
  /** Position in the input, for `sort="none"` and paths. */
  order: number;
}

// <photo-gallery-caption>

/** One photo, validated. `src` null means a caption only (none given, or refused). */
export interface GalleryItem {
  caption: string;
  credit: string;
  src: string | null;
  srcset: string | null;
  /** The alt to render ('' for a photo its caption describes); '' when there is no photo. */
  alt: string;
  width: number | null;
  height: number | null;
}
