import { css } from 'lit';

export const comparisonStyles = css`
  .name {
    fill: var(--_text);
    font-weight: 600;
  }
  .value {
    fill: var(--_text);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .none {
    fill: var(--_muted);
    font-style: italic;
  }
  .callout {
    fill: var(--_muted);
  }
  .grid {
    stroke: var(--_grid);
  }
  .baseline {
    stroke: var(--_axis);
    stroke-width: 1.5;
  }
  .track {
    fill: none;
    stroke: var(--_axis);
    stroke-dasharray: 3 3;
  }
  .bar {
    fill: var(--c);
    stroke: var(--c);
    stroke-width: 1.5;
  }
  .bar.estimate {
    fill-opacity: 0.3;
  }
  .bar.unverified {
    fill: var(--_bg);
    stroke-dasharray: 3 2;
  }
  .row {
    --c: var(--_s1);
  }
  .row.ref {
    --c: var(--_s0);
  }
  .range {
    fill: var(--c);
    fill-opacity: 0.5;
    stroke: var(--c);
    stroke-width: 1.5;
  }
  .range.estimate {
    fill-opacity: 0.2;
  }
  .range.unverified {
    fill-opacity: 0;
    stroke-dasharray: 3 2;
  }
  .whisker {
    stroke: var(--c);
    stroke-width: 2;
    fill: none;
  }
  .dot {
    fill: var(--c);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .dot.estimate,
  .dot.unverified {
    fill: var(--_bg);
    stroke: var(--c);
    stroke-width: 2;
  }
  .tick-mark {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .ref-line {
    stroke: var(--_s0);
    stroke-width: 1.5;
    stroke-dasharray: 5 3;
  }
  .ref-mark {
    fill: var(--_s0);
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5;
  }
  .sources {
    margin: 0.4em 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .sources a {
    color: var(--_link);
  }
  @media (forced-colors: active) {
    .bar.unverified,
    .dot.estimate,
    .dot.unverified {
      fill: Canvas;
    }
    .range,
    .bar.estimate {
      fill: GrayText;
    }
    .ref-line,
    .ref-mark {
      stroke: Highlight;
      fill: Highlight;
    }
    .focus-ring {
      stroke: Highlight;
    }
  }
`;
