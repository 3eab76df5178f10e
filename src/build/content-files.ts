/**
 * Reads the content folder from disk and validates all of it. The site's data access
 * (src/collections/directory.ts) and `npm run validate` both call `loadContent`, so the build fails
 * on exactly the problems that validate lists.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Provider } from '../schemas/provider';
import { taxonomyFileSchema } from '../schemas/taxonomy';
import { vocabularyFileSchema, type VocabularyEntry } from '../schemas/vocabulary';
import { parseContentFile, locateProblems } from '../lib/ingest/parse';
import { checkDuplicateIds, checkTaxonomies, type Taxonomies } from '../lib/ingest/checks';
import { validateProviderText } from '../lib/ingest/validate-provider';
import { formatProblem, type ContentProblem } from '../lib/ingest/friendly-errors';
import { checkVocabulary, flattenVocabulary } from '../lib/ingest/vocabulary';
import { openContentCache, textHash } from './content-cache';

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

/** The build day (YYYY-MM-DD), the "as of" for freshness: BUILD_DATE fixes it for reproducible builds. */
export function buildDate(): string {
  return process.env.BUILD_DATE ?? today();
}

export interface LoadOptions {
  /**
   * A folder to keep parsed and validated provider files in between runs, by the hash of their text
   * (src/build/content-cache.ts): the build passes `contentCacheDir()`; validate and tests read afresh.
   */
  cacheDir?: string;
}

/** Loads and checks every file; never throws for content mistakes, it lists them in `problems`. */
export function loadContent(dir = contentDir(), now = today(), opts: LoadOptions = {}): LoadedContent {
  const problems: ContentProblem[] = [];
  const taxonomyTexts: string[] = [];
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
    const text = readFileSync(abs, 'utf8');
    taxonomyTexts.push(text);
    const parsed = parseContentFile(text, display(abs), taxonomyFileSchema);
    problems.push(...parsed.problems);
    taxonomies[key] = parsed.data?.terms ?? [];
  }
  problems.push(...checkTaxonomies(taxonomies, Object.fromEntries(Object.entries(TAXONOMY_FILES).map(([k, v]) => [k, display(join(dir, v))])) as Record<keyof Taxonomies, string>));

  const taxonomyBroken = problems.length > 0;
  const vocabulary = loadVocabulary(join(dir, VOCABULARY_FILE), display, taxonomyBroken ? undefined : taxonomies, problems);
  const providerDir = join(dir, 'providers');
  const providers: LoadedProvider[] = [];
  const files = existsSync(providerDir) ? readdirSync(providerDir).filter((f) => !f.startsWith('.')).sort() : [];
  // A provider's result depends on its text, the taxonomies and today: the cache's context.
  const cache = openContentCache(opts.cacheDir, [now, taxonomyBroken ? 'broken' : '', ...taxonomyTexts].join('\0'));
  for (const name of files) {
    const abs = join(providerDir, name);
    const file = display(abs);
    const match = /^(.*)\.ya?ml$/.exec(name);
    if (!match) {
      problems.push({ file, path: [], message: 'is not a .yaml file; provider files are named <id>.yaml, like dasm-cluj-napoca.yaml' });
      continue;
    }
    // A broken taxonomy file would make every id look unknown; its own problems are enough.
    const text = readFileSync(abs, 'utf8');
    const hash = textHash(text);
    let checked = cache.get(file, hash);
    if (!checked) cache.set(file, hash, (checked = validateProviderText(text, { file, taxonomies: taxonomyBroken ? undefined : taxonomies, today: now, expectedId: match[1] })));
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
    if (checked.provider) providers.push({ id: checked.provider.id, file, data: checked.provider });
  }
  problems.push(...checkDuplicateIds(providers));
  cache.save();
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

/**
 * A cheap fingerprint of the content folder (names, sizes and change times of its files), for the
 * dev server to notice an edit without reading every file.
 */
export function contentStamp(dir = contentDir()): string {
  const parts: string[] = [];
  for (const sub of ['taxonomy', 'providers']) {
    const d = join(dir, sub);
    if (!existsSync(d)) continue;
    for (const name of readdirSync(d).sort()) {
      const st = statSync(join(d, name));
      parts.push(`${sub}/${name}:${st.size}:${st.mtimeMs}`);
    }
  }
  return parts.join('|');
}

/** The report printed by validate and thrown by the build. */
export function problemReport(problems: ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
}
