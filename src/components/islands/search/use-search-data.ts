/**
 * The search data of one language, loaded in steps: the manifest, then the home county's shard
 * (and whatever an area in the address needs), the other counties only when asked, and fuse.js
 * (the typo fallback) only when a word finds nothing (`loadTypos`). The first step is shared with the page's
 * first-results script (client/search/start-data.ts): when the island starts, it is usually done.
 * The page language's vocabulary (the words people type) loads beside them; its other languages
 * once the first query has its results.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { SearchEngine, type FuseClass } from '../../../lib/search/engine';
import { decodeState, knownValues, type SearchState } from '../../../lib/search/url-state';
import { VocabularyReader, type SearchVocabulary } from '../../../lib/search/vocabulary';
import { LANGS, type Lang } from '../../../locales';
import { fetchJson, loadShards, mergeShards, missingShards, shardsForArea } from '../../../lib/search/shards';
import { areaTerms, type AreaTerm } from '../../../lib/search/controls';
import { loadAreaFile, loadStartData, loadStartVocabulary, startDataNow, startVocabularyNow, takeHandedState, type StartData } from '../../../client/search/start-data';

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
  /** fuse.js could not be fetched: words that find nothing stay without results. */
  typosFailed: boolean;
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
  /** Loads fuse.js, when a search says a word wants typo tolerance (SearchResult.needsTypos). */
  loadTypos: () => void;
}

/** The shards loaded so far; the engine comes with the first ones and is rebuilt when more arrive. */
type Loaded = Omit<StartData, 'engine'> & { engine?: StartData['engine'] };

/** The state in the address, once the data under `base` is in (null before): the island's first state. */
export function startFromAddress(base: string): StartState | null {
  const data = startDataNow(base);
  if (!data) return null;
  // A sensitive search drawn before the island: all of it is on screen, none of it in the address.
  return takeHandedState() ?? decodeState(window.location.search, knownValues(data.manifest));
}

/**
 * Loads the data from `base` (searchDataPath). The address is read once the manifest says which
 * values exist, since its area decides what loads first; `onStart` receives it just before the
 * engine appears (one render), so the first results already follow the address. When the data is
 * already in, the island starts with it (see `startFromAddress`) and `onStart` is not called.
 */
export function useSearchData(base: string, lang: Lang, vocabularyPath: (lang: Lang) => string, onStart: (start: StartState) => void): SearchData {
  const [first] = useState(() => startDataNow(base) ?? null);
  const [loaded, setLoaded] = useState<Loaded | null>(first);
  // The vocabulary's languages as they arrive; a failed one is left out.
  const [words, setWords] = useState<SearchVocabulary[]>(() => {
    const v = startVocabularyNow(vocabularyPath(lang));
    return v ? [v] : [];
  });
  const [failed, setFailed] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [fuse, setFuse] = useState<FuseClass | null>(null);

  useEffect(() => {
    if (first) return;
    let cancelled = false;
    loadStartData(base).then((data) => {
      if (cancelled) return;
      // The first-results script may have drawn a sensitive search and emptied the address meanwhile.
      onStart(takeHandedState() ?? decodeState(window.location.search, knownValues(data.manifest)));
      setLoaded(data);
    }, () => { if (!cancelled) setFailed(true); });
    return () => { cancelled = true; };
  }, [base, onStart, first]);

  // Rebuilt when more shards arrive; the search state stays.
  const engine = useMemo(() => (loaded ? (loaded.engine ?? new SearchEngine(mergeShards(loaded.manifest, [...loaded.parts.values()]))) : null), [loaded]);

  // The page language's words, beside the first shards (a failure leaves search by text alone).
  useEffect(() => {
    let cancelled = false;
    // Shared with the first-results script (usually in hand already), so both read a query alike.
    loadStartVocabulary(vocabularyPath(lang)).then((v) => {
      if (!cancelled && v) setWords((now) => (now.includes(v) ? now : [v, ...now]));
    }, () => { /* text search still works */ });
    return () => { cancelled = true; };
  }, [lang, vocabularyPath]);
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

  // Typo tolerance is only a fallback: its code (9 KB compressed) is fetched the first time a word
  // finds nothing, as the first-results script does, never with the first results.
  const [typos, setTypos] = useState<'idle' | 'loading' | 'failed'>('idle');
  const loadTypos = useCallback(() => setTypos((now) => (now === 'idle' ? 'loading' : now)), []);
  useEffect(() => {
    if (typos !== 'loading') return;
    let cancelled = false;
    import('fuse.js').then((m) => {
      if (!cancelled) { setFuse(() => m.default); setTypos('idle'); }
    }, () => { if (!cancelled) setTypos('failed'); /* prefix search still works */ });
    return () => { cancelled = true; };
  }, [typos]);

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

  return { engine, fuse, typosFailed: typos === 'failed', vocabulary, failed, loadingMore, notLoaded, loadArea, loadAll, loadOtherWords, loadTypos };
}

/**
 * Every area with its label and point, for the area filter, "near" and the notices naming an area:
 * fetched when the island starts (after the first results); empty until then, or if it fails (the
 * filter then lists no areas; the search still works).
 */
export function useAreaTerms(base: string): AreaTerm[] {
  const [areas, setAreas] = useState<AreaTerm[]>([]);
  useEffect(() => {
    let cancelled = false;
    loadAreaFile(base).then((file) => { if (!cancelled) setAreas(areaTerms(file)); }, () => { /* filters without areas */ });
    return () => { cancelled = true; };
  }, [base]);
  return areas;
}
