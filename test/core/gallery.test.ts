import { expect } from '@open-wc/testing';
import {
  announcement,
  captionDescribes,
  clampIndex,
  counterText,
  creditText,
  keyTarget,
  slideLabel,
  stepIndex,
  swipeStep,
} from '../../src/core/gallery.js';

describe('core/gallery clampIndex', () => {
  const cases: [unknown, number, number, string | null][] = [
    [1, 30, 1, null],
    [30, 30, 30, null],
    [12, 30, 12, null],
    ['4', 30, 4, null],
    [null, 30, 1, null],
    [undefined, 30, 1, null],
    [0, 30, 1, 'expected a photo number from 1 to 30, got 0; showing photo 1'],
    [-3, 30, 1, 'expected a photo number from 1 to 30, got -3; showing photo 1'],
    [31, 30, 30, 'expected a photo number from 1 to 30, got 31; showing photo 30'],
    [99, 5, 5, 'expected a photo number from 1 to 5, got 99; showing photo 5'],
    [2.4, 30, 2, 'expected a photo number from 1 to 30, got 2.4; showing photo 2'],
    [NaN, 30, 1, 'expected a photo number from 1 to 30, got NaN; showing photo 1'],
    [Infinity, 30, 1, 'expected a photo number from 1 to 30, got Infinity; showing photo 1'],
    ['abc', 30, 1, 'expected a photo number from 1 to 30, got "abc"; showing photo 1'],
    ['', 30, 1, 'expected a photo number from 1 to 30, got ""; showing photo 1'],
    [{}, 30, 1, 'expected a photo number from 1 to 30, got [object Object]; showing photo 1'],
    [7, 0, 0, null],
    [NaN, 0, 0, null],
  ];
  for (const [raw, count, index, problem] of cases) {
    it(`${String(typeof raw === 'string' ? JSON.stringify(raw) : raw)} of ${count} → ${index}`, () => {
      expect(clampIndex(raw, count)).to.deep.equal({ index, problem });
    });
  }
});

describe('core/gallery stepIndex', () => {
  const cases: [number, number, number, boolean, number][] = [
    [1, 1, 30, false, 2],
    [29, 1, 30, false, 30],
    [30, 1, 30, false, 30],
    [1, -1, 30, false, 1],
    [30, 1, 30, true, 1],
    [1, -1, 30, true, 30],
    [2, -1, 30, true, 1],
    [1, 1, 1, true, 1],
    [1, 1, 1, false, 1],
    [1, 0, 30, false, 1],
    [5, 7, 5, true, 2],
    [1, 1, 0, true, 0],
  ];
  for (const [index, delta, count, loop, expected] of cases) {
    it(`${index} ${delta > 0 ? '+' : ''}${delta} of ${count}${loop ? ', loop' : ''} → ${expected}`, () =>
      expect(stepIndex(index, delta, count, loop)).to.equal(expected));
  }
});

describe('core/gallery keyTarget', () => {
  const cases: [string, number, number, boolean, boolean, number | null][] = [
    ['ArrowRight', 1, 30, false, false, 2],
    ['ArrowLeft', 2, 30, false, false, 1],
    ['ArrowLeft', 1, 30, false, false, 1],
    ['ArrowLeft', 1, 30, true, false, 30],
    ['ArrowRight', 30, 30, true, false, 1],
    ['ArrowRight', 30, 30, false, false, 30],
    // Right to left: Left is next.
    ['ArrowLeft', 1, 30, false, true, 2],
    ['ArrowRight', 2, 30, false, true, 1],
    ['ArrowRight', 1, 30, true, true, 30],
    ['Home', 12, 30, false, false, 1],
    ['End', 12, 30, false, true, 30],
    ['ArrowUp', 3, 30, false, false, null],
    ['Enter', 3, 30, false, false, null],
    ['a', 3, 30, false, false, null],
    ['ArrowRight', 0, 0, false, false, null],
  ];
  for (const [key, index, count, loop, rtl, expected] of cases) {
    it(`${key} at ${index}/${count}${loop ? ' loop' : ''}${rtl ? ' rtl' : ''} → ${String(expected)}`, () =>
      expect(keyTarget(key, index, count, loop, rtl)).to.equal(expected));
  }
});

describe('core/gallery swipeStep', () => {
  const cases: [number, number, boolean, -1 | 0 | 1][] = [
    [-80, 0, false, 1],
    [80, 0, false, -1],
    [-80, 0, true, -1],
    [80, 0, true, 1],
    [-40, 0, false, 1],
    [-39, 0, false, 0],
    [-80, 60, false, 0],
    [-90, 60, false, 1],
    [-89, -60, false, 0],
    [0, 200, false, 0],
    [0, 0, false, 0],
    [NaN, 0, false, 0],
    [-Infinity, 0, false, 0],
  ];
  for (const [dx, dy, rtl, expected] of cases) {
    it(`dx ${dx}, dy ${dy}${rtl ? ' rtl' : ''} → ${expected}`, () => expect(swipeStep(dx, dy, rtl)).to.equal(expected));
  }
});

describe('core/gallery text', () => {
  it('counts "3/30" in the locale’s digits', () => {
    expect(counterText(3, 30, 'en-GB')).to.equal('3/30');
    expect(counterText(3, 30, 'ar-EG')).to.equal('٣/٣٠');
    expect(counterText(1200, 1500, 'en')).to.equal('1,200/1,500');
  });
  it('labels slides "3 of 30"', () => {
    expect(slideLabel(3, 30, 'en')).to.equal('3 of 30');
    expect(slideLabel(3, 30, 'ar-EG')).to.equal('٣ of ٣٠');
  });
  it('shows the credit with its prefix', () => {
    expect(creditText('Getty', '')).to.equal('Getty');
    expect(creditText('Getty', 'Photo:')).to.equal('Photo: Getty');
    expect(creditText('', 'Photo:')).to.equal('');
  });
  const said: [number, number, string, string, string, string][] = [
    [
      4,
      30,
      'Smoke rises as seen from a governement-held area of Aleppo, Syria',
      'Reuters',
      '',
      'Photo 4 of 30. Smoke rises as seen from a governement-held area of Aleppo, Syria. Credit: Reuters',
    ],
    [4, 30, 'Smoke rises over Aleppo.', 'Reuters', 'Photo:', 'Photo 4 of 30. Smoke rises over Aleppo. Photo: Reuters'],
    [1, 2, 'Who fired?', 'EPA', '', 'Photo 1 of 2. Who fired? Credit: EPA'],
    [1, 2, '“Leave now,” he said.”', 'EPA', '', 'Photo 1 of 2. “Leave now,” he said.” Credit: EPA'],
    [2, 2, '  Aleppoís eastern neighborhoods  ', '', '', 'Photo 2 of 2. Aleppoís eastern neighborhoods.'],
    [2, 2, '', 'AFP/Getty Images', '', 'Photo 2 of 2. Credit: AFP/Getty Images'],
    [2, 2, '<b>bold</b>', 'PA', '', 'Photo 2 of 2. <b>bold</b>. Credit: PA'],
  ];
  for (const [index, count, caption, credit, prefix, expected] of said) {
    it(`announces ${JSON.stringify(expected)}`, () =>
      expect(announcement(index, count, caption, credit, prefix, 'en-GB')).to.equal(expected));
  }
  const describes: [string, boolean][] = [
    ['Smoke rises over Aleppo', true],
    ['A Syrian family arrives at a checkpoint', true],
    ['Aleppo, December 2016', false],
    ['Aleppo', false],
    ['   ', false],
  ];
  for (const [caption, expected] of describes) {
    it(`${JSON.stringify(caption)} ${expected ? 'describes' : 'does not describe'} the photo`, () =>
      expect(captionDescribes(caption)).to.equal(expected));
  }
});
