/** Shared by unit tests: runs a fixture through exactly what `npm run validate` runs. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadContent } from '../../src/build/content-files';
import { validateProviderText } from '../../src/lib/ingest/validate-provider';
import { formatProblem } from '../../src/lib/ingest/friendly-errors';

export const TODAY = '2026-11-25';
export const realContent = loadContent('content', TODAY);

/** Validates one provider file against the real schema and the real taxonomies; returns formatted problems. */
export function validateFile(path: string): { problems: string[]; data?: unknown } {
  const { provider, problems } = validateProviderText(readFileSync(path, 'utf8'), { file: basename(path), taxonomies: realContent.taxonomies, today: TODAY });
  return { problems: problems.map(formatProblem), data: provider };
}
