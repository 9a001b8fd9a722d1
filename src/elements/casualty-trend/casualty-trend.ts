import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TrendMark } from '../../core/describe.js';
import type { Interval } from '../../core/dates.js';
import { moveCursor, pointAt, type Cursor } from '../../core/navigation.js';
import type { Issue } from '../../schema/issues.js';
import { type Annotation, type MissingMode, type AnnotationInput, type TrendData, type TrendDataInput } from '../../schema/trend.js';
import { mirror } from '../../internal/chart-parts.js';
import { ChartElement } from '../../internal/chart-element.js';
import { keyword, type Problems } from '../../internal/input.js';
import { jsonAttribute, keywordAttribute, textAttribute } from '../../internal/json-converter.js';
import { baseStyles, chartStyles } from '../../internal/styles.js';
import { buildTrendModel, type TrendModel } from './model.js';
import { trendStyles } from './casualty-trend.styles.js';
import { trendPreparer, type Prepared } from './prepare.js';
import { drawTrendSvg } from './draw.js';
import { drawTrendKeys, trendTable } from './draw-keys.js';
import { MARK, MISSING, readTrend } from './read.js';
import { ClaimsLoader } from './claims.js';

/** Inputs whose change is new data, announced to screen readers as "Chart updated" (with new script or `src` data). */
const DATA_KEYS: readonly PropertyKey[] = ['data', 'annotations', 'interval', 'missing', 'unit'];

/**
 * A time series of counts (deaths, injuries, strikes) per day, week, month or
 * year, with uncertainty bands, per-point status, gaps kept as gaps, and
 * annotations whose percentages are computed from the data.
 *
 * @tagname casualty-trend
 * @summary Accessible time-series chart for casualty counts.
 *
 * @attr data - JSON: `[{"date": "2017-05", "value": 220, "low": 200, "high": 260, "status": "estimate", "note": "at least"}]` or `{"series": [{"name": "Airwars", "points": [...]}]}`. `value: null` is a gap.
 * @attr missing - `gap` (default): a period absent from regularly spaced data is a gap, like `value: null`. `connect`: the line joins the figures around it (for data left irregular on purpose); the description says so.
 * @attr annotations - JSON: `[{"type": "point", "date": "2017-05", "label": "At least 220 killed"}, {"type": "change", "from": "2016-10", "to": "2017-05", "label": "{change} since October"}, {"type": "event", "date": "2017-06", "label": "Assault begins"}, {"type": "period", "from": "2016-10", "to": "2017-01", "label": "Mosul offensive"}]`
 *
 * @fires nc-load - NcLoadEvent: the data named by `src` has loaded and been drawn; `event.src`, `event.format` (`json` or `csv`). See docs/remote-data.md.
 * @fires nc-invalid - NcInvalidEvent: input could not be drawn; `event.issues` lists each problem with its path. Cancelable: cancel it to hide the built-in message.
 * @fires nc-warning - NcWarningEvent: drawn, but `event.warnings` lists fields to check (unknown fields, a stated percentage that the data contradicts, refused links).
 *
 * @slot - Fallback content (shown before the script loads and alongside the error message). A child `<script type="application/json">` may hold the data, or `{"data": …, "annotations": …}`.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart heading - The heading.
 * @csspart subheading - The line under the heading.
 * @csspart chart - The chart area (plot, readout, key, table).
 * @csspart plot - The focusable plot holding the SVG.
 * @csspart readout - The line that reads out the focused or hovered point.
 * @csspart table - The data table.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart caption - The figcaption with note, source and byline.
 * @csspart note - The note.
 * @csspart source - The source line.
 * @csspart byline - The byline.
 * @csspart error - The message shown for invalid input.
 *
 * @cssprop --nc-font - Font family.
 * @cssprop --nc-font-size - Base font size (default 1rem).
 * @cssprop --nc-background - Background colour.
 * @cssprop --nc-text - Text colour.
 * @cssprop --nc-muted - Secondary text (axis labels, notes).
 * @cssprop --nc-grid - Grid lines.
 * @cssprop --nc-axis - Axis line and control borders.
 * @cssprop --nc-focus - Focus indicator (keep 3:1 against the background).
 * @cssprop --nc-link - Link colour.
 * @cssprop --nc-annotation - Event and period markers.
 * @cssprop --nc-period - Fill of shaded periods.
 * @cssprop --nc-series-1 - First series colour (to --nc-series-6).
 * @cssprop --nc-error - Border and title of the error message.
 * @cssprop --nc-error-background - Background of the error message.
 */
export class CasualtyTrend extends ChartElement {
  static override styles = [baseStyles, chartStyles, trendStyles];

  /** Points or series; see the `data` attribute. Set from JavaScript as an object or array. */
  @property({ attribute: 'data', converter: jsonAttribute }) data: TrendDataInput | undefined = undefined;

  /** Annotations; see the `annotations` attribute. */
  @property({ attribute: 'annotations', converter: jsonAttribute }) annotations: AnnotationInput[] | undefined = undefined;

  /** `line` (default), `area` or `bar`. The count axis always starts at zero. */
  @property({ attribute: 'mark', converter: keywordAttribute('line') }) mark: TrendMark = 'line';

  /**
   * What a period absent from the data is: `gap` (default; drawn, listed and
   * read as "no figure", like `value: null`) or `connect` (the line joins the
   * figures around it, and the description says across how many periods).
   */
  @property({ attribute: 'missing', converter: keywordAttribute('gap') }) missing: MissingMode = 'gap';

  /** `day`, `week`, `month` or `year`; inferred from the dates when unset. */
  @property({ attribute: 'interval' }) interval: Interval | undefined;

  /** What is counted, e.g. "civilians killed"; used in labels, readouts and the description. */
  @property({ attribute: 'unit', converter: textAttribute }) unit = '';

  @state() private parsed: TrendData | null = null;
  @state() private parsedAnnotations: Annotation[] = [];
  private readonly claims = new ClaimsLoader(this);
  @state() private cursor: Cursor | null = null;

  protected readonly tagLabel = 'casualty-trend';
  /** Memoised on its inputs: a key press or focus change reuses the last result. */
  private readonly prepare = trendPreparer();
  private prepared: Prepared | null = null;
  private dataIssues: Problems = { errors: [], warnings: [] };
  /** x positions of navigable points per series, for keys and pointer (for the model they were taken from). */
  private navX: { model: TrendModel | null; xs: number[][] } = { model: null, xs: [] };
  private reserve: TrendModel | null = null;

  protected readCsv = (text: string) => import('../../core/csv.js').then((m) => m.trendFromCsv(text));

  /** Also the claim checker when labels wait for it. @internal */
  protected override pendingLoad(): Promise<unknown> | undefined {
    return this.claims.loading ?? super.pendingLoad();
  }

  protected override exportData() {
    return this.parsed && { trend: this.parsed };
  }

  private get model(): TrendModel | null {
    return this.prepared?.model ?? null;
  }

  /** What a screen reader hears as the description (the server-side CLI reads it too). */
  private get description(): string {
    return this.prepared?.description ?? '';
  }

  private get name(): string {
    return this.prepared?.name ?? (this.heading || this.t('chart'));
  }

  /** Reads data and annotations; true when new, valid data replaced the old (worth announcing). */
  private parse(missing: MissingMode): boolean {
    const get = this.input.pick({ data: this.data, annotations: this.annotations }, 'data');
    const o = { interval: this.interval, unit: this.unit, missing, locale: this.resolvedLocale };
    const r = readTrend(get('data'), get('annotations'), o);
    if (r.claimsPending) this.claims.want(this.resolvedLocale);
    const before = this.parsed;
    this.dataIssues = this.withRemote(r.problems, this.data !== undefined);
    if (r.value) ({ data: this.parsed, annotations: this.parsedAnnotations } = r.value);
    if (this.dataIssues.errors.length) {
      this.parsed = null;
      this.parsedAnnotations = [];
    }
    this.cursor = null;
    return !!r.value && !this.dataIssues.errors.length && before !== null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const frameWarnings = this.checkFrame();
    const mark = keyword(this.mark, MARK);
    const missing = keyword(this.missing, MISSING);
    const fresh = this.input.takeNew(changed, DATA_KEYS);
    const checked = this.claims.takeArrived();
    // New data, or the labels' checker (it arrived, or the labels' language changed): parse again.
    // Only new data is announced: not the checked labels arriving, nor a change of locale.
    let announce = false;
    if (fresh || checked || changed.has('locale')) announce = this.parse(missing.value) && fresh && this.hasUpdated && !this.busy();
    const keywordIssues = [mark.issue, missing.issue].filter((i): i is Issue => i !== null);
    this.input.report(this.dataIssues.errors, [...this.dataIssues.warnings, ...frameWarnings, ...keywordIssues]);
    this.prepared = this.parsed
      ? this.prepare({
          data: this.parsed,
          annotations: this.parsedAnnotations,
          mark: mark.value,
          width: this.size.width,
          locale: this.resolvedLocale,
          unit: this.unit,
          heading: this.heading,
          text: this.text,
        })
      : null;
    const m = this.model;
    if (m !== this.navX.model) this.navX = { model: m, xs: m ? m.nav.map((row) => row.map((p) => p.x)) : [] };
    if (announce && this.prepared) this.announcer.say(this.t('updated', { description: this.description }));
    // While src loads: an empty chart of this width, whose height is the plot's own reserve.
    const empty = { series: [], interval: 'month' as const };
    this.reserve = this.busy()
      ? buildTrendModel({ data: empty, annotations: [], mark: mark.value, width: this.size.width || 640, locale: 'en', unit: this.unit })
      : null;
  }

  protected override render(): TemplateResult {
    if (this.errors.length) return this.renderFrame(this.name, this.renderError());
    const r = this.reserve;
    if (r) return this.renderFrame(this.name, this.renderLoading(r.height, r.width));
    return this.renderFrame(this.name, this.renderChart());
  }

  private renderChart(): TemplateResult {
    const data = this.parsed;
    const m = this.model;
    const c = this.cursor;
    const p = c && m?.nav[c.series]?.[c.index];
    const texts = this.prepared?.annotationTexts ?? [];
    const keys = `trendKeys${this.mirrored ? 'Mirrored' : ''}${data && data.series.length > 1 ? 'Series' : ''}` as const;
    return this.renderChartBody({
      empty: !data || data.series.every((s) => s.points.length === 0) ? this.t('trendEmpty') : null,
      name: this.name,
      svg: m
        ? this.plotSvg(m.width, m.height, () => drawTrendSvg(m, { mirrored: this.mirrored, cursor: c, locale: this.resolvedLocale }))
        : this.placeholderSvg(360),
      readout: p ? p.text : null,
      hints: [this.t('trendHintFocus'), this.t('trendHint')],
      extras: m ? drawTrendKeys(m, this.text, this.resolvedLocale) : nothing,
      description: html`<p>${this.description}</p>
        ${texts.length ? html`<p>${this.t('annotations', { list: texts.join('. ') })}</p>` : nothing}`,
      keysHelp: this.t(keys),
      table: () => trendTable(data!, { name: this.name, unit: this.unit, locale: this.resolvedLocale, text: this.text }),
    });
  }

  protected onPlotKey(e: KeyboardEvent): void {
    if (!this.model || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape') {
      if (this.cursor) {
        this.cursor = null;
        e.preventDefault();
      }
      return;
    }
    const next = moveCursor(this.visualKey(e.key), this.cursor, this.navX.xs);
    if (!next) return;
    e.preventDefault();
    this.cursor = next;
  }

  protected onPlotPointer(e: PointerEvent): void {
    const m = this.model;
    const svgEl = this.renderRoot.querySelector('.plot svg');
    if (!m || !svgEl) return;
    const rect = svgEl.getBoundingClientRect();
    if (!rect.width) return;
    const scale = m.width / rect.width;
    const px = mirror(this.mirrored, m.width).x((e.clientX - rect.left) * scale);
    const py = (e.clientY - rect.top) * scale;
    const next = pointAt(this.navX.xs, (si, i) => m.nav[si]![i]!.y, px, py, m.plot.y + m.plot.h);
    if (next && (next.series !== this.cursor?.series || next.index !== this.cursor?.index)) this.cursor = next;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'casualty-trend': CasualtyTrend;
  }
}
