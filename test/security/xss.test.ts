import { expect } from '@open-wc/testing';
import type { LitElement, PropertyDeclaration } from 'lit';
import '../../src/define/all.js';
import { captureConsole } from '../helpers.js';
import {
  CODED_ATTRIBUTES,
  CODED_KEYS,
  fieldsOf,
  FULL,
  injected,
  mountFull,
  installXssFlag,
  JSON_ATTRIBUTES,
  perceivable,
  SCHEMA_KEYS,
  setAt,
  squash,
  TAGS,
  TEXT_ATTRIBUTES,
  TEXT_KEYS,
  vocabulary,
  VECTORS,
  type Field,
  type Tag,
} from './hostile.js';

/**
 * ROBUSTNESS 1: every string field of every element, attacked with every vector in
 * VECTORS, one field at a time: no element or attribute the templates do not make, no
 * on* attribute, no unchecked URL, nothing added to the light DOM, no payload runs,
 * and text fields show exactly the input. The field list comes from the complete
 * inputs in hostile.ts, which the first test holds against the elements' declared
 * attributes and the schemas' key lists, so a new field cannot go unattacked.
 */

/** Attribute names an element class declares (Lit's elementProperties). */
function declaredAttributes(tag: Tag): string[] {
  const ctor = customElements.get(tag) as unknown as typeof LitElement;
  return [...(ctor.elementProperties as Map<PropertyKey, PropertyDeclaration>)]
    .map(([name, o]) =>
      o.attribute === false || o.state ? null : typeof o.attribute === 'string' ? o.attribute : String(name).toLowerCase(),
    )
    .filter((a): a is string => a !== null);
}

function keysIn(value: unknown, out = new Set<string>()): Set<string> {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!Array.isArray(value)) out.add(k);
      keysIn(v, out);
    }
  }
  return out;
}

/** Sets `field` to `value` (an attribute, or a leaf inside a JSON attribute); `key` adds it as an unknown key instead. */
function attack(el: Element, tag: Tag, field: Field, value: string, asKey = false): void {
  if (!field.leaf) {
    el.setAttribute(field.attribute, value);
    return;
  }
  const root = FULL[tag].json[field.attribute];
  const path = asKey ? [...field.leaf.path.slice(0, -1), value] : field.leaf.path;
  el.setAttribute(field.attribute, JSON.stringify(setAt(root, path, asKey ? 1 : value)));
}

function restore(el: Element, tag: Tag, field: Field): void {
  const full = FULL[tag];
  if (field.leaf) el.setAttribute(field.attribute, JSON.stringify(full.json[field.attribute]));
  else el.setAttribute(field.attribute, (full.attributes as Record<string, string>)[field.attribute]!);
}

export const counts: Record<string, number> = {};

describe('hostile text in every field', () => {
  before(installXssFlag);

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('the field list covers every declared attribute and every schema key', () => {
        const full = FULL[tag];
        const given = [...Object.keys(full.attributes), ...Object.keys(full.json)];
        for (const a of declaredAttributes(tag)) {
          expect(given, `attribute ${a} of <${tag}> is missing from FULL in hostile.ts`).to.include(a);
          expect([...TEXT_ATTRIBUTES, ...CODED_ATTRIBUTES, ...JSON_ATTRIBUTES], `classify attribute ${a}`).to.include(a);
        }
        const keys = keysIn(Object.values(full.json));
        for (const k of SCHEMA_KEYS[tag]) expect([...keys], `schema key ${k} of <${tag}> is missing from FULL`).to.include(k);
        for (const k of keys) expect([...TEXT_KEYS, ...CODED_KEYS], `classify JSON key ${k}`).to.include(k);
      });

      it(`every field × ${VECTORS.length} hostile strings: text stays text, nothing is injected, nothing runs`, async function () {
        this.timeout(120000);
        const fields = fieldsOf(tag);
        const failures: string[] = [];
        let tried = 0;
        await captureConsole('warn', async () => {
          await captureConsole('error', async () => {
            const el = await mountFull(tag);
            const root = el.shadowRoot!;
            // What the element's own templates produce: the full render, the error state and the empty state.
            const allowed = vocabulary(root);
            for (const state of [`{`, '[]']) {
              el.setAttribute(
                JSON_ATTRIBUTES.find((a) => a in FULL[tag].json)!,
                state,
              );
              await el.updateComplete;
              const v = vocabulary(root);
              v.tags.forEach((t) => allowed.tags.add(t));
              v.attributes.forEach((a) => allowed.attributes.add(a));
            }
            // The loading state of a chart's src (captured before any answer arrives).
            if ('src' in FULL[tag].attributes) {
              el.setAttribute('src', 'loading-state.json');
              await el.updateComplete;
              const v = vocabulary(root);
              v.tags.forEach((t) => allowed.tags.add(t));
              v.attributes.forEach((a) => allowed.attributes.add(a));
              el.setAttribute('src', '');
              await el.updateComplete;
            }
            // And with every text field long (labels that do not fit move to numbered notes).
            for (const [a, value] of Object.entries(FULL[tag].json)) {
              const texts = fields.filter((f) => f.text && f.leaf && f.attribute === a);
              el.setAttribute(
                a,
                JSON.stringify(texts.reduce((v, f) => setAt(v, f.leaf!.path, 'benign words '.repeat(200)), value as unknown)),
              );
            }
            await el.updateComplete;
            const long = vocabulary(root);
            long.tags.forEach((t) => allowed.tags.add(t));
            long.attributes.forEach((a) => allowed.attributes.add(a));
            for (const a of Object.keys(FULL[tag].json)) el.setAttribute(a, JSON.stringify(FULL[tag].json[a]));
            await el.updateComplete;
            expect(!!root.querySelector('.error'), 'the complete input is valid').to.equal(false);
            expect(allowed.tags.has('script')).to.equal(false);

            let expectedAttribute = '';
            const light = new MutationObserver((records) => {
              for (const r of records) {
                const own = r.type === 'attributes' && r.target === el && [expectedAttribute, 'index', 'theme'].includes(r.attributeName!);
                if (!own) failures.push(`light DOM changed: ${r.type} ${r.attributeName ?? ''} on <${(r.target as Element).localName}>`);
              }
            });
            light.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });

            for (const field of fields) {
              const modes = field.leaf ? [false, true] : [false];
              for (const asKey of modes) {
                for (const [vi, v] of VECTORS.entries()) {
                  expectedAttribute = field.attribute;
                  attack(el, tag, field, v, asKey);
                  await el.updateComplete;
                  tried++;
                  const where = `${field.label}${asKey ? ' (as a key)' : ''} ← vector ${vi}`;
                  for (const p of injected(root, allowed)) failures.push(`${where}: ${p}`);
                  if (field.text && !asKey) {
                    if (root.querySelector('.error')) failures.push(`${where}: a text field made the input invalid`);
                    else if (!perceivable(root).includes(squash(v))) failures.push(`${where}: the text is not shown exactly as given`);
                  }
                }
              }
              restore(el, tag, field);
              await el.updateComplete;
            }
            await new Promise((r) => setTimeout(r, 300));
            light.disconnect();
            el.parentElement!.remove();
          });
        });
        counts[tag] = tried;
        console.log(`<${tag}>: ${tried} hostile inputs over ${fields.length} fields`);
        expect(failures.slice(0, 20), `${failures.length} failures`).to.deep.equal([]);
        expect(window.__ncXss).to.deep.equal([]);
      });
    });
  }

  it('a payload that runs is noticed (the flag works)', async () => {
    const img = document.createElement('img');
    img.setAttribute('onerror', '__nc_xss("control")');
    img.src = 'data:,not-an-image';
    document.body.append(img);
    await new Promise((r) => setTimeout(r, 200));
    img.remove();
    expect(window.__ncXss).to.deep.equal(['control']);
    window.__ncXss = [];
  });
});
