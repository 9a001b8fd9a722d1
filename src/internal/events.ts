import type { Issue } from '../schema/issues.js';

/**
 * Fired when input cannot be drawn. `issues` lists every problem with its
 * path. Cancel it (`preventDefault()`) to hide the built-in message and show
 * your own; the problems are still logged.
 */
export class NcInvalidEvent extends Event {
  static readonly eventName = 'nc-invalid';
  constructor(readonly issues: readonly Issue[]) {
    super(NcInvalidEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * Fired when input was drawn but something in it deserves an editor's look
 * (an unknown field, a label whose percentage disagrees with the data, a
 * refused link).
 */
export class NcWarningEvent extends Event {
  static readonly eventName = 'nc-warning';
  constructor(readonly warnings: readonly Issue[]) {
    super(NcWarningEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when the data named by `src` has loaded and been drawn. */
export class NcLoadEvent extends Event {
  static readonly eventName = 'nc-load';
  constructor(
    readonly src: string,
    readonly format: 'json' | 'csv',
  ) {
    super(NcLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'nc-load': NcLoadEvent;
    'nc-invalid': NcInvalidEvent;
    'nc-warning': NcWarningEvent;
  }
}

/** Dispatches `event` on `target`; false when a listener cancelled it. */
export function emit(target: EventTarget, event: Event): boolean {
  return target.dispatchEvent(event);
}
