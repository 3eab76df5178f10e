/** How the results are ordered, and the point "nearest first" measures from: at the top of the filter panel. */
import type { SearchState } from '../../../lib/search/url-state';
import type { AreaTerm } from '../../../lib/search/controls';
import type { SearchT } from '../../../lib/search/labels';
import type { GeoStatus } from './use-geolocation';
import NearControls from './NearControls';

export interface SortControlsProps {
  t: SearchT;
  state: SearchState;
  areas: readonly AreaTerm[];
  geo: GeoStatus;
  onChange: (change: Partial<SearchState>) => void;
  onLocate: () => void;
  onNear: (areaId: string | null) => void;
}

export default function SortControls({ t, state, areas, geo, onChange, onLocate, onNear }: SortControlsProps) {
  return (
    <div className="search-app__sort">
      <div className="search-app__field">
        <label htmlFor="search-sort">{t('search.sort')}</label>
        <select id="search-sort" value={state.sort} onChange={(e) => onChange({ sort: e.currentTarget.value as SearchState['sort'] })}>
          <option value="relevance">{t('search.sort.relevance')}</option>
          <option value="name">{t('search.sort.name')}</option>
          <option value="distance">{t('search.sort.distance')}</option>
        </select>
      </div>
      <NearControls t={t} areas={areas} near={state.near} geo={geo} onLocate={onLocate} onNear={onNear} />
    </div>
  );
}
