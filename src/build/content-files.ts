/**
 * Reads the content folder from disk and validates all of it. The Astro content loader and
 * `npm run validate` both call `loadContent`, so the build fails on exactly the problems that
 * validate lists.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Provider } from '../schemas/provider';
import { taxonomyFileSchema } from '../schemas/taxonomy';
import { vocabularyFileSchema, type VocabularyEntry } from '../schemas/vocabulary';
import { parseContentFile, locateProblems } from '../lib/ingest/parse';
import { checkDuplicateIds, checkTaxonomies, type Taxonomies } from '../lib/ingest/checks';
import { validateProviderText } from '../lib/ingest/validate-provider';
import { formatProblem, type ContentProblem } from '../lib/ingest/friendly-errors';
import { checkVocabulary, flattenVocabulary } from '../lib/ingest/vocabulary';

/** The content folder: `content/` unless CONTENT_DIR points elsewhere (synthetic data, tests). */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}

export const TAXONOMY_FILES = {
  beneficiaryCategories: 'taxonomy/beneficiary-categories.yaml',
  serviceTypes: 'taxonomy/service-types.yaml',
  areas: 'taxonomy/areas.yaml',
} as const satisfies Record<keyof Taxonomies, string>;

/** The words people type, mapped to categories and service types, for search to expand a query. */
export const VOCABULARY_FILE = 'taxonomy/search-vocabulary.yaml';

export interface LoadedProvider {
  id: string;
  file: string;
  data: Provider;
}

export interface LoadedContent {
  dir: string;
  taxonomies: Taxonomies;
  /** The search vocabulary, one row per word and language. */
  vocabulary: VocabularyEntry[];
  providers: LoadedProvider[];
  problems: ContentProblem[];
  /** Allowed but worth fixing (see src/lib/ingest/reach-checks.ts): validate prints them, the build does not fail. */
  warnings: ContentProblem[];
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Loads and checks every file; never throws for content mistakes, it lists them in `problems`. */
export function loadContent(dir = contentDir(), now = today()): LoadedContent {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const display = (abs: string) => relative(process.cwd(), abs) || abs;
  const taxonomies = {} as Taxonomies;
  for (const [key, rel] of Object.entries(TAXONOMY_FILES) as [keyof Taxonomies, string][]) {
    const abs = join(dir, rel);
    if (!existsSync(abs)) {
      problems.push({ file: display(abs), path: [], message: 'is missing; every content folder needs its taxonomy files' });
      taxonomies[key] = [];
      continue;
    }
    const parsed = parseContentFile(readFileSync(abs, 'utf8'), display(abs), taxonomyFileSchema);
    problems.push(...parsed.problems);
    taxonomies[key] = parsed.data?.terms ?? [];
  }
  problems.push(...checkTaxonomies(taxonomies, Object.fromEntries(Object.entries(TAXONOMY_FILES).map(([k, v]) => [k, display(join(dir, v))])) as Record<keyof Taxonomies, string>));

  const taxonomyBroken = problems.length > 0;
  const vocabulary = loadVocabulary(join(dir, VOCABULARY_FILE), display, taxonomyBroken ? undefined : taxonomies, problems);
  const providerDir = join(dir, 'providers');
  const providers: LoadedProvider[] = [];
  const files = existsSync(providerDir) ? readdirSync(providerDir).filter((f) => !f.startsWith('.')).sort() : [];
  for (const name of files) {
    const abs = join(providerDir, name);
    const file = display(abs);
    const match = /^(.*)\.ya?ml$/.exec(name);
    if (!match) {
      problems.push({ file, path: [], message: 'is not a .yaml file; provider files are named <id>.yaml, like dasm-cluj-napoca.yaml' });
      continue;
    }
    // A broken taxonomy file would make every id look unknown; its own problems are enough.
    const checked = validateProviderText(readFileSync(abs, 'utf8'), { file, taxonomies: taxonomyBroken ? undefined : taxonomies, today: now, expectedId: match[1] });
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
    if (checked.provider) providers.push({ id: checked.provider.id, file, data: checked.provider });
  }
  problems.push(...checkDuplicateIds(providers));
  return { dir, taxonomies, vocabulary, providers, problems, warnings };
}

/** Reads and checks the search vocabulary; its ids are checked only against sound taxonomies. */
function loadVocabulary(abs: string, display: (abs: string) => string, taxonomies: Taxonomies | undefined, problems: ContentProblem[]): VocabularyEntry[] {
  const file = display(abs);
  if (!existsSync(abs)) {
    problems.push({ file, path: [], message: 'is missing; it holds the words search understands (copy it from the repository\'s content/taxonomy/)' });
    return [];
  }
  const text = readFileSync(abs, 'utf8');
  const parsed = parseContentFile(text, file, vocabularyFileSchema);
  problems.push(...parsed.problems);
  if (!parsed.data) return [];
  const checks = taxonomies ? checkVocabulary(parsed.data, taxonomies, file) : [];
  if (checks.length) problems.push(...locateProblems(text, checks));
  return flattenVocabulary(parsed.data);
}

/** The report printed by validate and thrown by the build. */
export function problemReport(problems: ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
}
