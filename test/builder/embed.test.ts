import { expect } from '@open-wc/testing';
import { escapeJsonAttr, escapeText, heightStyle, readEmbed, scriptSafeJson, writeEmbed, type Embed } from '../../src/builder/embed.js';
import {
  annotationDraft,
  annotationInput,
  decodeState,
  defaultState,
  encodeState,
  parseWidths,
  restoreState,
  specFor,
  stateFromEmbed,
} from '../../src/builder/state.js';
import { VECTORS } from '../security/hostile.js';

const trendEmbed = (over: Partial<Embed['spec']> = {}): Embed => ({
  spec: {
    tag: 'casualty-trend',
    attrs: [
      ['heading', 'Resident population of the United States'],
      ['unit', 'people'],
    ],
    json: [
      [
        'data',
        [
          { date: '1790', value: 3929214 },
          { date: '1800', value: 5308483 },
        ],
      ],
      ['annotations', [{ type: 'change', from: '1790', to: '1800', label: '{change} in ten years' }]],
    ],
    script: false,
    fallback: 'Population, 1790 to 1800.',
    ...over,
  },
  scriptUrl: '/dist/cdn/newsroom-charts.js',
  heights: [
    { width: 375, height: 452.2 },
    { width: 640, height: 430 },
  ],
});

describe('builder: embed code', () => {
  const escapes: [string, string, string][] = [
    ['a & b', 'a &amp; b', 'a &amp; b'],
    ['"quoted"', '&quot;quoted&quot;', '"quoted"'],
    ["it's", "it's", 'it&#39;s'],
    ['</script><script>x()</script>', '&lt;/script&gt;&lt;script&gt;x()&lt;/script&gt;', '&lt;/script&gt;&lt;script&gt;x()&lt;/script&gt;'],
  ];
  for (const [raw, text, json] of escapes) {
    it(`escapes ${JSON.stringify(raw)} for attributes`, () => {
      expect(escapeText(raw)).to.equal(text);
      expect(escapeJsonAttr(raw)).to.equal(json);
    });
  }

  it('writes JSON for a child script that nothing inside can close', () => {
    const s = scriptSafeJson({ label: '</script><!-- \u2028' });
    expect(s).not.to.include('<');
    expect(JSON.parse(s)).to.deep.equal({ label: '</script><!-- \u2028' });
  });

  it('reserves the height at each width, smallest first, with the widths named', () => {
    expect(
      heightStyle('x', [
        { width: 640, height: 430 },
        { width: 375, height: 452.2 },
      ]),
    ).to.equal(
      '/* height until the script loads, measured at 375px, 640px wide */x:not(:defined){display:flow-root;min-height:453px}@media (min-width:640px){x:not(:defined){display:flow-root;min-height:430px}}',
    );
    expect(heightStyle('x', [])).to.equal('');
  });

  it('writes the script tag, the height rule, the element with JSON attributes and the fallback', () => {
    const code = writeEmbed(trendEmbed());
    const lines = code.split('\n');
    expect(lines[0]).to.equal('<script type="module" src="/dist/cdn/newsroom-charts.js"></script>');
    expect(lines[1]).to.match(/^<style>.*casualty-trend\.nc-[a-z0-9]+:not\(:defined\)\{display:flow-root;min-height:453px\}/);
    expect(lines[2]).to.match(
      /^<casualty-trend class="nc-[a-z0-9]+" heading="Resident population of the United States" unit="people" data='\[\{"date":"1790","value":3929214\}/,
    );
    expect(lines[3]).to.equal('<p>Population, 1790 to 1800.</p>');
    expect(lines[4]).to.equal('</casualty-trend>');
  });

  it('reads back what it writes, attribute or child script, for every hostile string', () => {
    for (const v of VECTORS) {
      for (const script of [false, true]) {
        const e = trendEmbed({
          script,
          attrs: [
            ['heading', v],
            ['note', `x${v}y`],
          ],
          fallback: v,
        });
        e.spec.json[0]![1] = [{ date: '1790', value: 1, note: v }];
        const code = writeEmbed(e);
        const doc = new DOMParser().parseFromString(code, 'text/html');
        expect(doc.querySelectorAll('casualty-trend').length, v).to.equal(1);
        expect(doc.querySelectorAll('img, svg, iframe, a, base, link, x, math, style:not(:first-of-type)').length, v).to.equal(0);
        expect(doc.querySelectorAll('script').length, v).to.equal(script ? 2 : 1);
        const back = readEmbed(code);
        expect(back.problems, v).to.deep.equal([]);
        expect(writeEmbed(back.embed!), v).to.equal(code);
      }
    }
  });

  it('refuses event handlers, style and src from a pasted embed, and never runs anything', () => {
    window.__ncXss = [];
    window.__nc_xss = () => window.__ncXss!.push('ran');
    const r = readEmbed(
      `<img src=x onerror=__nc_xss()><casualty-trend onclick="__nc_xss()" style="display:none" src="https://evil.example/d.json" heading="H" data='[]'><script>__nc_xss()</script></casualty-trend>`,
    );
    expect(r.embed!.spec.attrs).to.deep.equal([['heading', 'H']]);
    expect(r.problems.map((p) => p.path)).to.deep.equal(['onclick', 'style', 'src']);
    expect(window.__ncXss).to.deep.equal([]);
  });

  it('reports an embed without an element and invalid JSON in it', () => {
    expect(readEmbed('<p>hello</p>').embed).to.equal(null);
    const r = readEmbed(`<source-comparison data='[{'></source-comparison>`);
    expect(r.problems.map((p) => p.path)).to.deep.equal(['data']);
  });

  it('round-trips a state through the embed code', () => {
    const state = {
      ...defaultState(),
      fields: { heading: 'H', mark: 'bar', theme: '' },
      annotations: [annotationDraft({ type: 'point', date: '1800', label: 'Second census', check: false })],
    };
    const data = [
      { date: '1790', value: 1 },
      { date: '1800', value: 2 },
    ];
    const spec = specFor(state, data, 'Description.');
    expect(spec.attrs).to.deep.equal([
      ['heading', 'H'],
      ['mark', 'bar'],
    ]);
    expect(spec.json[1]![1]).to.deep.equal([{ type: 'point', date: '1800', label: 'Second census', check: false }]);
    const code = writeEmbed({ spec, scriptUrl: state.scriptUrl, heights: [{ width: 375, height: 400 }] });
    const back = stateFromEmbed(readEmbed(code).embed!);
    expect(JSON.parse(back.dataText)).to.deep.equal(data);
    const again = writeEmbed({
      spec: specFor(back, JSON.parse(back.dataText), 'other'),
      scriptUrl: back.scriptUrl,
      heights: [{ width: 375, height: 400 }],
    });
    expect(again).to.equal(code);
  });

  const annotations: [Parameters<typeof annotationInput>[0], Record<string, unknown>][] = [
    [
      { type: 'change', date: 'x', from: '2016-10', to: '2017-05', label: '', series: '' },
      { type: 'change', from: '2016-10', to: '2017-05' },
    ],
    [
      { type: 'change', date: '', from: '2016-10', to: '2017-05', label: '{change} rise', series: 'A' },
      { type: 'change', from: '2016-10', to: '2017-05', series: 'A', label: '{change} rise' },
    ],
    [
      { type: 'event', date: '2017-06', from: 'x', to: '', label: 'Assault', series: 'A' },
      { type: 'event', date: '2017-06', label: 'Assault' },
    ],
    [
      { type: 'period', date: '', from: '2017-01', to: '2017-02', label: '', series: '' },
      { type: 'period', from: '2017-01', to: '2017-02' },
    ],
    [
      { type: 'point', date: '2017-05', from: '', to: '', label: '', series: '' },
      { type: 'point', date: '2017-05', label: '' },
    ],
  ];
  for (const [draft, want] of annotations) {
    it(`writes a ${draft.type} annotation with only its own fields`, () => {
      expect(annotationInput(draft)).to.deep.equal(want);
    });
  }

  it('keeps the state in a URL fragment and refuses malformed ones', () => {
    const s = {
      ...defaultState(),
      dataText: 'Année\tvaleur\n2017\t1 234,5 “ünïcödé” 🙂',
      fields: { heading: '<img src=x onerror=alert(1)>' },
    };
    expect(decodeState(`#${encodeState(s)}`)).to.deep.equal(s);
    for (const bad of ['', '#', '#b=%%%', '#b=AAAA', `#b=${btoa('{"chart":"evil"}')}`]) expect(decodeState(bad), bad).to.equal(null);
    expect(
      restoreState({
        ...s,
        extraAttrs: [
          ['onclick', 'x'],
          ['missing', 'connect'],
        ],
      })!.extraAttrs,
    ).to.deep.equal([['missing', 'connect']]);
  });

  it('reads the widths an editor types', () => {
    expect(parseWidths('640, 375px 375; 99 5000 x')).to.deep.equal([375, 640]);
  });
});
