/**
 * Loads tests/search-queries.yaml through its schema, for the vocabulary test and the search
 * engine's query-set test alike (see the header of the YAML file for how each query is judged).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { LANGS } from '../src/locales';
import { parseContentFile } from '../src/lib/ingest/parse';
import { formatProblem } from '../src/lib/ingest/friendly-errors';

export const QUERY_TAGS = ['plain', 'no-diacritics', 'misspelling', 'colloquial', 'regional', 'sensitive', 'inflected', 'phrase', 'from-issue'] as const;

const taxonomyId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be a category or service-type id, like 'elderly'" });

export const searchQuerySchema = z
  .strictObject({
    q: z.string().trim().min(1).meta({ description: 'The query exactly as a person types it.', examples: ['masa calda'] }),
    lang: z.enum(LANGS).meta({ description: 'The language of the page it is typed on.', examples: ['ro'] }),
    expect: taxonomyId.optional().meta({ description: 'A category or service-type id that one of the first `top` results must carry.', examples: ['food-aid'] }),
    must_not: taxonomyId.optional().meta({ description: 'An id the engine must not add to this query from the vocabulary.', examples: ['elderly'] }),
    tags: z.array(z.enum(QUERY_TAGS)).min(1).meta({ description: 'What the query tests, for pass rates per kind.', examples: [['no-diacritics', 'phrase']] }),
    why: z.string().trim().min(1).optional().meta({ description: 'Why the query is here (for must_not cases).', examples: ['child support, not a pension'] }),
  })
  .refine((q) => q.expect !== undefined || q.must_not !== undefined, { error: 'has neither expect nor must_not; say what the query must (or must not) find' });
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const searchQueryFileSchema = z.strictObject({
  top: z.number().int().min(1).max(50).meta({ description: 'How many first results count for `expect`.', examples: [5] }),
  queries: z.array(searchQuerySchema).min(1),
});
export type SearchQueryFile = z.infer<typeof searchQueryFileSchema>;

export const SEARCH_QUERIES_FILE = 'tests/search-queries.yaml';

/** The query set; throws with every problem (file, line, field) when the file is malformed. */
export function loadSearchQueries(path = SEARCH_QUERIES_FILE): SearchQueryFile {
  const parsed = parseContentFile(readFileSync(path, 'utf8'), path, searchQueryFileSchema);
  if (!parsed.data) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  return parsed.data;
}
