import { css } from 'lit';

export const trendStyles = css`
  .grid {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .baseline {
    stroke: var(--_axis);
    stroke-width: 1.5;
  }
  .tick {
    fill: none;
    stroke: var(--_axis);
  }
  .unit {
    fill: var(--_muted);
    font-weight: 600;
  }
  .s0 {
    --c: var(--_s0);
  }
  .s1 {
    --c: var(--_s1);
  }
  .s2 {
    --c: var(--_s2);
  }
  .s3 {
    --c: var(--_s3);
  }
  .s4 {
    --c: var(--_s4);
  }
  .s5 {
    --c: var(--_s5);
  }
  .line {
    fill: none;
    stroke: var(--c);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .estimate.line,
  .estimate.sample {
    stroke-dasharray: 8 5;
    stroke-linecap: butt;
  }
  .unverified.line,
  .unverified.sample {
    stroke-dasharray: 2 5;
  }
  .area {
    fill: var(--c);
    fill-opacity: 0.2;
  }
  .band {
    fill: var(--c);
    fill-opacity: 0.16;
  }
  .band-edge {
    fill: none;
    stroke: var(--c);
    stroke-width: 1;
  }
  .bar {
    fill: var(--c);
  }
  .bar.estimate,
  .bar.unverified {
    fill: var(--_bg);
    stroke: var(--c);
    stroke-width: 1.5;
  }
  .bar.unverified {
    stroke-dasharray: 2 2;
  }
  .whisker {
    stroke: var(--c);
    stroke-width: 1.5;
    fill: none;
  }
  .marker {
    fill: var(--c);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .marker.hollow {
    fill: var(--_bg);
    stroke: var(--c);
    stroke-width: 1.75;
  }
  .gap-mark {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  .no-figures {
    fill: var(--_text);
    font-weight: 600;
  }
  .sample {
    fill: none;
    stroke: var(--c, var(--_text));
    stroke-width: 2.5;
  }
  .series-label {
    fill: var(--c);
    font-weight: 600;
  }
  .ann-line {
    stroke: var(--_annotation);
    stroke-width: 1.25;
    stroke-dasharray: 4 3;
  }
  .period {
    fill: var(--_period);
  }
  .ann-ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .ann-leader {
    stroke: var(--_text);
    stroke-width: 1;
  }
  .ann-change {
    stroke: var(--_text);
    stroke-width: 1.5;
    fill: none;
  }
  .ann-text {
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .note-dot {
    fill: var(--_text);
  }
  .note-num {
    fill: var(--_bg);
    font-weight: 700;
    font-size: 12px;
  }
  .crosshair {
    stroke: var(--_focus);
    stroke-width: 1.5;
  }
  .focus-halo {
    fill: none;
    stroke: var(--_bg);
    stroke-width: 6;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5;
  }
  .ann-notes {
    display: block;
  }
  .ann-notes li {
    margin: 0.15em 0;
  }
  .ann-notes .num {
    display: inline-block;
    min-width: 1.4em;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .area,
    .band {
      fill: GrayText;
      fill-opacity: 0.35;
    }
    .period {
      fill: none;
      stroke: GrayText;
      stroke-dasharray: 2 2;
    }
    .bar.estimate,
    .bar.unverified,
    .marker.hollow {
      fill: Canvas;
    }
    .focus-ring,
    .crosshair {
      stroke: Highlight;
    }
  }
`;
