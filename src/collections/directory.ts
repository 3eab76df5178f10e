/**
 * The only module that reads content collections. Pages get plain objects from here; every
 * provider has already passed through `publicProvider`, so no page can publish a confidential address.
 */
import { getCollection } from 'astro:content';
import type { TaxonomyTerm } from '../schemas/taxonomy';
import type { Provider } from '../schemas/provider';
import type { VocabularyEntry } from '../schemas/vocabulary';
import { publicProvider, type PublicProvider } from '../lib/confidentiality/public-provider';
import { exportFiles, listedExportFiles, type DataFile } from '../lib/export';
import { utf8Size } from '../lib/export/format-size';
import { SITE } from '../config';
import { countyOf, localityOf, pageParam, paginate } from '../lib/catalogue/catalogue';
import type { TermField } from '../lib/catalogue/taxonomy';
import { DEFAULT_LANG, LANGS, LOCALE, type Lang } from '../locales';
import { langParam, localeSitePath, providerPath, termPath } from '../lib/routes';
import { buildSearchIndex } from '../lib/search/build-index';
import { splitIndex, type SearchManifest, type ShardPart } from '../lib/search/shards';
import { packVocabulary, type SearchVocabulary } from '../lib/search/vocabulary';
import { sitemapFiles, staticPagePaths, type SitemapFile } from '../lib/site/sitemap';

export interface Directory {
  providers: PublicProvider[];
  beneficiaryCategories: TaxonomyTerm[];
  serviceTypes: TaxonomyTerm[];
  areas: TaxonomyTerm[];
  /** The search vocabulary, one row per word and language, in file order. */
  vocabulary: VocabularyEntry[];
  /** The build day (YYYY-MM-DD), the "as of" for freshness. BUILD_DATE fixes it for reproducible builds. */
  buildDate: string;
}

let directory: Promise<Directory> | undefined;

const byName = new Intl.Collator('ro', { sensitivity: 'base' });

async function load(): Promise<Directory> {
  const [providers, beneficiaryCategories, serviceTypes, areas, vocabulary] = await Promise.all([
    getCollection('providers'),
    getCollection('beneficiaryCategories'),
    getCollection('serviceTypes'),
    getCollection('areas'),
    getCollection('vocabulary'),
  ]);
  return {
    providers: providers.map((e) => publicProvider(e.data as Provider)).sort((a, b) => byName.compare(a.name, b.name)),
    beneficiaryCategories: beneficiaryCategories.map((e) => e.data as TaxonomyTerm),
    serviceTypes: serviceTypes.map((e) => e.data as TaxonomyTerm),
    areas: areas.map((e) => e.data as TaxonomyTerm),
    vocabulary: vocabulary.sort((a, b) => a.id.localeCompare(b.id)).map((e) => e.data as VocabularyEntry),
    buildDate: process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10),
  };
}

/** The whole directory, loaded once per build. */
export function getDirectory(): Promise<Directory> {
  directory ??= load();
  return directory;
}

export function termMap(terms: TaxonomyTerm[]): Map<string, TaxonomyTerm> {
  return new Map(terms.map((t) => [t.id, t]));
}

let exports: Promise<DataFile[]> | undefined;

/** Every open-data file (JSON, CSV, GeoJSON, HSDS), built once per build from the public providers. */
export function getExportFiles(): Promise<DataFile[]> {
  exports ??= getDirectory().then((dir) => exportFiles(
    { providers: dir.providers, taxonomies: { beneficiaryCategories: dir.beneficiaryCategories, serviceTypes: dir.serviceTypes, areas: dir.areas }, siteUrl: SITE.url },
    { licence: SITE.dataLicence },
  ));
  return exports;
}

let sitemap: Promise<SitemapFile[]> | undefined;

/**
 * The sitemap file(s), built once: `pageFiles` are the page files under src/pages/[...lang]/ (from
 * `import.meta.glob` in the route, which must stay there to be resolved at build). None when the
 * build has no SITE_URL: a sitemap lists absolute URLs (sitemaps.org) and the only readers are
 * search engines, which find a site by its address, so a site without one has nothing to list.
 */
export function getSitemapFiles(pageFiles: string[]): Promise<SitemapFile[]> {
  const siteUrl = SITE.url;
  if (!siteUrl) return Promise.resolve([]);
  sitemap ??= getDirectory().then((dir) => sitemapFiles([
    ...staticPagePaths(pageFiles),
    ...dir.providers.map((p) => providerPath(p.id)),
    ...dir.beneficiaryCategories.map((t) => termPath('beneficiary_categories', t.id)),
    ...dir.serviceTypes.map((t) => termPath('service_types', t.id)),
  ], { siteUrl, langs: LANGS, locale: LOCALE, localePath: (l, p) => localeSitePath(l as Lang, p), defaultLang: DEFAULT_LANG }));
  return sitemap;
}

let exportSizes: Promise<Map<string, number>> | undefined;

/**
 * The size in bytes of each open-data file the downloads page lists (pages after the first of a
 * paged list are not listed). Each body is made once here and dropped, then again when written.
 */
export function getExportSizes(): Promise<Map<string, number>> {
  exportSizes ??= getExportFiles().then((files) => new Map(listedExportFiles(files).map((f) => [f.path, utf8Size(f.body())])));
  return exportSizes;
}

/** One county (or the whole country, for providers with no county) and its providers, by locality then name. */
export interface CountyGroup {
  county: TaxonomyTerm;
  providers: Array<{ provider: PublicProvider; locality: string }>;
}

let counties: Promise<CountyGroup[]> | undefined;

/** Providers grouped by county, in the order of the areas taxonomy; counties without providers are left out. */
export function getCounties(): Promise<CountyGroup[]> {
  counties ??= getDirectory().then((dir) => {
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
  return counties;
}

export interface TermMatch { provider: PublicProvider; serviceIds: string[] }
const termMatches = new Map<TermField, Promise<Map<string, TermMatch[]>>>();

/** For every term, the providers with a service that names it (and which services), in one pass. */
export function getTermMatches(field: TermField): Promise<Map<string, TermMatch[]>> {
  let cached = termMatches.get(field);
  if (!cached) {
    cached = getDirectory().then((dir) => {
      const out = new Map<string, TermMatch[]>();
      for (const provider of dir.providers) {
        const byTerm = new Map<string, string[]>();
        for (const s of provider.services) for (const id of new Set(s[field])) {
          const ids = byTerm.get(id);
          if (ids) ids.push(s.id); else byTerm.set(id, [s.id]);
        }
        for (const [id, serviceIds] of byTerm) {
          const list = out.get(id);
          if (list) list.push({ provider, serviceIds }); else out.set(id, [{ provider, serviceIds }]);
        }
      }
      return out;
    });
    termMatches.set(field, cached);
  }
  return cached;
}

const searchShards = new Map<Lang, Promise<{ manifest: SearchManifest; parts: ShardPart[] }>>();

/** The static search data for one language, split by county (served under /data/search/<lang>/). */
export function getSearchShards(lang: Lang): Promise<{ manifest: SearchManifest; parts: ShardPart[] }> {
  let shards = searchShards.get(lang);
  if (!shards) {
    shards = getDirectory().then((dir) => splitIndex(buildSearchIndex({ ...dir, lang, buildDate: dir.buildDate, staleAfterMonths: SITE.staleAfterMonths })));
    searchShards.set(lang, shards);
  }
  return shards;
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
    const pages = paginate(matches.get(term.id) ?? []).length;
    return Array.from({ length: pages }, (_, i) => ({
      params: { lang: langParam(lang), id: term.id, page: pageParam(i + 1) },
      props: { lang, term, page: i + 1 },
    }));
  }));
}
