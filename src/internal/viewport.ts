/**
 * Plots far from the viewport draw as the reader approaches them (issue 12: a live
 * blog of thirty charts). The decision is taken once, at the first update, from the
 * host's position the size controller read with its first width (the same
 * getBoundingClientRect call, so no layout of its own); see core/defer.ts. A chart
 * whose plot waits still renders its whole text alternative (heading, description,
 * notes, sources, data table, status region) and a plot box of the drawn size; only
 * the SVG's contents come later. One IntersectionObserver for every chart on the page
 * wakes them; so do focus inside the chart, printing, a download and `loading="eager"`.
 * Inside a frame nothing waits (core/defer.ts says why).
 */
import { html, isServer, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { DRAW_AHEAD_SCREENS, plotWaits } from '../core/defer.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

/** Where the host is and what the publisher asked for, read at the first update. */
export interface PlotPlace {
  top: number | null;
  eager: boolean;
}

/** Waiting plots on the page, by host: what the shared observer and printing wake. */
const waiting = new Map<Element, PlotDeferral>();
let observer: IntersectionObserver | undefined;

function drawAll(): void {
  for (const d of [...waiting.values()]) d.draw();
}

/** The one observer for every chart, created with the first waiting plot; printing draws them all. */
function shared(): IntersectionObserver {
  if (observer) return observer;
  observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) waiting.get(e.target)?.draw();
    },
    { rootMargin: `${DRAW_AHEAD_SCREENS * 100}% 0px` },
  );
  // Lit's update runs in a microtask, before the page is laid out for print.
  addEventListener('beforeprint', drawAll);
  if (typeof matchMedia === 'function') {
    matchMedia('print').addEventListener('change', (e) => {
      if (e.matches) drawAll();
    });
  }
  return observer;
}

const canObserve = (): boolean => !isServer && typeof IntersectionObserver === 'function';
const printing = (): boolean => typeof matchMedia === 'function' && matchMedia('print').matches;

/** Holds a chart's plot back while it is far from the viewport. ChartElement owns one. */
export class PlotDeferral implements ReactiveController {
  private decided = false;
  private held = false;

  constructor(
    private readonly host: Host,
    private readonly place: () => PlotPlace,
  ) {
    host.addController(this);
    // Tab (or a click, or focus()) into a chart whose plot waits: draw it now.
    if (!isServer) host.addEventListener('focusin', () => this.draw());
  }

  /** True while the plot waits: the chart draws an empty box of the plot's size instead of the SVG's contents. */
  get waiting(): boolean {
    return this.held;
  }

  hostConnected(): void {
    if (this.held) this.watch();
  }

  hostDisconnected(): void {
    this.unwatch();
  }

  hostUpdate(): void {
    if (this.decided) {
      if (this.held && this.place().eager) this.release();
      return;
    }
    this.decided = true;
    const observable = canObserve();
    const { top, eager } = this.place();
    this.held = plotWaits({
      top,
      viewportHeight: observable ? innerHeight : 0,
      eager,
      printing: printing(),
      // Server markup (declarative shadow DOM) is there before the first update: hydrate it as it is.
      hydrating: !this.host.hasUpdated && !!this.host.shadowRoot?.querySelector('[data-nc-sizer]'),
      canObserve: observable,
      framed: observable && window !== window.top,
    });
    if (this.held) this.watch();
  }

  /** Draws the plot now if it waits; resolves once it is drawn. */
  draw(): Promise<unknown> {
    if (!this.held) return Promise.resolve();
    this.release();
    this.host.requestUpdate();
    return this.host.updateComplete;
  }

  private release(): void {
    this.held = false;
    this.unwatch();
  }

  private watch(): void {
    waiting.set(this.host, this);
    shared().observe(this.host);
  }

  private unwatch(): void {
    if (waiting.delete(this.host)) observer?.unobserve(this.host);
  }
}

/** A waiting plot's SVG: the drawn one's box (same width, height and viewBox, so nothing moves when it is drawn), empty. */
export function waitingSvg(width: number, height: number): TemplateResult {
  return html`<svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false"></svg>`;
}
