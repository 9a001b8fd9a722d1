/** Ratios against the reference source, as words: "11 times", "a third of", "22–44 times", "at least 22 times". */
import type { Source } from '../types.js';
import { msg, textFor, type Key, type Strings } from '../../i18n/messages.js';
import { formatFigure, formatNumber } from '../format.js';
import { hasRange } from './figures.js';

const FRACTIONS: [number, Key][] = [
  [1 / 4, 'ratioQuarter'],
  [1 / 3, 'ratioThird'],
  [1 / 2, 'ratioHalf'],
  [2 / 3, 'ratioTwoThirds'],
  [3 / 4, 'ratioThreeQuarters'],
];

/**
 * A ratio of two single figures as words that precede the thing compared
 * with: "11 times", "40% more than", "a third of". Rounded to the nearest;
 * a ratio above zero never reads as 0% ("under 1% of").
 */
export function ratioPhrase(r: number, locale: string, text?: Strings): string {
  if (!Number.isFinite(r) || r < 0) return '';
  const t = textFor(locale, text);
  if (r >= 1.95) return msg(t, 'ratioTimes', { n: formatNumber(r, locale, r < 10 ? 1 : 0), count: r });
  if (r >= 1.05) return msg(t, 'ratioMore', { n: formatNumber(Math.round((r - 1) * 100), locale) });
  if (r > 0.95) return msg(t, 'ratioSame');
  for (const [f, key] of FRACTIONS) if (Math.abs(r - f) / f < 0.03) return msg(t, key);
  if (r === 0) return msg(t, 'ratioOf', { n: formatNumber(0, locale) });
  if (r < 0.005) return msg(t, 'ratioUnder1');
  return msg(t, 'ratioOf', { n: formatNumber(Math.round(r * 100), locale) });
}

/** `v` rounded down (`dir` -1) or up (+1) to `digits` decimals. */
function roundTo(v: number, digits: number, dir: -1 | 1): number {
  const f = 10 ** digits;
  // The 1e-9 keeps 2.2 / 0.1 (= 22.000000000000004) from rounding up to 23.
  return dir < 0 ? Math.floor(v * f + 1e-9) / f : Math.ceil(v * f - 1e-9) / f;
}

/** Decimals for a multiplier bound: none from 10 up, one below, and as many as keep a small bound from reading 0. */
function timesDigits(v: number): number {
  return v >= 10 ? 0 : v >= 0.1 || v === 0 ? 1 : Math.min(6, Math.ceil(-Math.log10(v)));
}

type RatioUnit = 'times' | 'more' | 'of';
const UNIT_KEYS: Record<RatioUnit, Key> = { times: 'ratioTimes', more: 'ratioMore', of: 'ratioOf' };

/** A ratio bound in `unit`, rounded outwards (down for a low end, up for a high end): [number, decimals]. */
function bound(v: number, unit: RatioUnit, dir: -1 | 1): [number, number] {
  if (unit === 'times') return [roundTo(v, timesDigits(v), dir), timesDigits(v)];
  return [roundTo(unit === 'more' ? (v - 1) * 100 : v * 100, 0, dir), 0];
}

/**
 * A ratio known only to lie between `lo` and `hi` (`hi` Infinity: no upper
 * limit), as words: "22–44 times", "at least 22 times", "20–60% more than",
 * "10–40% of", "0.5–2 times" (a range across 1 up to twice or more is in
 * times). The low end is rounded down and the high end up, so the words
 * always contain the true ratio. Null when nothing can be said (0 to no
 * limit, or reversed ends).
 */
export function ratioRangePhrase(lo: number, hi: number, locale: string, text?: Strings): string | null {
  if (!(lo >= 0) || !(hi >= lo)) return null;
  if (lo === hi) return ratioPhrase(lo, locale, text);
  const t = textFor(locale, text);
  const unit: RatioUnit = (hi === Infinity ? lo : hi) >= 1.95 ? 'times' : lo >= 1 ? 'more' : 'of';
  const [a, da] = bound(lo, unit, -1);
  const num = (v: number, d: number) => formatNumber(v, locale, d);
  // `count` picks the plural form ("у 22 рази", "у 44 рази"): the larger end decides.
  const words = (n: string, count: number) => msg(t, UNIT_KEYS[unit], { n, count });
  if (hi === Infinity) {
    if (a > 0) return msg(t, 'ratioAtLeast', { phrase: words(num(a, da), a) });
    return unit === 'more' ? msg(t, 'ratioAtLeastSame') : null;
  }
  const [b, db] = bound(hi, unit, 1);
  if (a === b) return words(num(a, da), a);
  if (a === 0 && unit === 'more') return msg(t, 'ratioUpToMore', { n: num(b, db) });
  if (a === 0 && lo > 0) return msg(t, 'ratioUnderTo', { n: num(b, db) });
  return words(`${num(a, da)}–${num(b, db)}`, b);
}

export interface Comparison {
  /** Short callout next to the row: "11 times the reference", "22–44 times the reference", "at least 22 times the reference". */
  short: string;
  /** Full sentence naming both sources and how the ratio was taken. */
  long: string;
}

/**
 * Compares `s` with the reference. A single figure against a single figure
 * is one ratio. Whenever either side is a range the ratio is a range too: its
 * lowest is the source's low end over the reference's high end, its highest
 * the source's high end over the reference's low end (a reference range
 * starting at 0 leaves no upper limit: "at least …"). The sentence says how
 * the ratio was taken. Null for the reference itself and when either side has
 * no figure.
 */
export function compareWith(s: Source, ref: Source, locale: string, text?: Strings): Comparison | null {
  if (s === ref || s.noFigure || ref.noFigure) return null;
  const t = textFor(locale, text);
  const n = (v: number) => formatFigure(v, locale);
  const sRange = hasRange(s);
  const rRange = hasRange(ref);
  const [sLo, sHi] = sRange ? [s.low!, s.high!] : [s.value ?? s.low!, s.value ?? s.low!];
  const [rLo, rHi] = rRange ? [ref.low!, ref.high!] : [ref.value ?? ref.low!, ref.value ?? ref.low!];
  if (rHi === 0) return { short: msg(t, 'refZero'), long: msg(t, 'refNone', { name: ref.name }) };
  const subject = msg(t, sRange ? 'subjectRange' : 'subjectFigure', { name: s.name });
  const basis = rRange ? msg(t, 'basisRange', { name: ref.name, low: n(rLo), high: n(rHi) }) : msg(t, 'basisFigure', { name: ref.name });
  const said = (phrase: string) => ({ short: msg(t, 'shortRef', { phrase }), long: msg(t, 'longRatio', { subject, phrase, basis }) });
  if (!sRange && !rRange) return said(ratioPhrase(sLo / rLo, locale, text));
  const lo = sLo / rHi;
  const hi = rLo === 0 ? Infinity : sHi / rLo;
  const phrase = ratioRangePhrase(lo, hi, locale, text);
  if (phrase === null) {
    return { short: msg(t, 'noRatioShort'), long: msg(t, sRange ? 'noRatioRangeZero' : 'noRatioFigureZero', { basis, subject }) };
  }
  const how = [
    sRange && rRange ? msg(t, 'howBoth') : sRange ? msg(t, 'howSource', { basis }) : msg(t, 'howRef', { name: ref.name }),
    ...(hi === Infinity ? [msg(t, 'noUpper', { name: ref.name })] : []),
  ].join(msg(t, 'clauseSep'));
  const r = said(phrase);
  return { short: r.short, long: msg(t, 'paren', { text: r.long, detail: how }) };
}
