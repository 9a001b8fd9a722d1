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
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  await nextFrame();
  return el;
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
