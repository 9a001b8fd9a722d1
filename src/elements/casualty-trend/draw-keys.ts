/**
 * What <casualty-trend> shows around its SVG, as functions of the model, the data
 * and the element's words: the series legend, the line-style key, the numbered
 * notes and the data table.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isRangeOnly, pointDate } from '../../core/describe.js';
import { formatFigure, formatList, formatNumber } from '../../core/format.js';
import { capitalise, msg, type Strings } from '../../i18n/messages.js';
import type { Status, TrendData, TrendPoint } from '../../schema/trend.js';
import type { TableColumn, TableSpec } from '../../internal/chart-parts.js';
import { figureStyleOf } from '../../core/figure-style.js';
import { markerPath, type LineStyle, type MarkerShape, type TrendModel } from './model.js';
import { gapPath } from './draw.js';

const STATUS_LABEL: Record<LineStyle, 'estimate' | 'unverified' | null> = { solid: null, estimate: 'estimate', unverified: 'unverified' };

function sample(cls: string, style: LineStyle, shape: MarkerShape, hollow: boolean): TemplateResult {
  return html`<svg width="30" height="14" viewBox="0 0 30 14" aria-hidden="true" focusable="false">
    <g class=${cls}>
      <line class="sample ${style}" x1="1" x2="29" y1="7" y2="7"></line>
      <path class="marker${hollow ? ' hollow' : ''}" transform="translate(15,7)" d=${markerPath(shape, 40)}></path>
    </g>
  </svg>`;
}

/** The line styles on show, each with the statuses it stands for. */
function styleKey(m: TrendModel, text: Strings): TemplateResult[] {
  const styles = new Map<LineStyle, Status[]>();
  for (const s of m.statuses) {
    const st = figureStyleOf(s);
    styles.set(st, [...(styles.get(st) ?? []), s]);
  }
  const multi = m.series.length > 1;
  return [...styles].map(([style, list]) => {
    const key = STATUS_LABEL[style];
    const words = list.map((s) => msg(text, `${s}Status`));
    const label = key ? msg(text, key) : capitalise(formatList(words, text.lang, 'disjunction'), text.lang);
    return html`<li>${sample(multi ? '' : 's0', style, 'circle', style !== 'solid')}${label}</li>`;
  });
}

/** The legend (several series without direct labels), the key of line styles and gaps, and the numbered notes. */
export function drawTrendKeys(m: TrendModel, text: Strings, locale: string): TemplateResult {
  const styles = styleKey(m, text);
  const showKey = m.statuses.some((s) => figureStyleOf(s) !== 'solid') || m.hasGaps;
  return html`${
    m.legend
      ? html`<ul class="legend" aria-label=${msg(text, 'seriesKey')}>
          ${m.series.map((s) => html`<li>${sample(`s${s.index % 6}`, 'solid', s.shape, false)}${s.name}</li>`)}
        </ul>`
      : nothing
  }
  ${
    showKey
      ? html`<ul class="key" aria-label=${msg(text, 'lineStyles')}>
          ${styles}
          ${
            m.hasGaps
              ? html`<li>
                  <svg width="30" height="14" viewBox="0 0 30 14" aria-hidden="true" focusable="false">
                    <path class="gap-mark" d=${gapPath(4, 26, 13)}></path></svg
                  >${msg(text, 'noFigureKey')}
                </li>`
              : nothing
          }
        </ul>`
      : nothing
  }
  ${
    m.notes.length
      ? html`<ol class="ann-notes" aria-label=${msg(text, 'chartNotes')}>
          ${m.notes.map((n) => html`<li><span class="num" aria-hidden="true">${formatNumber(n.n, locale)}</span>${n.text}</li>`)}
        </ol>`
      : nothing
  }`;
}

export interface TableWords {
  name: string;
  unit: string;
  locale: string;
  text: Strings;
}

/** The data table: one row per point (series by series), formatted only for the page on show. */
export function trendTable(data: TrendData, w: TableWords): TableSpec {
  const { text, locale: loc } = w;
  const t = (k: Parameters<typeof msg>[1], p?: Parameters<typeof msg>[2]) => msg(text, k, p);
  const multi = data.series.length > 1;
  const any = (f: (p: TrendPoint) => unknown) => data.series.some((s) => s.points.some(f));
  const ranged = any((p) => p.low !== null);
  const status = any((p) => p.status);
  const noted = any((p) => p.note) || any((p) => p.filled !== undefined);
  // Figures as given (formatFigure): 1234.56 stays "1,234.56", 0.04 is never "0".
  const n = (v: number | null) => (v === null ? '' : formatFigure(v, loc));
  const columns: TableColumn[] = [
    ...(multi ? [{ label: t('colSeries') }] : []),
    { label: t('colDate') },
    { label: t('colValue'), numeric: true },
    ...(ranged
      ? [
          { label: t('colLow'), numeric: true },
          { label: t('colHigh'), numeric: true },
        ]
      : []),
    ...(status ? [{ label: t('colStatus') }] : []),
    ...(noted ? [{ label: t('colNote') }] : []),
  ];
  return {
    caption: w.unit ? t('tableCaptionUnit', { name: w.name, unit: w.unit }) : t('tableCaption', { name: w.name }),
    columns,
    rowCount: data.series.reduce((c, s) => c + s.points.length, 0),
    // Rows are found without copying long series.
    row: (i) => {
      let si = 0;
      while (i >= data.series[si]!.points.length) i -= data.series[si++]!.points.length;
      const p = data.series[si]!.points[i]!;
      return [
        ...(multi ? [data.series[si]!.name] : []),
        pointDate(p, data.interval, loc, text),
        p.value !== null ? n(p.value) : isRangeOnly(p) ? t('between', { low: n(p.low), high: n(p.high) }) : t('noFigure'),
        ...(ranged ? [n(p.low), n(p.high)] : []),
        ...(status ? [p.status ? t(`${p.status}Status`) : ''] : []),
        ...(noted ? [p.filled ? t('noEntry') : (p.note ?? '')] : []),
      ];
    },
    rowHeader: multi ? 1 : 0,
  };
}
