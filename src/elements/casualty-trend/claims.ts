import type { ReactiveControllerHost } from 'lit';
import { loadClaimChecker } from '../../internal/claim-checker.js';

/**
 * Loads the claim checker (a chunk of its own) once a label needs it, and
 * updates the host when it has arrived (or failed), so the labels are checked
 * and drawn then.
 */
export class ClaimsLoader {
  /** The checker on its way, for updateComplete. */
  loading: Promise<void> | undefined;
  /** The locale whose checker and words have arrived (or failed). */
  private arrived = '';
  private fresh = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Loads the checker with the words of `locale`'s language, unless they are here. */
  want(locale: string): void {
    if (this.arrived === locale) return;
    // Only this locale's words; a later locale loads its own when this load is done.
    this.loading ??= loadClaimChecker(locale).then(() => {
      this.loading = undefined;
      this.fresh = this.arrived !== locale;
      this.arrived = locale;
      this.host.requestUpdate();
    });
  }

  /** True once, in the first update after the checker arrived. */
  takeArrived(): boolean {
    const fresh = this.fresh;
    this.fresh = false;
    return fresh;
  }
}
