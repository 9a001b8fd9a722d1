/**
 * The claim checker: reads the claims an editor wrote in an annotation's label
 * ("a 400% rise", "tripled", "at least 500", "fell") and checks each against
 * the figures the annotation points at. Pure: no Lit, no DOM. The words it
 * reads live in claim-words.ts, one entry per language; the grammar, the
 * tolerances and what is left alone are in docs/claims.md.
 *
 * Every pattern below is a single pass over the label with bounded look-arounds
 * (no nested quantifiers), so checking is linear in the label's length.
 */
import { CLAIM_WORDS, claimWords, type ClaimWords, type QualifierKind } from './claim-words.js';
import { cliticPatterns, foldLabel, foldWord, unfold } from './claim-script.js';

export { CLAIM_WORDS, claimWords };
export type { ClaimWords, QualifierKind };

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

type FigureKind = QualifierKind | 'exact';

// ---------------------------------------------------------------------------
// Patterns, compiled once per word list.

const W = '[\\p{L}\\p{M}\\p{N}_]';
/** Start of a whole word: no letter, digit, underscore or hyphen just before. */
const START = '(?<![\\p{L}\\p{M}\\p{N}_-])';
/** End of a whole word. */
const E = '(?![\\p{L}\\p{M}\\p{N}_-])';
const SIGNS = '+\\-\u2212\u2013';

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

function key(s: string): string {
  return foldWord(s.toLowerCase().replace(/\s+/g, ' '));
}

const QUALIFIER_KINDS: readonly QualifierKind[] = ['atLeast', 'moreThan', 'about', 'nearly', 'upTo', 'fewerThan'];

interface Compiled {
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

const compiled = new WeakMap<ClaimWords, Compiled>();

function compile(words: ClaimWords): Compiled {
  const cached = compiled.get(words);
  if (cached) return cached;
  const seps = words.thousands.map(escape).join('|') || '(?!)';
  const dec = escape(words.decimal || '.');
  const num = `(?:\\d{1,3}(?:(?:${seps})\\d{3})+|\\d+)(?:${dec}\\d+)?`;
  const numWords = alt(Object.keys(words.numberWords));
  const flags = 'giu';
  // With clitics ("و", "ب", "ال"): a word may carry them, a number may follow a one-letter one.
  const clitics = cliticPatterns(words.prefixes, escape);
  const B = `${START}${clitics.word}`;
  const NB = (chars: string): string => `(?:(?<![${chars}])${clitics.number})`;
  const after = words.qualifiersAfter ?? {};
  const multLeads = words.timesLeads.filter((w) => Object.prototype.hasOwnProperty.call(words.multiplierWords, w));
  const c: Compiled = {
    words,
    ignore: new RegExp(`${B}(?:${alt(words.ignore)}|${alt(words.events)}(?!\\s*[\\d${SIGNS}]))${E}`, flags),
    placeholder: /\{[^{}\n]{0,64}\}/g,
    direction: new RegExp(
      `${B}(?:(${alt(words.rise)})|(${alt(words.fall)})|(${alt(words.particleRise)})|(${alt(words.particleFall)}))${E}`,
      flags,
    ),
    particleFollow: new RegExp(`\\s*(?:$|[.,;:!?)\\]\u2014\u2013#%\\d${SIGNS}]|${alt(words.particleFollowers)}${E}|${numWords})`, 'iuy'),
    percent: new RegExp(
      `${NB('\\p{L}\\p{M}\\p{N}_.,')}(?:([${SIGNS}])\\s?)?(${num})\\s?${alt(words.percent)}(?![\\p{L}\\p{M}\\p{N}_])`,
      flags,
    ),
    fold: new RegExp(`${B}(?:(${numWords})|(${num}))[\\s-]?${alt(words.fold)}${E}`, flags),
    times: new RegExp(
      `${B}(?:(${numWords})|(${num}))\\s*${alt(words.times)}(?:\\s+(?:(${alt(words.timesRise)})|(${alt(words.timesFall)}))${E})?${E}`,
      flags,
    ),
    timesLead: new RegExp(`${B}${alt(words.timesLeads)}\\s+$`, 'iu'),
    ex: new RegExp(`${NB('\\p{L}\\p{M}\\p{N}_.,')}(?:(${num})\\s?[x\u00d7]|\u00d7\\s?(${num}))(?![\\p{L}\\p{M}\\p{N}_])`, flags),
    multWord: new RegExp(`${B}(${alt(Object.keys(words.multiplierWords))})${E}`, flags),
    number: new RegExp(`${NB(`\\p{L}\\p{M}\\p{N}_.,:/#${SIGNS}`)}(${num})(?![\\p{L}\\p{M}\\p{N}_:/-]|[.,]\\d)`, flags),
    qualifier: new RegExp(
      `(?:^|[^\\p{L}\\p{M}\\p{N}_-])${clitics.word}(?:${QUALIFIER_KINDS.map((k) => `(${alt(words.qualifiers[k])})`).join('|')})\\s*$`,
      'iu',
    ),
    qualifierAfter: new RegExp(`^\\s*${clitics.word}(?:${QUALIFIER_KINDS.map((k) => `(${alt(after[k] ?? [])})`).join('|')})${E}`, 'iu'),
    // A multiplier verb that is also a lead takes the factor of an "N times" later in its clause ("تضاعف عدد القتلى خمس مرات").
    timesLeadFar: new RegExp(`${B}${alt(multLeads)}${E}[^.,;:!?\u060c\u061b\n]{0,40}$`, 'iu'),
    monthBefore: new RegExp(`${B}${alt(words.months)}\\.?\\s*$`, 'iu'),
    monthAfter: new RegExp(`^\\s*${alt(words.months)}${E}`, 'iu'),
    nextWord: new RegExp(`^\\s*(\\p{L}${W}*)`, 'u'),
    range: new RegExp(
      `${B}(?:${alt(words.ranges.map((r) => r[0]))})\\s+(${num})(\\s*(?:${alt(words.ranges.map((r) => r[1]))}|[\u2013\u2014\u2192-])\\s*)(${num})`,
      flags,
    ),
    proportion: new RegExp(
      `(?<![\\p{L}\\p{M}\\p{N}_.,])(${num})(\\s+${alt(words.proportions)}\\s+)(${num})(?![\\p{L}\\p{M}\\p{N}_])`,
      flags,
    ),
    arrow: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_.,])(${num})(\\s*\u2192\\s*)(${num})`, flags),
    numberWords: new Map(Object.entries(words.numberWords).map(([k, v]) => [key(k), v])),
    multiplierWords: new Map(Object.entries(words.multiplierWords).map(([k, v]) => [key(k), v])),
    countNouns: new Set(words.countNouns.map(key)),
    units: new Set(words.units.map(key)),
  };
  compiled.set(words, c);
  return c;
}

// ---------------------------------------------------------------------------
// Numbers as written, and as shown to the editor.

interface Written {
  value: number;
  /** Digits after the decimal mark, as written. */
  decimals: number;
}

function readNumber(raw: string, words: ClaimWords): Written {
  let s = raw;
  for (const sep of words.thousands) s = s.split(sep).join('');
  const [whole = '', frac = ''] = s.split(words.decimal || '.');
  return { value: Number(frac ? `${whole}.${frac}` : whole), decimals: frac.length };
}

const formats = new Map<number, Intl.NumberFormat>();

/** A number for the editor: thousands separated, at most `digits` decimals, a true minus sign. */
function fmt(n: number, digits = 2): string {
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

function signed(n: number, digits = 2): string {
  const s = fmt(n, digits);
  return n > 0 && /[1-9]/.test(s) ? `+${s}` : s;
}

const EPS = 1e-9;

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

// ---------------------------------------------------------------------------
// Finding the claims.

interface Span {
  start: number;
  end: number;
}

interface Direction extends Span {
  sign: 1 | -1;
}

interface Found extends Span {
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

/** Which characters of the label a claim already holds; checks and marks in the span's length, so the scan stays linear. */
class Cover {
  private readonly held: Uint8Array;
  constructor(length: number) {
    this.held = new Uint8Array(length);
  }
  has(span: Span): boolean {
    for (let i = span.start; i < span.end; i++) if (this.held[i]) return true;
    return false;
  }
  add(span: Span): void {
    this.held.fill(1, span.start, span.end);
  }
}

/** The label with placeholders and ignored phrases blanked out, positions kept. */
function mask(label: string, c: Compiled): string {
  let scan = label.replace(c.placeholder, (m) => `#${' '.repeat(m.length - 1)}`);
  scan = scan.replace(c.ignore, (m) => ' '.repeat(m.length));
  return scan;
}

function directions(scan: string, c: Compiled): Direction[] {
  const out: Direction[] = [];
  for (const m of scan.matchAll(c.direction)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[3] !== undefined || m[4] !== undefined) {
      c.particleFollow.lastIndex = end;
      if (!c.particleFollow.test(scan)) continue;
    }
    out.push({ start, end, sign: m[1] !== undefined || m[3] !== undefined ? 1 : -1 });
  }
  return out;
}

/**
 * The sign of the direction word nearest to `span` (the one before wins a tie),
 * or 0 without one. `dirs` are in label order: a binary search finds the two
 * neighbours.
 */
function nearestSign(span: Span, dirs: readonly Direction[]): 0 | 1 | -1 {
  let lo = 0;
  let hi = dirs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dirs[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const before = dirs[lo - 1];
  const after = dirs[lo];
  if (!before) return after ? after.sign : 0;
  if (!after) return before.sign;
  return span.start - before.end <= after.start - span.end ? before.sign : after.sign;
}

/** The qualifier written just before `start` ("at least", "nearly"), and where it starts. */
function qualifierBefore(scan: string, start: number, c: Compiled): { figure: FigureKind; start: number } {
  const before = scan.slice(Math.max(0, start - 40), start);
  const q = c.qualifier.exec(before);
  if (!q) return { figure: 'exact', start };
  const i = q.slice(1).findIndex((g) => g !== undefined);
  const figure = QUALIFIER_KINDS[i];
  if (!figure) return { figure: 'exact', start };
  return { figure, start: start - before.length + q.index + q[0].indexOf(q[i + 1]!) };
}

/** The qualifier written just after `end` ("220 قتيلًا على الأقل"), and where it ends. */
function qualifierAfter(scan: string, end: number, c: Compiled): { figure: QualifierKind; end: number } | null {
  const q = c.qualifierAfter.exec(scan.slice(end, end + 40));
  const i = q ? q.slice(1).findIndex((g) => g !== undefined) : -1;
  const figure = QUALIFIER_KINDS[i];
  return q && figure ? { figure, end: end + q[0].length } : null;
}

/** The multipliers ("tripled", "fivefold", "5 times more", "5x"), each marked in `taken`. */
function multipliersIn(scan: string, c: Compiled, taken: Cover): Found[] {
  const { words } = c;
  const multipliers: Found[] = [];
  const addMultiplier = (f: Found): void => {
    if (taken.has(f) || !(f.value > 0)) return;
    multipliers.push(f);
    taken.add(f);
  };
  const factorOf = (wordGroup: string | undefined, digits: string | undefined): Written =>
    wordGroup !== undefined ? { value: c.numberWords.get(key(wordGroup)) ?? NaN, decimals: 0 } : readNumber(digits ?? '', words);
  // Before the multiplier verbs: a verb leading "N times" ("تضاعف خمس مرات") is part of that claim.
  for (const m of scan.matchAll(c.times)) {
    const comparative = m[3] !== undefined || m[4] !== undefined;
    const before = scan.slice(Math.max(0, m.index - 60), m.index);
    const far = comparative ? null : c.timesLeadFar.exec(before);
    if (!comparative && !far && !c.timesLead.test(before.slice(-40))) continue;
    const w = factorOf(m[1], m[2]);
    const start = far ? m.index - before.length + far.index : m.index;
    const f: Found = { start, end: m.index + m[0].length, kind: 'multiplier', ...w };
    if (comparative) f.inverse = m[4] !== undefined;
    addMultiplier(f);
  }
  for (const m of scan.matchAll(c.multWord)) {
    const factor = c.multiplierWords.get(key(m[1]!)) ?? NaN;
    const inverse = factor < 1;
    addMultiplier({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'multiplier',
      value: inverse ? 1 / factor : factor,
      decimals: 0,
      inverse,
    });
  }
  for (const m of scan.matchAll(c.fold)) {
    const w = factorOf(m[1], m[2]);
    addMultiplier({ start: m.index, end: m.index + m[0].length, kind: 'multiplier', ...w });
  }
  for (const m of scan.matchAll(c.ex)) {
    const w = readNumber(m[1] ?? m[2] ?? '', words);
    addMultiplier({ start: m.index, end: m.index + m[0].length, kind: 'multiplier', ...w });
  }
  return multipliers;
}

/** Two days of a month framed as a pair ("from 1 to 5 May", "من 1 إلى 5 يونيو"): a date, not two figures. */
function dayRange(scan: string, first: number, m: RegExpMatchArray, c: Compiled): boolean {
  const day = (s: string): boolean => /^\d{1,2}$/.test(s) && Number(s) >= 1 && Number(s) <= 31;
  const end = m.index! + m[0].length;
  if (!day(m[1]!) || !day(m[3]!)) return false;
  return c.monthAfter.test(scan.slice(end, end + 40)) || c.monthBefore.test(scan.slice(Math.max(0, first - 40), first));
}

/** The figures ("at least 220", "220 killed", both numbers of "from 44 to 220"), proportions marked in `taken`. */
function figuresIn(scan: string, c: Compiled, taken: Cover): Found[] {
  const { words } = c;
  // Numbers framed as a pair ("from 44 to 220", "44 → 220") are figures even without a noun.
  // They are read even where a dash joins them ("from 44–220").
  const paired = new Set<number>();
  const numbers = new Map<number, string>();
  for (const m of scan.matchAll(c.number)) numbers.set(m.index, m[1]!);
  for (const re of [c.range, c.arrow]) {
    for (const m of scan.matchAll(re)) {
      const first = m.index + m[0].length - m[3]!.length - m[2]!.length - m[1]!.length;
      const second = first + m[1]!.length + m[2]!.length;
      if (dayRange(scan, first, m, c)) continue;
      paired.add(first).add(second);
      numbers.set(first, m[1]!).set(second, m[3]!);
    }
  }

  // Neither number of a proportion ("1 in 5 victims") is a figure.
  for (const m of scan.matchAll(c.proportion)) taken.add({ start: m.index, end: m.index + m[0].length });

  const figures: Found[] = [];
  for (const [start, raw] of [...numbers].sort((a, b) => a[0] - b[0])) {
    const end = start + raw.length;
    if (taken.has({ start, end })) continue;
    const { value, decimals } = readNumber(raw, words);
    if (!Number.isFinite(value)) continue;
    const before = scan.slice(Math.max(0, start - 40), start);
    const after = scan.slice(end, end + 40);
    const { figure, start: qStart } = qualifierBefore(scan, start, c);
    // A year ("in 2017", "since 2016"), unless a qualifier makes it a figure.
    if (figure === 'exact' && /^\d{4}$/.test(raw) && value >= 1800 && value <= 2099) continue;
    // A day beside a month ("May 3", "3 May").
    if (decimals === 0 && value >= 1 && value <= 31 && (c.monthBefore.test(before) || c.monthAfter.test(after))) {
      continue;
    }
    const next = c.nextWord.exec(after)?.[1];
    const nextKey = next === undefined ? '' : key(next);
    if (c.units.has(nextKey)) continue;
    let fEnd = end;
    let kind = figure;
    if (figure === 'exact') {
      if (c.countNouns.has(nextKey)) fEnd = end + after.indexOf(next!) + next!.length;
      const q = qualifierAfter(scan, fEnd, c);
      if (q) [kind, fEnd] = [q.figure, q.end];
      else if (fEnd === end && !paired.has(start)) continue;
    }
    figures.push({ start: qStart, end: fEnd, kind: 'figure', value, decimals, figure: kind });
  }
  return figures;
}

function find(label: string, c: Compiled): Found[] {
  const { words } = c;
  const scan = mask(label, c);
  const allDirs = directions(scan, c);
  const found: Found[] = [];
  const taken = new Cover(scan.length);

  for (const m of scan.matchAll(c.percent)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const { value, decimals } = readNumber(m[2]!, words);
    found.push({ ...span, kind: 'percent', value, decimals, sign: m[1] ? (m[1] === '+' ? 1 : -1) : undefined });
    taken.add(span);
  }

  const multipliers = multipliersIn(scan, c, taken);

  const figures = figuresIn(scan, c, taken);

  // A qualifier bounds a percentage or a multiplier too: "more than doubled", "nearly 400%".
  for (const f of [...found, ...multipliers]) {
    const q = qualifierBefore(scan, f.start, c);
    const qa = q.figure === 'exact' ? qualifierAfter(scan, f.end, c) : null;
    if (q.figure !== 'exact') {
      f.figure = q.figure;
      f.start = q.start;
    } else if (qa && !taken.has({ start: f.end, end: qa.end })) {
      f.figure = qa.figure;
      f.end = qa.end;
    }
  }

  // Directions inside a figure ("fewer than 500") or a multiplier ("5 times fewer") are part of that claim.
  const bound = new Cover(scan.length);
  for (const f of [...found, ...figures, ...multipliers]) bound.add(f);
  const dirs = allDirs.filter((d) => !bound.has(d));
  for (const f of found) {
    if (f.sign === undefined) f.sign = nearestSign(f, dirs) === -1 ? -1 : 1;
    f.value *= f.sign;
  }
  for (const f of multipliers) {
    if (f.inverse === undefined) f.inverse = nearestSign(f, dirs) === -1;
    found.push(f);
  }
  for (const d of dirs) found.push({ ...d, kind: 'direction', value: d.sign, decimals: 0 });
  found.push(...figures);
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

// ---------------------------------------------------------------------------
// Checking them.

const FIGURE_SAYS: Record<FigureKind, string> = {
  atLeast: 'at least',
  moreThan: 'more than',
  about: 'about',
  nearly: 'nearly',
  upTo: 'up to',
  fewerThan: 'fewer than',
  exact: '',
};

function figureHolds(kind: FigureKind, n: number, tol: number, x: number): boolean {
  switch (kind) {
    case 'atLeast':
      return x >= n - EPS;
    case 'moreThan':
      return x > n;
    case 'about':
      return Math.abs(x - n) <= 0.1 * Math.abs(n) + EPS;
    case 'nearly':
      return x >= 0.9 * n - EPS && x <= n + EPS;
    case 'upTo':
      return x <= n + EPS;
    case 'fewerThan':
      return x < n;
    case 'exact':
      return Math.abs(x - n) <= tol + EPS;
  }
}

/** Whether some figure in [lo, hi] satisfies the claim: "the range allows it". */
function rangeAllows(kind: FigureKind, n: number, tol: number, lo: number, hi: number): boolean {
  switch (kind) {
    case 'atLeast':
      return hi >= n - EPS;
    case 'moreThan':
      return hi > n;
    case 'about':
      return lo <= 1.1 * n + EPS && hi >= 0.9 * n - EPS;
    case 'nearly':
      return lo <= n + EPS && hi >= 0.9 * n - EPS;
    case 'upTo':
      return lo <= n + EPS;
    case 'fewerThan':
      return lo < n;
    case 'exact':
      return lo - tol - EPS <= n && n <= hi + tol + EPS;
  }
}

const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

function arrow(from: number, to: number): string {
  return `${fmt(from)} \u2192 ${fmt(to)}`;
}

function verdict(label: string, f: Found, target: ClaimTarget): ClaimVerdict | null {
  const text = label.slice(f.start, f.end);
  const plain = text.toLowerCase().replace(/\s+/g, ' ');
  switch (f.kind) {
    case 'percent': {
      if (target.kind !== 'change') return null;
      const mag = Math.abs(f.value);
      const q = f.figure && f.figure !== 'exact' ? `${FIGURE_SAYS[f.figure]} ` : '';
      const says = f.value === 0 && !q ? 'no change (0%)' : `a ${f.value >= 0 ? 'rise' : 'fall'} of ${q}${fmt(mag, f.decimals)}%`;
      const { from, to } = target;
      if (!finite(from) || !finite(to) || from === 0) {
        return { text, kind: 'percent', says, holds: false, computed: 'no percentage: it starts from zero' };
      }
      const pct = ((to - from) / from) * 100;
      const tol = percentTolerance(mag, f.decimals);
      const holds = q
        ? (pct === 0 || Math.sign(pct) === Math.sign(f.value || 1)) && figureHolds(f.figure!, mag, tol, Math.abs(pct))
        : Math.abs(pct - f.value) <= tol + EPS;
      return { text, kind: 'percent', says, holds, computed: `${signed(pct, f.decimals + 1)}% (${arrow(from, to)})` };
    }
    case 'multiplier': {
      if (target.kind !== 'change') return null;
      const factor = f.inverse ? 1 / f.value : f.value;
      const q = f.figure && f.figure !== 'exact' ? `${FIGURE_SAYS[f.figure]} ` : '';
      const says = `${q}\u00d7${fmt(factor, 3)} (${plain})`;
      const { from, to } = target;
      if (!finite(from) || !finite(to) || from === 0) {
        return { text, kind: 'multiplier', says, holds: false, computed: 'no ratio: it starts from zero' };
      }
      const ratio = to / from;
      const seen = f.inverse ? 1 / ratio : ratio;
      const tol = multiplierTolerance(f.value, f.decimals);
      const holds = Number.isFinite(seen) && (q ? figureHolds(f.figure!, f.value, tol, seen) : Math.abs(seen - f.value) <= tol + EPS);
      return { text, kind: 'multiplier', says, holds, computed: `\u00d7${fmt(ratio, 2)} (${arrow(from, to)})` };
    }
    case 'direction': {
      if (target.kind !== 'change') return null;
      const says = f.sign === 1 ? 'a rise' : 'a fall';
      const { from, to } = target;
      if (!finite(from) || !finite(to)) {
        return { text, kind: 'direction', says, holds: false, computed: 'no change can be computed' };
      }
      const d = to - from;
      const computed =
        d > 0
          ? `a rise from ${fmt(from)} to ${fmt(to)}`
          : d < 0
            ? `a fall from ${fmt(from)} to ${fmt(to)}`
            : `no change (${arrow(from, to)})`;
      return { text, kind: 'direction', says, holds: Math.sign(d) === f.sign, computed };
    }
    case 'figure': {
      const kind = f.figure ?? 'exact';
      const n = f.value;
      const tol = 0.5 * 10 ** -f.decimals;
      const says = `${FIGURE_SAYS[kind]} ${fmt(n, f.decimals)}`.trim();
      const base = { text, kind: 'figure' as const, says };
      if (target.kind === 'change') {
        const ends = [target.from, target.to].filter(finite);
        const holds = ends.some((x) => figureHolds(kind, n, tol, x));
        return { ...base, holds, computed: arrow(target.from, target.to) };
      }
      if (target.kind === 'value') {
        const { value, low, high } = target;
        const hasRange = finite(low) || finite(high);
        const range = `${finite(low) ? fmt(low) : '…'}\u2013${finite(high) ? fmt(high) : '…'}`;
        if (finite(value)) {
          const holds =
            figureHolds(kind, n, tol, value) || (kind === 'exact' && [low, high].some((x) => finite(x) && figureHolds('exact', n, tol, x)));
          return { ...base, holds, computed: hasRange ? `${fmt(value)} (range ${range})` : fmt(value) };
        }
        if (hasRange) {
          const holds = rangeAllows(kind, n, tol, finite(low) ? low : -Infinity, finite(high) ? high : Infinity);
          return { ...base, holds, computed: `no central figure; range ${range}` };
        }
        return { ...base, holds: false, computed: 'no figure' };
      }
      const values = target.values.filter(finite);
      if (values.length === 0) return { ...base, holds: false, computed: 'no figures in the period' };
      const total = values.reduce((a, b) => a + b, 0);
      const holds = figureHolds(kind, n, tol, total) || values.some((x) => figureHolds(kind, n, tol, x));
      const shown = values.slice(0, 8).map((x) => fmt(x));
      if (values.length > 8) shown.push('…');
      return { ...base, holds, computed: `total ${fmt(total)} (${shown.join(', ')})` };
    }
  }
}

function isTarget(t: unknown): t is ClaimTarget {
  if (typeof t !== 'object' || t === null) return false;
  const kind = (t as { kind?: unknown }).kind;
  return kind === 'change' || kind === 'value' || (kind === 'period' && Array.isArray((t as { values?: unknown }).values));
}

/**
 * Every claim found in `label`, each checked against `target`, in the order
 * they appear. A `{change}` placeholder is not a claim itself, but direction
 * words around it are checked. Claims the target cannot check (a percentage on
 * a point, a direction on a period) are left out.
 */
export function checkLabel(label: string, target: ClaimTarget, words: ClaimWords = CLAIM_WORDS.en!): ClaimVerdict[] {
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
