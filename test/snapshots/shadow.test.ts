/**
 * Shadow-DOM snapshots of every element state (issue 12): what each element
 * renders, serialised and compared with test/snapshots/__snapshots__/. They pin
 * the markup through restructuring, so a move of code and a deliberate change of
 * output can be told apart. The states are in ./shadow.ts.
 *
 * Regenerate after a deliberate change (then read the diff before committing):
 *   npm run snapshots:update
 * (UPDATE_SNAPSHOTS=1 npx wtr --files test/snapshots/shadow.test.ts)
 */
import { CASES, checkSnapshot, WIDTHS } from './shadow.js';

describe('shadow-DOM snapshots (npm run snapshots:update regenerates)', () => {
  for (const c of CASES) for (const width of WIDTHS) it(`${c.tag} · ${c.state} · ${width}px`, () => checkSnapshot(c, width));
});
