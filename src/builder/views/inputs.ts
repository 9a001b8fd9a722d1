/** Steps 1 and 2 of the builder: the pasted data with its columns, and the chart with its frame fields. */
import { html, nothing, type TemplateResult } from 'lit';
import { CHART_NAMES, CHARTS, FIELDS, IGNORE, WIDE, type Chart } from '../columns.js';
import { FORMAT_NAMES } from '../sheet.js';
import { FRAME_FIELDS, type BuilderState } from '../state.js';
import type { BuilderView } from './view.js';

const roleName = (r: string) => (r === WIDE ? 'a series of its own' : r === IGNORE ? 'not used' : r);

/** The table of columns: each column's first cell and what it is used as. */
function renderColumns(v: BuilderView): TemplateResult {
  const { sheet, roles } = v;
  const options = [...FIELDS[v.s.chart], ...(v.s.chart === 'casualty-trend' ? [WIDE] : []), IGNORE];
  return html`<p>
      <label for="decimal">Decimal mark</label>
      <select
        id="decimal"
        @change=${(e: Event) => v.act.patch({ decimal: (e.target as HTMLSelectElement).value as BuilderState['decimal'] })}
      >
        ${(['auto', '.', ','] as const).map(
          (d) =>
            html`<option value=${d} ?selected=${v.s.decimal === d}>
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
                    @change=${(e: Event) => v.act.setRole(i, (e.target as HTMLSelectElement).value)}
                  >
                    ${options.map((o) => html`<option value=${o} ?selected=${roles[i] === o}>${roleName(o)}</option>`)}
                  </select>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

export function renderData(v: BuilderView): TemplateResult {
  const sheet = v.sheet;
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
      .value=${v.s.dataText}
      @input=${(e: Event) => v.act.onData((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="file">
      <label for="file">Open a file</label>
      <input id="file" type="file" accept=".csv,.tsv,.txt,.json,.html,text/csv,text/plain,application/json" @change=${v.act.onFile} />
    </p>
    <p id="data-read" class="hint">
      Read as
      ${FORMAT_NAMES[sheet.format]}${sheet.header.length ? `: ${sheet.rows.length} ${sheet.rows.length === 1 ? 'row' : 'rows'}, ${sheet.header.length} columns` : ''}${v.built ? `, decimal mark “${v.built.decimal}”` : ''}.
    </p>
    ${sheet.header.length ? renderColumns(v) : nothing}
  </section>`;
}

export function renderChart(v: BuilderView): TemplateResult {
  const chart = v.s.chart;
  return html`<section aria-labelledby="h-chart">
    <h2 id="h-chart">2. Chart</h2>
    <p>
      <label for="chart">Chart</label>
      <select id="chart" @change=${(e: Event) => v.act.patch({ chart: (e.target as HTMLSelectElement).value as Chart, roles: null })}>
        ${CHARTS.map((c) => html`<option value=${c} ?selected=${c === chart}>${CHART_NAMES[c]}</option>`)}
      </select>
    </p>
    <div class="fields">
      ${FRAME_FIELDS[chart].map((f) => {
        const id = `f-${f.name}`;
        const value = v.s.fields[f.name] ?? '';
        const hint = f.hint ? html`<span class="hint" id=${`${id}-hint`}>${f.hint}</span>` : nothing;
        return html`<p>
          <label for=${id}>${f.label}</label>
          ${
            f.options
              ? html`<select
                  id=${id}
                  aria-describedby=${f.hint ? `${id}-hint` : nothing}
                  @change=${(e: Event) => v.act.setField(f.name, (e.target as HTMLSelectElement).value)}
                >
                  ${f.options.map((o) => html`<option value=${o} ?selected=${(value || f.options![0]) === o}>${o || 'Automatic'}</option>`)}
                </select>`
              : html`<input
                  id=${id}
                  type=${f.name === 'source-url' ? 'url' : 'text'}
                  aria-describedby=${f.hint ? `${id}-hint` : nothing}
                  .value=${value}
                  @input=${(e: Event) => v.act.setField(f.name, (e.target as HTMLInputElement).value)}
                />`
          }
          ${hint}
        </p>`;
      })}
    </div>
  </section>`;
}
