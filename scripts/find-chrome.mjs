#!/usr/bin/env node
// Finds a Chromium for the tests: CHROME_PATH, /usr/bin/chromium, chromium-browser,
// google-chrome. On a Debian machine running as root with none of them, installs
// Debian's `chromium` package (browser downloads by test tools fail here).
// Prints the path; exits 1 with a one-line explanation when it cannot.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Flags for headless Chromium here: --no-sandbox because CI runs as root; the rest stop
 * Chromium from reaching the internet, which this machine refuses (and which would make
 * runs slow and noisy).
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

export function findChrome() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const cmd of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const p = which(cmd);
    if (p) return p;
  }
  return '';
}

export function ensureChrome() {
  let path = findChrome();
  if (path) return path;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/etc/debian_version')) {
    console.error('No Chromium found; installing the Debian package `chromium` (and fonts-dejavu-core)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    path = findChrome();
    if (path) return path;
  }
  console.error('No Chromium found: install it (Debian: `apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium binary.');
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(ensureChrome());
}
