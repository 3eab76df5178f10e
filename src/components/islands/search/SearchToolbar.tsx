/** Above the results: the count, sort, the point to measure from, list or map, and "clear". */
import type { SearchState } from '../../../lib/search/url-state';
import type { AreaTerm } from '../../../lib/search/controls';
import type { SearchT } from '../../../lib/search/labels';
import type { GeoStatus } from './use-geolocation';
import NearControls from './NearControls';
import { prefetchMap } from './SearchMap';

export interface SearchToolbarProps {
  t: SearchT;
  countText: string;
  state: SearchState;
  areas: readonly AreaTerm[];
  geo: GeoStatus;
  /** Whether "clear" has anything to clear. */
  clearable: boolean;
  onChange: (change: Partial<SearchState>) => void;
  onLocate: () => void;
  onNear: (areaId: string | null) => void;
  onClear: () => void;
}

export default function SearchToolbar({ t, countText, state, areas, geo, clearable, onChange, onLocate, onNear, onClear }: SearchToolbarProps) {
  return (
    <div className="search-app__toolbar">
      <h3 id="search-results-title" className="search-app__count">{countText}</h3>
      <div className="search-app__field">
        <label htmlFor="search-sort">{t('search.sort')}</label>
        <select id="search-sort" value={state.sort} onChange={(e) => onChange({ sort: e.currentTarget.value as SearchState['sort'] })}>
          <option value="relevance">{t('search.sort.relevance')}</option>
          <option value="name">{t('search.sort.name')}</option>
          <option value="distance">{t('search.sort.distance')}</option>
        </select>
      </div>
      <NearControls t={t} areas={areas} near={state.near} geo={geo} onLocate={onLocate} onNear={onNear} />
      <div className="search-app__view" role="group" aria-label={t('search.view')}>
        <button type="button" aria-pressed={state.view === 'list'} onClick={() => onChange({ view: 'list' })}>{t('search.view.list')}</button>
        <button type="button" aria-pressed={state.view === 'map'} onPointerEnter={prefetchMap} onFocus={prefetchMap} onTouchStart={prefetchMap} onClick={() => onChange({ view: 'map' })}>{t('search.view.map')}</button>
      </div>
      {clearable && <button type="button" className="search-app__clear" onClick={onClear}>{t('search.clear')}</button>}
    </div>
  );
}
