import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isRangeOnly, pointDate, type TrendMark } from '../../core/describe.js';
import type { Interval } from '../../core/dates.js';
import { formatFigure, formatList, formatNumber } from '../../core/format.js';
import { capitalise } from '../../i18n/messages.js';
import { moveCursor, pointAt, type Cursor } from '../../core/navigation.js';
import type { Issue } from '../../schema/issues.js';
import { isRecord, own } from '../../schema/issues.js';
import { fromScript, JsonParseFailure } from '../../schema/json.js';
import {
  MISSING_MODES,
  parseAnnotations,
  parseTrendData,
  type Annotation,
  type MissingMode,
  type AnnotationInput,
  type TrendData,
  type TrendDataInput,
  type Status,
  type TrendPoint,
} from '../../schema/trend.js';
import { bidi, mirror, svgLabel, type Mirror, type TableColumn, type TableSpec } from '../../internal/chart-parts.js';
import { ChartElement } from '../../internal/chart-element.js';
import { claimChecker, loadClaimChecker } from '../../internal/claim-checker.js';
import { jsonAttribute, keywordAttribute, textAttribute } from '../../internal/json-converter.js';
import { baseStyles, chartStyles } from '../../internal/styles.js';
import {
  buildTrendModel,
  LINE_HEIGHT,
  markerPath,
  statusStyle,
  type LineStyle,
  type MarkerShape,
  type TextBlock,
  type TrendModel,
} from './model.js';
import { trendStyles } from './casualty-trend.styles.js';
import { trendPreparer } from './prepare.js';

const MARKS: readonly TrendMark[] = ['line', 'area', 'bar'];
const STATUS_LABEL: Record<LineStyle, 'estimate' | 'unverified' | null> = { solid: null, dashed: 'estimate', dotted: 'unverified' };
/** Reactive state of the reader's interaction only (see willUpdate). */
/** Inputs whose change is new data, announced to screen readers as "Chart updated". */
const DATA_KEYS: readonly PropertyKey[] = ['data', 'annotations', 'interval', 'missing', 'unit', 'scriptJson', 'remote'];
const UI_STATE = new Set<PropertyKey>(['cursor', 'focused', 'tableShown', 'tablePage', 'announcement']);

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
  /** The locale whose claim checker and words have arrived (or failed): labels are checked and drawn on the next update. */
  @state() private claimsArrived = '';
  /** The claim checker on its way, for updateComplete. */
  private claimsLoad: Promise<void> | undefined;
  @state() private cursor: Cursor | null = null;

  protected readonly tagLabel = 'casualty-trend';
  private model: TrendModel | null = null;
  /** x positions of navigable points per series, for keys and pointer. */
  private navX: number[][] = [];
  private markWarning: Issue | null = null;
  private missingWarning: Issue | null = null;
  private name = '';
  private description = '';
  private annotationTexts: string[] = [];
  private reserve: TrendModel | null = null;

  protected readCsv = (text: string) => import('../../core/csv.js').then((m) => m.trendFromCsv(text));

  private loadClaims(): void {
    const locale = this.resolvedLocale;
    if (this.claimsArrived === locale) return;
    // Only this locale's words; a later locale loads its own when this load is done.
    this.claimsLoad ??= loadClaimChecker(locale).then(() => {
      this.claimsLoad = undefined;
      this.claimsArrived = locale;
    });
  }

  /** Also waits for the claim checker when labels are waiting for it, so `updateComplete` means "drawn as readers see it". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.claimsLoad) {
      await this.claimsLoad;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override exportData() {
    return this.parsed && { trend: this.parsed };
  }

  private inputs(): { data: unknown; annotations: unknown } {
    const remote = this.remoteInput();
    if (remote) return { data: remote.data, annotations: remote.annotations ?? this.annotations };
    if (this.data !== undefined || this.annotations !== undefined || this.scriptJson === undefined) {
      return { data: this.data, annotations: this.annotations };
    }
    const s = this.scriptJson;
    if (isRecord(s) && own(s, 'data') !== undefined) return { data: own(s, 'data'), annotations: own(s, 'annotations') };
    return {
      data: s instanceof JsonParseFailure ? fromScript(s) : s,
      annotations: undefined,
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const frameWarnings = this.checkFrame();
    // New data, or the labels' checker (it arrived, or the labels' language changed): parse again.
    const dataChanged = DATA_KEYS.some((k) => changed.has(k)) || changed.has('claimsArrived') || changed.has('locale');
    let errors: Issue[] = [];
    let warnings: Issue[] = [];
    let announce = false;
    if (dataChanged || !this.hasUpdated) {
      const { data, annotations } = this.inputs();
      const missing: MissingMode = MISSING_MODES.includes(this.missing) ? this.missing : 'gap';
      const d = parseTrendData(data, this.interval, this.unit ? this.unit[0]!.toUpperCase() + this.unit.slice(1) : 'Values', missing);
      if (d.ok) {
        const a = parseAnnotations(annotations, d.value, claimChecker(this.resolvedLocale));
        if (a.ok && a.value.some((x) => 'claim' in x && x.claim === 'pending')) this.loadClaims();
        warnings = d.warnings;
        if (a.ok) {
          warnings = [...warnings, ...a.warnings];
          const before = this.parsed;
          this.parsed = d.value;
          this.parsedAnnotations = a.value;
          // Only new data is announced: not the checked labels arriving, nor a change of locale.
          announce = before !== null && this.hasUpdated && !this.busy() && DATA_KEYS.some((k) => changed.has(k));
        } else {
          errors = a.issues.filter((i) => i.severity === 'error');
          warnings = [...warnings, ...a.issues.filter((i) => i.severity === 'warning')];
        }
      } else {
        errors = d.issues.filter((i) => i.severity === 'error');
        warnings = d.issues.filter((i) => i.severity === 'warning');
      }
      ({ errors, warnings } = this.remoteIssues(errors, warnings, this.data !== undefined || this.scriptJson !== undefined));
      if (errors.length) {
        this.parsed = null;
        this.parsedAnnotations = [];
      }
      this.cursor = null;
      this.dataIssues = { errors, warnings };
    }
    if (changed.has('mark')) {
      this.markWarning = MARKS.includes(this.mark)
        ? null
        : { path: 'mark', message: `expected line, area or bar, got "${String(this.mark)}"; drawing a line`, severity: 'warning' };
    }
    if (changed.has('missing')) {
      this.missingWarning = MISSING_MODES.includes(this.missing)
        ? null
        : {
            path: 'missing',
            message: `expected gap or connect, got "${String(this.missing)}"; absent periods are drawn as gaps`,
            severity: 'warning',
            instead: 'drawn as gaps',
          };
    }
    this.report(this.dataIssues.errors, [
      ...this.dataIssues.warnings,
      ...frameWarnings,
      ...(this.markWarning ? [this.markWarning] : []),
      ...(this.missingWarning ? [this.missingWarning] : []),
    ]);

    const mark: TrendMark = MARKS.includes(this.mark) ? this.mark : 'line';
    // A key press, focus or table page changes nothing drawn or said from the data: keep the
    // model and texts (rebuilding them on every arrow key was slow for long series).
    const uiOnly = this.hasUpdated && this.size.width === this.builtWidth && [...changed.keys()].every((k) => UI_STATE.has(k));
    this.builtWidth = this.size.width;
    if (this.parsed && uiOnly) return;
    if (this.parsed) {
      ({
        name: this.name,
        description: this.description,
        annotationTexts: this.annotationTexts,
        model: this.model,
      } = this.prepare({
        data: this.parsed,
        annotations: this.parsedAnnotations,
        mark,
        width: this.size.width,
        locale: this.resolvedLocale,
        unit: this.unit,
        heading: this.heading,
        text: this.text,
      }));
      this.navX = this.model ? this.model.nav.map((row) => row.map((p) => p.x)) : [];
      if (announce) this.announce(this.t('updated', { description: this.description }));
    } else {
      this.model = null;
      this.name = this.heading || this.t('chart');
    }
    // While src loads: an empty chart of this width, whose height is the plot's own reserve.
    this.reserve = this.busy()
      ? buildTrendModel({
          data: { series: [], interval: 'month' },
          annotations: [],
          mark,
          width: this.size.width || 640,
          locale: 'en',
          unit: this.unit,
        })
      : null;
  }

  private dataIssues: { errors: Issue[]; warnings: Issue[] } = { errors: [], warnings: [] };
  private builtWidth = -1;
  private readonly prepare = trendPreparer();

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
    return this.renderChartBody({
      empty: !data || data.series.every((s) => s.points.length === 0) ? this.t('trendEmpty') : null,
      name: this.name,
      svg: m ? this.renderSvg(m) : this.placeholderSvg(360),
      readout: p ? p.text : null,
      hints: [this.t('trendHintFocus'), this.t('trendHint')],
      extras: m ? this.renderKeys(m) : nothing,
      description: html`<p>${this.description}</p>
        ${this.annotationTexts.length ? html`<p>${this.t('annotations', { list: this.annotationTexts.join('. ') })}</p>` : nothing}`,
      keysHelp: this.t(
        `trendKeys${this.mirrored ? 'Mirrored' : ''}${data && data.series.length > 1 ? 'Series' : ''}` as
          'trendKeys' | 'trendKeysSeries' | 'trendKeysMirrored' | 'trendKeysMirroredSeries',
      ),
      table: () => this.tableSpec(data!),
    });
  }

  private renderSvg(m: TrendModel): TemplateResult {
    const { plot } = m;
    const bottom = plot.y + plot.h;
    const c = this.cursor;
    const active = c ? m.nav[c.series]?.[c.index] : undefined;
    // Mirrored (axis-direction), shapes are reflected by one transform per group and labels placed at reflected x.
    const f = (this.flip = mirror(this.mirrored, m.width));
    return html`<svg width=${m.width} height=${m.height} viewBox="0 0 ${m.width} ${m.height}" aria-hidden="true" focusable="false">
      ${m.unitLabel ? svgLabel('unit', f.x(m.unitLabel.x), m.unitLabel.y, f.anchor('start'), m.unitLabel.text) : nothing}
      <g class="grid" transform=${f.shapes}>
        ${m.yTicks.map((t) => svg`<line x1=${plot.x} x2=${plot.x + plot.w} y1=${t.y} y2=${t.y}></line>`)}
      </g>
      <g class="axis y">
        ${m.yTicks.map((t) => svg`<text x=${f.x(plot.x - 6)} y=${t.y} dy="0.32em" text-anchor=${f.anchor('end')}>${t.label}</text>`)}
      </g>
      <g transform=${f.shapes}>
        ${m.annotations.map((a) => (a.kind === 'period' ? svg`<rect class="period" x=${a.x} y=${a.y1} width=${a.w} height=${a.y2 - a.y1}></rect>` : nothing))}
      </g>
      <g class="axis x">
        <g transform=${f.shapes}>
          ${m.xTicks.map((t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${bottom} y2=${bottom + 4}></line>`)}
        </g>
        ${m.xTicks.map(
          (t) => svg`<text x=${f.x(t.x)} y=${bottom + 18} text-anchor=${f.anchor(t.anchor)}>${t.label}</text>
            ${t.sub ? svg`<text x=${f.x(t.x)} y=${bottom + 18 + LINE_HEIGHT} text-anchor=${f.anchor(t.anchor)}>${t.sub}</text>` : nothing}`,
        )}
      </g>
      ${m.series.map(
        (s) => svg`<g class="series s${s.index % 6}">
          <g transform=${f.shapes}>
            ${s.band ? svg`<path class="band" d=${s.band}></path><path class="band-edge" d=${s.bandEdges ?? ''}></path>` : nothing}
            ${s.area ? svg`<path class="area" d=${s.area}></path>` : nothing}
            ${s.bars.map((b) => svg`<rect class="bar ${b.style}" x=${b.x} y=${b.y} width=${b.w} height=${b.h}></rect>`)}
            ${s.runs.map((run) => svg`<path class="line ${run.style}" d=${run.d}></path>`)}
            ${s.whiskers.map((w) => svg`<path class="whisker" d="M${w.x - w.w / 2},${w.y1}h${w.w}M${w.x},${w.y1}V${w.y2}M${w.x - w.w / 2},${w.y2}h${w.w}"></path>`)}
            ${s.markers.map((p) => svg`<path class="marker${p.hollow ? ' hollow' : ''}" transform="translate(${p.x},${p.y})" d=${markerPath(s.shape)}></path>`)}
            ${s.gaps.map((g) => svg`<path class="gap-mark" d=${gapPath(g.x1, g.x2, bottom)}></path>`)}
          </g>
          ${s.label ? this.renderText(s.label, 'series-label') : nothing}
        </g>`,
      )}
      <line class="baseline" x1=${plot.x} x2=${plot.x + plot.w} y1=${bottom} y2=${bottom} transform=${f.shapes}></line>
      ${m.noFigures ? this.renderText(m.noFigures, 'no-figures') : nothing} ${m.annotations.map((a) => this.renderAnnotation(a))}
      ${
        active
          ? svg`<g class="focus" transform=${f.shapes}>
            <line class="crosshair" x1=${active.x} x2=${active.x} y1=${plot.y} y2=${bottom}></line>
            ${active.y !== null ? svg`<circle class="focus-halo" cx=${active.x} cy=${active.y} r="7"></circle><circle class="focus-ring" cx=${active.x} cy=${active.y} r="7"></circle>` : nothing}
          </g>`
          : nothing
      }
    </svg>`;
  }

  /** How the SVG on show is mirrored (set while rendering). */
  private flip: Mirror = mirror(false, 0);

  private renderText(b: TextBlock, cls: string): SVGTemplateResult {
    // A label sits in its (reflected) box, flush to the side its text starts from: right for Arabic or Hebrew.
    const left = this.flip.box(b.x, b.w);
    const d = bidi(b.lines[0] ?? '', 'start');
    const x = d.dir === 'rtl' ? left + b.w - 1 : left + 1;
    return svg`<text class=${cls} direction=${d.dir}>${b.lines.map((l, i) => svg`<tspan x=${x} y=${b.y + (i + 1) * LINE_HEIGHT - 4}>${l}</tspan>`)}</text>`;
  }

  private renderNoteMarker(n: number | null, x: number, y: number): SVGTemplateResult | typeof nothing {
    if (n === null) return nothing;
    const cx = this.flip.x(x);
    return svg`<circle class="note-dot" cx=${cx} cy=${y} r="8"></circle><text class="note-num" x=${cx} y=${y} dy="0.35em" text-anchor="middle">${formatNumber(n, this.resolvedLocale)}</text>`;
  }

  private renderAnnotation(a: TrendModel['annotations'][number]): SVGTemplateResult {
    const t = this.flip.shapes;
    switch (a.kind) {
      case 'event':
        return svg`<g class="annotation event"><line class="ann-line" x1=${a.x} x2=${a.x} y1=${a.y1} y2=${a.y2} transform=${t}></line>
          ${a.label ? this.renderText(a.label, 'ann-text') : this.renderNoteMarker(a.note, a.x, a.y1 + 8)}</g>`;
      case 'period':
        return svg`<g class="annotation period-label">
          <g transform=${t}>
            <line class="ann-line" x1=${a.x} x2=${a.x} y1=${a.y1} y2=${a.y2}></line>
            <line class="ann-line" x1=${a.x + a.w} x2=${a.x + a.w} y1=${a.y1} y2=${a.y2}></line>
          </g>
          ${a.label ? this.renderText(a.label, 'ann-text') : this.renderNoteMarker(a.note, a.x + 10, a.y1 + 10)}</g>`;
      case 'point':
        return svg`<g class="annotation point"><g transform=${t}><circle class="ann-ring" cx=${a.x} cy=${a.y} r="6"></circle>
          ${a.leader ? svg`<line class="ann-leader" x1=${a.leader[0]} y1=${a.leader[1]} x2=${a.leader[2]} y2=${a.leader[3]}></line>` : nothing}</g>
          ${a.label ? this.renderText(a.label, 'ann-text') : this.renderNoteMarker(a.note, a.x, a.y - 16)}</g>`;
      case 'change':
        return svg`<g class="annotation change"><g transform=${t}>
          <path class="ann-change" d="M${a.x1},${a.y1}L${a.x2},${a.y2}" stroke-dasharray="5 3"></path>
          <circle class="ann-ring" cx=${a.x1} cy=${a.y1} r="5"></circle><circle class="ann-ring" cx=${a.x2} cy=${a.y2} r="5"></circle></g>
          ${a.label ? this.renderText(a.label, 'ann-text') : this.renderNoteMarker(a.note, (a.x1 + a.x2) / 2, (a.y1 + a.y2) / 2)}</g>`;
    }
  }

  private renderSample(cls: string, style: LineStyle, shape: MarkerShape, hollow: boolean): TemplateResult {
    return html`<svg width="30" height="14" viewBox="0 0 30 14" aria-hidden="true" focusable="false">
      <g class=${cls}>
        <line class="sample ${style}" x1="1" x2="29" y1="7" y2="7"></line>
        <path class="marker${hollow ? ' hollow' : ''}" transform="translate(15,7)" d=${markerPath(shape, 40)}></path>
      </g>
    </svg>`;
  }

  private renderKeys(m: TrendModel): TemplateResult {
    const styles = new Map<LineStyle, Status[]>();
    for (const s of m.statuses) {
      const st = statusStyle(s);
      styles.set(st, [...(styles.get(st) ?? []), s]);
    }
    const showKey = [...styles.keys()].some((s) => s !== 'solid') || m.hasGaps;
    const multi = m.series.length > 1;
    return html`${
      m.legend
        ? html`<ul class="legend" aria-label=${this.t('seriesKey')}>
            ${m.series.map((s) => html`<li>${this.renderSample(`s${s.index % 6}`, 'solid', s.shape, false)}${s.name}</li>`)}
          </ul>`
        : nothing
    }
    ${
      showKey
        ? html`<ul class="key" aria-label=${this.t('lineStyles')}>
            ${[...styles].map(([style, list]) => {
              const key = STATUS_LABEL[style];
              const label = key
                ? this.t(key)
                : capitalise(
                    formatList(
                      list.map((s) => this.statusWord(s)),
                      this.text.lang,
                      'disjunction',
                    ),
                    this.text.lang,
                  );
              return html`<li>${this.renderSample(multi ? '' : 's0', style, 'circle', style !== 'solid')}${label}</li>`;
            })}
            ${
              m.hasGaps
                ? html`<li>
                    <svg width="30" height="14" viewBox="0 0 30 14" aria-hidden="true" focusable="false">
                      <path class="gap-mark" d=${gapPath(4, 26, 13)}></path></svg
                    >${this.t('noFigureKey')}
                  </li>`
                : nothing
            }
          </ul>`
        : nothing
    }
    ${
      m.notes.length
        ? html`<ol class="ann-notes" aria-label=${this.t('chartNotes')}>
            ${m.notes.map((n) => html`<li><span class="num" aria-hidden="true">${formatNumber(n.n, this.resolvedLocale)}</span>${n.text}</li>`)}
          </ol>`
        : nothing
    }`;
  }

  /** A status as a word of the element's language ("estimate"). */
  private statusWord(s: Status): string {
    return this.t(`${s}Status`);
  }

  private tableSpec(data: TrendData): TableSpec {
    const multi = data.series.length > 1;
    const any = (f: (p: TrendPoint) => unknown) => data.series.some((s) => s.points.some(f));
    const ranged = any((p) => p.low !== null);
    const filled = any((p) => p.filled !== undefined);
    const status = any((p) => p.status);
    const notes = any((p) => p.note);
    const loc = this.resolvedLocale;
    // Figures as given (formatFigure): 1234.56 stays "1,234.56", 0.04 is never "0".
    const n = (v: number | null) => (v === null ? '' : formatFigure(v, loc));
    const columns: TableColumn[] = [
      ...(multi ? [{ label: this.t('colSeries') }] : []),
      { label: this.t('colDate') },
      { label: this.t('colValue'), numeric: true },
      ...(ranged
        ? [
            { label: this.t('colLow'), numeric: true },
            { label: this.t('colHigh'), numeric: true },
          ]
        : []),
      ...(status ? [{ label: this.t('colStatus') }] : []),
      ...(notes || filled ? [{ label: this.t('colNote') }] : []),
    ];
    const rowCount = data.series.reduce((n, s) => n + s.points.length, 0);
    return {
      caption: this.unit ? this.t('tableCaptionUnit', { name: this.name, unit: this.unit }) : this.t('tableCaption', { name: this.name }),
      columns,
      rowCount,
      // Rows are formatted only for the page on show (and found without copying long series).
      row: (i) => {
        let si = 0;
        while (i >= data.series[si]!.points.length) i -= data.series[si++]!.points.length;
        const name = data.series[si]!.name;
        const p = data.series[si]!.points[i]!;
        return [
          ...(multi ? [name] : []),
          pointDate(p, data.interval, loc, this.text),
          p.value !== null ? n(p.value) : isRangeOnly(p) ? this.t('between', { low: n(p.low), high: n(p.high) }) : this.t('noFigure'),
          ...(ranged ? [n(p.low), n(p.high)] : []),
          ...(status ? [p.status ? this.statusWord(p.status) : ''] : []),
          ...(notes || filled ? [p.filled ? this.t('noEntry') : (p.note ?? '')] : []),
        ];
      },
      rowHeader: multi ? 1 : 0,
    };
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
    const next = moveCursor(this.visualKey(e.key), this.cursor, this.navX);
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
    const px = this.flip.x((e.clientX - rect.left) * scale);
    const py = (e.clientY - rect.top) * scale;
    const next = pointAt(this.navX, (si, i) => m.nav[si]![i]!.y, px, py, m.plot.y + m.plot.h);
    if (next && (next.series !== this.cursor?.series || next.index !== this.cursor?.index)) this.cursor = next;
  }
}

/** The "No figure" mark: a dashed bracket standing on the baseline over a gap from x1 to x2. */
function gapPath(x1: number, x2: number, baseline: number): string {
  const top = baseline - 8;
  return `M${Math.min(x1, x2)},${baseline}V${top}H${Math.max(x1, x2)}V${baseline}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'casualty-trend': CasualtyTrend;
  }
}
