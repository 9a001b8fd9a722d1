/**
 * What the builder computes from its state: the pasted text read as a sheet,
 * the element's input built from it, and the spec of the embed; and where the
 * state is kept between visits (localStorage and the URL fragment). Pure but
 * for the two storage functions.
 */
import { buildInput, recogniseColumns, type BuiltInput, type Role } from './columns.js';
import type { EmbedSpec } from './embed.js';
import { readSheet, type Sheet } from './sheet.js';
import { decodeState, encodeState, restoreState, specFor, type BuilderState } from './state.js';

const STORAGE_KEY = 'nc-builder';
/** A link stays shareable up to about 64,000 characters; beyond that only this browser keeps the work. */
const MAX_FRAGMENT = 64000;

/** The column roles in use: the editor's choice while it fits the sheet, else the recognised ones. */
export function rolesFor(s: BuilderState, sheet: Sheet): Role[] {
  const auto = recogniseColumns(s.chart, sheet);
  const chosen = s.roles;
  return chosen && chosen.length === auto.length ? chosen : auto;
}

export interface Derived {
  sheet: Sheet;
  built: BuiltInput | null;
  spec: EmbedSpec;
}

/** Sheet → element input → embed spec. JSON is taken as it is (a `data` / `items` member, or the whole value). */
export function derive(s: BuilderState, description: string): Derived {
  const sheet = readSheet(s.dataText);
  let data: unknown;
  let built: BuiltInput | null = null;
  if (sheet.format === 'json') {
    const j = sheet.json;
    const r = j !== null && typeof j === 'object' && !Array.isArray(j) ? (j as Record<string, unknown>) : null;
    const key = s.chart === 'photo-gallery-caption' ? 'items' : 'data';
    data = r && Object.prototype.hasOwnProperty.call(r, key) ? r[key] : j;
  } else if (sheet.header.length) {
    built = buildInput(s.chart, sheet, rolesFor(s, sheet), s.decimal);
    data = built.data;
  }
  return { sheet, built, spec: specFor(s, data, description) };
}

/** The state saved by an earlier visit: the URL fragment first (a shared link), else this browser's storage. */
export function loadSaved(): BuilderState | null {
  const fromLink = decodeState(location.hash);
  if (fromLink) return fromLink;
  try {
    return restoreState(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null'));
  } catch {
    return null;
  }
}

export function save(s: BuilderState): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(s));
  } catch {
    // Private windows may refuse storage; the URL fragment still holds the state.
  }
  const fragment = encodeState(s);
  history.replaceState(null, '', fragment.length <= MAX_FRAGMENT ? `#${fragment}` : location.pathname + location.search);
}
