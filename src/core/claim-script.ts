/**
 * What the claim checker (claims.ts) does to a label before it reads it, for
 * scripts whose writing varies more than their words: Arabic digits read as
 * digits, the marks a reader never needs to match (vowel marks, the tatweel
 * stretching a letter, direction marks) dropped, the spellings of alef and
 * final ya folded, and the clitics Arabic joins to a word ("و", "ب", "ال").
 *
 * Folding maps every character of the result back to the label, so a claim is
 * always quoted as the editor wrote it.
 */

/** Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits. */
const DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/;
/** Arabic vowel and reading marks, and the tatweel: part of the letter before them. */
function isMark(code: number): boolean {
  return (
    (code >= 0x0610 && code <= 0x061a) ||
    code === 0x0640 ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed)
  );
}
/** Direction and joining controls: invisible, part of no word. */
const CONTROLS = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
/** Letters written several ways: hamza-carrying alefs and alef wasla as a bare alef, alef maksura as ya. */
const LETTERS: Readonly<Record<string, string>> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي' }; // prettier-ignore

/** Whether folding changes anything in `s`: a label without Arabic script or controls is read as it is. */
function foldable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x0600 && code <= 0x06ff) return true;
    if (CONTROLS.test(s[i]!)) return true;
  }
  return false;
}

function foldChar(ch: string, decimal: string): string {
  if (DIGITS.test(ch)) {
    const code = ch.charCodeAt(0);
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  }
  if (ch === '\u066b') return decimal; // the Arabic decimal separator "٫"
  return LETTERS[ch] ?? ch;
}

/** A word-list entry as the folded label spells it. */
export function foldWord(s: string): string {
  if (!foldable(s)) return s;
  let out = '';
  for (const ch of s) if (!isMark(ch.charCodeAt(0)) && !CONTROLS.test(ch)) out += foldChar(ch, '.');
  return out;
}

export interface Folded {
  text: string;
  /** Where each character of `text` starts in the label; null when nothing was folded. */
  starts: number[] | null;
  /** Where the first n characters of `text` end in the label, a dropped mark counting with the letter before it. */
  ends: number[] | null;
}

/** The label as the checker reads it, each character mapped to the label (linear in its length). */
export function foldLabel(label: string, decimal: string): Folded {
  if (!foldable(label)) return { text: label, starts: null, ends: null };
  const starts: number[] = [];
  const ends: number[] = [0];
  let text = '';
  for (let i = 0; i < label.length; i++) {
    const ch = label[i]!;
    if (isMark(ch.charCodeAt(0))) {
      if (text !== '') ends[text.length] = i + 1;
      continue;
    }
    if (CONTROLS.test(ch)) continue;
    starts.push(i);
    text += foldChar(ch, decimal);
    ends.push(i + 1);
  }
  return { text, starts, ends };
}

/** A span of the folded text as a span of the label. */
export function unfold(f: Folded, start: number, end: number): { start: number; end: number } {
  if (!f.starts || !f.ends) return { start, end };
  return { start: f.starts[start] ?? f.ends[f.ends.length - 1]!, end: f.ends[end] ?? f.ends[f.ends.length - 1]! };
}

/**
 * Pattern pieces for a language that joins clitics to words: `word` goes after
 * the start of a whole word (up to three clitics: "وبال…"); `number` is an
 * extra look-behind that lets a one-letter clitic stand joined to a number
 * ("ب400٪", "و250"). Both are empty for a language without clitics.
 */
export function cliticPatterns(prefixes: readonly string[] | undefined, escape: (s: string) => string): { word: string; number: string } {
  const list = [...new Set((prefixes ?? []).map((p) => foldWord(p.trim())).filter((p) => p !== ''))];
  if (list.length === 0) return { word: '', number: '' };
  list.sort((a, b) => b.length - a.length);
  const letters = list
    .filter((p) => p.length === 1)
    .map(escape)
    .join('');
  return {
    word: `(?:${list.map(escape).join('|')}){0,3}`,
    number: letters ? `|(?<=(?<![\\p{L}\\p{M}\\p{N}_-])[${letters}])` : '',
  };
}
