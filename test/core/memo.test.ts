import { expect } from '@open-wc/testing';
import { lastInputMemo } from '../../src/core/memo.js';

describe('lastInputMemo', () => {
  const data = [1, 2];
  const cases: [string, { data: number[]; width: number; other: string }, boolean][] = [
    ['same values under every key: remembered', { data, width: 640, other: 'a' }, false],
    ['a key changed: run again', { data, width: 700, other: 'a' }, true],
    ['an equal but new array: run again (identity)', { data: [1, 2], width: 640, other: 'a' }, true],
    ['a field outside the keys changed: remembered', { data, width: 640, other: 'b' }, false],
  ];
  for (const [name, next, runs] of cases) {
    it(name, () => {
      let calls = 0;
      const memo = lastInputMemo(['data', 'width'] as const, (i: { data: number[]; width: number; other: string }) => ({ n: ++calls, i }));
      const first = memo({ data, width: 640, other: 'a' });
      const second = memo(next);
      expect([calls, second === first]).to.deep.equal([runs ? 2 : 1, !runs]);
    });
  }

  it('keeps a copy of the input: changing the caller’s object afterwards does not fool it', () => {
    let calls = 0;
    const memo = lastInputMemo(['width'] as const, () => ++calls);
    const input = { width: 1 };
    memo(input);
    input.width = 2;
    memo(input);
    expect(calls).to.equal(2);
  });
});
