/**
 * The results and map points for the current state. Each search is measured
 * (`performance.measure('search')`), and so is keystroke to updated list ('search-input' →
 * 'search-commit'): scripts/bench/search-latency.ts reads both.
 */
import { useLayoutEffect, useMemo } from 'react';
import type { FuseClass, SearchEngine, SearchResult } from '../../../lib/search/engine';
import type { VocabularyReader } from '../../../lib/search/vocabulary';
import type { SearchState } from '../../../lib/search/url-state';
import type { LatLng } from '../../../lib/map/geo';
import type { MapPoint } from '../../../lib/map/core';

export interface ResultsInput {
  state: SearchState;
  /** The point distances are measured from, if any. */
  from: LatLng | null;
  now: Date;
  limit: number;
  fuse: FuseClass | null;
  /** The words people type, as loaded so far. */
  vocabulary: VocabularyReader | null;
}

/** Marks a keystroke, so the next commit of the results can be measured from it. */
export function markSearchInput(): void {
  performance.mark('search-input');
}

export function useSearchResults(engine: SearchEngine | null, { state, from, now, limit, fuse, vocabulary }: ResultsInput): { result: SearchResult | null; mapPoints: MapPoint[] } {
  const { q, filters, sort, view } = state;
  const result = useMemo(() => {
    if (!engine) return null;
    performance.mark('search-start');
    const r = engine.search({ q, filters, sort, from, now, limit, fuse, vocabulary });
    performance.measure('search', 'search-start');
    return r;
  }, [engine, q, filters, sort, from, now, limit, fuse, vocabulary]);

  useLayoutEffect(() => {
    if (performance.getEntriesByName('search-input', 'mark').length) {
      performance.measure('search-commit', 'search-input');
      performance.clearMarks('search-input');
    }
  }, [result]);

  // Built only while the map shows: the same set as the list, one point per public place.
  const mapPoints = useMemo(
    () => (engine && view === 'map' ? engine.mapPoints({ q, filters, sort, from, now, fuse, vocabulary }) : []),
    [engine, view, q, filters, sort, from, now, fuse, vocabulary],
  );
  return { result, mapPoints };
}
