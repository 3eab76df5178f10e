/** Shared by unit tests: runs a fixture through exactly what `npm run validate` runs. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadContent } from '../../src/build/content-files';
import { parseContentFile, locateProblems } from '../../src/lib/ingest/parse';
import { checkProvider } from '../../src/lib/ingest/checks';
import { formatProblem } from '../../src/lib/ingest/friendly-errors';
import { providerSchema } from '../../src/schemas/provider';

export const TODAY = '2026-11-25';
export const realContent = loadContent('content', TODAY);
/**
 * The invented entries the browser tests use (tests/fixtures/site): tests that need a particular
 * entry (a public body, a confidential shelter) take it from here, so content corrections cannot break them.
 */
export const fixtureSite = loadContent('tests/fixtures/site', TODAY);
export function fixtureProvider(id: string) {
  const p = fixtureSite.providers.find((x) => x.id === id)?.data;
  if (!p) throw new Error(`tests/fixtures/site/providers/${id}.yaml is missing`);
  return p;
}

/** Validates one provider file against the real schema and the real taxonomies; returns formatted problems. */
export function validateFile(path: string): { problems: string[]; data?: unknown } {
  const text = readFileSync(path, 'utf8');
  const file = basename(path);
  const parsed = parseContentFile(text, file, providerSchema);
  if (!parsed.data) return { problems: parsed.problems.map(formatProblem) };
  const checks = locateProblems(text, checkProvider(parsed.data, file, realContent.taxonomies, TODAY, file.replace(/\.yaml$/, '')));
  return { problems: checks.map(formatProblem), data: parsed.data };
}
