// A test-runner plugin that keeps shadow-DOM snapshots as files beside the test:
//   executeServerCommand('snapshot', { file, name, content }) → { expected, updated }.
// Snapshots live in test/snapshots/__snapshots__/<file>.snap.json, one entry per
// state. A run with UPDATE_SNAPSHOTS=1 writes what the browser rendered instead of
// comparing (npm run snapshots:update); a state missing from the file is written
// too, so a new state needs no flag. Every other run only reads.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

export function snapshotPlugin({ update = process.env.UPDATE_SNAPSHOTS === '1' } = {}) {
  const files = new Map();
  const load = (file) => {
    if (!files.has(file)) {
      let entries = {};
      try {
        entries = JSON.parse(readFileSync(join(DIR, `${file}.snap.json`), 'utf8'));
      } catch {
        entries = {};
      }
      files.set(file, entries);
    }
    return files.get(file);
  };
  const save = (file) => {
    const entries = files.get(file);
    const sorted = Object.fromEntries(
      Object.keys(entries)
        .sort()
        .map((k) => [k, entries[k]]),
    );
    mkdirSync(DIR, { recursive: true });
    writeFileSync(join(DIR, `${file}.snap.json`), `${JSON.stringify(sorted, null, 1)}\n`);
  };
  return {
    name: 'snapshot',
    executeCommand({ command, payload }) {
      if (command !== 'snapshot') return undefined;
      const { file, name, content } = payload;
      if (!/^[\w-]+$/.test(file)) throw new Error(`snapshot file name ${file}: letters, digits, - and _ only`);
      const entries = load(file);
      if (update || !(name in entries)) {
        entries[name] = content;
        save(file);
        return { expected: content, updated: true };
      }
      return { expected: entries[name], updated: false };
    },
  };
}
