// Tests run in Debian's headless Chromium (see scripts/find-chrome.mjs), with
// TypeScript through esbuild and a pinned time zone and locale. Commands under
// test/commands reach the DevTools protocol (accessibility tree, media and
// time-zone emulation).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, ensureChrome } from './scripts/find-chrome.mjs';
import { cdpPlugin } from './test/commands/cdp-plugin.mjs';
import { remotePlugin } from './test/remote/server-plugin.mjs';

const executablePath = ensureChrome();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: keyboard and pointer tests need the focused page, and CDP emulation is per page.
  concurrency: 1,
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), cdpPlugin(), remotePlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        env: { ...process.env, TZ: 'Pacific/Honolulu', LANG: 'en_US.UTF-8' },
        args: [...CHROME_ARGS, '--lang=en-US'],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
