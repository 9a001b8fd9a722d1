import { css } from 'lit';
/**
 * Shared theme tokens and frame styles. Every colour is a custom property
 * with a light and a dark value; pages restyle through `--nc-*` properties
 * and `::part()`. Text colours pass 4.5:1 and series colours 3:1 against
 * their background in both themes.
 */
export const baseStyles = css`
  :host {
    --_bg: var(--nc-background, #ffffff);
    --_text: var(--nc-text, #1a1a1a);
    --_muted: var(--nc-muted, #565656);
    --_grid: var(--nc-grid, #dcdcdc);
    --_axis: var(--nc-axis, #6f6f6f);
    --_focus: var(--nc-focus, #0b57d0);
    --_link: var(--nc-link, #0b57d0);
    --_annotation: var(--nc-annotation, #595959);
    --_period: var(--nc-period, rgba(0, 0, 0, 0.07));
    --_error-bg: var(--nc-error-background, #fdf1f0);
    --_error: var(--nc-error, #a1160a);
    --_warn-bg: #fff6e0;
    --_warn: #7a4b00;
    --_s0: var(--nc-series-1, #b3261e);
    --_s1: var(--nc-series-2, #1f5fa8);
    --_s2: var(--nc-series-3, #7a5200);
    --_s3: var(--nc-series-4, #2e6b30);
    --_s4: var(--nc-series-5, #6a3d9a);
    --_s5: var(--nc-series-6, #00665a);
    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--nc-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif);
    font-size: var(--nc-font-size, 1rem);
    line-height: 1.4;
  }
  /* The dark values are written twice, for the media query and for theme="dark": the
     CSS minifier of the CDN build cannot parse declarations interpolated into a rule.
     Both are for screens only, so print keeps the light values above. */
  @media screen and (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_bg: var(--nc-background, #121212);
      --_text: var(--nc-text, #f1f1f1);
      --_muted: var(--nc-muted, #b8b8b8);
      --_grid: var(--nc-grid, #3b3b3b);
      --_axis: var(--nc-axis, #9a9a9a);
      --_focus: var(--nc-focus, #8ab4f8);
      --_link: var(--nc-link, #8ab4f8);
      --_annotation: var(--nc-annotation, #c4c4c4);
      --_period: var(--nc-period, rgba(255, 255, 255, 0.09));
      --_error-bg: var(--nc-error-background, #3a1816);
      --_error: var(--nc-error, #ffb4ab);
      --_warn-bg: #2e2310;
      --_warn: #ffd28a;
      --_s0: var(--nc-series-1, #ff8a80);
      --_s1: var(--nc-series-2, #8ab4f8);
      --_s2: var(--nc-series-3, #ffcc80);
      --_s3: var(--nc-series-4, #81c995);
      --_s4: var(--nc-series-5, #d0a4ff);
      --_s5: var(--nc-series-6, #4fd1c5);
    }
  }
  @media screen {
    :host([theme='dark']) {
      --_bg: var(--nc-background, #121212);
      --_text: var(--nc-text, #f1f1f1);
      --_muted: var(--nc-muted, #b8b8b8);
      --_grid: var(--nc-grid, #3b3b3b);
      --_axis: var(--nc-axis, #9a9a9a);
      --_focus: var(--nc-focus, #8ab4f8);
      --_link: var(--nc-link, #8ab4f8);
      --_annotation: var(--nc-annotation, #c4c4c4);
      --_period: var(--nc-period, rgba(255, 255, 255, 0.09));
      --_error-bg: var(--nc-error-background, #3a1816);
      --_error: var(--nc-error, #ffb4ab);
      --_warn-bg: #2e2310;
      --_warn: #ffd28a;
      --_s0: var(--nc-series-1, #ff8a80);
      --_s1: var(--nc-series-2, #8ab4f8);
      --_s2: var(--nc-series-3, #ffcc80);
      --_s3: var(--nc-series-4, #81c995);
      --_s4: var(--nc-series-5, #d0a4ff);
      --_s5: var(--nc-series-6, #4fd1c5);
    }
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .sizer {
    height: 0;
    overflow: hidden;
  }
  figure {
    margin: 0;
    padding: 0;
  }
  .heading {
    margin: 0 0 0.15em;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .subheading {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.95em;
    overflow-wrap: anywhere;
  }
  figcaption {
    margin-top: 0.5em;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  figcaption p {
    margin: 0.2em 0;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_link);
  }
  a:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    font-size: 0.8125em;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_axis);
    border-radius: 4px;
    min-height: 28px;
    min-width: 28px;
    padding: 0.2em 0.7em;
    cursor: pointer;
  }
  .vh {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .error {
    border: 2px solid var(--_error);
    background: var(--_error-bg);
    color: var(--_text);
    padding: 0.75em 1em;
    border-radius: 4px;
    font-size: 0.875em;
  }
  .error-title {
    margin: 0 0 0.4em;
    font-weight: 700;
    color: var(--_error);
  }
  .error ul {
    margin: 0;
    padding-inline-start: 1.2em;
    /* Messages quote URLs (src), which have no spaces to break at. */
    overflow-wrap: anywhere;
  }
  .error code {
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    overflow-wrap: anywhere;
  }
  /* The editor's preview panel (preview attribute): never on a page readers see. */
  .preview {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border: 2px dashed var(--_warn);
    background: var(--_warn-bg);
    color: var(--_text);
    border-radius: 4px;
    font-size: 0.8125em;
    overflow-wrap: anywhere;
  }
  .preview-title {
    margin: 0;
    font-weight: 700;
    color: var(--_warn);
  }
  .preview ul {
    margin: 0.3em 0 0;
    padding-inline-start: 1.2em;
  }
  .preview li + li {
    margin-top: 0.25em;
  }
  .preview .severity {
    font-weight: 700;
  }
  .preview .error .severity {
    color: var(--_error);
  }
  .preview code {
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
  }
  .preview .instead {
    display: block;
    font-style: italic;
  }
  .table-wrap {
    margin-top: 0.5em;
    overflow-x: auto;
  }
  .table-wrap.vh {
    overflow: hidden;
  }
  table {
    border-collapse: collapse;
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.3em;
  }
  th,
  td {
    text-align: start;
    padding: 0.25em 0.6em 0.25em 0;
    border-bottom: 1px solid var(--_grid);
    vertical-align: top;
  }
  td.num {
    text-align: end;
  }
  /* Shared chart furniture: readout line, keys, table toggle. */
  .readout {
    min-height: 2.9em;
    margin-top: 0.25em;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .readout .hint {
    color: var(--_muted);
  }
  .key,
  .legend,
  .ann-notes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
    color: var(--_text);
  }
  .key li,
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0.4em 0 0;
    font-size: 0.8125em;
  }
  .tools {
    margin-top: 0.4em;
  }
  /* Paper: the light palette whatever the screen's scheme or theme (the dark values above
     apply to screens only: dark colours print as black halos and near-invisible lines on
     white paper), nothing that needs a pointer or a key, and no chart split across pages. */
  @media print {
    figure {
      break-inside: avoid;
    }
    button,
    .readout,
    .tools,
    .pager,
    .downloads {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    /* As specific as the theme rules above, and later: system colours win in dark schemes too. */
    :host,
    :host(:not([theme='light'])),
    :host([theme='dark']) {
      --_bg: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_grid: GrayText;
      --_axis: CanvasText;
      --_focus: Highlight;
      --_link: LinkText;
      --_annotation: CanvasText;
      --_error: CanvasText;
      --_warn: CanvasText;
      --_warn-bg: Canvas;
      --_s0: CanvasText;
      --_s1: CanvasText;
      --_s2: CanvasText;
      --_s3: CanvasText;
      --_s4: CanvasText;
      --_s5: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/** What every chart shares: the focusable plot, its SVG, the empty state. */
export const chartStyles = css`
  .chart {
    position: relative;
  }
  .plot {
    position: relative;
    touch-action: pan-y;
    border-radius: 2px;
  }
  .plot:focus {
    outline: none;
  }
  .plot:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  svg {
    /* Positions in the SVG are computed left to right; RTL pages mirror the frame, not the coordinates. */
    direction: ltr;
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    font-size: 12px;
  }
  text {
    fill: var(--_muted);
  }
  /* While src loads: the plot's space, tinted, with the status centred on it. */
  .loading {
    position: relative;
    background: var(--_period);
    border-radius: 4px;
  }
  .loading-msg {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    color: var(--_text);
  }
  .ghost {
    visibility: hidden;
  }
  .empty {
    display: grid;
    place-items: center;
    min-height: 180px;
    border: 1px dashed var(--_axis);
    color: var(--_muted);
    border-radius: 4px;
    font-size: 0.9em;
  }
`;
