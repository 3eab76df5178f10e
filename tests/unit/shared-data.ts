/**
 * For tests that read a public data set from ../shared/data (see scripts/shared-data.ts): the folder,
 * or undefined with one line saying where it was looked for, so a skipped test never passes in
 * silence. `.ci/run` fails when ../shared/data is missing, so in CI these tests always run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingSharedData, sharedDataDir, type SharedSet } from '../../scripts/shared-data';

const warned = new Set<SharedSet>();

/** The set's folder, or undefined (and a warning naming every folder looked at). Use with `describe.skipIf(!dir)`. */
export function sharedSet(name: SharedSet): string | undefined {
  const dir = sharedDataDir(name);
  if (!dir && !warned.has(name)) {
    warned.add(name);
    console.warn(`SKIPPED tests that need ${name}: ${missingSharedData(name)}`);
  }
  return dir;
}

/** A JSON file of a set, or `fallback` when the set is absent (the tests using it are skipped then). */
export function readSharedJson<T>(dir: string | undefined, file: string, fallback: T): T {
  return dir ? (JSON.parse(readFileSync(join(dir, file), 'utf8')) as T) : fallback;
}
