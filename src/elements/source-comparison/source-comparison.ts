import { capitalise } from '../../i18n/messages.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sourceText, type SortMode } from '../../core/compare.js';
import { moveCursor } from '../../core/navigation.js';
import { parseSources, type Source, type SourceInput } from '../../schema/comparison.js';
import type { Issue } from '../../schema/issues.js';
import { ChartElement } from '../../internal/chart-element.js';
import { keyword, problemsOf, type Problems } from '../../internal/input.js';
import { jsonAttribute, keywordAttribute, textAttribute } from '../../internal/json-converter.js';
import { baseStyles, chartStyles } from '../../internal/styles.js';
import type { CompareMark, ComparisonModel } from './model.js';
import { comparisonPreparer, findReference, MARK, reserveModel, SORT, type PreparedComparison } from './prepare.js';
import { comparisonTable, drawComparisonKeys, drawComparisonSvg, drawSourceLinks, type ComparisonView } from './draw.js';
import { comparisonStyles } from './source-comparison.styles.js';

/** Inputs whose change means parsing again (with new script or `src` data). */
const DATA_KEYS: readonly PropertyKey[] = ['data', 'reference'];

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
  /** Memoised on its inputs: a key press or focus change reuses the last result. */
  private readonly prepare = comparisonPreparer();
  private prepared: PreparedComparison | null = null;
  private reserve: ComparisonModel | null = null;
  private dataIssues: Problems = { errors: [], warnings: [] };

  protected readCsv = (text: string) => import('../../core/csv.js').then((m) => m.sourcesFromCsv(text));

  protected override exportData() {
    return { sources: this.sources };
  }

  private get model(): ComparisonModel | null {
    return this.prepared?.model ?? null;
  }

  /** What a screen reader hears as the description (the server-side CLI reads it too). */
  private get description(): string {
    return this.prepared?.description ?? '';
  }

  /** Parses the sources and finds the reference; true when new, valid data replaced valid data (worth announcing). */
  private parse(changed: PropertyValues): boolean {
    const r = parseSources(this.input.pick({ data: this.data }, 'data')('data'));
    const before = this.hasUpdated && this.dataIssues.errors.length === 0 && this.sources.length > 0;
    const { errors, warnings } = this.withRemote(problemsOf(r), this.data !== undefined);
    let sources = r.ok && !errors.length ? r.value : [];
    this.refSource = null;
    if (r.ok && !errors.length && !this.busy() && this.reference) {
      const found = findReference(sources, this.reference);
      this.refSource = found.source;
      if (found.issue) {
        errors.push(found.issue);
        sources = [];
      }
    }
    this.sources = sources;
    this.dataIssues = { errors, warnings };
    this.cursor = null;
    return before && changed.has('data') && !errors.length;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const frameWarnings = this.checkFrame();
    const announce = this.input.takeNew(changed, DATA_KEYS) && this.parse(changed);
    const sort = keyword(this.sort, SORT);
    const mark = keyword(this.mark, MARK);
    const keywordIssues = [sort.issue, mark.issue].filter((i): i is Issue => i !== null);
    this.input.report(this.dataIssues.errors, [...this.dataIssues.warnings, ...frameWarnings, ...keywordIssues]);
    this.prepared = this.prepare({
      sources: this.sources,
      reference: this.refSource,
      sort: sort.value,
      mark: mark.value,
      width: this.size.width,
      locale: this.resolvedLocale,
      unit: this.unit,
      period: this.period,
      heading: this.heading,
      text: this.text,
    });
    // While src loads: room for three sources at this width; pages that know better set a min-height.
    this.reserve = this.busy() ? reserveModel(this.size.width) : null;
    if (announce) this.announcer.say(this.t('updated', { description: this.description }));
  }

  /** Without a subheading, say what is counted and when: "Civilians killed, May 2017". */
  protected override defaultSubheading(): string {
    const unit = this.unit ? capitalise(this.unit, this.text.lang) : '';
    return [unit, this.period].filter(Boolean).join(this.t('listSep'));
  }

  private view(): ComparisonView {
    return {
      mirrored: this.mirrored,
      cursor: this.cursor,
      mark: this.mark,
      reference: this.refSource,
      sources: this.sources,
      name: this.prepared?.name ?? '',
      unit: this.unit,
      locale: this.resolvedLocale,
      text: this.text,
      tableShown: this.tableShown,
    };
  }

  protected override render(): TemplateResult {
    const v = this.view();
    if (this.errors.length) return this.renderFrame(v.name, this.renderError());
    const r = this.reserve;
    if (r) return this.renderFrame(v.name, this.renderLoading(r.height, r.width));
    const m = this.model;
    const row = this.cursor !== null ? m?.rows[this.cursor] : undefined;
    const o = { locale: v.locale, unit: this.unit, reference: this.refSource, text: this.text };
    return this.renderFrame(
      v.name,
      this.renderChartBody({
        empty: this.sources.length === 0 ? this.t('comparisonEmpty') : null,
        name: v.name,
        svg: m ? this.plotSvg(m.width, m.height, () => drawComparisonSvg(m, v)) : this.placeholderSvg(200),
        readout: row ? sourceText(row.source, o) : null,
        hints: [this.t('comparisonHintFocus'), this.t('comparisonHint')],
        extras: html`${m ? drawComparisonKeys(m, v) : nothing} ${drawSourceLinks(v)}`,
        description: html`<p>${this.description}</p>`,
        keysHelp: this.t('comparisonKeys'),
        table: () => comparisonTable(m, v),
      }),
    );
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
