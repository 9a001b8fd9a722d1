// Tests run in Debian's headless Chromium (see scripts/find-chrome.mjs), with
// TypeScript through esbuild and a pinned time zone and locale. Commands under
// test/commands reach the DevTools protocol (accessibility tree, media and
// time-zone emulation); test/security/pages-plugin.mjs serves whole pages (a
// strict-CSP page with the policy as a response header, double-loading pages).
//
// Time zones: the default run is in Pacific/Honolulu (UTC−10). A full run (no
// --files on the command line) also runs the core and schema suites and one
// rendering snapshot in two more browsers, one in UTC and one in Asia/Kathmandu
// (UTC+5:45), so every date computation is checked in three zones.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, ensureChrome } from './scripts/find-chrome.mjs';
import { cdpPlugin } from './test/commands/cdp-plugin.mjs';
import { remotePlugin } from './test/remote/server-plugin.mjs';
import { pagesPlugin } from './test/security/pages-plugin.mjs';
import { snapshotPlugin } from './test/snapshots/snapshot-plugin.mjs';

const executablePath = ensureChrome();

const chrome = (tz) =>
  chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      env: { ...process.env, TZ: tz, LANG: 'en_US.UTF-8' },
      args: [...CHROME_ARGS, '--lang=en-US'],
    },
  });

// Issue 12: the extra zones run the pure suites, where dates are computed, and one rendering
// snapshot (the date-heavy charts must render exactly what Honolulu rendered). Re-running the
// element and a11y suites there tripled the run for checks no zone can change;
// test/security/timezones.test.ts still switches every element through all three zones.
const ZONE_FILES = ['test/core/**/*.test.ts', 'test/schema/**/*.test.ts', 'test/snapshots/zone.test.ts'];
// Only on full runs: `npx wtr --files …` during development stays one browser.
const fullRun = !process.argv.some((a) => a === '--files' || a.startsWith('--files=') || a === '--group');

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: keyboard and pointer tests need the focused page, and CDP emulation is per page.
  concurrency: 1,
  // The time-zone browsers run one after another, not side by side: the 2-core CI machine
  // would otherwise slow the timing-sensitive tests (100,000 points) past their budgets.
  concurrentBrowsers: 1,
  testsFinishTimeout: 180000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    cdpPlugin(),
    remotePlugin(),
    pagesPlugin(),
    snapshotPlugin(),
  ],
  browsers: [chrome('Pacific/Honolulu')],
  groups: fullRun ? ['UTC', 'Asia/Kathmandu'].map((tz) => ({ name: `tz-${tz}`, files: ZONE_FILES, browsers: [chrome(tz)] })) : [],
  testFramework: { config: { timeout: 10000 } },
};
