/**
 * The claim checker's patterns, compiled once per word list. Every pattern is a
 * single pass over the label with bounded look-arounds (no nested
 * quantifiers), so checking is linear in the label's length.
 */
import type { ClaimWords, QualifierKind } from '../claim-words.js';
import { cliticPatterns, foldWord } from '../claim-script.js';

const W = '[\\p{L}\\p{M}\\p{N}_]';
/** Start of a whole word: no letter, digit, underscore or hyphen just before. */
const START = '(?<![\\p{L}\\p{M}\\p{N}_-])';
/** End of a whole word. */
const E = '(?![\\p{L}\\p{M}\\p{N}_-])';
const SIGNS = '+\\-\u2212\u2013';
const FLAGS = 'giu';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of phrases, longest first, any run of spaces matching any white space. */
function alt(list: readonly string[]): string {
  const phrases = [...new Set(list.map((w) => foldWord(w.trim().toLowerCase())).filter((w) => w !== ''))];
  if (phrases.length === 0) return '(?!)';
  phrases.sort((a, b) => b.length - a.length);
  return `(?:${phrases.map((p) => escape(p).replace(/\s+/g, '\\s+')).join('|')})`;
}

/** A word as the lookup tables hold it. */
export function key(s: string): string {
  return foldWord(s.toLowerCase().replace(/\s+/g, ' '));
}

export const QUALIFIER_KINDS: readonly QualifierKind[] = ['atLeast', 'moreThan', 'about', 'nearly', 'upTo', 'fewerThan'];

export interface Compiled {
  words: ClaimWords;
  ignore: RegExp;
  placeholder: RegExp;
  direction: RegExp;
  particleFollow: RegExp;
  percent: RegExp;
  fold: RegExp;
  times: RegExp;
  timesLead: RegExp;
  ex: RegExp;
  multWord: RegExp;
  number: RegExp;
  qualifier: RegExp;
  qualifierAfter: RegExp;
  timesLeadFar: RegExp;
  monthBefore: RegExp;
  monthAfter: RegExp;
  nextWord: RegExp;
  range: RegExp;
  arrow: RegExp;
  proportion: RegExp;
  numberWords: Map<string, number>;
  multiplierWords: Map<string, number>;
  countNouns: Set<string>;
  units: Set<string>;
}

/** The pieces every pattern of one word list is built from. */
interface Pieces {
  words: ClaimWords;
  /** A number as written: "1,234.5". */
  num: string;
  /** A small number in words: "five". */
  numWords: string;
  /** Start of a whole word, clitics allowed ("وارتفع"). */
  B: string;
  /** Start of a number: none of `chars` before it, or a one-letter clitic ("ب400٪"). */
  NB: (chars: string) => string;
  clitic: string;
}

function pieces(words: ClaimWords): Pieces {
  const seps = words.thousands.map(escape).join('|') || '(?!)';
  const dec = escape(words.decimal || '.');
  // With clitics ("و", "ب", "ال"): a word may carry them, a number may follow a one-letter one.
  const clitics = cliticPatterns(words.prefixes, escape);
  return {
    words,
    num: `(?:\\d{1,3}(?:(?:${seps})\\d{3})+|\\d+)(?:${dec}\\d+)?`,
    numWords: alt(Object.keys(words.numberWords)),
    B: `${START}${clitics.word}`,
    NB: (chars) => `(?:(?<![${chars}])${clitics.number})`,
    clitic: clitics.word,
  };
}

/** Direction words, and what is never a claim. */
function directionPatterns({ words, numWords, B }: Pieces) {
  return {
    ignore: new RegExp(`${B}(?:${alt(words.ignore)}|${alt(words.events)}(?!\\s*[\\d${SIGNS}]))${E}`, FLAGS),
    placeholder: /\{[^{}\n]{0,64}\}/g,
    direction: new RegExp(
      `${B}(?:(${alt(words.rise)})|(${alt(words.fall)})|(${alt(words.particleRise)})|(${alt(words.particleFall)}))${E}`,
      FLAGS,
    ),
    particleFollow: new RegExp(`\\s*(?:$|[.,;:!?)\\]\u2014\u2013#%\\d${SIGNS}]|${alt(words.particleFollowers)}${E}|${numWords})`, 'iuy'),
  };
}

/** Percentages and multipliers ("400%", "fivefold", "5 times more", "5x", "tripled"). */
function ratioPatterns({ words, num, numWords, B, NB }: Pieces) {
  const multLeads = words.timesLeads.filter((w) => Object.prototype.hasOwnProperty.call(words.multiplierWords, w));
  return {
    percent: new RegExp(
      `${NB('\\p{L}\\p{M}\\p{N}_.,')}(?:([${SIGNS}])\\s?)?(${num})\\s?${alt(words.percent)}(?![\\p{L}\\p{M}\\p{N}_])`,
      FLAGS,
    ),
    fold: new RegExp(`${B}(?:(${numWords})|(${num}))[\\s-]?${alt(words.fold)}${E}`, FLAGS),
    times: new RegExp(
      `${B}(?:(${numWords})|(${num}))\\s*${alt(words.times)}(?:\\s+(?:(${alt(words.timesRise)})|(${alt(words.timesFall)}))${E})?${E}`,
      FLAGS,
    ),
    timesLead: new RegExp(`${B}${alt(words.timesLeads)}\\s+$`, 'iu'),
    ex: new RegExp(`${NB('\\p{L}\\p{M}\\p{N}_.,')}(?:(${num})\\s?[x\u00d7]|\u00d7\\s?(${num}))(?![\\p{L}\\p{M}\\p{N}_])`, FLAGS),
    multWord: new RegExp(`${B}(${alt(Object.keys(words.multiplierWords))})${E}`, FLAGS),
    // A multiplier verb that is also a lead takes the factor of an "N times" later in its clause ("تضاعف عدد القتلى خمس مرات").
    timesLeadFar: new RegExp(`${B}${alt(multLeads)}${E}[^.,;:!?\u060c\u061b\n]{0,40}$`, 'iu'),
  };
}

/** Figures, their qualifiers, and the numbers that are dates, ranges or proportions. */
function figurePatterns({ words, num, B, NB, clitic }: Pieces) {
  const after = words.qualifiersAfter ?? {};
  return {
    number: new RegExp(`${NB(`\\p{L}\\p{M}\\p{N}_.,:/#${SIGNS}`)}(${num})(?![\\p{L}\\p{M}\\p{N}_:/-]|[.,]\\d)`, FLAGS),
    qualifier: new RegExp(
      `(?:^|[^\\p{L}\\p{M}\\p{N}_-])${clitic}(?:${QUALIFIER_KINDS.map((k) => `(${alt(words.qualifiers[k])})`).join('|')})\\s*$`,
      'iu',
    ),
    qualifierAfter: new RegExp(`^\\s*${clitic}(?:${QUALIFIER_KINDS.map((k) => `(${alt(after[k] ?? [])})`).join('|')})${E}`, 'iu'),
    monthBefore: new RegExp(`${B}${alt(words.months)}\\.?\\s*$`, 'iu'),
    monthAfter: new RegExp(`^\\s*${alt(words.months)}${E}`, 'iu'),
    nextWord: new RegExp(`^\\s*(\\p{L}${W}*)`, 'u'),
    range: new RegExp(
      `${B}(?:${alt(words.ranges.map((r) => r[0]))})\\s+(${num})(\\s*(?:${alt(words.ranges.map((r) => r[1]))}|[\u2013\u2014\u2192-])\\s*)(${num})`,
      FLAGS,
    ),
    proportion: new RegExp(
      `(?<![\\p{L}\\p{M}\\p{N}_.,])(${num})(\\s+${alt(words.proportions)}\\s+)(${num})(?![\\p{L}\\p{M}\\p{N}_])`,
      FLAGS,
    ),
    arrow: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_.,])(${num})(\\s*\u2192\\s*)(${num})`, FLAGS),
  };
}

const compiled = new WeakMap<ClaimWords, Compiled>();

export function compile(words: ClaimWords): Compiled {
  const cached = compiled.get(words);
  if (cached) return cached;
  const p = pieces(words);
  const c: Compiled = {
    words,
    ...directionPatterns(p),
    ...ratioPatterns(p),
    ...figurePatterns(p),
    numberWords: new Map(Object.entries(words.numberWords).map(([k, v]) => [key(k), v])),
    multiplierWords: new Map(Object.entries(words.multiplierWords).map(([k, v]) => [key(k), v])),
    countNouns: new Set(words.countNouns.map(key)),
    units: new Set(words.units.map(key)),
  };
  compiled.set(words, c);
  return c;
}
