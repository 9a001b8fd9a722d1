import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Tracks the available width with a ResizeObserver and asks for an update
 * when it changes by a whole pixel. It observes a zero-height sizer element
 * the host renders (`[data-nc-sizer]`), not the host itself, so drawing the
 * chart (which changes the host's height) never re-triggers the observer in
 * the same frame ("ResizeObserver loop" errors). The first read of `width`
 * measures the host once, synchronously, so the first render already draws at
 * the real width (no placeholder render followed by a second one in the next
 * frame); the observer's first report then finds the same width and does nothing.
 */
export class SizeController implements ReactiveController {
  private w = 0;
  private measured = false;
  private y: number | null = null;
  private observer: ResizeObserver | undefined;
  private target: Element | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Content width in CSS px; 0 while the host is not laid out (detached or hidden). On the server: the SSR width. */
  get width(): number {
    if (isServer) return this.w || serverWidth;
    this.measure();
    return this.w;
  }

  /**
   * The host's top relative to the viewport when the width was first measured, from the same
   * getBoundingClientRect call (no layout of its own); null when it never was (on the server,
   * detached, or a ResizeObserver report came first).
   */
  get top(): number | null {
    if (!isServer) this.measure();
    return this.y;
  }

  private measure(): void {
    if (this.measured || !this.host.isConnected) return;
    this.measured = true;
    const rect = this.host.getBoundingClientRect();
    this.w = contentWidth(this.host, rect.width);
    this.y = rect.top;
  }

  set width(w: number) {
    this.measured = true;
    this.w = w;
  }

  hostUpdated(): void {
    const target = this.host.renderRoot.querySelector('[data-nc-sizer]') ?? this.host;
    if (target === this.target) return;
    this.observer?.disconnect();
    this.target = target;
    if (typeof ResizeObserver === 'undefined') {
      this.width = this.host.clientWidth || 640;
      return;
    }
    this.observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const w = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      if (w !== this.width) {
        this.width = w;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(target);
  }

  /** Moved elsewhere in the page: watch the same sizer again (the shadow DOM survives the move). */
  hostConnected(): void {
    if (this.observer && this.target) this.observer.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}

let serverWidth = 0;

/** The width elements render at on the server (src/ssr sets it around each render); there is no layout to measure. */
export function setServerWidth(width: number): void {
  serverWidth = width;
}

/** Width of the host's content box from its border-box width, floored like the observer's reports. */
function contentWidth(el: HTMLElement, border: number): number {
  const cs = getComputedStyle(el);
  const px = (v: string) => parseFloat(v) || 0;
  const w = border - px(cs.paddingLeft) - px(cs.paddingRight) - px(cs.borderLeftWidth) - px(cs.borderRightWidth);
  return Math.max(0, Math.floor(w));
}
