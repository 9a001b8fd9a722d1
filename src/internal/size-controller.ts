import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Tracks the available width with a ResizeObserver and asks for an update
 * when it changes by a whole pixel. It observes a zero-height sizer element
 * the host renders (`[data-nc-sizer]`), not the host itself, so drawing the
 * chart (which changes the host's height) never re-triggers the observer in
 * the same frame ("ResizeObserver loop" errors). The first report comes
 * before the first paint, so the chart appears already laid out.
 */
export class SizeController implements ReactiveController {
  /** Content width in CSS px; 0 until the first measurement. */
  width = 0;
  private observer: ResizeObserver | undefined;
  private target: Element | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
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
