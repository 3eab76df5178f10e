/**
 * Instant search with filters, live counts, "near me" and a list / map toggle (React island).
 * Enhances the home page: the plain HTML lists stay for readers without JavaScript.
 * The search data loads from static JSON on mount; the map code loads only when the map is chosen.
 *
 * This file wires the parts in ./search/ together: hooks for the data, the state in the address,
 * the position and the clock; components for the box, filters, toolbar, notices, map and list.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import './search.css';
import type { Lang } from '../../../locales';
import type { MapStrings } from '../../../lib/map/core';
import { translator } from '../../../lib/i18n/translator';
import { searchDataPath, searchVocabularyPath } from '../../../lib/routes';
import type { SearchStrings } from '../../../lib/search/labels';
import { listText, searchOrigin, type SearchTerm } from '../../../lib/search/controls';
import { NO_FILTERS, type SearchResult, type TermRef } from '../../../lib/search/engine';
import { hasCriteria } from '../../../lib/search/url-state';
import { activeFilterCount } from '../../../lib/search/filter-count';
import { searchNeedsQuickExit } from '../../../lib/confidentiality/quick-exit';
import { SITE } from '../../../config';
import { startFromAddress, useAreaTerms, useSearchData } from './use-search-data';
import { useAddressSync, useSearchState } from './use-search-state';
import { useGeolocation } from './use-geolocation';
import { useNow, useSettled } from './use-clock';
import { useSearchResults } from './use-search-results';
import { useSensitiveSearch } from './use-sensitive';
import SearchBox from './SearchBox';
import SearchFilters from './SearchFilters';
import FilterPanel from './FilterPanel';
import SortControls from './SortControls';
import SearchToolbar from './SearchToolbar';
import ResultNotices from './ResultNotices';
import SearchMap from './SearchMap';
import ResultList from './ResultList';
import EmptyState from './EmptyState';

export interface SearchAppProps {
  lang: Lang;
  /** `search.*`, `hours.*` and the few service/provider strings the rows use (`pickStrings(lang, SEARCH_STRING_KEYS)`). */
  labels: SearchStrings;
  /** The `map.*` strings for MapView. */
  mapLabels: MapStrings;
  categories: SearchTerm[];
  types: SearchTerm[];
  tileUrl: string;
  tileAttribution: string;
}

const ANNOUNCE_DELAY_MS = 700;
/** After the first query's results, how long before the other languages' words load anyway. */
const OTHER_WORDS_DELAY_MS = 1500;

export default function SearchApp(props: SearchAppProps) {
  const { lang } = props;
  const t = useMemo(() => translator(props.labels, lang), [props.labels, lang]);
  const base = searchDataPath(lang);
  const search = useSearchState(() => startFromAddress(base));
  const { state, update } = search;
  const data = useSearchData(base, lang, searchVocabularyPath, search.start);
  const { engine } = data;
  const onLocated = useCallback(() => update({ sort: 'distance', near: null }), [update]);
  const geo = useGeolocation(onLocated);
  const now = useNow();

  // Not in the page: a county's hundreds of villages would weigh on every first load. They come after the first results.
  const areas = useAreaTerms(base);
  const areaById = useMemo(() => new Map(areas.map((a) => [a.id, a])), [areas]);
  const from = useMemo(() => searchOrigin(geo.position, state.near, areaById), [geo.position, state.near, areaById]);
  const { result: latest, mapPoints } = useSearchResults(engine, { state, from, now, limit: search.limit, fuse: data.fuse, vocabulary: data.vocabulary });
  // A word that finds nothing fetches the typo fallback; meanwhile the results before it stay on
  // screen, so that "nothing found" does not flash up before the close words are found.
  const { loadTypos } = data;
  const waitingForTypos = latest !== null && latest.needsTypos && !data.typosFailed;
  useEffect(() => { if (waitingForTypos) loadTypos(); }, [waitingForTypos, loadTypos]);
  const [settledResult, setSettledResult] = useState(latest);
  if (!waitingForTypos && settledResult !== latest) setSettledResult(latest);
  const result = waitingForTypos && settledResult ? settledResult : latest;
  // Quick exit, and no trace in the address or Back, for a search that points at domestic violence or
  // trafficking: through what the query means (the vocabulary), a filter or a result on screen that is
  // specific to them. An empty search lists everything, so its results do not count. While the
  // typo fallback loads, both the words typed and the results still on screen count.
  const needsExit = (r: SearchResult) => searchNeedsQuickExit({
    chosen: state.filters.cat,
    meant: r.means.filter((m) => m.field === 'cat').map((m) => m.id),
    shown: hasCriteria(state) ? r.hits : [],
  }, SITE.quickExitCategories);
  const sensitive = latest !== null && (needsExit(latest) || (result !== null && result !== latest && needsExit(result)));
  useSensitiveSearch(sensitive, search.clear);
  useAddressSync(state, engine !== null, sensitive);
  // The other languages' words load when a word is left unexplained by the page language's, or
  // a little after the first query's results: never before them.
  const { loadOtherWords } = data;
  const asked = state.q.trim() !== '' && result !== null;
  const unexplained = result?.unexplained ?? false;
  useEffect(() => {
    if (unexplained) { loadOtherWords(); return; }
    if (!asked) return;
    const id = window.setTimeout(loadOtherWords, OTHER_WORDS_DELAY_MS);
    return () => window.clearTimeout(id);
  }, [asked, unexplained, loadOtherWords]);

  const countText = result ? t('search.results', { count: result.total }) : '';
  const announced = useSettled(countText, ANNOUNCE_DELAY_MS);
  const categoryLabels = useMemo(() => new Map(props.categories.map((c) => [c.id, c.label])), [props.categories]);
  const categoryLabel = useCallback((id: string) => categoryLabels.get(id) ?? id, [categoryLabels]);
  const typeLabels = useMemo(() => new Map(props.types.map((c) => [c.id, c.label])), [props.types]);
  const termLabel = useCallback((term: TermRef) => (term.field === 'cat' ? categoryLabel(term.id) : typeLabels.get(term.id) ?? term.id), [categoryLabel, typeLabels]);
  const helplines = useMemo(() => engine?.helplines() ?? [], [engine]);
  const areaLabel = listText(state.filters.area.map((id) => areaById.get(id)?.label ?? id), lang);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  if (data.failed) return <p className="search-app__error" role="alert">{t('search.loadFailed')}</p>;

  const clearAll = () => {
    search.clear();
    geo.forget();
    inputRef.current?.focus();
  };
  // A suggestion from the empty state: search that category or type instead of the words.
  const chooseTerm = (term: TermRef) => {
    update({ q: '', filters: { ...NO_FILTERS, cat: term.field === 'cat' ? [term.id] : [], type: term.field === 'type' ? [term.id] : [] } });
    listRef.current?.focus();
  };
  const chooseNear = (near: string | null) => {
    if (near) geo.forget();
    update({ near, sort: near ? 'distance' : state.sort });
  };

  return (
    <div className="search-app" data-state={engine ? 'ready' : 'loading'}>
      <SearchBox t={t} value={state.q} ready={engine !== null} inputRef={inputRef} onChange={(q) => update({ q })} onSubmit={() => listRef.current?.focus()} />

      {search.unrecognised > 0 && <p className="search-app__notice" role="note" data-unrecognised>{t('search.unrecognised', { count: search.unrecognised })}</p>}

      {engine && result && (
        <div className="search-app__body">
          <FilterPanel t={t} active={activeFilterCount(state.filters)}>
            <SortControls t={t} state={state} areas={areas} geo={geo.status} onChange={update} onLocate={geo.locate} onNear={chooseNear} />
            <SearchFilters
              t={t} lang={lang} filters={state.filters} counts={result.counts} categories={props.categories} types={props.types} areas={areas}
              languages={engine.languages} notLoaded={data.notLoaded} now={now} onChange={search.updateFilters} onArea={data.loadArea}
            />
          </FilterPanel>

          <section className="search-app__results" aria-labelledby="search-results-title">
            <SearchToolbar t={t} countText={countText} state={state} clearable={hasCriteria(state) || geo.status === 'on'} onChange={update} onClear={clearAll} />
            <ResultNotices
              t={t} partial={data.notLoaded.size > 0} loadingMore={data.loadingMore} onLoadAll={data.loadAll} announced={announced}
              fuzzy={result.fuzzy} related={result.related > 0 && result.means.length ? listText(result.means.map(termLabel), lang) : ''} none={result.total === 0}
            />
            {result.total === 0 && (
              <EmptyState t={t} filtered={hasCriteria({ ...state, q: '' })} suggestions={result.suggestions} label={termLabel} onSuggestion={chooseTerm} helplines={helplines} />
            )}
            {state.view === 'map' && <SearchMap t={t} lang={lang} points={mapPoints} labels={props.mapLabels} tileUrl={props.tileUrl} tileAttribution={props.tileAttribution} />}
            <ResultList t={t} lang={lang} result={result} areaLabel={areaLabel} listRef={listRef} categoryLabel={categoryLabel} onShowMore={search.showMore} />
          </section>
        </div>
      )}
    </div>
  );
}
