/** What the reader asked for (query, filters, sort, view), how many results show, and the address kept in step. */
import { useCallback, useEffect, useState } from 'react';
import type { Filters } from '../../../lib/search/engine';
import { addressFor, EMPTY_STATE, type SearchState } from '../../../lib/search/url-state';
import { RESULTS_PAGE } from '../../../lib/search/controls';
import type { StartState } from './use-search-data';

export interface SearchStateControls {
  state: SearchState;
  /** How many parameters of the address were not recognised (counted, never shown). */
  unrecognised: number;
  /** How many results show; grows by RESULTS_PAGE with "show more", back to one page on any change. */
  limit: number;
  /** Takes the state read from the address (stable, for useSearchData). */
  start: (start: StartState) => void;
  update: (change: Partial<SearchState>) => void;
  updateFilters: (change: Partial<Filters>) => void;
  /** Back to no query and no filters; the list or map choice stays. */
  clear: () => void;
  showMore: () => void;
}

/** `initial`: the state to start in when the data is already in (see startFromAddress). */
export function useSearchState(initial: () => StartState | null = () => null): SearchStateControls {
  const [first] = useState(initial);
  const [state, setState] = useState<SearchState>(first?.state ?? EMPTY_STATE);
  const [unrecognised, setUnrecognised] = useState(first?.unrecognised ?? 0);
  const [limit, setLimit] = useState(RESULTS_PAGE);

  const start = useCallback((s: StartState) => { setState(s.state); setUnrecognised(s.unrecognised); }, []);
  const update = useCallback((change: Partial<SearchState>) => {
    setState((s) => ({ ...s, ...change }));
    setLimit(RESULTS_PAGE);
  }, []);
  const updateFilters = useCallback((change: Partial<Filters>) => {
    setState((s) => ({ ...s, filters: { ...s.filters, ...change } }));
    setLimit(RESULTS_PAGE);
  }, []);
  const clear = useCallback(() => {
    setState((s) => ({ ...EMPTY_STATE, view: s.view }));
    setUnrecognised(0);
    setLimit(RESULTS_PAGE);
  }, []);
  const showMore = useCallback(() => setLimit((l) => l + RESULTS_PAGE), []);

  return { state, unrecognised, limit, start, update, updateFilters, clear, showMore };
}

/**
 * Keeps the address in step with the state (once the data is in), so a view can be bookmarked, shared
 * and reloaded. The entry is replaced, never added: typing makes no history. A `sensitive` search
 * (domestic violence, trafficking) is kept out of the address altogether: only the view stays.
 */
export function useAddressSync(state: SearchState, active: boolean, sensitive = false): void {
  useEffect(() => {
    if (!active) return;
    const url = addressFor(window.location, sensitive ? { ...EMPTY_STATE, view: state.view } : state);
    if (url !== null) window.history.replaceState(null, '', url);
  }, [active, state, sensitive]);
}
