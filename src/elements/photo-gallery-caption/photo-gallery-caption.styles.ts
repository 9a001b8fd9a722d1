import { css } from 'lit';

export const galleryStyles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    margin: 0.25em 0 0.5em;
  }
  .counter {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .text .counter {
    margin-inline-end: 0.5em;
  }
  .bar .counter {
    min-width: 3.2em;
    text-align: center;
    font-size: 0.875em;
  }
  .bar button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .toggle {
    margin-inline-start: auto;
  }
  .toggle[aria-expanded='true'] {
    background: var(--_period);
  }
  button[aria-disabled='true'] {
    color: var(--_muted);
    border-color: var(--_grid);
    cursor: default;
  }
  .slide {
    touch-action: pan-y;
    border-radius: 2px;
  }
  .slide:focus {
    outline: none;
  }
  .slide:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .photo {
    background: var(--_period);
  }
  .viewer .photo {
    aspect-ratio: var(--nc-photo-ratio, 3 / 2);
  }
  img {
    display: block;
    width: 100%;
    height: auto;
  }
  .viewer img,
  img:not([width]) {
    height: 100%;
    aspect-ratio: 3 / 2;
    object-fit: contain;
  }
  .text {
    margin: 0.5em 0 0.15em;
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .credit {
    display: block;
    color: var(--_muted);
    font-size: 0.8125em;
    overflow-wrap: anywhere;
  }
  .empty {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .all,
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .all {
    margin-top: 0.5em;
  }
  .all li + li {
    margin-top: 1.25em;
  }
  .list {
    margin-top: 0.75em;
    border-top: 1px solid var(--_grid);
  }
  .list[hidden] {
    display: none;
  }
  .list li {
    border-bottom: 1px solid var(--_grid);
  }
  /* A long list is laid out only where it is on screen: "Show all" on 1,000 photos cost 140 ms
     of layout before (npm run bench); the items stay in the accessibility tree and find-in-page. */
  @media screen {
    .list li {
      content-visibility: auto;
      contain-intrinsic-size: auto 3em;
    }
  }
  .jump {
    display: flex;
    gap: 0.6em;
    width: 100%;
    padding: 0.5em 0.25em;
    border: 0;
    border-radius: 0;
    text-align: start;
    font-size: 0.875em;
  }
  .jump .text {
    display: block;
    margin: 0;
    font-size: inherit;
  }
  .jump .credit {
    font-size: 0.9286em;
  }
  .num {
    min-width: 1.6em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .jump[aria-current='true'] {
    border-inline-start: 4px solid var(--_text);
    font-weight: 600;
  }
  .jump:hover .text {
    text-decoration: underline;
  }
  /* Paper cannot page through photos: the Previous / Next bar goes, the list of every caption
     and credit is printed in full as plain text (the shown photo's marked), and no photo or
     caption is cut across pages. */
  @media print {
    /* A gallery may run longer than a page: it breaks between photos, not inside one. */
    figure {
      break-inside: auto;
    }
    .bar {
      display: none;
    }
    .list,
    .list[hidden] {
      display: block;
    }
    .list .jump {
      display: flex !important;
      border: 0;
      padding-inline: 0;
      color: var(--_text);
    }
    .list .jump[aria-current='true'] {
      border-inline-start: 4px solid var(--_text);
      padding-inline-start: 0.5em;
    }
    /* The list carries the shown photo's caption and credit (marked as current): not twice. */
    .viewer .slide > .text,
    .viewer .slide > .credit {
      display: none;
    }
    .slide,
    .list li,
    .all li {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    /* Muted maps to CanvasText in forced colours: show the ends' disabled buttons in GrayText. */
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
