/**
 * Text width estimates for layout without a DOM. Widths are in em for a
 * typical sans-serif UI font, erring wide so estimated boxes contain the real
 * text (DejaVu Sans, among the widest common UI fonts, fits inside them).
 */

const NARROW = new Set("iIl.,:;'!|");
const MEDIUM = new Set(' ()[]ftjr-');
const WIDE = new Set('mwMW@%');
const SYMBOL = new Set('+=<>~^#');

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.34;
    else if (MEDIUM.has(ch)) em += 0.42;
    else if (WIDE.has(ch)) em += 0.95;
    else if (SYMBOL.has(ch)) em += 0.84;
    else if (ch >= 'A' && ch <= 'Z') em += 0.72;
    else if (ch >= '0' && ch <= '9') em += 0.64;
    else if (ch.charCodeAt(0) > 0x2e80) em += 1;
    else em += 0.62;
  }
  return em * fontSize;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces. A word longer
 * than the line is split so nothing runs out of its box.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (textWidth(word, fontSize) > maxWidth && word.length > 1) {
      let cut = word.length - 1;
      while (cut > 1 && textWidth(word.slice(0, cut), fontSize) > maxWidth) cut--;
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}
