import { html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { renderDataTable, renderReadout, renderTableToggle, type TableSpec } from './chart-parts.js';
import { FigureElement } from './figure-element.js';

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
                aria-roledescription="chart"
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
              ${renderTableToggle(this.tableShown, this.toggleTable)}
              ${renderDataTable(b.table(), this.tableShown, this.resolvedLocale, this.tablePage, this.onTablePage)}`
      }
      ${this.renderAnnouncement()}
    </div>`;
  }

  /** Placeholder SVG before the first width is known, so the plot keeps its place. @internal */
  protected placeholderSvg(height: number): TemplateResult {
    return html`<svg aria-hidden="true" viewBox="0 0 640 ${height}"></svg>`;
  }
}
