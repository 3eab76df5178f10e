/**
 * The search data of one language, loaded in steps: the manifest and the vocabulary (the words
 * people type) together, then the home county's shard (and whatever an area in the address needs),
 * the other counties only when asked, and fuse.js (the typo fallback) after the first results.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { SearchEngine, type FuseClass } from '../../../lib/search/engine';
import { decodeState, knownValues, type SearchState } from '../../../lib/search/url-state';
import type { SearchVocabulary } from '../../../lib/search/vocabulary';
import { fetchJson, initialShards, loadShards, mergeShards, missingShards, shardsForArea, type SearchManifest, type ShardPart } from '../../../lib/search/shards';

/** The state read from the address, and how many of its parts were not recognised. */
export interface StartState {
  state: SearchState;
  ignored: number;
}

export interface SearchData {
  /** Null until the first shards are in. */
  engine: SearchEngine | null;
  /** Null until fuse.js has loaded; searches pass it on for typo tolerance. */
  fuse: FuseClass | null;
  failed: boolean;
  loadingMore: boolean;
  /** Shards (counties) not loaded yet. */
  notLoaded: ReadonlySet<string>;
  /** Loads what a filter on this area needs. */
  loadArea: (areaId: string) => void;
  /** Loads every county. */
  loadAll: () => void;
}

interface Loaded {
  manifest: SearchManifest;
  parts: ReadonlyMap<string, ShardPart>;
  /** Null when it could not load: search then finds the entries' own words only. */
  vocabulary: SearchVocabulary | null;
}

/**
 * Loads the data from `base` (searchDataPath). The address is read once the manifest says which
 * values exist, since its area decides what loads first; `onStart` receives it just before the
 * engine appears (one render), so the first results already follow the address.
 */
export function useSearchData(base: string, vocabularyUrl: string, onStart: (start: StartState) => void): SearchData {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [fuse, setFuse] = useState<FuseClass | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const vocabulary = fetchJson(vocabularyUrl).then((v) => v as SearchVocabulary, () => null);
      const manifest = (await fetchJson(`${base}index.json`)) as SearchManifest;
      const start = decodeState(window.location.search, knownValues(manifest));
      const [parts, words] = await Promise.all([loadShards(base, initialShards(manifest, start.state.filters.area), new Map()), vocabulary]);
      if (cancelled) return;
      onStart(start);
      setLoaded({ manifest, parts, vocabulary: words });
    })().catch(() => { if (!cancelled) setFailed(true); });
    return () => { cancelled = true; };
  }, [base, vocabularyUrl, onStart]);

  // Rebuilt when more shards arrive; the search state stays.
  const engine = useMemo(() => (loaded ? new SearchEngine(mergeShards(loaded.manifest, [...loaded.parts.values()]), loaded.vocabulary) : null), [loaded]);
  const notLoaded = useMemo(() => (loaded ? missingShards(loaded.manifest, loaded.parts) : new Set<string>()), [loaded]);

  // Typo tolerance loads after the first results: it is only a fallback.
  useEffect(() => {
    if (!engine || fuse) return;
    let cancelled = false;
    import('fuse.js').then((m) => { if (!cancelled) setFuse(() => m.default); }).catch(() => { /* prefix search still works */ });
    return () => { cancelled = true; };
  }, [engine, fuse]);

  const ensure = useCallback(async (ids: readonly string[]) => {
    if (!loaded || ids.every((id) => loaded.parts.has(id))) return;
    setLoadingMore(true);
    try {
      const more = await loadShards(base, ids, loaded.parts);
      // Merged into the latest parts, in case another county arrived meanwhile.
      setLoaded((now) => now && { ...now, parts: new Map([...now.parts, ...more]) });
    } catch {
      setFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }, [base, loaded]);

  const loadArea = useCallback((areaId: string) => { if (loaded) void ensure(shardsForArea(areaId, loaded.manifest)); }, [ensure, loaded]);
  const loadAll = useCallback(() => { void ensure([...notLoaded]); }, [ensure, notLoaded]);

  return { engine, fuse, failed, loadingMore, notLoaded, loadArea, loadAll };
}
