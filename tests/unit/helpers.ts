/** Shared by unit tests: runs a fixture through exactly what `npm run validate` runs. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadContent } from '../../src/build/content-files';
import { validateProviderText } from '../../src/lib/ingest/validate-provider';
import { formatProblem } from '../../src/lib/ingest/friendly-errors';

/** Fixed "today" for fixtures and the importer, so their outputs do not change with the clock. */
export const TODAY = '2026-11-25';
/**
 * The real content is checked against the real clock, as `npm run validate` does: an entry assured
 * today must not read as a future date, whatever day the tests were written.
 */
export const REAL_TODAY = new Date().toISOString().slice(0, 10);
export const realContent = loadContent('content', REAL_TODAY);
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
  const { provider, problems } = validateProviderText(readFileSync(path, 'utf8'), { file: basename(path), taxonomies: realContent.taxonomies, today: TODAY });
  return { problems: problems.map(formatProblem), data: provider };
}
