/**
 * The only module that reads content collections. Pages get plain objects from here; every
 * provider has already passed through `publicProvider`, so no page can publish a confidential address.
 */
import { getCollection } from 'astro:content';
import type { TaxonomyTerm } from '../schemas/taxonomy';
import type { Provider } from '../schemas/provider';
import { publicProvider, type PublicProvider } from '../lib/public-provider';
import type { Lang } from '../schemas/common';
import { buildSearchIndex } from '../lib/search/build-index';
import { splitIndex, type SearchManifest, type ShardPart } from '../lib/search/shards';

export interface Directory {
  providers: PublicProvider[];
  beneficiaryCategories: TaxonomyTerm[];
  serviceTypes: TaxonomyTerm[];
  areas: TaxonomyTerm[];
  /** The build day (YYYY-MM-DD), the "as of" for freshness. BUILD_DATE fixes it for reproducible builds. */
  buildDate: string;
}

let directory: Promise<Directory> | undefined;

const byName = new Intl.Collator('ro', { sensitivity: 'base' });

async function load(): Promise<Directory> {
  const [providers, beneficiaryCategories, serviceTypes, areas] = await Promise.all([
    getCollection('providers'),
    getCollection('beneficiaryCategories'),
    getCollection('serviceTypes'),
    getCollection('areas'),
  ]);
  return {
    providers: providers.map((e) => publicProvider(e.data as Provider)).sort((a, b) => byName.compare(a.name, b.name)),
    beneficiaryCategories: beneficiaryCategories.map((e) => e.data as TaxonomyTerm),
    serviceTypes: serviceTypes.map((e) => e.data as TaxonomyTerm),
    areas: areas.map((e) => e.data as TaxonomyTerm),
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

const searchShards = new Map<Lang, Promise<{ manifest: SearchManifest; parts: ShardPart[] }>>();

/** The static search data for one language, split by county (served under /data/search/<lang>/). */
export function getSearchShards(lang: Lang): Promise<{ manifest: SearchManifest; parts: ShardPart[] }> {
  let shards = searchShards.get(lang);
  if (!shards) {
    shards = getDirectory().then((dir) => splitIndex(buildSearchIndex({ ...dir, lang, buildDate: dir.buildDate })));
    searchShards.set(lang, shards);
  }
  return shards;
}
