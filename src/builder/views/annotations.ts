/**
 * Step 3 of the builder (trend charts): the annotations, each with what the
 * data gives under it (the computed change, the value on that date) and the
 * claim checker's verdict on its label as it is typed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { percentChange } from '../../core/change.js';
import { checkLabel, claimWords } from '../../core/claims.js';
import { formatFigure, formatNumber } from '../../core/format.js';
import type { Issue } from '../../schema/issues.js';
import { parseAnnotations, parseTrendData, type Annotation } from '../../schema/trend.js';
import type { EmbedSpec } from '../embed.js';
import { annotationInput, type AnnotationDraft, type AnnotationType, type BuilderState } from '../state.js';
import type { BuilderView } from './view.js';

const TYPES: AnnotationType[] = ['change', 'point', 'event', 'period'];

/** Parsed trend data and annotations through the library's own schema (for the computed change under each annotation). */
export function trendCheck(s: BuilderState, spec: EmbedSpec | null): { annotations: (Annotation | null)[]; issues: Issue[][] } | null {
  if (s.chart !== 'casualty-trend' || !spec) return null;
  const parsed = parseTrendData(spec.json[0]?.[1], s.fields.interval || undefined);
  if (!parsed.ok) return null;
  const annotations: (Annotation | null)[] = [];
  const issues: Issue[][] = [];
  // The same claim checker the elements load, so a contradicted label is flagged as it is typed.
  const words = claimWords(s.fields.locale || 'en');
  for (const d of s.annotations) {
    const r = parseAnnotations([annotationInput(d)], parsed.value, (label, target) => checkLabel(label, target, words));
    annotations.push(r.ok ? (r.value[0] ?? null) : null);
    issues.push((r.ok ? r.warnings : r.issues).map((i) => ({ ...i, path: i.path.replace(/^annotations\[0\]\.?/, '') })));
  }
  return { annotations, issues };
}

/** "44 → 220: +400%", or the value or range on a point's date. */
function computedText(a: AnnotationDraft, parsed: Annotation | null, locale: string): string | null {
  if (a.type === 'change' && parsed?.type === 'change') {
    const pct = percentChange(parsed.fromValue, parsed.toValue);
    return `${formatNumber(parsed.fromValue, locale)} → ${formatNumber(parsed.toValue, locale)}: ${
      pct === null
        ? 'no percentage (it starts from zero)'
        : `${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${formatNumber(Math.abs(Math.round(pct * 10) / 10), locale)}%`
    }`;
  }
  if (a.type === 'point' && parsed?.type === 'point')
    return parsed.value !== null
      ? `Value on that date: ${formatFigure(parsed.value, locale)}`
      : `Range on that date: ${formatFigure(parsed.low ?? 0, locale)} to ${formatFigure(parsed.high ?? 0, locale)}`;
  return null;
}

/** The names of the data's series, for an annotation's series choice. */
function seriesNames(spec: EmbedSpec | null): string[] {
  const data = spec?.json[0]?.[1];
  return data && typeof data === 'object' && !Array.isArray(data) && Array.isArray((data as { series?: unknown }).series)
    ? ((data as { series: { name?: unknown }[] }).series.map((s) => s.name).filter((n) => typeof n === 'string') as string[])
    : [];
}

/** One date of an annotation (its date, or the start or end of a change or period). */
function renderDateField(v: BuilderView, a: AnnotationDraft, i: number, name: 'date' | 'from' | 'to', label: string): TemplateResult {
  const id = `ann-${i}-${name}`;
  return html`<p>
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="text"
      inputmode="numeric"
      placeholder="2017-05"
      .value=${a[name]}
      @input=${(e: Event) => v.act.setAnnotation(i, { [name]: (e.target as HTMLInputElement).value })}
    />
  </p>`;
}

function renderAnnotation(
  v: BuilderView,
  a: AnnotationDraft,
  i: number,
  parsed: Annotation | null,
  issues: Issue[],
  names: string[],
): TemplateResult {
  const id = `ann-${i}`;
  const two = a.type === 'change' || a.type === 'period';
  const dateField = (name: 'date' | 'from' | 'to', label: string) => renderDateField(v, a, i, name, label);
  const computed = computedText(a, parsed, v.s.fields.locale || 'en');
  return html`<fieldset class="annotation">
    <legend>Annotation ${i + 1}</legend>
    <p>
      <label for=${`${id}-type`}>Type</label>
      <select
        id=${`${id}-type`}
        @change=${(e: Event) => v.act.setAnnotation(i, { type: (e.target as HTMLSelectElement).value as AnnotationType })}
      >
        ${TYPES.map((t) => html`<option value=${t} ?selected=${a.type === t}>${t}</option>`)}
      </select>
    </p>
    ${two ? html`${dateField('from', 'From')} ${dateField('to', 'To')}` : dateField('date', 'Date')}
    ${
      (a.type === 'change' || a.type === 'point') && names.length > 1
        ? html`<p>
            <label for=${`${id}-series`}>Series</label>
            <select id=${`${id}-series`} @change=${(e: Event) => v.act.setAnnotation(i, { series: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${!a.series}>(first series)</option>
              ${names.map((n) => html`<option value=${n} ?selected=${a.series === n}>${n}</option>`)}
            </select>
          </p>`
        : nothing
    }
    <p>
      <label for=${`${id}-label`}>Label${two ? ' (optional)' : ''}</label>
      <input
        id=${`${id}-label`}
        type="text"
        .value=${a.label}
        placeholder=${a.type === 'change' ? '{change} since October' : ''}
        @input=${(e: Event) => v.act.setAnnotation(i, { label: (e.target as HTMLInputElement).value })}
      />
    </p>
    <output class="computed" for=${`${id}-from ${id}-to ${id}-date ${id}-label`} aria-live="polite">
      ${computed ? html`<span>Computed from the data: ${computed}</span>` : nothing}
      ${issues.map((x) => html`<span class=${`issue ${x.severity}`}>${x.severity === 'error' ? 'Error' : 'Warning'}${x.path ? ` (${x.path})` : ''}: ${x.message}</span>`)}
    </output>
    <button type="button" class="ghost" @click=${() => v.act.removeAnnotation(i)}>Remove annotation ${i + 1}</button>
  </fieldset>`;
}

export function renderAnnotations(v: BuilderView): TemplateResult {
  const check = trendCheck(v.s, v.spec);
  const names = seriesNames(v.spec);
  return html`<section aria-labelledby="h-ann">
    <h2 id="h-ann">3. Annotations</h2>
    <p class="hint">
      A change’s percentage is computed from the data; a label that the data contradicts is flagged here and in the preview.
    </p>
    ${v.s.annotations.map((a, i) => renderAnnotation(v, a, i, check?.annotations[i] ?? null, check?.issues[i] ?? [], names))}
    <button type="button" id="add-annotation" @click=${() => v.act.addAnnotation()}>Add annotation</button>
  </section>`;
}
