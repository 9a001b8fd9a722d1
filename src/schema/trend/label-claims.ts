/**
 * An annotation's label against the data (docs/claims.md): every claim the data
 * contradicts is a warning on the label's path, and the element shows what it
 * computed instead.
 */
import type { ClaimTarget } from '../../core/claims.js';
import type { LabelChecker, LabelClaim } from '../../core/types.js';
import type { Key } from '../../i18n/messages.js';
import type { IssueList } from '../issues.js';

/** What an element shows in place of a label the data contradicts (the `instead` of its warning). */
const INSTEAD: Record<'point' | 'change' | 'period', Key> = { point: 'xPoint', change: 'xChange', period: 'xPeriod' };

/** An annotation's label (null: none), its "check" (false: kept as written), its path, and the checker. */
export interface LabelToCheck {
  label: string | null;
  check: boolean;
  path: string;
  checker: LabelChecker | null | undefined;
  issues: IssueList;
}

/**
 * Where the label stands against `target`: undefined when it holds (or is not
 * checked); `pending` while the checker is loading; `replaced` when the data
 * contradicts it or the checker could not be loaded.
 */
export function checkLabelClaims(
  { label, path, check, checker, issues }: LabelToCheck,
  target: ClaimTarget,
  kind: keyof typeof INSTEAD,
): LabelClaim | undefined {
  if (label === null || !check) return undefined;
  if (checker === undefined) return 'pending';
  if (checker === null) {
    issues.warn(`${path}.label`, 'iNoChecker', {}, INSTEAD[kind]);
    return 'replaced';
  }
  const wrong = checker(label, target).filter((v) => !v.holds);
  for (const v of wrong) issues.warn(`${path}.label`, 'iClaim', { says: v.says, text: v.text, computed: v.computed }, INSTEAD[kind]);
  return wrong.length ? 'replaced' : undefined;
}
