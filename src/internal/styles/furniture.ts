import { css } from 'lit';

/** The editor's preview panel, the data table and the chart furniture every chart shares (readout line, keys, table toggle). */
export const furnitureStyles = css`
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
  /* "Get the data" and "Download image: SVG PNG" wrap as two groups: the label stays with its buttons. */
  .downloads {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.75em;
  }
  .image-downloads {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
  }
`;
