/**
 * The search data of one language, loaded in steps: the manifest and the page language's
 * vocabulary (the words people type) together, then the home county's shard (and whatever an area
 * in the address needs); then fuse.js (the typo fallback); once the first query has its results,
 * the vocabulary's other languages; the other counties only when asked.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { SearchEngine, type FuseClass } from '../../../lib/search/engine';
import { decodeState, knownValues, type SearchState } from '../../../lib/search/url-state';
import { VocabularyReader, type SearchVocabulary } from '../../../lib/search/vocabulary';
import { LANGS, type Lang } from '../../../locales';
import { fetchJson, initialShards, loadShards, mergeShards, missingShards, shardsForArea, type SearchManifest, type ShardPart } from '../../../lib/search/shards';

/** The state read from the address, and how many of its parameters were not recognised. */
export interface StartState {
  state: SearchState;
  unrecognised: number;
}

export interface SearchData {
  /** Null until the first shards are in. */
  engine: SearchEngine | null;
  /** Null until fuse.js has loaded; searches pass it on for typo tolerance. */
  fuse: FuseClass | null;
  /** The words people type, in the languages loaded so far; null when none could load (then only the entries' own words are found). */
  vocabulary: VocabularyReader | null;
  failed: boolean;
  loadingMore: boolean;
  /** Shards (counties) not loaded yet. */
  notLoaded: ReadonlySet<string>;
  /** Loads what a filter on this area needs. */
  loadArea: (areaId: string) => void;
  /** Loads every county. */
  loadAll: () => void;
  /** Loads the vocabulary's other languages (once the first query has its results). */
  loadOtherWords: () => void;
}

interface Loaded {
  manifest: SearchManifest;
  parts: ReadonlyMap<string, ShardPart>;
}

/**
 * Loads the data from `base` (searchDataPath). The address is read once the manifest says which
 * values exist, since its area decides what loads first; `onStart` receives it just before the
 * engine appears (one render), so the first results already follow the address.
 */
export function useSearchData(base: string, lang: Lang, vocabularyPath: (lang: Lang) => string, onStart: (start: StartState) => void): SearchData {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // The vocabulary's languages as they arrive; a failed one is left out.
  const [words, setWords] = useState<SearchVocabulary[]>([]);
  const [failed, setFailed] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [fuse, setFuse] = useState<FuseClass | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const own = fetchJson(vocabularyPath(lang)).then((v) => [v as SearchVocabulary], () => []);
      const manifest = (await fetchJson(`${base}index.json`)) as SearchManifest;
      const start = decodeState(window.location.search, knownValues(manifest));
      const [parts, first] = await Promise.all([loadShards(base, initialShards(manifest, start.state.filters.area), new Map()), own]);
      if (cancelled) return;
      onStart(start);
      setWords(first);
      setLoaded({ manifest, parts });
    })().catch(() => { if (!cancelled) setFailed(true); });
    return () => { cancelled = true; };
  }, [base, lang, vocabularyPath, onStart]);

  // Rebuilt when more shards arrive; the search state stays.
  const engine = useMemo(() => (loaded ? new SearchEngine(mergeShards(loaded.manifest, [...loaded.parts.values()])) : null), [loaded]);
  const vocabulary = useMemo(() => (words.length ? new VocabularyReader(words) : null), [words]);

  // People type Hungarian on a Romanian page and the other way round: the other languages' words
  // load once the first query has its results, so they never delay them.
  const [otherWords, setOtherWords] = useState(false);
  const loadOtherWords = useCallback(() => setOtherWords(true), []);
  const ready = engine !== null;
  useEffect(() => {
    if (!ready || !otherWords) return;
    let cancelled = false;
    for (const other of LANGS.filter((l) => l !== lang)) {
      fetchJson(vocabularyPath(other)).then((v) => { if (!cancelled) setWords((now) => [...now, v as SearchVocabulary]); }, () => { /* the page language's words still work */ });
    }
    return () => { cancelled = true; };
  }, [ready, otherWords, lang, vocabularyPath]);
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
      setLoaded((now) => now && { manifest: now.manifest, parts: new Map([...now.parts, ...more]) });
    } catch {
      setFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }, [base, loaded]);

  const loadArea = useCallback((areaId: string) => { if (loaded) void ensure(shardsForArea(areaId, loaded.manifest)); }, [ensure, loaded]);
  const loadAll = useCallback(() => { void ensure([...notLoaded]); }, [ensure, notLoaded]);

  return { engine, fuse, vocabulary, failed, loadingMore, notLoaded, loadArea, loadAll, loadOtherWords };
}
