/**
 * The shared input step (src/internal/input.ts) and the small pure steps the
 * elements hand to it: which source of data wins, the severity split, the one
 * keyword check, a gallery's change of photo, a comparison's reference and its
 * memoised prepare.
 */
import { expect } from '@open-wc/testing';
import '../../src/i18n/issue-texts-now.js';
import { makeStrings } from '../../src/i18n/messages.js';
import { InputController, keyword, problemsOf, type Keyword } from '../../src/internal/input.js';
import type { RemoteState } from '../../src/internal/remote.js';
import { JsonParseFailure } from '../../src/schema/json.js';
import { parseSources } from '../../src/schema/comparison.js';
import type { Issue } from '../../src/schema/issues.js';
import { photoChanged } from '../../src/elements/photo-gallery-caption/read.js';
import { comparisonPreparer, findReference } from '../../src/elements/source-comparison/prepare.js';

const warn = (path: string): Issue => ({ path, message: 'm', severity: 'warning' });
const err = (path: string): Issue => ({ path, message: 'm', severity: 'error' });

/** An InputController on a stand-in host: pick() reads only the script and the src state. */
function input(script: unknown, remote?: RemoteState): InputController {
  const host = { addController() {}, requestUpdate() {}, hasUpdated: true } as unknown as ConstructorParameters<typeof InputController>[0];
  const c = new InputController(host, () => ({ tag: 'x', errorKey: 'chartError', texts: false }));
  c.script = script;
  c.remote = remote;
  return c;
}

describe('input: which data wins', () => {
  const loaded: RemoteState = { status: 'loaded', format: 'json', data: 'remote', annotations: undefined, warnings: [], locate: (p) => p };
  const cases: [string, InputController, Record<string, unknown>, boolean, [unknown, unknown]][] = [
    ['inline over the script', input({ data: 's' }), { data: 'inline', annotations: undefined }, false, ['inline', undefined]],
    [
      'the script when nothing inline',
      input({ data: 's', annotations: 'a' }),
      { data: undefined, annotations: undefined },
      false,
      ['s', 'a'],
    ],
    ['a script without `data` is the data', input([1, 2]), { data: undefined, annotations: undefined }, false, [[1, 2], undefined]],
    ['src over inline; inline annotations kept', input(undefined, loaded), { data: 'inline', annotations: 'a' }, false, ['remote', 'a']],
    [
      'nothing while src loads',
      input(undefined, { status: 'loading' }),
      { data: 'inline', annotations: 'a' },
      false,
      [undefined, undefined],
    ],
    [
      'a wrapper object even without the field',
      input({ heading: 'h' }),
      { data: undefined, annotations: undefined },
      true,
      [undefined, undefined],
    ],
  ];
  for (const [name, c, inline, wrapper, [data, annotations]] of cases) {
    it(name, () => {
      const get = c.pick(inline, 'data', wrapper);
      expect([get('data'), get('annotations')]).to.deep.equal([data, annotations]);
    });
  }

  it('bad JSON in a script is reported as the script’s', () => {
    const got = input(new JsonParseFailure('{', 'unexpected end')).pick({ data: undefined }, 'data', true)('data');
    expect(got).to.be.instanceOf(JsonParseFailure);
    expect((got as JsonParseFailure).message).to.match(/^in the child script/);
  });
});

describe('input: severity split and keywords', () => {
  it('splits a failed parse into errors and warnings, and keeps a good one’s warnings', () => {
    expect(problemsOf({ ok: false, issues: [err('a'), warn('b'), err('c')] })).to.deep.equal({
      errors: [err('a'), err('c')],
      warnings: [warn('b')],
    });
    expect(problemsOf({ ok: true, warnings: [warn('b')] })).to.deep.equal({ errors: [], warnings: [warn('b')] });
  });

  const MARK: Keyword<'bar' | 'dot'> = { path: 'mark', allowed: ['bar', 'dot'], fallback: 'bar', instead: 'xBars' };
  const cases: [unknown, string, string | null][] = [
    ['dot', 'dot', null],
    ['bar', 'bar', null],
    ['Dot', 'bar', 'mark: expected one of bar, dot, got "Dot" → drawn as bars'],
    [null, 'bar', 'mark: expected one of bar, dot, got null → drawn as bars'],
    ['', 'bar', 'mark: expected one of bar, dot, got "" → drawn as bars'],
  ];
  for (const [value, used, issue] of cases) {
    it(`keyword ${JSON.stringify(value)} → ${used}${issue ? ' with a warning' : ''}`, () => {
      const k = keyword(value, MARK);
      const said = k.issue && `${k.issue.path}: ${k.issue.message} → ${k.issue.instead}`;
      expect([k.value, said, k.issue?.severity ?? null]).to.deep.equal([used, issue, issue && 'warning']);
    });
  }

  it('a keyword warning is a catalogue key with its parameters, so the preview panel can say it in any language', () => {
    const k = keyword('Dot', MARK);
    expect([k.issue?.code, k.issue?.params, k.issue?.insteadCode]).to.deep.equal([
      'iOneOf',
      { list: ['bar', 'dot'], got: '"Dot"' },
      'xBars',
    ]);
  });
});

describe('gallery: a change of photo', () => {
  const a = { caption: 'A', credit: 'x', src: null } as never;
  const b = { caption: 'B', credit: 'x', src: null } as never;
  const cases: [string, number, unknown, number, unknown, boolean][] = [
    ['nothing shown before', 0, undefined, 1, a, false],
    ['another number', 1, a, 2, b, true],
    ['same number, same photo', 2, a, 2, a, false],
    ['same number, new items', 2, a, 2, b, true],
  ];
  for (const [name, before, shown, index, item, changed] of cases) {
    it(name, () => expect(photoChanged(before, shown as never, index, item as never)).to.equal(changed));
  }
});

describe('comparison: reference and prepare', () => {
  // Read by the schema, as an element has them (no hand-made Source that could drift from it).
  const parsed = parseSources([
    { name: 'Airwars', value: 2 },
    { name: 'Coalition', value: 1 },
  ]);
  if (!parsed.ok) throw new Error('fixture sources did not parse');
  const sources = parsed.value;

  it('finds the reference whatever its case and spaces, or names the sources there are', () => {
    expect(findReference(sources, ' airwars ').source).to.equal(sources[0]);
    const miss = findReference(sources, 'UN');
    expect([miss.source, miss.issue?.severity, miss.issue?.message]).to.deep.equal([
      null,
      'error',
      'no source is named "UN" (sources: "Airwars", "Coalition")',
    ]);
  });

  it('prepares once for the same inputs, again when one changes', () => {
    const prepare = comparisonPreparer();
    const text = makeStrings('en');
    const input = {
      sources,
      reference: null,
      sort: 'value',
      mark: 'bar',
      width: 640,
      locale: 'en',
      unit: '',
      period: '',
      heading: '',
      text,
    } as const;
    const first = prepare(input);
    expect(prepare({ ...input })).to.equal(first);
    const wider = prepare({ ...input, width: 700 });
    expect(wider).not.to.equal(first);
    expect(wider.model?.width).to.equal(700);
    expect(first.sorted.map((s) => s.name)).to.deep.equal(['Airwars', 'Coalition']);
  });
});
