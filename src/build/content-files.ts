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
import { problem, problemFormatter, type ContentProblem } from '../lib/ingest/friendly-errors';
import { providerFormatOf } from '../lib/ingest/markdown-file';
import type { MessageCatalogue } from '../lib/ingest/messages';
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
  /** As messages name it: the path from the working folder. */
  file: string;
  /** The name in the providers folder (`<id>.yaml` or `<id>.md`): where edit links point. */
  fileName: string;
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
      problems.push(problem(display(abs), [], 'content.taxonomy-missing'));
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
  // Each id once, whatever its form: <id>.yaml or <id>.md, never both.
  const formOf = new Map<string, string>();
  for (const name of files) {
    const abs = join(providerDir, name);
    const file = display(abs);
    const format = providerFormatOf(name);
    if (!format) {
      problems.push(problem(file, [], 'content.not-provider-file'));
      continue;
    }
    const stem = name.replace(/\.(?:ya?ml|md)$/i, '');
    const other = formOf.get(stem);
    if (other !== undefined) {
      problems.push(problem(file, [], 'content.both-forms', { other: display(join(providerDir, other)), id: stem }));
      continue;
    }
    formOf.set(stem, name);
    // A broken taxonomy file would make every id look unknown; its own problems are enough.
    const checked = validateProviderText(readFileSync(abs, 'utf8'), { file, taxonomies: taxonomyBroken ? undefined : taxonomies, today: now, expectedId: stem, format });
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
    if (checked.provider) providers.push({ id: checked.provider.id, file, fileName: name, data: checked.provider });
  }
  problems.push(...checkDuplicateIds(providers));
  return { dir, taxonomies, vocabulary, providers, problems, warnings };
}

/** Reads and checks the search vocabulary; its ids are checked only against sound taxonomies. */
function loadVocabulary(abs: string, display: (abs: string) => string, taxonomies: Taxonomies | undefined, problems: ContentProblem[]): VocabularyEntry[] {
  const file = display(abs);
  if (!existsSync(abs)) {
    problems.push(problem(file, [], 'content.vocabulary-missing'));
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

/** The report printed by validate and thrown by the build; `catalogue` says the problems in another language. */
export function problemReport(problems: ContentProblem[], catalogue?: MessageCatalogue): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const format = problemFormatter(catalogue);
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:\n${problems.map((p) => `  ${format(p)}`).join('\n')}`;
}
