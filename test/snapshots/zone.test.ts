/**
 * The one rendering check the extra time-zone browsers run (web-test-runner.config.mjs
 * ZONE_FILES): the date-heavy charts must render exactly the snapshot taken in
 * Pacific/Honolulu. Every other zone-sensitive rule is in the pure core/ and schema/
 * suites, which also run there; test/security/timezones.test.ts switches zones
 * inside one browser for every element.
 */
import { CASES, checkSnapshot } from './shadow.js';

const ZONE_STATES = ['days with gaps', 'bars with annotations'];

describe(`rendering in this time zone (${Intl.DateTimeFormat().resolvedOptions().timeZone}) matches the snapshot`, () => {
  for (const c of CASES.filter((x) => ZONE_STATES.includes(x.state))) it(`${c.tag} · ${c.state} · 640px`, () => checkSnapshot(c, 640));
});
