import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CsvData } from '../core/csv.js';
import type { CsvSource } from '../core/csv-write.js';
import type { Issue } from '../schema/issues.js';
import { AXIS_DIRECTION, LOADING, renderDataTable, renderReadout, renderTableToggle, type TableSpec } from './chart-parts.js';
import { checkDownloads, renderDownloads, type DownloadKind, type Offer } from './downloads.js';
import { FigureElement } from './figure-element.js';
import { keyword, type Problems } from './input.js';
import { keywordAttribute, textAttribute } from './json-converter.js';
import { emit, NcLoadEvent } from './events.js';
import { RemoteController, SRC_TIMEOUT, withRemote } from './remote.js';
import { RenderTurnController } from './render-turns.js';
import { PlotDeferral, waitingSvg } from './viewport.js';

/** What a chart puts into the shared chart body. */
export interface ChartBody {
  /** Message shown instead of the plot when there is nothing to draw; null when there is. */
  empty: string | null;
  /** Accessible name of the focusable plot group. */
  name: string;
  svg: TemplateResult;
  /** Readout text of the selected item, or null. */
  readout: string | null;
  /** Hints shown in the readout line when nothing is selected: [while focused, otherwise]. */
  hints: readonly [string, string];
  /** Keys, legends, link lists: anything shown between the readout and the table. */
  extras: unknown;
  /** The long description (paragraphs). */
  description: unknown;
  /** How the keys work, read after the description. */
  keysHelp: string;
  table: () => TableSpec;
}

/**
 * A FigureElement with one focusable plot: the chart body every chart shares
 * (plot group, readout, extras, description, key help, table toggle, table,
 * announcements) and its focus and table state. Subclasses draw the SVG and
 * handle keys and pointer moves.
 *
 * @internal Not registered itself; elements extend it.
 */
export abstract class ChartElement extends FigureElement {
  /**
   * Which way the time or value axis runs: `ltr` (default: left to right on every
   * page, as in most Arabic-language newsrooms' charts), `rtl` (mirrored: time runs
   * right to left, the count axis on the right, bars grow from the right), or
   * `auto` (mirrored when the element's direction is right to left).
   */
  @property({ attribute: 'axis-direction', converter: keywordAttribute('ltr') }) axisDirection: 'ltr' | 'rtl' | 'auto' = 'ltr';

  /** True when the plot is drawn right to left (resolved from axisDirection at each update). @internal */
  protected mirrored = false;

  /**
   * URL of the data as JSON or CSV (see docs/remote-data.md): http(s) or relative.
   * Once set, it replaces inline `data`; the chart shows "Loading data…" until it arrives.
   */
  @property({ attribute: 'src', converter: textAttribute }) src = '';

  /** How long to wait for `src`, in milliseconds (default 15000). */
  @property({ attribute: 'src-timeout', type: Number }) srcTimeout = SRC_TIMEOUT;

  /** Readers' downloads under the chart: `data` (CSV), `image` (SVG and PNG), both (the default: `"data image"`) or `none`. */
  @property({ attribute: 'downloads', converter: textAttribute }) downloads = 'data image';

  /**
   * `lazy` (default): a chart over 1.5 screens from the viewport draws its plot as the reader nears it
   * (or tabs into it, prints, downloads); heading, description, notes, sources and data table are there
   * from the start, in the plot's kept space. `eager`: the plot at once, wherever it is. As `<img loading>`.
   */
  @property({ attribute: 'loading', converter: keywordAttribute('lazy') }) loading: 'lazy' | 'eager' = 'lazy';

  /** Holds the plot of a chart far from the viewport (internal/viewport.ts). @internal */
  protected readonly deferral = new PlotDeferral(this, () => ({ top: this.size.top, eager: this.loading === 'eager' }));

  /** The downloads on offer, from `downloads`. @internal */
  protected offer: Offer = { data: true, image: true };

  /** This chart's validated data for "Get the data" (written as CSV in the download chunk); null when there is none. @internal */
  protected exportData(): CsvSource | null {
    return null;
  }

  private readonly onDownload = (kind: DownloadKind): void => {
    // The image is made from the drawn plot: draw it first if it waits for the viewport.
    Promise.all([import('./export.js'), this.deferral.draw()])
      .then(([m]) => m.download(this, kind, this.exportData()))
      .catch((e: unknown) => console.error(`<${this.tagLabel}>: download failed:`, e));
  };

  /** CSV rows → this chart's input (the CSV reader is imported on first use). @internal */
  protected abstract readCsv(text: string): Promise<CsvData>;

  protected override turns = new RenderTurnController(this);

  /** Set when the `src` data changed, for `nc-load` once it is drawn. */
  private remoteChanged = false;
  private readonly loader = new RemoteController(
    this,
    (t) => this.readCsv(t),
    (s) => {
      this.remoteChanged = true;
      this.input.setRemote(s);
    },
  );

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('src') || changed.has('srcTimeout')) this.loader.load(this.src.trim(), this.srcTimeout);
  }

  /** Problems once `src` is involved (see remote.ts); `inlineGiven` when inline data is set, which `src` then overrides. @internal */
  protected withRemote(p: Problems, inlineGiven: boolean): Problems {
    return withRemote(this.input.remote, p, inlineGiven || this.input.script !== undefined);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const r = this.input.remote;
    if (this.remoteChanged && r?.status === 'loaded' && !this.errors.length) emit(this, new NcLoadEvent(this.src, r.format));
    this.remoteChanged = false;
  }

  protected override busy(): boolean {
    return super.busy() || this.input.loading;
  }

  /**
   * While `src` loads: the plot's space (`height` at this width), the readout
   * and table-button lines, and one status line. @internal
   */
  protected renderLoading(height: number, width: number): TemplateResult {
    return html`<div class="chart" part="chart">
      <div class="loading">
        ${this.placeholderSvg(height, width)}
        <p class="loading-msg" role="status">${this.tHtml('loading')}</p>
      </div>
      <div class="readout"></div>
      <div class="tools" aria-hidden="true"><button type="button" class="ghost" disabled tabindex="-1">${this.t('tableShow')}</button></div>
      ${
        /* The download row's space too (hidden, so neither focusable nor read), so nothing moves when the data arrives. */
        this.offer.data || this.offer.image
          ? html`<div class="ghost" aria-hidden="true">${renderDownloads(this.offer, () => {}, this.text)}</div>`
          : nothing
      }
    </div>`;
  }

  /** @internal */
  @state() protected tableShown = false;

  /** @internal */
  @state() protected focused = false;

  /** Page of a long data table. @internal */
  @state() protected tablePage = 0;

  private readonly onTablePage = (page: number): void => {
    this.tablePage = page;
  };

  /** @internal */
  protected abstract onPlotKey(e: KeyboardEvent): void;

  /** @internal */
  protected abstract onPlotPointer(e: PointerEvent): void;

  /** @internal */
  protected readonly toggleTable = (): void => {
    this.tableShown = !this.tableShown;
  };

  /** Resolves axis-direction and checks loading as well as the frame (locale, links). @internal */
  protected override checkFrame(): Issue[] {
    const warnings = super.checkFrame();
    const { value: a, issue } = keyword(this.axisDirection, AXIS_DIRECTION);
    const loading = keyword(this.loading, LOADING).issue;
    for (const i of [issue, loading]) if (i) warnings.push(i);
    this.mirrored =
      a === 'rtl' || (a === 'auto' && (isServer ? this.getAttribute('dir') === 'rtl' : getComputedStyle(this).direction === 'rtl'));
    const d = checkDownloads(this.downloads);
    this.offer = d.offer;
    if (d.issue) warnings.push(d.issue);
    return warnings;
  }

  /** Arrow keys follow what is seen: in a mirrored plot Left moves on (later, next) and Right moves back. @internal */
  protected visualKey(key: string): string {
    if (!this.mirrored) return key;
    return key === 'ArrowLeft' ? 'ArrowRight' : key === 'ArrowRight' ? 'ArrowLeft' : key;
  }

  private readonly onKey = (e: KeyboardEvent): void => this.onPlotKey(e);
  private readonly onPointer = (e: PointerEvent): void => this.onPlotPointer(e);
  private readonly onFocus = (): void => {
    this.focused = true;
  };
  private readonly onBlur = (): void => {
    this.focused = false;
  };

  /** @internal */
  protected renderChartBody(b: ChartBody): TemplateResult {
    return html`<div class="chart" part="chart">
      ${
        b.empty !== null
          ? html`<div class="empty" role="note">${b.empty}</div>`
          : html`<div
                class="plot"
                part="plot"
                tabindex="0"
                role="group"
                aria-roledescription=${this.t('roleChart')}
                aria-label=${b.name}
                aria-describedby="desc keys"
                @keydown=${this.onKey}
                @focus=${this.onFocus}
                @blur=${this.onBlur}
                @pointermove=${this.onPointer}
                @pointerdown=${this.onPointer}
              >
                ${b.svg}
              </div>
              ${renderReadout(b.readout, this.focused ? b.hints[0] : b.hints[1])} ${b.extras}
              <div id="desc" class="vh">${b.description}</div>
              <p id="keys" class="vh">${b.keysHelp}</p>
              ${renderTableToggle(this.tableShown, this.toggleTable, this.text)} ${renderDownloads(this.offer, this.onDownload, this.text)}
              ${renderDataTable(b.table(), this.tableShown, this.text, this.tablePage, this.onTablePage)}`
      }
      ${this.announcer.render()}
    </div>`;
  }

  /** The plot's SVG, or while it waits for the viewport an empty one of the same box (`draw` runs only when drawn). @internal */
  protected plotSvg(width: number, height: number, draw: () => TemplateResult): TemplateResult {
    return this.deferral.waiting ? waitingSvg(width, height) : draw();
  }

  /** Placeholder SVG before the first width is known, so the plot keeps its place. @internal */
  protected placeholderSvg(height: number, width = 640): TemplateResult {
    return html`<svg aria-hidden="true" viewBox="0 0 ${width} ${height}"></svg>`;
  }
}
