/**
 * `<nc-builder>`: the editor's workbench (demo/builder.html). Paste a sheet,
 * pick the chart, fill the frame and annotations, see every warning and the
 * chart at several widths, copy the embed code. Defined only by the builder's
 * own entry (src/builder/page.ts), never by the library bundle.
 *
 * Rendered in light DOM so the page's stylesheet (demo/builder.css) styles it.
 * Nothing here makes a network request: files are read with FileReader, state
 * stays in localStorage and the URL fragment.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { percentChange } from '../core/change.js';
import { checkLabel, claimWords } from '../core/claims.js';
import { formatFigure, formatNumber } from '../core/format.js';
import { defineOnce } from '../internal/define.js';
import type { Issue } from '../schema/issues.js';
import { parseAnnotations, parseTrendData, type Annotation } from '../schema/trend.js';
import {
  buildInput,
  CHART_NAMES,
  CHARTS,
  FIELDS,
  IGNORE,
  recogniseColumns,
  WIDE,
  type BuiltInput,
  type Chart,
  type Role,
} from './columns.js';
import { readEmbed, writeEmbed, type EmbedSpec, type Height } from './embed.js';
import { readSheet, FORMAT_NAMES, type Problem, type Sheet } from './sheet.js';
import {
  annotationInput,
  decodeState,
  defaultState,
  emptyAnnotation,
  encodeState,
  FRAME_FIELDS,
  parseWidths,
  restoreState,
  specFor,
  stateFromEmbed,
  type AnnotationDraft,
  type AnnotationType,
  type BuilderState,
} from './state.js';

export const PREVIEW_WIDTHS = [280, 375, 640, 1000] as const;
const STORAGE_KEY = 'nc-builder';
const MAX_FRAGMENT = 64000;

interface ShownIssue extends Problem {
  /** The element's own path (`data[3].value`) when `path` is the sheet's row and column. */
  field?: string;
  instead?: string;
}

interface Heard {
  description: string;
  /** What is read in place of a description (an error message), if there is none. */
  shown?: string;
  caption: string;
  head: string[];
  rows: string[][];
  more: number;
}

const keyOf = (i: Problem) => `${i.severity}\0${i.path}\0${i.message}`;

/** Builds one element from a spec with DOM calls only: attribute names come from the builder's own lists, values are set as text. */
export function createElementFromSpec(spec: EmbedSpec, preview = false): HTMLElement {
  const el = document.createElement(spec.tag);
  for (const [k, v] of spec.attrs) el.setAttribute(k, v);
  const present = spec.json.filter(([, v]) => v !== undefined);
  if (spec.script) {
    if (present.length) {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = JSON.stringify(Object.fromEntries(present));
      el.append(s);
    }
  } else for (const [k, v] of present) el.setAttribute(k, JSON.stringify(v));
  if (preview) el.setAttribute('preview', '');
  return el;
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

export class NcBuilder extends LitElement {
  /** Keep the state in localStorage and the URL fragment (the page sets it; tests leave it off). */
  @property({ type: Boolean }) persist = false;

  @state() private s: BuilderState = defaultState();
  @state() private previewWidths: number[] = [375, 640];
  @state() private previewTheme: 'light' | 'dark' = 'light';
  @state() private previewDir: 'ltr' | 'rtl' = 'ltr';
  @state() private elementIssues: ShownIssue[] = [];
  @state() private heights: Height[] = [];
  @state() private heard: Heard | null = null;
  @state() private status = '';
  @state() private widthsText = '375, 640';

  private sheet: Sheet = readSheet('');
  private built: BuiltInput | null = null;
  private spec: EmbedSpec | null = null;
  private previewKey = '';
  private measureRun = 0;
  private measuring: Promise<void> = Promise.resolve();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.persist) return;
    let restored = decodeState(location.hash);
    if (!restored) {
      try {
        restored = restoreState(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null'));
      } catch {
        restored = null;
      }
    }
    if (restored) this.setState(restored);
  }

  /** The current embed code (what the Embed code box shows). */
  get embedCode(): string {
    return this.spec ? writeEmbed({ spec: this.spec, scriptUrl: this.s.scriptUrl, heights: this.heights }) : '';
  }

  /** Resolves once the previews are drawn, measured and the embed code is final. */
  async settled(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.measuring) {
      await this.updateComplete;
      seen = this.measuring;
      await seen;
    }
    await this.updateComplete;
  }

  /** Replaces the whole state (used by restore and tests). */
  setState(next: BuilderState): void {
    this.s = next;
    this.widthsText = next.widths.join(', ');
  }

  get state(): BuilderState {
    return this.s;
  }

  private update1(patch: Partial<BuilderState>): void {
    this.s = { ...this.s, ...patch };
  }

  // ---- derived state ----

  protected override willUpdate(changed: PropertyValues): void {
    this.derive(changed);
    this.checkPreviewKey();
  }

  private derive(changed: PropertyValues): void {
    if (!changed.has('s') && this.spec) return;
    this.sheet = readSheet(this.s.dataText);
    let data: unknown;
    this.built = null;
    if (this.sheet.format === 'json') {
      const j = this.sheet.json;
      const r = j !== null && typeof j === 'object' && !Array.isArray(j) ? (j as Record<string, unknown>) : null;
      const key = this.s.chart === 'photo-gallery-caption' ? 'items' : 'data';
      data = r && Object.prototype.hasOwnProperty.call(r, key) ? r[key] : j;
    } else if (this.sheet.header.length) {
      this.built = buildInput(this.s.chart, this.sheet, this.roles(), this.s.decimal);
      data = this.built.data;
    }
    this.spec = specFor(this.s, data, this.heard?.description ?? '');
    if (this.persist) {
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(this.s));
      } catch {
        // Private windows may refuse storage; the URL fragment still holds the state.
      }
      // A link stays shareable up to about 64,000 characters; beyond that only this browser keeps the work.
      const fragment = encodeState(this.s);
      history.replaceState(null, '', fragment.length <= MAX_FRAGMENT ? `#${fragment}` : location.pathname + location.search);
    }
  }

  private roles(): Role[] {
    const auto = recogniseColumns(this.s.chart, this.sheet);
    const chosen = this.s.roles;
    return chosen && chosen.length === auto.length ? chosen : auto;
  }

  /** Parsed trend data and annotations through the library's own schema (for the computed change under each annotation). */
  private trendCheck(): { annotations: (Annotation | null)[]; issues: Issue[][] } | null {
    if (this.s.chart !== 'casualty-trend' || !this.spec) return null;
    const parsed = parseTrendData(this.spec.json[0]?.[1], this.s.fields.interval || undefined);
    if (!parsed.ok) return null;
    const annotations: (Annotation | null)[] = [];
    const issues: Issue[][] = [];
    for (const d of this.s.annotations) {
      // The same claim checker the elements load, so a contradicted label is flagged as it is typed.
      const words = claimWords(this.s.fields.locale || 'en');
      const r = parseAnnotations([annotationInput(d)], parsed.value, (label, target) => checkLabel(label, target, words));
      annotations.push(r.ok ? (r.value[0] ?? null) : null);
      issues.push((r.ok ? r.warnings : r.issues).map((i) => ({ ...i, path: i.path.replace(/^annotations\[0\]\.?/, '') })));
    }
    return { annotations, issues };
  }

  // ---- previews, measurement, what a screen reader hears ----

  /** Previews to redraw after this update (set in willUpdate, so clearing the old warnings does not cost another update). */
  private redrawNeeded = false;

  private checkPreviewKey(): void {
    const spec = this.spec;
    if (!spec) return;
    const key = JSON.stringify([
      spec.tag,
      spec.attrs,
      spec.json,
      spec.script,
      this.previewWidths,
      this.previewTheme,
      this.previewDir,
      this.s.widths,
    ]);
    if (key === this.previewKey) return;
    this.previewKey = key;
    this.elementIssues = [];
    this.redrawNeeded = true;
  }

  protected override updated(): void {
    if (!this.redrawNeeded || !this.spec) return;
    this.redrawNeeded = false;
    const run = ++this.measureRun;
    this.measuring = this.redraw(this.spec, run);
  }

  private async redraw(spec: EmbedSpec, run: number): Promise<void> {
    const boxes = this.querySelectorAll<HTMLElement>('[data-preview-width]');
    const elements: HTMLElement[] = [];
    boxes.forEach((box) => {
      // A bare page around each preview, as in measure frames: the builder's own font and direction do not leak in.
      box.style.setProperty('all', 'initial');
      box.style.display = 'block';
      box.style.width = `${box.dataset.previewWidth}px`;
      box.style.direction = this.previewDir;
      box.style.outline = '1px dashed #888888';
      // The containing block of the element's absolutely placed parts (visually hidden text), so they stay inside the scroll region.
      box.style.position = 'relative';
      const el = createElementFromSpec(
        { ...spec, attrs: [...spec.attrs.filter(([k]) => k !== 'theme'), ['theme', this.previewTheme]] },
        true,
      );
      box.replaceChildren(el);
      elements.push(el);
    });
    const measureBox = this.querySelector<HTMLElement>('.measure');
    if (measureBox) Object.assign(measureBox.style, { position: 'absolute', left: '-100000px', top: '0', visibility: 'hidden' });
    const measured: HTMLElement[] = [];
    if (measureBox) {
      measureBox.replaceChildren(
        ...this.s.widths.map((w) => {
          // Laid out like on a bare page: no inherited font, size or direction from the builder's own styles.
          const frame = document.createElement('div');
          frame.className = 'measure-frame';
          frame.style.setProperty('all', 'initial');
          frame.style.display = 'block';
          frame.style.visibility = 'hidden';
          frame.style.width = `${w}px`;
          const el = createElementFromSpec(spec);
          frame.append(el);
          measured.push(el);
          return frame;
        }),
      );
    }
    // Wait for Lit to render and the size observer to settle on each width.
    const all = [...elements, ...measured];
    await Promise.all(all.map((e) => (e as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
    let last = '';
    for (let i = 0; i < 30; i++) {
      await nextFrame();
      await Promise.all(all.map((e) => (e as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
      const now = measured.map((e) => e.getBoundingClientRect().height).join();
      if (i >= 2 && now === last) break;
      last = now;
    }
    if (run !== this.measureRun) return;
    this.heights = measured.map((e, i) => ({ width: this.s.widths[i]!, height: Math.ceil(e.getBoundingClientRect().height) }));
    this.heard = this.readHeard(elements[0] ?? measured[0]);
    if (this.spec && this.s.fallback === null && this.spec.fallback !== this.heard.description) {
      this.spec = { ...this.spec, fallback: this.heard.description };
    }
    await this.updateComplete;
  }

  private readHeard(el: HTMLElement | undefined): Heard {
    const root = el?.shadowRoot;
    const clean = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const heard: Heard = { description: '', caption: '', head: [], rows: [], more: 0 };
    if (!root) return heard;
    // The description is several paragraphs: joined with spaces, as a screen reader pauses between them.
    const desc = root.querySelector('#desc');
    heard.description = desc && desc.children.length ? Array.from(desc.children).map(clean).filter(Boolean).join(' ') : clean(desc);
    if (!heard.description && this.s.chart === 'photo-gallery-caption') {
      const items = Array.from(root.querySelectorAll('#all li')).map(clean);
      const heading = this.s.fields.heading?.trim();
      heard.description =
        `${heading ? `${heading}: ` : ''}${items.length} ${items.length === 1 ? 'photo' : 'photos'}.${items.length ? ` ${items.join(' ')}` : ''}`.trim();
      // Each item already starts with its number.
      heard.rows = items.slice(0, 12).map((t) => [t]);
      heard.head = ['Caption and credit'];
      heard.more = Math.max(0, items.length - 12);
      heard.caption = 'All captions';
      return heard;
    }
    const table = root.querySelector('#table table');
    if (table) {
      heard.caption = clean(table.querySelector('caption'));
      heard.head = Array.from(table.querySelectorAll('thead th')).map(clean);
      const rows = Array.from(table.querySelectorAll('tbody tr'));
      heard.rows = rows.slice(0, 12).map((r) => Array.from(r.children).map(clean));
      heard.more = rows.length - heard.rows.length;
    }
    // Not a description, so never a fallback: what the element shows instead (an error, "no figures").
    if (!heard.description) heard.shown = Array.from(root.querySelectorAll('.error-title, .error li, .empty')).map(clean).join(' ');
    return heard;
  }

  private readonly onElementIssues = (e: Event): void => {
    const list =
      (e as Event & { warnings?: readonly Issue[]; issues?: readonly Issue[] }).warnings ??
      (e as Event & { issues?: readonly Issue[] }).issues ??
      [];
    const locate = this.built?.locate ?? ((p: string) => p);
    const seen = new Set(this.elementIssues.map(keyOf));
    const add: ShownIssue[] = [];
    for (const i of list) {
      const path = locate(i.path);
      const shown: ShownIssue = { path, message: i.message, severity: i.severity };
      if (path !== i.path) shown.field = i.path;
      if (i.instead) shown.instead = i.instead;
      if (!seen.has(keyOf(shown))) {
        seen.add(keyOf(shown));
        add.push(shown);
      }
    }
    if (add.length) this.elementIssues = [...this.elementIssues, ...add];
  };

  // ---- actions ----

  private onData(text: string): void {
    const sheet = readSheet(text);
    if (sheet.format === 'embed') {
      const r = readEmbed(text);
      if (r.embed) {
        this.setState(stateFromEmbed(r.embed, this.s));
        this.heights = r.embed.heights;
        this.status = `Restored the form from the embed code${r.problems.length ? ` (${r.problems.length} attribute${r.problems.length === 1 ? '' : 's'} not taken over)` : ''}.`;
        return;
      }
      this.status = r.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    }
    this.update1({ dataText: text, roles: null });
  }

  private async onFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > 20 * 1024 * 1024) {
      this.status = `${file.name} is larger than 20 MB; not read.`;
      return;
    }
    this.onData(await file.text());
    this.status = `Read ${file.name}.`;
    input.value = '';
  }

  private setRole(i: number, role: Role): void {
    const roles = [...this.roles()];
    roles[i] = role;
    this.update1({ roles });
  }

  private setField(name: string, value: string): void {
    this.update1({ fields: { ...this.s.fields, [name]: value } });
  }

  private setAnnotation(i: number, patch: Partial<AnnotationDraft>): void {
    const annotations = this.s.annotations.map((a, k) => (k === i ? { ...a, ...patch } : a));
    this.update1({ annotations });
  }

  private addAnnotation(): void {
    this.update1({ annotations: [...this.s.annotations, emptyAnnotation('change')] });
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#ann-${this.s.annotations.length - 1}-type`)?.focus());
  }

  private removeAnnotation(i: number): void {
    this.update1({ annotations: this.s.annotations.filter((_, k) => k !== i) });
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#add-annotation')?.focus());
  }

  private async copy(): Promise<void> {
    const code = this.embedCode;
    try {
      await navigator.clipboard.writeText(code);
      this.status = 'Embed code copied.';
    } catch {
      const box = this.querySelector<HTMLTextAreaElement>('#embed');
      box?.select();
      const ok = document.execCommand('copy');
      this.status = ok ? 'Embed code copied.' : 'The browser refused to copy: the code is selected, press Ctrl+C (⌘C).';
    }
  }

  private togglePreviewWidth(w: number, on: boolean): void {
    const set = new Set(this.previewWidths);
    if (on) set.add(w);
    else set.delete(w);
    this.previewWidths = PREVIEW_WIDTHS.filter((x) => set.has(x));
  }

  // ---- rendering ----

  override render(): TemplateResult {
    const warnings = [...(this.sheet.problems ?? []), ...(this.built?.problems ?? []), ...this.elementIssues];
    return html`
      <div class="layout">
        <div class="inputs">
          ${this.renderData()} ${this.renderChart()} ${this.s.chart === 'casualty-trend' ? this.renderAnnotations() : nothing}
        </div>
        <div class="outputs">${this.renderWarnings(warnings)} ${this.renderPreview()} ${this.renderHeard()} ${this.renderEmbed()}</div>
      </div>
      <div class="measure" .inert=${true}></div>
      <p class="vh" role="status">${this.status}</p>
    `;
  }

  private renderData(): TemplateResult {
    const sheet = this.sheet;
    const roles = sheet.header.length ? this.roles() : [];
    const options = [...FIELDS[this.s.chart], ...(this.s.chart === 'casualty-trend' ? [WIDE] : []), IGNORE];
    const roleName = (r: string) => (r === WIDE ? 'a series of its own' : r === IGNORE ? 'not used' : r);
    return html`<section aria-labelledby="h-data">
      <h2 id="h-data">1. Data</h2>
      <label for="data">Data</label>
      <p class="hint" id="data-hint">
        Paste cells from Excel, Google Sheets or LibreOffice, CSV (commas or semicolons), JSON, or an embed code to edit it again.
      </p>
      <textarea
        id="data"
        rows="8"
        spellcheck="false"
        aria-describedby="data-hint data-read"
        .value=${this.s.dataText}
        @input=${(e: Event) => this.onData((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="file">
        <label for="file">Open a file</label>
        <input id="file" type="file" accept=".csv,.tsv,.txt,.json,.html,text/csv,text/plain,application/json" @change=${this.onFile} />
      </p>
      <p id="data-read" class="hint">
        Read as
        ${FORMAT_NAMES[sheet.format]}${sheet.header.length ? `: ${sheet.rows.length} ${sheet.rows.length === 1 ? 'row' : 'rows'}, ${sheet.header.length} columns` : ''}${this.built ? `, decimal mark “${this.built.decimal}”` : ''}.
      </p>
      ${
        sheet.header.length
          ? html`<p>
                <label for="decimal">Decimal mark</label>
                <select
                  id="decimal"
                  @change=${(e: Event) => this.update1({ decimal: (e.target as HTMLSelectElement).value as BuilderState['decimal'] })}
                >
                  ${(['auto', '.', ','] as const).map(
                    (d) =>
                      html`<option value=${d} ?selected=${this.s.decimal === d}>
                        ${d === 'auto' ? 'Recognise' : d === '.' ? 'Point (1,234.5)' : 'Comma (1.234,5)'}
                      </option>`,
                  )}
                </select>
              </p>
              <div class="scroll" role="region" aria-labelledby="cols-caption" tabindex="0">
                <table class="columns">
                  <caption id="cols-caption">
                    Columns
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Column</th>
                      <th scope="col">First cell</th>
                      <th scope="col">Used as</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${sheet.header.map(
                      (h, i) =>
                        html`<tr>
                          <th scope="row">${h || `Column ${i + 1}`}</th>
                          <td>${sheet.rows[0]?.cells[i] ?? ''}</td>
                          <td>
                            <select
                              aria-label=${`Use of column ${h ? `“${h}”` : i + 1}`}
                              @change=${(e: Event) => this.setRole(i, (e.target as HTMLSelectElement).value)}
                            >
                              ${options.map((o) => html`<option value=${o} ?selected=${roles[i] === o}>${roleName(o)}</option>`)}
                            </select>
                          </td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
          : nothing
      }
    </section>`;
  }

  private renderChart(): TemplateResult {
    const chart = this.s.chart;
    return html`<section aria-labelledby="h-chart">
      <h2 id="h-chart">2. Chart</h2>
      <p>
        <label for="chart">Chart</label>
        <select id="chart" @change=${(e: Event) => this.update1({ chart: (e.target as HTMLSelectElement).value as Chart, roles: null })}>
          ${CHARTS.map((c) => html`<option value=${c} ?selected=${c === chart}>${CHART_NAMES[c]}</option>`)}
        </select>
      </p>
      <div class="fields">
        ${FRAME_FIELDS[chart].map((f) => {
          const id = `f-${f.name}`;
          const value = this.s.fields[f.name] ?? '';
          const hint = f.hint ? html`<span class="hint" id=${`${id}-hint`}>${f.hint}</span>` : nothing;
          return html`<p>
            <label for=${id}>${f.label}</label>
            ${
              f.options
                ? html`<select
                    id=${id}
                    aria-describedby=${f.hint ? `${id}-hint` : nothing}
                    @change=${(e: Event) => this.setField(f.name, (e.target as HTMLSelectElement).value)}
                  >
                    ${f.options.map((o) => html`<option value=${o} ?selected=${(value || f.options![0]) === o}>${o || 'Automatic'}</option>`)}
                  </select>`
                : html`<input
                    id=${id}
                    type=${f.name === 'source-url' ? 'url' : 'text'}
                    aria-describedby=${f.hint ? `${id}-hint` : nothing}
                    .value=${value}
                    @input=${(e: Event) => this.setField(f.name, (e.target as HTMLInputElement).value)}
                  />`
            }
            ${hint}
          </p>`;
        })}
      </div>
    </section>`;
  }

  private renderAnnotations(): TemplateResult {
    const check = this.trendCheck();
    const data = this.spec?.json[0]?.[1];
    const seriesNames =
      data && typeof data === 'object' && !Array.isArray(data) && Array.isArray((data as { series?: unknown }).series)
        ? ((data as { series: { name?: unknown }[] }).series.map((s) => s.name).filter((n) => typeof n === 'string') as string[])
        : [];
    const locale = this.s.fields.locale || 'en';
    const types: AnnotationType[] = ['change', 'point', 'event', 'period'];
    return html`<section aria-labelledby="h-ann">
      <h2 id="h-ann">3. Annotations</h2>
      <p class="hint">
        A change’s percentage is computed from the data; a label that the data contradicts is flagged here and in the preview.
      </p>
      ${this.s.annotations.map((a, i) => {
        const id = `ann-${i}`;
        const parsed = check?.annotations[i] ?? null;
        const issues = check?.issues[i] ?? [];
        const two = a.type === 'change' || a.type === 'period';
        const dateField = (name: 'date' | 'from' | 'to', label: string) =>
          html`<p>
            <label for=${`${id}-${name}`}>${label}</label>
            <input
              id=${`${id}-${name}`}
              type="text"
              inputmode="numeric"
              placeholder="2017-05"
              .value=${a[name]}
              @input=${(e: Event) => this.setAnnotation(i, { [name]: (e.target as HTMLInputElement).value })}
            />
          </p>`;
        let computed: string | null = null;
        if (a.type === 'change' && parsed?.type === 'change') {
          const pct = percentChange(parsed.fromValue, parsed.toValue);
          computed = `${formatNumber(parsed.fromValue, locale)} → ${formatNumber(parsed.toValue, locale)}: ${
            pct === null
              ? 'no percentage (it starts from zero)'
              : `${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${formatNumber(Math.abs(Math.round(pct * 10) / 10), locale)}%`
          }`;
        } else if (a.type === 'point' && parsed?.type === 'point')
          computed =
            parsed.value !== null
              ? `Value on that date: ${formatFigure(parsed.value, locale)}`
              : `Range on that date: ${formatFigure(parsed.low ?? 0, locale)} to ${formatFigure(parsed.high ?? 0, locale)}`;
        return html`<fieldset class="annotation">
          <legend>Annotation ${i + 1}</legend>
          <p>
            <label for=${`${id}-type`}>Type</label>
            <select
              id=${`${id}-type`}
              @change=${(e: Event) => this.setAnnotation(i, { type: (e.target as HTMLSelectElement).value as AnnotationType })}
            >
              ${types.map((t) => html`<option value=${t} ?selected=${a.type === t}>${t}</option>`)}
            </select>
          </p>
          ${two ? html`${dateField('from', 'From')} ${dateField('to', 'To')}` : dateField('date', 'Date')}
          ${
            (a.type === 'change' || a.type === 'point') && seriesNames.length > 1
              ? html`<p>
                  <label for=${`${id}-series`}>Series</label>
                  <select
                    id=${`${id}-series`}
                    @change=${(e: Event) => this.setAnnotation(i, { series: (e.target as HTMLSelectElement).value })}
                  >
                    <option value="" ?selected=${!a.series}>(first series)</option>
                    ${seriesNames.map((n) => html`<option value=${n} ?selected=${a.series === n}>${n}</option>`)}
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
              @input=${(e: Event) => this.setAnnotation(i, { label: (e.target as HTMLInputElement).value })}
            />
          </p>
          <output class="computed" for=${`${id}-from ${id}-to ${id}-date ${id}-label`} aria-live="polite">
            ${computed ? html`<span>Computed from the data: ${computed}</span>` : nothing}
            ${issues.map((x) => html`<span class=${`issue ${x.severity}`}>${x.severity === 'error' ? 'Error' : 'Warning'}${x.path ? ` (${x.path})` : ''}: ${x.message}</span>`)}
          </output>
          <button type="button" class="ghost" @click=${() => this.removeAnnotation(i)}>Remove annotation ${i + 1}</button>
        </fieldset>`;
      })}
      <button type="button" id="add-annotation" @click=${this.addAnnotation}>Add annotation</button>
    </section>`;
  }

  private renderWarnings(list: ShownIssue[]): TemplateResult {
    const errors = list.filter((i) => i.severity === 'error').length;
    return html`<section class="warnings" role="region" aria-labelledby="h-warnings">
      <h2 id="h-warnings">Warnings</h2>
      <p aria-live="polite">
        ${list.length ? `${errors} ${errors === 1 ? 'error' : 'errors'}, ${list.length - errors} ${list.length - errors === 1 ? 'warning' : 'warnings'}.` : 'No warnings.'}
      </p>
      ${
        list.length
          ? html`<ul>
              ${list.map(
                (i) =>
                  html`<li class=${i.severity}>
                    <strong>${i.severity === 'error' ? 'Error' : 'Warning'}</strong>
                    <code>${i.path}</code>${i.field ? html` <code class="field">${i.field}</code>` : nothing}:
                    ${i.message}${i.instead ? html` <em>Instead: ${i.instead}</em>` : nothing}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </section>`;
  }

  private renderPreview(): TemplateResult {
    return html`<section aria-labelledby="h-preview">
      <h2 id="h-preview">4. Preview</h2>
      <div class="controls">
        <fieldset>
          <legend>Widths</legend>
          ${PREVIEW_WIDTHS.map(
            (w) =>
              html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${this.previewWidths.includes(w)}
                  @change=${(e: Event) => this.togglePreviewWidth(w, (e.target as HTMLInputElement).checked)}
                />
                ${w} px</label
              >`,
          )}
        </fieldset>
        <fieldset>
          <legend>Theme</legend>
          ${(['light', 'dark'] as const).map(
            (t) =>
              html`<label class="check"
                ><input type="radio" name="theme" .checked=${this.previewTheme === t} @change=${() => (this.previewTheme = t)} />
                ${t}</label
              >`,
          )}
        </fieldset>
        <fieldset>
          <legend>Direction</legend>
          ${(['ltr', 'rtl'] as const).map(
            (d) =>
              html`<label class="check"
                ><input type="radio" name="dir" .checked=${this.previewDir === d} @change=${() => (this.previewDir = d)} />
                ${d === 'ltr' ? 'left to right' : 'right to left'}</label
              >`,
          )}
        </fieldset>
      </div>
      <div
        class="previews scroll ${this.previewTheme}"
        role="region"
        aria-label="Previews"
        tabindex="0"
        @nc-warning=${this.onElementIssues}
        @nc-invalid=${this.onElementIssues}
      >
        ${this.previewWidths.map(
          (w) =>
            html`<div class="preview">
              <p class="preview-width">${w} px</p>
              <div class="preview-box" dir=${this.previewDir} data-preview-width=${w}></div>
            </div>`,
        )}
      </div>
    </section>`;
  }

  private renderHeard(): TemplateResult {
    const h = this.heard;
    return html`<section aria-labelledby="h-heard">
      <h2 id="h-heard">What a screen reader hears</h2>
      <p class="heard-desc">${h?.description || h?.shown || '(nothing yet)'}</p>
      ${
        h && h.head.length
          ? html`<div class="scroll" role="region" aria-labelledby="heard-caption" tabindex="0">
                <table class="heard-table">
                  <caption id="heard-caption">
                    ${h.caption || 'Data table'}
                  </caption>
                  <thead>
                    <tr>
                      ${h.head.map((c) => html`<th scope="col">${c}</th>`)}
                    </tr>
                  </thead>
                  <tbody>
                    ${h.rows.map(
                      (r) =>
                        html`<tr>
                          ${r.map((c) => html`<td>${c}</td>`)}
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              ${h.more > 0 ? html`<p class="hint">…and ${h.more} more rows.</p>` : nothing}`
          : nothing
      }
    </section>`;
  }

  private renderEmbed(): TemplateResult {
    const fallbackValue = this.s.fallback ?? this.heard?.description ?? '';
    return html`<section aria-labelledby="h-embed">
      <h2 id="h-embed">5. Embed code</h2>
      <div class="fields">
        <p>
          <label for="script-url">Script address</label>
          <input
            id="script-url"
            type="text"
            spellcheck="false"
            .value=${this.s.scriptUrl}
            @input=${(e: Event) => this.update1({ scriptUrl: (e.target as HTMLInputElement).value })}
          />
        </p>
        <p>
          <label for="site-widths">Column widths on your site (px)</label>
          <input
            id="site-widths"
            type="text"
            inputmode="numeric"
            aria-describedby="site-widths-hint"
            .value=${this.widthsText}
            @change=${(e: Event) => {
              const text = (e.target as HTMLInputElement).value;
              const widths = parseWidths(text);
              this.widthsText = text;
              if (widths.length) this.update1({ widths });
            }}
          />
          <span class="hint" id="site-widths-hint"
            >The space the chart keeps while it loads is measured at these widths, e.g. 375, 640.</span
          >
        </p>
        <p>
          <label for="data-in">Data goes</label>
          <select
            id="data-in"
            @change=${(e: Event) => this.update1({ dataIn: (e.target as HTMLSelectElement).value as BuilderState['dataIn'] })}
          >
            ${(['auto', 'attribute', 'script'] as const).map(
              (d) =>
                html`<option value=${d} ?selected=${this.s.dataIn === d}>
                  ${d === 'auto' ? 'in attributes, or a script when long' : d === 'attribute' ? 'in attributes' : 'in a JSON script'}
                </option>`,
            )}
          </select>
        </p>
      </div>
      <p>
        <label for="fallback">Fallback paragraph</label>
        <span class="hint" id="fallback-hint"
          >Shown where the script cannot run (feed readers, AMP, e-mail). Written from the description until you edit it.</span
        >
        <textarea
          id="fallback"
          rows="3"
          aria-describedby="fallback-hint"
          .value=${fallbackValue}
          @input=${(e: Event) => this.update1({ fallback: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        ${this.s.fallback !== null ? html`<button type="button" class="ghost" @click=${() => this.update1({ fallback: null })}>Write it from the description again</button>` : nothing}
      </p>
      <label for="embed">Embed code</label>
      <textarea id="embed" rows="10" readonly spellcheck="false" .value=${this.embedCode}></textarea>
      <p class="actions">
        <button type="button" id="copy" @click=${this.copy}>Copy embed code</button>
        <span class="copy-status" aria-hidden="true">${this.status}</span>
      </p>
    </section>`;
  }
}

defineOnce('nc-builder', NcBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'nc-builder': NcBuilder;
  }
}
