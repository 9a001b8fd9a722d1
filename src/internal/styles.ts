import { css } from 'lit';
import { frameStyles } from './styles/frame.js';
import { furnitureStyles } from './styles/furniture.js';
import { mediaStyles } from './styles/media.js';
import { tokenStyles } from './styles/tokens.js';
/**
 * Shared theme tokens and frame styles. Every colour is a custom property
 * with a light and a dark value; pages restyle through `--nc-*` properties
 * and `::part()`. Text colours pass 4.5:1 and series colours 3:1 against
 * their background in both themes.
 */
export const baseStyles = css`
  ${tokenStyles}${frameStyles}${furnitureStyles}${mediaStyles}
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
