import { expect } from '@open-wc/testing';
import { clampX, overlaps, placeLabels, type Box } from '../../src/core/labels.js';
import { textWidth, wrapText } from '../../src/core/text.js';

describe('core/text', () => {
  it('estimates wider text as wider', () => {
    expect(textWidth('WWW', 12)).to.be.greaterThan(textWidth('iii', 12));
    expect(textWidth('', 12)).to.equal(0);
  });
  it('contains the real rendered width of typical labels', () => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = '12px "DejaVu Sans", sans-serif';
    for (const s of [
      'Assault on Raqqa begins',
      'At least 220 killed in May',
      '+400% since October',
      'Syrian Observatory for Human Rights',
    ]) {
      expect(textWidth(s, 12), s).to.be.at.least(canvas.measureText(s).width);
    }
  });
  const wraps: [string, number, string[]][] = [
    ['Assault on Raqqa begins', 1000, ['Assault on Raqqa begins']],
    ['Assault on Raqqa begins', 80, ['Assault on', 'Raqqa', 'begins']],
    ['Supercalifragilistic', 40, ['Super', 'califr', 'agilist', 'ic']],
    ['  spaced   out  ', 1000, ['spaced out']],
    ['', 100, []],
  ];
  for (const [text, width, lines] of wraps) {
    it(`wraps ${JSON.stringify(text)} at ${width}px`, () => {
      const out = wrapText(text, width, 12);
      expect(out).to.deep.equal(lines);
      for (const l of out) expect(textWidth(l, 12)).to.be.at.most(Math.max(width, textWidth(l[0] ?? '', 12)));
    });
  }
});

describe('core/labels', () => {
  const b = (x: number, y: number, w = 10, h = 10): Box => ({ x, y, w, h });
  it('detects overlaps with a gap', () => {
    expect(overlaps(b(0, 0), b(5, 5))).to.equal(true);
    expect(overlaps(b(0, 0), b(10, 0))).to.equal(false);
    expect(overlaps(b(0, 0), b(11, 0), 2)).to.equal(true);
  });
  it('takes the first free candidate and keeps later labels off earlier ones', () => {
    const bounds = b(0, 0, 100, 100);
    const placed = placeLabels(
      [
        { candidates: [b(10, 10, 30, 10)], data: 'a' },
        { candidates: [b(20, 12, 30, 10), b(20, 40, 30, 10)], data: 'b' },
        { candidates: [b(90, 90, 30, 10)], data: 'c' },
      ],
      bounds,
    );
    expect(placed.map((p) => p.box)).to.deep.equal([b(10, 10, 30, 10), b(20, 40, 30, 10), null]);
  });
  it('avoids obstacles', () => {
    const placed = placeLabels([{ candidates: [b(0, 0), b(50, 50)], data: 1 }], b(0, 0, 100, 100), [b(0, 0, 20, 20)]);
    expect(placed[0]!.box).to.deep.equal(b(50, 50));
  });
  it('clamps boxes into a horizontal range', () => {
    expect(clampX(b(-5, 0, 20, 5), 0, 100).x).to.equal(0);
    expect(clampX(b(95, 0, 20, 5), 0, 100).x).to.equal(80);
  });
});
