/**
 * The one way every element says a change to screen readers: a polite status
 * region present from the first render, fed by a data change (throttled) or a
 * reader's own move (at once).
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Data changes are announced at most this often. */
const ANNOUNCE_GAP_MS = 2000;

/** The polite status region: one per element, present from the first render so later changes are announced. */
export class Announcer implements ReactiveController {
  text = '';
  private last = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A change of data: said at most once per ANNOUNCE_GAP_MS (the latest text wins). */
  say(text: string): void {
    const wait = this.last + ANNOUNCE_GAP_MS - Date.now();
    clearTimeout(this.timer);
    if (wait <= 0) this.sayNow(text);
    else this.timer = setTimeout(() => this.sayNow(text), wait);
  }

  /** The answer to a reader's own action: said at once. */
  sayNow(text: string): void {
    this.last = Date.now();
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  render(): TemplateResult {
    return html`<div class="vh" role="status">${this.text}</div>`;
  }
}
