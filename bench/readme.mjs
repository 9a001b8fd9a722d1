#!/usr/bin/env node
// Puts bench/results/latest.md into README.md's "Speed" section, between the
// <!-- bench:start --> and <!-- bench:end --> markers. A full `npm run bench` calls
// this itself; run it by hand to publish another results file: node bench/readme.mjs [file]
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export function updateReadme(markdown, readme = 'README.md') {
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${readme}: no ${start} … ${end} markers in the Speed section`);
  // Headings inside the table block move one level down, under "## Speed".
  const body = markdown.trim().replace(/^### /gm, '#### ');
  writeFileSync(readme, `${text.slice(0, a + start.length)}\n\n${body}\n\n${text.slice(b)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  updateReadme(readFileSync(process.argv[2] ?? 'bench/results/latest.md', 'utf8'));
  console.log('README.md Speed section updated.');
}
