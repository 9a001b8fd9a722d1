import { fixture, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';

/** Mounts a template inside a container of the given width and waits until the chart is laid out. */
export async function mount<T extends HTMLElement>(template: TemplateResult, width = 640): Promise<T> {
  const wrap = await fixture<HTMLDivElement>(document.createElement('div'));
  wrap.style.width = `${width}px`;
  const { render } = await import('lit');
  render(template, wrap);
  const el = wrap.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await settle(el, 2);
  return el;
}

/**
 * The one way tests wait for an element to finish reacting: its update, then `frames` animation
 * frames (layout and the size controller's measurement), then any update those caused.
 */
export async function settle(el: Element & { updateComplete?: Promise<unknown> }, frames = 1): Promise<void> {
  for (let i = 0; i < frames; i++) {
    await el.updateComplete;
    await nextFrame();
  }
  await el.updateComplete;
}

/**
 * Rows of the data table once it is complete: beyond TABLE_ROWS_NOW rows the table fills in
 * later tasks, so this waits (a frame at a time, at most 120) until `expected` rows are there.
 */
export async function tableRows(root: ShadowRoot, expected: number): Promise<number> {
  for (let i = 0; i < 120 && root.querySelectorAll('#table tbody tr').length !== expected; i++) await nextFrame();
  return root.querySelectorAll('#table tbody tr').length;
}

/** Sends a DevTools protocol command for this page (see test/commands/cdp-plugin.mjs). */
export function cdp<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
  return executeServerCommand('cdp', { method, params }) as Promise<T>;
}

/** Replaces console[method] while `fn` runs and returns what was logged. */
export async function captureConsole(method: 'error' | 'warn', fn: () => Promise<void>): Promise<string[]> {
  const original = console[method];
  const calls: string[] = [];
  console[method] = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console[method] = original;
  }
  return calls;
}

export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** Visible text of a node, whitespace collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** sRGB colour from "#rrggbb", "#rgb" or "rgb(r, g, b)". */
export function parseColor(css: string): [number, number, number] {
  const c = css.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((x) => x + x).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(c);
  if (rgb) return [+rgb[1]!, +rgb[2]!, +rgb[3]!];
  throw new Error(`cannot parse colour ${css}`);
}

/** WCAG 2 contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = parseColor(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}
