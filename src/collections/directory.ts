/**
 * The only module that reads the content. Pages get plain objects from here; every provider has
 * already passed through `publicProvider`, so no page can publish a confidential address.
 *
 * It reads the content folder itself (src/build/content-files.ts, through the content cache) rather
 * than through Astro's content collections: Astro keeps collections in a data store that it
 * serialises and bundles into the build as one string, which at 50,000 providers cost minutes and
 * gigabytes for data this module turns into plain objects anyway.
 */
import type { TaxonomyTerm } from '../schemas/taxonomy';
import type { VocabularyEntry } from '../schemas/vocabulary';
import { publicProvider, type PublicProvider } from '../lib/confidentiality/public-provider';
import { buildDate, contentStamp, loadContent, problemReport } from '../build/content-files';
import { contentCacheDir } from '../build/content-cache';
import { registrySource } from '../build/leak-guard';
import { exportFiles, listedExportFiles, type DataFile } from '../lib/export';
import { utf8Size } from '../lib/export/format-size';
import { SITE } from '../config';
import { countyOf, localityOf, pageParam, paginate } from '../lib/catalogue/catalogue';
import { isUndocumented } from '../lib/catalogue/undocumented';
import type { TermField } from '../lib/catalogue/taxonomy';
import { DEFAULT_LANG, LANGS, LOCALE, type Lang } from '../locales';
import { langParam, localeSitePath, providerPath, termPath } from '../lib/routes';
import { buildSearchIndex, searchAreaFile } from '../lib/search/build-index';
import { splitIndex, type SearchAreaFile, type SearchManifest, type ShardPart } from '../lib/search/shards';
import { packVocabulary, type SearchVocabulary } from '../lib/search/vocabulary';
import { sitemapFiles, staticPagePaths, type SitemapFile } from '../lib/site/sitemap';

export interface Directory {
  providers: PublicProvider[];
  beneficiaryCategories: TaxonomyTerm[];
  serviceTypes: TaxonomyTerm[];
  areas: TaxonomyTerm[];
  /** Each provider's file name in content/providers/ (`<id>.yaml` or `<id>.md`), for edit links. */
  providerFiles: ReadonlyMap<string, string>;
  /** The search vocabulary, one row per word and language, in file order. */
  vocabulary: VocabularyEntry[];
  /** The build day (YYYY-MM-DD), the "as of" for freshness. BUILD_DATE fixes it for reproducible builds. */
  buildDate: string;
}

const byName = new Intl.Collator('ro', { sensitivity: 'base' });

async function load(): Promise<Directory> {
  const content = loadContent(undefined, undefined, { cacheDir: contentCacheDir() });
  if (content.problems.length) throw new Error(`Content is not valid. ${problemReport(content.problems)}\nRun 'npm run validate' to see this list again.`);
  // Never skipped without a word: without the extract, no content address is checked against the
  // addresses the registry withholds (validate and the output guard say the same).
  if (!content.registryFile) console.warn(`[content] addresses not checked against the registry's withheld places: ${registrySource().note ?? 'the registry extract could not be read'}`);
  return {
    providers: content.providers.map((p) => publicProvider(p.data)).sort((a, b) => byName.compare(a.name, b.name)),
    beneficiaryCategories: content.taxonomies.beneficiaryCategories,
    serviceTypes: content.taxonomies.serviceTypes,
    areas: content.taxonomies.areas,
    providerFiles: new Map(content.providers.map((p) => [p.id, p.fileName])),
    vocabulary: content.vocabulary,
    buildDate: buildDate(),
  };
}

let current: { stamp: string; directory: Promise<Directory> } | undefined;

/**
 * The whole directory: read once per build. The dev server reads it again when a content file
 * changed, so an edit shows on the next page load (every value derived with `derived` follows).
 */
export function getDirectory(): Promise<Directory> {
  const stamp = import.meta.env.DEV ? contentStamp() : 'build';
  if (!current || current.stamp !== stamp) current = { stamp, directory: load() };
  return current.directory;
}

/** A value made from the directory once per directory (so once per build, and again in dev after an edit). */
export function derived<T>(make: (dir: Directory) => T | Promise<T>): () => Promise<T> {
  const cache = new WeakMap<Directory, Promise<T>>();
  return () => getDirectory().then((dir) => {
    let value = cache.get(dir);
    if (!value) cache.set(dir, (value = Promise.resolve().then(() => make(dir))));
    return value;
  });
}

const termMaps = new WeakMap<TaxonomyTerm[], Map<string, TaxonomyTerm>>();

/** A taxonomy by id; made once per list (pages call it for every provider they render). */
export function termMap(terms: TaxonomyTerm[]): Map<string, TaxonomyTerm> {
  let map = termMaps.get(terms);
  if (!map) termMaps.set(terms, (map = new Map(terms.map((t) => [t.id, t]))));
  return map;
}

/** An area's labels by id, for the shortlist files (which carry the labels of the areas a service names). */
export async function getAreaLabels(): Promise<(id: string) => TaxonomyTerm['label'] | undefined> {
  const areas = termMap((await getDirectory()).areas);
  return (id) => areas.get(id)?.label;
}

/** Every open-data file (JSON, CSV, GeoJSON, HSDS), built once per build from the public providers. */
export const getExportFiles: () => Promise<DataFile[]> = derived((dir) => exportFiles(
  { providers: dir.providers, taxonomies: { beneficiaryCategories: dir.beneficiaryCategories, serviceTypes: dir.serviceTypes, areas: dir.areas }, siteUrl: SITE.url },
  { licence: SITE.dataLicence },
));

const sitemaps = new WeakMap<Directory, Promise<SitemapFile[]>>();

/**
 * The sitemap file(s), built once: `pageFiles` are the page files under src/pages/[...lang]/ (from
 * `import.meta.glob` in the route, which must stay there to be resolved at build). None when the
 * build has no SITE_URL: a sitemap lists absolute URLs (sitemaps.org) and the only readers are
 * search engines, which find a site by its address, so a site without one has nothing to list.
 */
export async function getSitemapFiles(pageFiles: string[]): Promise<SitemapFile[]> {
  const siteUrl = SITE.url;
  if (!siteUrl) return [];
  const dir = await getDirectory();
  let sitemap = sitemaps.get(dir);
  if (!sitemap) sitemaps.set(dir, (sitemap = Promise.resolve().then(() => sitemapFiles([
    ...staticPagePaths(pageFiles),
    ...dir.providers.map((p) => providerPath(p.id)),
    ...dir.beneficiaryCategories.map((t) => termPath('beneficiary_categories', t.id)),
    ...dir.serviceTypes.map((t) => termPath('service_types', t.id)),
  ], { siteUrl, langs: LANGS, locale: LOCALE, localePath: (l, p) => localeSitePath(l as Lang, p), defaultLang: DEFAULT_LANG }))));
  return sitemap;
}

/**
 * The size in bytes of each open-data file the downloads page lists (pages after the first of a
 * paged list are not listed). Each body is made once here and dropped, then again when written.
 */
export const getExportSizes: () => Promise<Map<string, number>> = derived(async () => new Map(listedExportFiles(await getExportFiles()).map((f) => [f.path, utf8Size(f.body())])));

/** One county (or the whole country, for providers with no county) and its providers, by locality then name. */
export interface CountyGroup {
  county: TaxonomyTerm;
  providers: Array<{ provider: PublicProvider; locality: string }>;
}

/** Providers grouped by county, in the order of the areas taxonomy; counties without providers are left out. */
export const getCounties: () => Promise<CountyGroup[]> = derived((dir) => {
    const areas = termMap(dir.areas);
    const groups = new Map<string, CountyGroup['providers']>();
    for (const provider of dir.providers) {
      const id = countyOf(provider, areas);
      let list = groups.get(id);
      if (!list) groups.set(id, (list = []));
      list.push({ provider, locality: localityOf(provider) ?? '' });
    }
    // Stable sort: providers are already by name, so this orders by locality, then name. Unknown last.
    for (const list of groups.values()) list.sort((a, b) => (a.locality === '') !== (b.locality === '') ? (a.locality === '' ? 1 : -1) : byName.compare(a.locality, b.locality));
    return dir.areas.filter((a) => groups.has(a.id)).map((county) => ({ county, providers: groups.get(county.id)! }));
});

export interface TermMatch { provider: PublicProvider; serviceIds: string[] }

/** For one term: the providers a person can act on, and the organisations listed apart (undocumented.ts). */
export interface TermProviders {
  matches: TermMatch[];
  undocumented: PublicProvider[];
}

const termMatchesBy = (field: TermField) => derived((dir) => {
  const out = new Map<string, TermProviders>();
  for (const provider of dir.providers) {
    const apart = isUndocumented(provider);
    const byTerm = new Map<string, string[]>();
    for (const s of provider.services) for (const id of new Set(s[field])) {
      const ids = byTerm.get(id);
      if (ids) ids.push(s.id); else byTerm.set(id, [s.id]);
    }
    for (const [id, serviceIds] of byTerm) {
      let term = out.get(id);
      if (!term) out.set(id, (term = { matches: [], undocumented: [] }));
      if (apart) term.undocumented.push(provider); else term.matches.push({ provider, serviceIds });
    }
  }
  return out;
});
const termMatches = { beneficiary_categories: termMatchesBy('beneficiary_categories'), service_types: termMatchesBy('service_types') };

/**
 * For every term, the providers with a service that names it (and which services), in one pass.
 * Organisations nobody can reach from the directory are not counted as matches: they come apart.
 */
export function getTermMatches(field: TermField): Promise<Map<string, TermProviders>> {
  return termMatches[field]();
}

/** Services per term, as the term's own page counts them (documented providers only). */
export async function getTermServiceCounts(field: TermField): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const [id, { matches }] of await getTermMatches(field)) counts.set(id, matches.reduce((n, m) => n + m.serviceIds.length, 0));
  return counts;
}

interface SearchFiles { manifest: SearchManifest; parts: ShardPart[]; areaFile: SearchAreaFile }

const searchShards = Object.fromEntries(LANGS.map((lang) => [lang, derived((dir): SearchFiles => {
  const data = buildSearchIndex({ ...dir, lang, buildDate: dir.buildDate, staleAfterMonths: SITE.staleAfterMonths });
  return { ...splitIndex(data), areaFile: searchAreaFile(data, dir.areas, lang) };
})])) as Record<Lang, () => Promise<SearchFiles>>;

/** The static search data for one language, split by county, and its area file (served under /data/search/<lang>/). */
export function getSearchShards(lang: Lang): Promise<SearchFiles> {
  return searchShards[lang]();
}

const searchVocabulary = new Map<Lang, Promise<SearchVocabulary>>();

/** The words of one language of the search vocabulary, packed for the browser (served at /data/search/vocabulary/<lang>.json). */
export function getSearchVocabulary(lang: Lang): Promise<SearchVocabulary> {
  let packed = searchVocabulary.get(lang);
  if (!packed) searchVocabulary.set(lang, (packed = getDirectory().then((dir) => packVocabulary(dir.vocabulary, [lang]))));
  return packed;
}

/**
 * Static paths of the paged category or service-type pages, in every language:
 * /categories/<id>/, /categories/<id>/2/, ... one page per PAGE_SIZE providers.
 */
export async function termPagePaths(field: TermField) {
  const dir = await getDirectory();
  const matches = await getTermMatches(field);
  const terms = field === 'beneficiary_categories' ? dir.beneficiaryCategories : dir.serviceTypes;
  return LANGS.flatMap((lang) => terms.flatMap((term) => {
    const pages = paginate(matches.get(term.id)?.matches ?? []).length;
    return Array.from({ length: pages }, (_, i) => ({
      params: { lang: langParam(lang), id: term.id, page: pageParam(i + 1) },
      props: { lang, term, page: i + 1 },
    }));
  }));
}
