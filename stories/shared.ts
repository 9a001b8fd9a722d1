/** Helpers every story file uses. */
import type { Decorator } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

/** A plain attribute: left out when unset or empty. */
export const attr = (value: string | number | undefined) => (value === undefined || value === '' ? nothing : value);

/** A JSON attribute: the value serialised with JSON.stringify, left out when unset. */
export const json = (value: unknown) => (value === undefined ? nothing : JSON.stringify(value));

/** Wraps the story in a box of the given width. */
export const width =
  (px: number): Decorator =>
  (story) =>
    html`<div style="width: ${px}px; outline: 1px dashed #999">${story()}</div>`;
