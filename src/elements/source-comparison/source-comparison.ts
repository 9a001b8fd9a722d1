import { capitalise } from '../../i18n/messages.js';
import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  comparisonName,
  compareWith,
  describeComparison,
  figureText,
  figureWords,
  hasRange,
  rangeOnly,
  sourceText,
  sortSources,
  type SortMode,
} from '../../core/compare.js';
import { kindWord } from '../../core/describe.js';
import { formatDate, formatFigure } from '../../core/format.js';
import { moveCursor } from '../../core/navigation.js';
import { parseSources, type Source, type SourceInput } from '../../schema/comparison.js';
import type { Issue } from '../../schema/issues.js';
import { isRecord, own } from '../../schema/issues.js';
import { fromScript, JsonParseFailure } from '../../schema/json.js';
import { bidi, mirror, renderKey, svgLabel, type Mirror, type TableSpec } from '../../internal/chart-parts.js';
import { ChartElement } from '../../internal/chart-element.js';
import { jsonAttribute, keywordAttribute, textAttribute } from '../../internal/json-converter.js';
import { baseStyles, chartStyles } from '../../internal/styles.js';
import { buildComparisonModel, LINE, type CompareMark, type ComparisonModel, type FigureStyle, type Row } from './model.js';
import { comparisonStyles } from './source-comparison.styles.js';

const SORTS: readonly SortMode[] = ['value', 'name', 'none'];
const MARKS: readonly CompareMark[] = ['bar', 'dot'];
const BAR_H = 16;
const PLACEHOLDER: Source[] = [1, 2, 3].map((order) => ({
  name: 'Source',
  value: order,
  low: null,
  high: null,
  kind: 'monitor',
  status: null,
  url: null,
  urlRefused: false,
  retrieved: null,
  note: null,
  noFigure: false,
  order,
}));
const STYLE_LABEL: Record<FigureStyle, 'confirmed' | 'estimate' | 'unverified'> = {
  solid: 'confirmed',
  estimate: 'estimate',
  unverified: 'unverified',
};

/**
 * The same event counted by different sources — a military's own tally, NGO
 * monitors, state media, local reports — side by side, with ranges, status,
 * "no figure released" rows and ratios against a reference source.
 *
 * @tagname source-comparison
 * @summary Accessible comparison of competing casualty tallies.
 *
 * @attr data - JSON: `[{"name": "Airwars", "value": 220, "low": 220, "high": 300, "kind": "monitor", "status": "estimate", "url": "https://…", "retrieved": "2017-06-05", "note": "at least"}]`. `value: null` (or `"status": "no-figure"`) is drawn as "No figure released", never as zero.
 *
 * @fires nc-load - NcLoadEvent: the data named by `src` has loaded and been drawn; `event.src`, `event.format` (`json` or `csv`). See docs/remote-data.md.
 * @fires nc-invalid - NcInvalidEvent: input could not be drawn; `event.issues` lists each problem with its path. Cancelable: cancel it to hide the built-in message.
 * @fires nc-warning - NcWarningEvent: drawn, but `event.warnings` lists fields to check (unknown fields, refused links, an unknown sort or mark).
 *
 * @slot - Fallback content (shown before the script loads and alongside the error message). A child `<script type="application/json">` may hold the data, or `{"data": …}`.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart heading - The heading.
 * @csspart subheading - The line under the heading.
 * @csspart chart - The chart area (plot, readout, key, table).
 * @csspart plot - The focusable plot holding the SVG.
 * @csspart readout - The line that reads out the focused or hovered source.
 * @csspart sources - The list of source links under the chart.
 * @csspart table - The data table.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart caption - The figcaption with note, source and byline.
 * @csspart note - The note.
 * @csspart source - The source line.
 * @csspart byline - The byline.
 * @csspart error - The message shown for invalid input.
 *
 * @cssprop --nc-series-1 - Colour of the reference source.
 * @cssprop --nc-series-2 - Colour of the other sources.
 * @cssprop --nc-font - Font family (and every other --nc-* token of <casualty-trend>).
 */
export class SourceComparison extends ChartElement {
  static override styles = [baseStyles, chartStyles, comparisonStyles];

  /** The sources; see the `data` attribute. Set from JavaScript as an array. */
  @property({ attribute: 'data', converter: jsonAttribute }) data: SourceInput[] | undefined = undefined;

  /** What is counted, e.g. "civilians killed". */
  @property({ attribute: 'unit', converter: textAttribute }) unit = '';

  /** The period or event compared, e.g. "May 2017" or "Monday 5 June 2017". */
  @property({ attribute: 'period', converter: textAttribute }) period = '';

  /** `value` (default: descending by central figure, no-figure rows last), `name`, or `none` (as given). */
  @property({ attribute: 'sort', converter: keywordAttribute('value') }) sort: SortMode = 'value';

  /** Name of the source the others are compared with ("11 times …'s figure"). */
  @property({ attribute: 'reference', converter: textAttribute }) reference = '';

  /** `bar` (default) or `dot` (dot-and-range, better for ranges). */
  @property({ attribute: 'mark', converter: keywordAttribute('bar') }) mark: CompareMark = 'bar';

  @state() private sources: Source[] = [];
  @state() private cursor: number | null = null;

  protected readonly tagLabel = 'source-comparison';
  private refSource: Source | null = null;
  private model: ComparisonModel | null = null;
  private reserve: ComparisonModel | null = null;
  private name = '';
  private description = '';
  private dataIssues: { errors: Issue[]; warnings: Issue[] } = { errors: [], warnings: [] };

  protected readCsv = (text: string) => import('../../core/csv.js').then((m) => m.sourcesFromCsv(text));

  protected override exportData() {
    return { sources: this.sources };
  }

  private input(): unknown {
    const remote = this.remoteInput();
    if (remote) return remote.data;
    if (this.data !== undefined || this.scriptJson === undefined) return this.data;
    const s = this.scriptJson;
    if (isRecord(s) && own(s, 'data') !== undefined) return own(s, 'data');
    return s instanceof JsonParseFailure ? fromScript(s) : s;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const frameWarnings = this.checkFrame();
    const warnings: Issue[] = [];
    if (changed.has('data') || changed.has('scriptJson') || changed.has('reference') || changed.has('remote') || !this.hasUpdated) {
      const r = parseSources(this.input());
      const before = this.hasUpdated && this.dataIssues.errors.length === 0 && this.sources.length > 0;
      const { errors, warnings: dataWarnings } = this.remoteIssues(
        r.ok ? [] : r.issues.filter((i) => i.severity === 'error'),
        r.ok ? r.warnings : r.issues.filter((i) => i.severity === 'warning'),
        this.data !== undefined || this.scriptJson !== undefined,
      );
      let sources = r.ok && !errors.length ? r.value : [];
      this.refSource = null;
      if (r.ok && !errors.length && !this.busy() && this.reference) {
        const key = this.reference.trim().toLowerCase();
        this.refSource = sources.find((s) => s.name.trim().toLowerCase() === key) ?? null;
        if (!this.refSource) {
          errors.push({
            path: 'reference',
            message: `no source is named "${this.reference}" (sources: ${sources.map((s) => `"${s.name}"`).join(', ')})`,
            severity: 'error',
          });
          sources = [];
        }
      }
      this.sources = sources;
      this.dataIssues = { errors, warnings: dataWarnings };
      this.cursor = null;
      if (before && changed.has('data') && !errors.length) this.pendingAnnouncement = true;
    }
    if (!SORTS.includes(this.sort))
      warnings.push({
        path: 'sort',
        message: `expected value, name or none, got "${String(this.sort)}"; sorting by value`,
        severity: 'warning',
      });
    if (!MARKS.includes(this.mark))
      warnings.push({ path: 'mark', message: `expected bar or dot, got "${String(this.mark)}"; drawing bars`, severity: 'warning' });
    this.report(this.dataIssues.errors, [...this.dataIssues.warnings, ...frameWarnings, ...warnings]);

    const sort = SORTS.includes(this.sort) ? this.sort : 'value';
    const mark = MARKS.includes(this.mark) ? this.mark : 'bar';
    const sorted = sortSources(this.sources, sort, this.resolvedLocale);
    const o = {
      locale: this.resolvedLocale,
      unit: this.unit,
      period: this.period,
      heading: this.heading,
      reference: this.refSource,
      text: this.text,
    };
    this.name = comparisonName(sorted, o);
    this.description = describeComparison(sorted, o);
    this.model =
      sorted.length && this.size.width > 0
        ? buildComparisonModel({
            sources: sorted,
            reference: this.refSource,
            mark,
            width: this.size.width,
            locale: this.resolvedLocale,
            noFigureLabel: this.t('noFigureReleased'),
            text: this.text,
          })
        : null;
    // While src loads: room for three sources at this width; pages that know better set a min-height.
    this.reserve = this.busy()
      ? buildComparisonModel({ sources: PLACEHOLDER, reference: null, mark: 'bar', width: this.size.width || 640, locale: 'en' })
      : null;
    if (this.pendingAnnouncement) {
      this.pendingAnnouncement = false;
      this.announce(this.t('updated', { description: this.description }));
    }
  }

  private pendingAnnouncement = false;

  /** Without a subheading, say what is counted and when: "Civilians killed, May 2017". */
  protected override defaultSubheading(): string {
    const unit = this.unit ? capitalise(this.unit, this.text.lang) : '';
    return [unit, this.period].filter(Boolean).join(this.t('listSep'));
  }

  protected override render(): TemplateResult {
    if (this.errors.length) return this.renderFrame(this.name, this.renderError());
    const r = this.reserve;
    if (r) return this.renderFrame(this.name, this.renderLoading(r.height, r.width));
    const m = this.model;
    const row = this.cursor !== null ? m?.rows[this.cursor] : undefined;
    return this.renderFrame(
      this.name,
      this.renderChartBody({
        empty: this.sources.length === 0 ? this.t('comparisonEmpty') : null,
        name: this.name,
        svg: m ? this.renderSvg(m) : this.placeholderSvg(200),
        readout: row
          ? sourceText(row.source, { locale: this.resolvedLocale, unit: this.unit, reference: this.refSource, text: this.text })
          : null,
        hints: [this.t('comparisonHintFocus'), this.t('comparisonHint')],
        extras: html`${m ? this.renderKeys(m) : nothing} ${this.renderLinks()}`,
        description: html`<p>${this.description}</p>`,
        keysHelp: this.t('comparisonKeys'),
        table: () => this.tableSpec(),
      }),
    );
  }

  private renderSvg(m: ComparisonModel): TemplateResult {
    const active = this.cursor !== null ? m.rows[this.cursor] : undefined;
    // Mirrored (axis-direction), bars grow from the right: shapes reflected per group, labels placed at reflected x.
    const f = (this.flip = mirror(this.mirrored, m.width));
    return html`<svg width=${m.width} height=${m.height} viewBox="0 0 ${m.width} ${m.height}" aria-hidden="true" focusable="false">
      <g transform=${f.shapes}>
        ${m.ticks.map((t) => m.gridSpans.map(([a, b]) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${a} y2=${b}></line>`))}
      </g>
      ${m.rows.map((row) => this.renderRow(row, m))}
      ${
        m.reference
          ? svg`<g transform=${f.shapes}>${m.reference.xs.map(
              (x) => svg`${m.reference!.spans.map(([a, b]) => svg`<line class="ref-line" x1=${x} x2=${x} y1=${a} y2=${b}></line>`)}
                <path class="ref-mark" d="M${x - 5},${m.axisY + 1}h10l-5,-7z"></path>`,
            )}</g>`
          : nothing
      }
      <line class="baseline" x1=${m.x0} x2=${m.x1} y1=${m.axisY} y2=${m.axisY} transform=${f.shapes}></line>
      ${m.ticks.map((t, i) => svg`<text x=${f.x(t.x)} y=${m.axisY + LINE} text-anchor=${f.anchor(i === 0 ? 'start' : 'middle')}>${t.label}</text>`)}
      ${active ? svg`<rect class="focus-ring" x="1.25" y=${active.y - 4} width=${m.width - 2.5} height=${active.h + 8} rx="3"></rect>` : nothing}
    </svg>`;
  }

  /** How the SVG on show is mirrored (set while rendering). */
  private flip: Mirror = mirror(false, 0);

  private renderRow(row: Row, m: ComparisonModel): SVGTemplateResult {
    const s = row.source;
    const mid = row.barY + BAR_H / 2;
    const f = this.flip;
    const start = f.anchor('start');
    const name = bidi(row.name.lines[0] ?? '', start);
    return svg`<g class="row${row.isReference ? ' ref' : ''}">
      <text class="name" text-anchor=${name.anchor} direction=${name.dir}>${row.name.lines.map((l, i) => svg`<tspan x=${f.x(row.name.x)} y=${row.name.y + i * LINE}>${l}</tspan>`)}</text>
      ${row.meta ? svgLabel('', f.x(row.meta.x), row.meta.y, start, row.meta.text) : nothing}
      <g transform=${f.shapes}>
        ${s.noFigure ? svg`<rect class="track" x=${m.x0} y=${row.barY} width=${m.x1 - m.x0} height=${BAR_H} rx="2"></rect>` : nothing}
        ${row.bar ? svg`<rect class="bar ${row.style}" x=${row.bar.x} y=${row.barY} width=${row.bar.w} height=${BAR_H}></rect>` : nothing}
        ${
          row.range
            ? svg`<rect class="range ${row.style}" x=${row.range.x1} y=${row.barY + 4} width=${Math.max(1, row.range.x2 - row.range.x1)} height=${BAR_H - 8}></rect>
              <path class="whisker" d="M${row.range.x1},${row.barY}v${BAR_H}M${row.range.x2},${row.barY}v${BAR_H}"></path>`
            : nothing
        }
        ${
          row.dot !== null
            ? row.bar
              ? svg`<line class="tick-mark" x1=${row.dot} x2=${row.dot} y1=${row.barY - 3} y2=${row.barY + BAR_H + 3}></line>`
              : svg`<circle class="dot ${row.style}" cx=${row.dot} cy=${mid} r="6"></circle>`
            : nothing
        }
      </g>
      ${svgLabel(s.noFigure ? 'none' : 'value', f.x(row.label.x), row.label.y, start, row.label.text)}
      ${row.callout ? svgLabel('callout', f.x(row.callout.x), row.callout.y, start, row.callout.text) : nothing}
    </g>`;
  }

  private renderKeys(m: ComparisonModel): TemplateResult | typeof nothing {
    const dots = this.mark === 'dot';
    const items = m.styles.map((st) => ({
      sample: html`<svg width="24" height="14" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
        <g class="row">
          ${
            dots
              ? svg`<rect class="range ${st}" x="1" y="4" width="22" height="6"></rect><circle class="dot ${st}" cx="12" cy="7" r="5"></circle>`
              : svg`<rect class="bar ${st}" x="1" y="2" width="22" height="10"></rect>`
          }
        </g>
      </svg>`,
      text: this.t(STYLE_LABEL[st]),
    }));
    if (m.reference && this.refSource)
      items.push({
        sample: html`<svg width="24" height="14" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
          <line class="ref-line" x1="12" x2="12" y1="0" y2="14"></line>
        </svg>`,
        text: hasRange(this.refSource)
          ? this.t('referenceRange', { name: this.refSource.name, figure: figureText(this.refSource, this.resolvedLocale, this.text) })
          : this.t('reference', { name: this.refSource.name }),
      });
    return m.styles.length > 1 || m.styles[0] !== 'solid' || m.reference ? renderKey(this.t('key'), items) : nothing;
  }

  /**
   * "Sources:" with every source that gave a link: linked when the link passed
   * the allowlist, its name as plain text when the link was refused (the name
   * never disappears with its link).
   */
  private renderLinks(): TemplateResult | typeof nothing {
    const listed = this.sources.filter((s) => s.url || s.urlRefused);
    if (!listed.length) return nothing;
    return html`<p class="sources" part="sources">
      ${this.tHtml('sources')}
      ${listed.map(
        (s, i) =>
          html`${i ? ', ' : ''}${
            s.url
              ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.name}<span class="vh">${this.t('newTab')}</span></a>`
              : html`<span class="unlinked">${s.name}</span>`
          }`,
      )}
    </p>`;
  }

  private tableSpec(): TableSpec {
    const loc = this.resolvedLocale;
    const n = (v: number | null) => (v === null ? '' : formatFigure(v, loc));
    const ref = this.refSource;
    const list = this.model?.rows.map((r) => r.source) ?? this.sources;
    const rows = list.map((s) => [
      s.name,
      s.kind ? kindWord(s.kind, this.text) : '',
      // A range-only figure has no central value: the cell says so in words rather than standing empty.
      s.noFigure ? this.t('noFigureReleasedCell') : rangeOnly(s) ? figureWords(s, loc, '', this.text) : n(s.value),
      n(s.low),
      n(s.high),
      s.status === 'no-figure' ? this.t('noFigureReleasedCell') : s.status ? this.t(`${s.status}Status`) : '',
      ...(ref
        ? [
            ref === s
              ? this.t('referenceCell')
              : (compareWith(s, ref, loc, this.text)?.long ??
                (s.noFigure ? this.t('noFigureToCompare') : this.t('noRatio', { name: ref.name }))),
          ]
        : []),
      s.retrieved === null ? '' : formatDate(s.retrieved, 'day', loc, 'long'),
      s.note ?? '',
      // While the table is only visually hidden its links stay out of the Tab order (screen readers still reach them).
      s.url
        ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer" tabindex=${this.tableShown ? nothing : '-1'}>${s.url}</a>`
        : '',
    ]);
    return {
      caption: this.unit ? this.t('tableCaptionUnit', { name: this.name, unit: this.unit }) : this.t('tableCaption', { name: this.name }),
      columns: [
        { label: this.t('colSource') },
        { label: this.t('colKind') },
        { label: this.t('colValue'), numeric: true },
        { label: this.t('colLow'), numeric: true },
        { label: this.t('colHigh'), numeric: true },
        { label: this.t('colStatus') },
        ...(ref ? [{ label: this.t('colCompared', { name: ref.name }) }] : []),
        { label: this.t('colRetrieved') },
        { label: this.t('colNote') },
        { label: this.t('colLink') },
      ],
      rowCount: rows.length,
      row: (i) => rows[i]!,
      rowHeader: 0,
    };
  }

  protected onPlotKey(e: KeyboardEvent): void {
    const m = this.model;
    if (!m || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape') {
      if (this.cursor !== null) {
        this.cursor = null;
        e.preventDefault();
      }
      return;
    }
    // Rows run top to bottom: Down and Right go to the next source, Up and Left to the previous (Left and Right swap when mirrored).
    const key = e.key === 'ArrowDown' ? 'ArrowRight' : e.key === 'ArrowUp' ? 'ArrowLeft' : this.visualKey(e.key);
    const next = moveCursor(key, this.cursor === null ? null : { series: 0, index: this.cursor }, [m.rows.map((_, i) => i)]);
    if (!next) return;
    e.preventDefault();
    this.cursor = next.index;
  }

  protected onPlotPointer(e: PointerEvent): void {
    const m = this.model;
    const el = this.renderRoot.querySelector('.plot svg');
    if (!m || !el) return;
    const rect = el.getBoundingClientRect();
    if (!rect.height) return;
    const y = ((e.clientY - rect.top) * m.height) / rect.height;
    const i = m.rows.findIndex((r) => y >= r.y - 6 && y <= r.y + r.h + 6);
    if (i >= 0 && i !== this.cursor) this.cursor = i;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'source-comparison': SourceComparison;
  }
}
