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
// The builder lists every problem as it reads a sheet: its messages are needed at once.
import '../i18n/issue-texts-now.js';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineOnce } from '../internal/define.js';
import type { Issue } from '../schema/issues.js';
import type { BuiltInput, Role } from './columns.js';
import { derive, loadSaved, rolesFor, save } from './derive.js';
import { readEmbed, writeEmbed, type EmbedSpec, type Height } from './embed.js';
import { copyCode, readChosenFile } from './io.js';
import { drawPreviews, mergeIssues, previewKey, readHeard, type Heard, type ShownIssue } from './measure.js';
import { readSheet, type Sheet } from './sheet.js';
import { defaultState, emptyAnnotation, parseWidths, stateFromEmbed, type BuilderState } from './state.js';
import { renderAnnotations } from './views/annotations.js';
import { renderEmbed } from './views/embed.js';
import { renderData, renderChart } from './views/inputs.js';
import { renderHeard, renderPreview, renderWarnings } from './views/outputs.js';
import { PREVIEW_WIDTHS, type BuilderActions, type BuilderView } from './views/view.js';

export { createElementFromSpec } from './measure.js';
export { PREVIEW_WIDTHS } from './views/view.js';

/**
 * The builder's state, its derived input (sheet → element input → spec), the
 * previews' redraw and the actions; the views (./views/) render it.
 */
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
    const restored = this.persist ? loadSaved() : null;
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

  protected override willUpdate(changed: PropertyValues): void {
    this.deriveInput(changed);
    this.checkPreviewKey();
  }

  private deriveInput(changed: PropertyValues): void {
    if (!changed.has('s') && this.spec) return;
    ({ sheet: this.sheet, built: this.built, spec: this.spec } = derive(this.s, this.heard?.description ?? ''));
    if (this.persist) save(this.s);
  }

  private roles(): Role[] {
    return rolesFor(this.s, this.sheet);
  }

  // ---- previews, measurement, what a screen reader hears ----

  /** Previews to redraw after this update (set in willUpdate, so clearing the old warnings does not cost another update). */
  private redrawNeeded = false;

  private checkPreviewKey(): void {
    const spec = this.spec;
    if (!spec) return;
    const key = previewKey(spec, this.previewWidths, { theme: this.previewTheme, dir: this.previewDir, widths: this.s.widths });
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
    const { elements, heights } = await drawPreviews(
      this.querySelectorAll<HTMLElement>('[data-preview-width]'),
      this.querySelector<HTMLElement>('.measure'),
      spec,
      { theme: this.previewTheme, dir: this.previewDir, widths: this.s.widths },
    );
    if (run !== this.measureRun) return;
    this.heights = heights;
    this.heard = readHeard(elements[0], this.s.chart, this.s.fields.heading?.trim() ?? '');
    if (this.spec && this.s.fallback === null && this.spec.fallback !== this.heard.description) {
      this.spec = { ...this.spec, fallback: this.heard.description };
    }
    await this.updateComplete;
  }

  // ---- actions ----

  /** Warnings and errors the previews report, in the sheet's terms. */
  private onElementIssues(e: Event): void {
    const x = e as Event & { warnings?: readonly Issue[]; issues?: readonly Issue[] };
    this.elementIssues = mergeIssues(this.elementIssues, x.warnings ?? x.issues ?? [], this.built?.locate ?? ((p: string) => p));
  }

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

  /** Focus moves to `selector` once the form has re-rendered (after adding or removing an annotation). */
  private focusAfter(selector: string): void {
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(selector)?.focus());
  }

  private readonly actions: BuilderActions = {
    patch: (p) => this.update1(p),
    onData: (text) => this.onData(text),
    onFile: (e) =>
      void readChosenFile(e.target as HTMLInputElement).then((r) => {
        if (!r) return;
        if (r.text !== undefined) this.onData(r.text);
        this.status = r.status;
      }),
    setRole: (i, role) => this.update1({ roles: this.roles().map((r, k) => (k === i ? role : r)) }),
    setField: (name, value) => this.update1({ fields: { ...this.s.fields, [name]: value } }),
    setAnnotation: (i, patch) => this.update1({ annotations: this.s.annotations.map((a, k) => (k === i ? { ...a, ...patch } : a)) }),
    addAnnotation: () => {
      this.update1({ annotations: [...this.s.annotations, emptyAnnotation('change')] });
      this.focusAfter(`#ann-${this.s.annotations.length - 1}-type`);
    },
    removeAnnotation: (i) => {
      this.update1({ annotations: this.s.annotations.filter((_, k) => k !== i) });
      this.focusAfter('#add-annotation');
    },
    copy: () => void copyCode(this.embedCode, this.querySelector<HTMLTextAreaElement>('#embed')).then((status) => (this.status = status)),
    togglePreviewWidth: (w, on) => {
      const set = new Set(this.previewWidths);
      if (on) set.add(w);
      else set.delete(w);
      this.previewWidths = PREVIEW_WIDTHS.filter((x) => set.has(x));
    },
    setTheme: (t) => (this.previewTheme = t),
    setDir: (d) => (this.previewDir = d),
    setWidthsText: (text) => {
      const widths = parseWidths(text);
      this.widthsText = text;
      if (widths.length) this.update1({ widths });
    },
    onElementIssues: (e) => this.onElementIssues(e),
  };

  override render(): TemplateResult {
    const v: BuilderView = {
      s: this.s,
      sheet: this.sheet,
      built: this.built,
      spec: this.spec,
      roles: this.sheet.header.length ? this.roles() : [],
      heard: this.heard,
      previewWidths: this.previewWidths,
      previewTheme: this.previewTheme,
      previewDir: this.previewDir,
      widthsText: this.widthsText,
      embedCode: this.embedCode,
      status: this.status,
      act: this.actions,
    };
    const warnings = [...(this.sheet.problems ?? []), ...(this.built?.problems ?? []), ...this.elementIssues];
    return html`
      <div class="layout">
        <div class="inputs">${renderData(v)} ${renderChart(v)} ${this.s.chart === 'casualty-trend' ? renderAnnotations(v) : nothing}</div>
        <div class="outputs">${renderWarnings(warnings)} ${renderPreview(v)} ${renderHeard(v)} ${renderEmbed(v)}</div>
      </div>
      <div class="measure" .inert=${true}></div>
      <p class="vh" role="status">${this.status}</p>
    `;
  }
}

defineOnce('nc-builder', NcBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'nc-builder': NcBuilder;
  }
}
