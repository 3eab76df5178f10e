/**
 * The filters and sorting in a panel that folds away: closed on a phone, so the results come right
 * after the search box, open beside the results on a wide screen. Its button says how many filters
 * are on ("Filters (2 active)"), so a closed panel never hides that the list is narrowed.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { SearchT } from '../../../lib/search/labels';

/** Where the results move beside the filters (search.css uses the same width). */
export const WIDE = '(min-width: 52em)';

export interface FilterPanelProps {
  t: SearchT;
  /** Filters on (activeFilterCount). */
  active: number;
  children: ReactNode;
}

/** Open on a wide screen, closed on a narrow one, following the screen when it turns; the reader's button wins until then. */
function usePanelOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => typeof window.matchMedia !== 'function' || window.matchMedia(WIDE).matches);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const wide = window.matchMedia(WIDE);
    const follow = () => setOpen(wide.matches);
    wide.addEventListener('change', follow);
    return () => wide.removeEventListener('change', follow);
  }, []);
  return [open, setOpen];
}

export default function FilterPanel({ t, active, children }: FilterPanelProps) {
  const [open, setOpen] = usePanelOpen();
  return (
    <div className="search-app__side">
      <button type="button" className="search-app__panel-toggle" aria-expanded={open} aria-controls="search-panel" onClick={() => setOpen(!open)}>
        {active > 0 ? t('search.filtersActive', { count: active }) : t('search.filters')}
      </button>
      <div id="search-panel" className="search-app__panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
