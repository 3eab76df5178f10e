/** Above the results: the count, list or map, and "clear". Sorting sits in the filter panel, so on a phone the results start right here. */
import type { SearchState } from '../../../lib/search/url-state';
import type { SearchT } from '../../../lib/search/labels';
import { prefetchMap } from './SearchMap';

export interface SearchToolbarProps {
  t: SearchT;
  countText: string;
  state: SearchState;
  /** Whether "clear" has anything to clear. */
  clearable: boolean;
  onChange: (change: Partial<SearchState>) => void;
  onClear: () => void;
}

export default function SearchToolbar({ t, countText, state, clearable, onChange, onClear }: SearchToolbarProps) {
  return (
    <div className="search-app__toolbar">
      <h3 id="search-results-title" className="search-app__count">{countText}</h3>
      <div className="search-app__view" role="group" aria-label={t('search.view')}>
        <button type="button" aria-pressed={state.view === 'list'} onClick={() => onChange({ view: 'list' })}>{t('search.view.list')}</button>
        <button type="button" aria-pressed={state.view === 'map'} onPointerEnter={prefetchMap} onFocus={prefetchMap} onTouchStart={prefetchMap} onClick={() => onChange({ view: 'map' })}>{t('search.view.map')}</button>
      </div>
      {clearable && <button type="button" className="search-app__clear" onClick={onClear}>{t('search.clear')}</button>}
    </div>
  );
}
