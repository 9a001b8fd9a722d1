/**
 * Gallery arithmetic and wording for <photo-gallery-caption>: moving between
 * photos (clamped or wrapped), keys and swipes (mirrored right to left), the
 * "3/30" counter, the slide label and the sentence the live region speaks.
 * Pure: numbers and strings in, numbers and strings out. Photos are numbered
 * from 1; 0 means "no photo" (an empty gallery).
 */
import { formatNumber } from './format.js';

/** A horizontal swipe must travel this far (CSS px)… */
export const SWIPE_MIN_PX = 40;
/** …and be this many times longer than it is tall, so vertical scrolling never flips photos. */
export const SWIPE_RATIO = 1.5;

/**
 * The photo to show for a requested `index`: a whole number from 1 to
 * `count`. Anything else is clamped (or 1 when it is not a number), with a
 * problem to warn about. Unset (null) means 1. An empty gallery shows photo 0
 * and warns of nothing.
 */
export function clampIndex(raw: unknown, count: number): { index: number; problem: string | null } {
  if (count < 1) return { index: 0, problem: null };
  if (raw === null || raw === undefined) return { index: 1, problem: null };
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  const range = `expected a photo number from 1 to ${count}`;
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    return { index: 1, problem: `${range}, got ${typeof raw === 'string' ? JSON.stringify(raw) : String(raw)}; showing photo 1` };
  }
  const index = Math.min(count, Math.max(1, Math.round(n)));
  return { index, problem: index === n ? null : `${range}, got ${n}; showing photo ${index}` };
}

/**
 * The photo `delta` steps from `index`: wrapped round the ends when `loop`,
 * else held at the first or last. Returns `index` itself when it cannot move.
 */
export function stepIndex(index: number, delta: number, count: number, loop: boolean): number {
  if (count < 1) return 0;
  const next = index + delta;
  if (loop) return ((((next - 1) % count) + count) % count) + 1;
  return Math.min(count, Math.max(1, next));
}

/**
 * The photo a key press leads to, or null for keys the gallery leaves alone.
 * Left/Right follow the reading direction (in right-to-left text, Left is
 * "next"); Home and End go to the first and last.
 */
export function keyTarget(key: string, index: number, count: number, loop: boolean, rtl: boolean): number | null {
  if (count < 1) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft':
      return stepIndex(index, (key === 'ArrowRight') !== rtl ? 1 : -1, count, loop);
    case 'Home':
      return 1;
    case 'End':
      return count;
    default:
      return null;
  }
}

/**
 * What a finished pointer gesture means: +1 (next), -1 (previous) or 0 (not a
 * swipe). Dragging the photo towards the start of the line brings the next
 * one, as on a printed page: leftwards in left-to-right text, rightwards in
 * right-to-left text.
 */
export function swipeStep(dx: number, dy: number, rtl: boolean): -1 | 0 | 1 {
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return 0;
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < SWIPE_RATIO * Math.abs(dy)) return 0;
  return dx < 0 !== rtl ? 1 : -1;
}

/** The visible counter, "3/30", in the locale's digits. */
export function counterText(index: number, count: number, locale: string): string {
  return `${formatNumber(index, locale, 0)}/${formatNumber(count, locale, 0)}`;
}

/** The label of a slide group: "3 of 30". */
export function slideLabel(index: number, count: number, locale: string): string {
  return `${formatNumber(index, locale, 0)} of ${formatNumber(count, locale, 0)}`;
}

/** The credit as shown: "Photo: Getty" with a prefix, else "Getty". Empty when there is no credit. */
export function creditText(credit: string, prefix: string): string {
  return credit && prefix ? `${prefix} ${credit}` : credit;
}

/**
 * The sentence the polite live region says after a move:
 * "Photo 3 of 30. <caption>. Credit: Getty" (the credit prefix, when given,
 * replaces "Credit:"). `words` gives the first sentence and "Credit:" in the
 * element's language. The caption is kept whole; a full stop is added only
 * when it does not already end a sentence.
 */
export function announcement(
  index: number,
  count: number,
  caption: string,
  credit: string,
  prefix: string,
  locale: string,
  words?: { photo: string; credit: string },
): string {
  const text = caption.trim();
  const stop = text && !/[.!?…。؟]["'”’)\]]*$/.test(text) ? '.' : '';
  const who = credit ? ` ${prefix || words?.credit || 'Credit:'} ${credit}` : '';
  return `${words?.photo ?? `Photo ${slideLabel(index, count, locale)}.`}${text ? ` ${text}${stop}` : ''}${who}`;
}

/**
 * The rule for a photo given without `alt`: its caption "describes the photo"
 * when it has at least four words. Then the image gets an empty alt (the
 * caption, read right after it, says what it shows; an alt would say it
 * twice); otherwise it gets MISSING_ALT. Either way the editor is warned.
 */
export function captionDescribes(caption: string): boolean {
  return caption.trim().split(/\s+/).filter(Boolean).length >= 4;
}

/** The alt of a photo with no alt whose caption is too short to describe it. */
export const MISSING_ALT = 'Photo, no description provided';
