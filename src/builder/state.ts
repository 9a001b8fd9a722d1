/**
 * The builder's whole state (what the form holds), how it becomes an element
 * spec, how an embed code becomes a state again, and how it is kept in
 * localStorage and the URL fragment. Pure: no DOM.
 */
import { IGNORE, type Chart, type Role } from './columns.js';
import { JSON_ATTRS, SCRIPT_THRESHOLD, type Embed, type EmbedSpec } from './embed.js';

export type AnnotationType = 'change' | 'point' | 'event' | 'period';

/** One annotation as the form holds it; `extra` keeps fields the form has no control for (e.g. `check`), so a round trip keeps them. */
export interface AnnotationDraft {
  type: AnnotationType;
  date: string;
  from: string;
  to: string;
  label: string;
  series: string;
  extra?: Record<string, unknown>;
}

import { FRAME_FIELDS } from './fields.js';

export { FRAME_FIELDS, type FieldSpec } from './fields.js';

export type DataIn = 'auto' | 'attribute' | 'script';

export interface BuilderState {
  chart: Chart;
  /** What the editor pasted (or the restored data as JSON). */
  dataText: string;
  decimal: 'auto' | '.' | ',';
  /** Column roles chosen by the editor; null: recognised from the headers. */
  roles: Role[] | null;
  /** Frame attribute values by name (empty: not written). */
  fields: Record<string, string>;
  /** Attributes from a restored embed the form has no control for, kept as they were. */
  extraAttrs: [string, string][];
  annotations: AnnotationDraft[];
  scriptUrl: string;
  /** Column widths on the editor's site, px. */
  widths: number[];
  /** Fallback paragraph; null: written from the element's description. */
  fallback: string | null;
  dataIn: DataIn;
}

export const DEFAULT_SCRIPT_URL = 'https://cdn.jsdelivr.net/npm/newsroom-charts@0.1.0/dist/cdn/newsroom-charts.js';

export function defaultState(): BuilderState {
  return {
    chart: 'casualty-trend',
    dataText: '',
    decimal: 'auto',
    roles: null,
    fields: {},
    extraAttrs: [],
    annotations: [],
    scriptUrl: DEFAULT_SCRIPT_URL,
    widths: [375, 640],
    fallback: null,
    dataIn: 'auto',
  };
}

export function emptyAnnotation(type: AnnotationType = 'change'): AnnotationDraft {
  return { type, date: '', from: '', to: '', label: '', series: '' };
}

/** A draft as the element's annotation JSON: only the keys its type has, empty optional ones left out. */
export function annotationInput(d: AnnotationDraft): Record<string, unknown> {
  const out: Record<string, unknown> = { type: d.type };
  if (d.type === 'point' || d.type === 'event') out.date = d.date.trim();
  else {
    out.from = d.from.trim();
    out.to = d.to.trim();
  }
  if ((d.type === 'point' || d.type === 'change') && d.series.trim()) out.series = d.series.trim();
  if (d.label.trim() || d.type === 'point' || d.type === 'event') out.label = d.label;
  return { ...out, ...(d.extra ?? {}) };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** An annotation from an embed as a draft; fields the form does not edit stay in `extra`. */
export function annotationDraft(a: unknown): AnnotationDraft {
  const r = a !== null && typeof a === 'object' && !Array.isArray(a) ? (a as Record<string, unknown>) : {};
  const type = (['change', 'point', 'event', 'period'] as const).find((t) => t === r.type) ?? 'change';
  const own = ['type', 'date', 'from', 'to', 'label', 'series'];
  const extra = Object.fromEntries(Object.entries(r).filter(([k]) => !own.includes(k) || (k === 'type' && r.type !== type)));
  const d: AnnotationDraft = { type, date: str(r.date), from: str(r.from), to: str(r.to), label: str(r.label), series: str(r.series) };
  if (Object.keys(extra).length) d.extra = extra;
  return d;
}

/** The element spec the embed code and every preview are made from. `data` is the built input (undefined: none yet). */
export function specFor(state: BuilderState, data: unknown, description: string): EmbedSpec {
  const attrs: [string, string][] = [];
  for (const f of FRAME_FIELDS[state.chart]) {
    const v = state.fields[f.name]?.trim() ?? '';
    // A select left on its first choice is the element's default: not written.
    if (v && !(f.options && v === f.options[0])) attrs.push([f.name, v]);
  }
  const known = new Set(FRAME_FIELDS[state.chart].map((f) => f.name));
  for (const [k, v] of state.extraAttrs) if (!known.has(k) && !JSON_ATTRS[state.chart].includes(k)) attrs.push([k, v]);
  const json: [string, unknown][] = JSON_ATTRS[state.chart].map((name) => [name, undefined]);
  json[0]![1] = data;
  if (state.chart === 'casualty-trend' && state.annotations.length) json[1]![1] = state.annotations.map(annotationInput);
  const size = json.reduce((n, [, v]) => n + (v === undefined ? 0 : JSON.stringify(v).length), 0);
  const script = state.dataIn === 'script' || (state.dataIn === 'auto' && size > SCRIPT_THRESHOLD);
  return { tag: state.chart, attrs, json, script, fallback: state.fallback ?? description };
}

/** A state from a read embed code: the data becomes JSON in the Data box, every attribute a field. */
export function stateFromEmbed(embed: Embed, base: BuilderState = defaultState()): BuilderState {
  const { spec } = embed;
  const fields: Record<string, string> = {};
  const extraAttrs: [string, string][] = [];
  const known = new Set(FRAME_FIELDS[spec.tag].map((f) => f.name));
  for (const [k, v] of spec.attrs) {
    if (known.has(k)) fields[k] = v;
    else extraAttrs.push([k, v]);
  }
  const data = spec.json[0]?.[1];
  const annotations = spec.tag === 'casualty-trend' ? spec.json[1]?.[1] : undefined;
  const widths = embed.heights.map((h) => h.width).filter((w) => w > 0);
  return {
    ...base,
    chart: spec.tag,
    dataText: data === undefined ? '' : JSON.stringify(data, null, 2),
    decimal: 'auto',
    roles: null,
    fields,
    extraAttrs,
    annotations: Array.isArray(annotations) ? annotations.map(annotationDraft) : [],
    scriptUrl: embed.scriptUrl,
    widths: widths.length ? widths : base.widths,
    fallback: spec.fallback,
    dataIn: spec.script ? 'script' : 'attribute',
  };
}

/** Column widths from what the editor typed ("375, 640"): whole pixels from 200 to 2000, sorted, no repeats. */
export function parseWidths(text: string): number[] {
  const out = text
    .split(/[\s,;]+/)
    .map((w) => Math.round(Number(w.replace(/px$/i, ''))))
    .filter((w) => Number.isFinite(w) && w >= 200 && w <= 2000);
  return [...new Set(out)].sort((a, b) => a - b).slice(0, 6);
}

function isState(v: unknown): v is BuilderState {
  const s = v as BuilderState;
  return (
    v !== null &&
    typeof v === 'object' &&
    ['casualty-trend', 'source-comparison', 'photo-gallery-caption'].includes(s.chart) &&
    typeof s.dataText === 'string' &&
    Array.isArray(s.annotations) &&
    typeof s.fields === 'object' &&
    s.fields !== null &&
    Array.isArray(s.widths)
  );
}

/** Cleans a stored state: only known shapes pass, anything else falls back to the default. */
export function restoreState(v: unknown): BuilderState | null {
  if (!isState(v)) return null;
  const d = defaultState();
  const fields: Record<string, string> = {};
  for (const [k, val] of Object.entries(v.fields)) if (typeof val === 'string' && /^[a-z][a-z0-9-]*$/.test(k)) fields[k] = val;
  return {
    ...d,
    chart: v.chart,
    dataText: v.dataText,
    decimal: v.decimal === '.' || v.decimal === ',' ? v.decimal : 'auto',
    roles: Array.isArray(v.roles) && v.roles.every((r) => typeof r === 'string') ? v.roles : null,
    fields,
    extraAttrs: Array.isArray(v.extraAttrs)
      ? v.extraAttrs.filter(
          (a): a is [string, string] =>
            Array.isArray(a) &&
            typeof a[0] === 'string' &&
            typeof a[1] === 'string' &&
            /^[a-z][a-z0-9-]*$/.test(a[0]) &&
            !/^on/i.test(a[0]),
        )
      : [],
    annotations: v.annotations.map((a) =>
      annotationDraft({ ...(a as unknown as Record<string, unknown>), ...((a as AnnotationDraft).extra ?? {}) }),
    ),
    scriptUrl: typeof v.scriptUrl === 'string' ? v.scriptUrl : d.scriptUrl,
    widths: parseWidths(v.widths.join(',')).length ? parseWidths(v.widths.join(',')) : d.widths,
    fallback: typeof v.fallback === 'string' ? v.fallback : null,
    dataIn: v.dataIn === 'attribute' || v.dataIn === 'script' ? v.dataIn : 'auto',
  };
}

/** State → URL fragment text (`#b=` + base64url of the UTF-8 JSON). */
export function encodeState(state: BuilderState): string {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `b=${btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** URL fragment → state, or null when it holds none (or anything malformed). */
export function decodeState(fragment: string): BuilderState | null {
  const m = /(?:^#?|&)b=([A-Za-z0-9_-]+)/.exec(fragment);
  if (!m) return null;
  try {
    const bin = atob(m[1]!.replace(/-/g, '+').replace(/_/g, '/'));
    const json = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    return restoreState(JSON.parse(json));
  } catch {
    return null;
  }
}

export { IGNORE };
