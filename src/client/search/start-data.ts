/**
 * The search data a page starts with, fetched once and shared. The home page's first-results script
 * (./first-results.ts) and the search island (islands/search/use-search-data.ts) both ask for it:
 * the files download once (the page head announces them with preload links, so they arrive while
 * the code does) and the engine is built once. One module instance serves both, since both import
 * this file.
 */
import { SearchEngine } from '../../lib/search/engine';
import { decodeState, knownValues } from '../../lib/search/url-state';
import { fetchJson, initialShards, loadShards, mergeShards, type SearchManifest, type ShardPart } from '../../lib/search/shards';

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
      const manifest = (await fetchJson(`${base}index.json`)) as SearchManifest;
      // An area in the address (a shared link) decides which counties load first.
      const areas = decodeState(window.location.search, knownValues(manifest)).state.filters.area;
      const parts = await loadShards(base, initialShards(manifest, areas), new Map());
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

/** The data under `base` if it has already loaded: the island then starts with results, not "loading". */
export function startDataNow(base: string): StartData | undefined {
  return loaded.get(base);
}

let handedQuery: string | undefined;
/**
 * What the first-results script leaves to the island that the address does not hold: the words of a
 * search that touches domestic violence or trafficking, kept out of the address (see
 * islands/search/use-sensitive.ts) but still in the field the reader typed them in.
 */
export function handOverQuery(q: string | undefined): void {
  handedQuery = q;
}
/** The query handed over, once. */
export function takeHandedQuery(): string | undefined {
  const q = handedQuery;
  handedQuery = undefined;
  return q;
}
