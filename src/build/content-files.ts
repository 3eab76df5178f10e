/**
 * Reads the content folder from disk and validates all of it. The site's data access
 * (src/collections/directory.ts) and `npm run validate` both call `loadContent`, so the build fails
 * on exactly the problems that validate lists.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Provider } from '../schemas/provider';
import { taxonomyFileSchema } from '../schemas/taxonomy';
import { vocabularyFileSchema, type VocabularyEntry } from '../schemas/vocabulary';
import { MAX_FILE_BYTES, parseContentFile, locateProblems } from '../lib/ingest/parse';
import { decodeUtf8, providerFileKind } from '../lib/ingest/file-kinds';
import { checkDuplicateIds, checkTaxonomies, checkWithheldStreets, withheldPlacesFromRecords, type Taxonomies, type WithheldPlace } from '../lib/ingest/checks';
import { loadRegistryPlaces, type RegistryPlaces } from './registry-extract';
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
  /** The registry extract that told which street addresses are withheld, or undefined when none was found. */
  registryFile?: string;
}

export interface LoadOptions {
  /**
   * The registry records behind confidential locations. By default the extract beside the project
   * (src/build/registry-extract.ts); `null` skips that source (tests of other things).
   */
  registry?: RegistryPlaces | null;
  /** Addresses withheld by other decisions (the importer's rules), checked like the registry's. */
  withheld?: readonly WithheldPlace[];
  /**
   * A folder to keep parsed and validated provider files in between runs, by the hash of their text
   * (src/build/content-cache.ts): the build passes `contentCacheDir()`; validate and tests read afresh.
   * Only the per-file result is kept: the checks across files (duplicate ids, withheld streets) run
   * every time, and every file is still read and refused as readContentText says.
   */
  cacheDir?: string;
}

/**
 * Reads a content file as UTF-8 text, or says why it was not read. A link is followed only when it
 * stays inside the content folder: a link to /etc/passwd or to a file elsewhere on the machine is
 * refused without being opened, so its contents can never reach a message or a page.
 */
export function readContentText(abs: string, dir: string, file: string): { text: string } | { problem: ContentProblem } {
  const refuse = (message: string, at: { line?: number; column?: number } = {}) => ({ problem: { file, path: [], ...at, message } });
  let target = abs;
  if (lstatSync(abs).isSymbolicLink()) {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      return refuse('is a link to a file that does not exist; replace the link with the file itself');
    }
    const root = realpathSync(dir);
    if (real !== root && !real.startsWith(root + sep))
      return refuse('is a link to a file outside the content folder, so it was not read; replace the link with the file itself');
    target = real;
  }
  const stat = statSync(target);
  if (!stat.isFile()) return refuse(stat.isDirectory() ? 'is a folder, not a file' : 'is not a regular file');
  // Checked before reading, so a huge file is never loaded whole.
  if (stat.size > MAX_FILE_BYTES * 4)
    return refuse(`is ${Math.round(stat.size / 1024)} KB; a content file may be at most ${MAX_FILE_BYTES / 1024} KB. Shorten the descriptions.`);
  const decoded = decodeUtf8(readFileSync(target));
  if ('problem' in decoded) return refuse(decoded.problem.message, { line: decoded.problem.line, column: decoded.problem.column });
  return decoded;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The build day (YYYY-MM-DD), the "as of" for freshness: BUILD_DATE fixes it for reproducible builds. */
export function buildDate(): string {
  return process.env.BUILD_DATE ?? today();
}

/** Loads and checks every file; never throws for content mistakes, it lists them in `problems`. */
export function loadContent(dir = contentDir(), now = today(), options: LoadOptions = {}): LoadedContent {
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
    const read = readContentText(abs, dir, display(abs));
    if ('problem' in read) {
      problems.push(read.problem);
      taxonomies[key] = [];
      continue;
    }
    taxonomyTexts.push(read.text);
    const parsed = parseContentFile(read.text, display(abs), taxonomyFileSchema);
    problems.push(...parsed.problems);
    taxonomies[key] = parsed.data?.terms ?? [];
  }
  problems.push(...checkTaxonomies(taxonomies, Object.fromEntries(Object.entries(TAXONOMY_FILES).map(([k, v]) => [k, display(join(dir, v))])) as Record<keyof Taxonomies, string>));

  const taxonomyBroken = problems.length > 0;
  const vocabulary = loadVocabulary(dir, display, taxonomyBroken ? undefined : taxonomies, problems);
  const providerDir = join(dir, 'providers');
  const providers: LoadedProvider[] = [];
  // Every entry is looked at, hidden ones and folders included: each is read or reported, never skipped.
  const entries = existsSync(providerDir) ? readdirSync(providerDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)) : [];
  // A provider's result depends on its text, the taxonomies and today: the cache's context.
  const cache = openContentCache(options.cacheDir, [now, taxonomyBroken ? 'broken' : '', ...taxonomyTexts].join('\0'));
  for (const entry of entries) {
    const abs = join(providerDir, entry.name);
    const file = display(abs);
    const kind = providerFileKind(entry.name, entry.isDirectory() ? 'directory' : entry.isFile() || entry.isSymbolicLink() ? 'file' : 'other');
    if (kind.kind === 'refused') {
      problems.push({ file, path: [], message: kind.message });
      continue;
    }
    if (kind.kind === 'markdown') {
      // The hook for Markdown provider files (front matter + body): their reader plugs in here.
      problems.push({ file, path: [], message: 'is a Markdown file, which this version does not read yet; write the entry as <id>.yaml, like dasm-cluj-napoca.yaml' });
      continue;
    }
    const read = readContentText(abs, dir, file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    // A broken taxonomy file would make every id look unknown; its own problems are enough.
    const hash = textHash(read.text);
    let checked = cache.get(file, hash);
    if (!checked) cache.set(file, hash, (checked = validateProviderText(read.text, { file, taxonomies: taxonomyBroken ? undefined : taxonomies, today: now, expectedId: kind.id })));
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
    if (checked.provider) providers.push({ id: checked.provider.id, file, data: checked.provider });
  }
  problems.push(...checkDuplicateIds(providers));
  cache.save();
  // The same street may not be confidential in one file and public in another.
  const registry = options.registry === undefined ? loadRegistryPlaces() : options.registry ?? undefined;
  const withheld = [...(registry ? [...withheldPlacesFromRecords(providers, registry.record), ...(registry.withheld ?? [])] : []), ...(options.withheld ?? [])];
  if (withheld.length) problems.push(...locateAll(dir, providers, checkWithheldStreets(providers, withheld)));
  return { dir, taxonomies, vocabulary, providers, problems, warnings, ...(registry ? { registryFile: registry.file } : {}) };
}

/** Attaches lines to cross-file problems, reading again only the files that have one. */
function locateAll(dir: string, providers: LoadedProvider[], problems: ContentProblem[]): ContentProblem[] {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  return [...byFile].flatMap(([file, list]) => {
    // Files are named relative to the working directory (see `display`), so resolve() finds them again.
    const abs = providers.some((x) => x.file === file) ? resolve(file) : undefined;
    const read = abs && existsSync(abs) ? readContentText(abs, dir, file) : undefined;
    return read && 'text' in read ? locateProblems(read.text, list) : list;
  });
}

/** Reads and checks the search vocabulary; its ids are checked only against sound taxonomies. */
function loadVocabulary(dir: string, display: (abs: string) => string, taxonomies: Taxonomies | undefined, problems: ContentProblem[]): VocabularyEntry[] {
  const abs = join(dir, VOCABULARY_FILE);
  const file = display(abs);
  if (!existsSync(abs)) {
    problems.push({ file, path: [], message: 'is missing; it holds the words search understands (copy it from the repository\'s content/taxonomy/)' });
    return [];
  }
  const read = readContentText(abs, dir, file);
  if ('problem' in read) {
    problems.push(read.problem);
    return [];
  }
  const text = read.text;
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
      // A dangling link (which loadContent reports) has no target to stat: its own entry stands in.
      const abs = join(d, name);
      const st = existsSync(abs) ? statSync(abs) : lstatSync(abs);
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
