import { css } from 'lit';

/** The frame: heading, subheading, caption, links, buttons, visually hidden text and the in-place error message. */
export const frameStyles = css`
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
`;
