/**
 * The search data a page starts with, fetched once and shared. The home page's first-results script
 * (./first-results.ts) and the search island (islands/search/use-search-data.ts) both ask for it:
 * the files download once (the page head announces them with preload links, so they arrive while
 * the code does) and the engine is built once. One module instance serves both, since both import
 * this file.
 */
import { SearchEngine } from '../../lib/search/engine';
import { decodeState, knownValues, namesOtherAreas, type SearchState } from '../../lib/search/url-state';
import type { SearchVocabulary } from '../../lib/search/vocabulary';
import { fetchJson, initialShards, loadShards, mergeShards, readStartFile, START_FILE, withAllAreas, type SearchAreaFile, type SearchManifest, type SearchStartFile, type ShardPart } from '../../lib/search/shards';

export interface StartData {
  manifest: SearchManifest;
  parts: ReadonlyMap<string, ShardPart>;
  /** Over `parts`: the home county's and the national shards, and what an area in the address needs. */
  engine: SearchEngine;
}

const pending = new Map<string, Promise<StartData>>();
const loaded = new Map<string, StartData>();

/** Starts loading the data under `base` (searchDataPath), or returns the load already started. */
export function loadStartData(base: string): Promise<StartData> {
  let p = pending.get(base);
  if (!p) {
    p = (async () => {
      const start = readStartFile((await fetchJson(`${base}${START_FILE}`)) as SearchStartFile);
      let manifest = start.manifest;
      // A link to an area no service names (a village): its place among the areas is in the area file.
      if (namesOtherAreas(window.location.search, manifest.areas)) {
        const all = await loadAreaFile(base).catch(() => null);
        // Without it the area counts as not understood, and the search runs without it.
        if (all) manifest = withAllAreas(manifest, all);
      }
      // An area in the address (a shared link) decides which counties load first.
      const areas = decodeState(window.location.search, knownValues(manifest)).state.filters.area;
      const parts = await loadShards(base, initialShards(manifest, areas), start.parts);
      // Measured for scripts/bench/slow-phone.ts: data in hand, then the engine built over it.
      performance.mark('search-data');
      const data: StartData = { manifest, parts, engine: new SearchEngine(mergeShards(manifest, [...parts.values()])) };
      performance.measure('search-engine', 'search-data');
      loaded.set(base, data);
      return data;
    })();
    pending.set(base, p);
    // A failed load is forgotten, so that the next caller tries again.
    p.catch(() => pending.delete(base));
  }
  return p;
}

const areaFiles = new Map<string, Promise<SearchAreaFile>>();

/**
 * Every area with its label and point (/data/search/<lang>/areas.json), fetched once: the island's
 * area filter and "near" read it after the first results, and a link naming an area the manifest
 * lacks needs it before them. A failed load is forgotten, so that the next caller tries again.
 */
export function loadAreaFile(base: string): Promise<SearchAreaFile> {
  let p = areaFiles.get(base);
  if (!p) {
    p = fetchJson(`${base}areas.json`) as Promise<SearchAreaFile>;
    areaFiles.set(base, p);
    p.catch(() => areaFiles.delete(base));
  }
  return p;
}

const vocabularies = new Map<string, Promise<SearchVocabulary | null>>();
const vocabularyLoaded = new Map<string, SearchVocabulary>();

/**
 * The page language's vocabulary (the words people type), fetched once for the first-results script
 * and the island alike, so that both read a query the same way and draw the same rows. Null when it
 * could not load: search then goes by the entries' own words; the island tries again on its own.
 */
export function loadStartVocabulary(path: string): Promise<SearchVocabulary | null> {
  let p = vocabularies.get(path);
  if (!p) {
    p = fetchJson(path).then((v) => {
      vocabularyLoaded.set(path, v as SearchVocabulary);
      return v as SearchVocabulary;
    }, () => {
      vocabularies.delete(path);
      return null;
    });
    vocabularies.set(path, p);
  }
  return p;
}

/** The vocabulary at `path` if it has already loaded. */
export function startVocabularyNow(path: string): SearchVocabulary | undefined {
  return vocabularyLoaded.get(path);
}

/** The data under `base` if it has already loaded: the island then starts with results, not "loading". */
export function startDataNow(base: string): StartData | undefined {
  return loaded.get(base);
}

/** A search as the island starts from it: the state, and how many address parameters were not recognised. */
export interface HandedState {
  state: SearchState;
  unrecognised: number;
}

let handed: HandedState | undefined;
/**
 * What the first-results script leaves to the island when the address no longer holds it: a search
 * that touches domestic violence or trafficking is kept out of the address (see
 * islands/search/use-sensitive.ts), but the reader still sees all of it, words and filters alike, so
 * the island must start from all of it, in memory.
 */
export function handOverState(s: HandedState | undefined): void {
  handed = s;
}
/** The search handed over, once. */
export function takeHandedState(): HandedState | undefined {
  const s = handed;
  handed = undefined;
  return s;
}
