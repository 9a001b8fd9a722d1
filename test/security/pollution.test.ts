import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define/all.js';
import type { Issue } from '../../src/schema/issues.js';
import { captureConsole } from '../helpers.js';
import { fieldPath, FULL, mountFull, TAGS } from './hostile.js';

/**
 * ROBUSTNESS 8: `__proto__`, `constructor.prototype` and `prototype` keys at every depth
 * of every JSON input, given as attribute text (JSON.parse makes them own keys) and as
 * properties: nothing pollutes Object.prototype, the chart still draws, and each key is
 * reported as an unknown field at its path. Inherited fields (an object whose prototype
 * carries `value`) are never read.
 */

const PAYLOADS: [string, string][] = [
  ['__proto__', '{"__proto__": {"polluted": "yes", "value": 1, "toString": "x"}}'],
  ['constructor', '{"constructor": {"prototype": {"polluted": "yes"}}}'],
  ['prototype', '{"prototype": {"polluted": "yes"}}'],
];

/** Paths (from the attribute name) of every object inside `value`. */
function objectPaths(value: unknown, path: (string | number)[]): (string | number)[][] {
  if (!value || typeof value !== 'object') return [];
  const here = Array.isArray(value) ? [] : [path];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [...here, ...children.flatMap(([k, v]) => objectPaths(v, [...path, k]))];
}

/** JSON text of `root` with `key: payload` added to the object at `path` (written as text, so `__proto__` stays a key). */
function withKey(root: unknown, path: (string | number)[], payload: string): string {
  const marker = '"__nc_marker__":0';
  const copy = JSON.parse(JSON.stringify(root)) as Record<string | number, unknown>;
  let node = copy;
  for (const p of path) node = node[p] as Record<string | number, unknown>;
  node.__nc_marker__ = 0;
  const inner = payload.slice(1, -1);
  return JSON.stringify(copy).replace(marker, inner);
}

function clean(): void {
  const protoKeys = Object.getOwnPropertyNames(Object.prototype);
  expect(protoKeys).to.not.include('polluted');
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  expect(([] as unknown as Record<string, unknown>).polluted).to.equal(undefined);
  expect(typeof Object.prototype.toString).to.equal('function');
}

describe('prototype pollution at every depth', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();
  after(() => expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before));

  for (const tag of TAGS) {
    for (const [attribute, value] of Object.entries(FULL[tag].json)) {
      const paths = objectPaths(value, []);
      it(`<${tag}> ${attribute}: ${paths.length} objects × ${PAYLOADS.length} keys, as attribute text and as a property`, async () => {
        await captureConsole('warn', async () => {
          const el = await mountFull(tag);
          const warnings: Issue[] = [];
          el.addEventListener('nc-warning', (e) => warnings.push(...e.warnings));
          for (const path of paths) {
            for (const [key, payload] of PAYLOADS) {
              const text = withKey(value, path, payload);
              const expected = `${fieldPath([attribute, ...path])}.${key}`;
              for (const route of ['attribute', 'property'] as const) {
                warnings.length = 0;
                // Reset in between, so the same problems count as new and are reported again.
                (el as unknown as Record<string, unknown>)[attribute] = undefined;
                el.removeAttribute(attribute);
                await el.updateComplete;
                if (route === 'attribute') el.setAttribute(attribute, text);
                else (el as unknown as Record<string, unknown>)[attribute] = JSON.parse(text);
                await el.updateComplete;
                clean();
                expect(!!el.shadowRoot!.querySelector('.error'), `${expected} via ${route}`).to.equal(false);
                expect(
                  warnings.map((w) => w.path),
                  `${expected} via ${route}`,
                ).to.include(expected);
              }
            }
          }
          el.parentElement!.remove();
        });
      });
    }
  }

  it('a child script with __proto__ at the top and inside pollutes nothing', async () => {
    await captureConsole('warn', async () => {
      const el = document.createElement('casualty-trend') as LitElement;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = `{"__proto__": {"polluted": 1, "data": [{"date": "2017", "value": 1}]},
        "data": [{"date": "2017", "value": 5, "__proto__": {"polluted": 1}}]}`;
      el.append(script);
      document.body.append(el);
      await el.updateComplete;
      clean();
      expect(!!el.shadowRoot!.querySelector('.error')).to.equal(false);
      el.remove();
    });
  });

  it('inherited fields are never read: a point whose prototype holds date and value is missing both', async () => {
    await captureConsole('error', async () => {
      const el = document.createElement('casualty-trend') as LitElement & { data: unknown };
      const issues: Issue[] = [];
      el.addEventListener('nc-invalid', (e) => issues.push(...e.issues));
      el.data = [Object.create({ date: '2017', value: 5 }) as object];
      document.body.append(el);
      await el.updateComplete;
      expect(issues.map((i) => i.path)).to.deep.equal(['data[0].date', 'data[0].value']);
      el.remove();
    });
  });
});
