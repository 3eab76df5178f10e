/** What the reader should know about the results: where they come from, their count for screen readers, typos, none. */
import type { SearchT } from '../../../lib/search/labels';

export interface ResultNoticesProps {
  t: SearchT;
  /** Some counties are not loaded yet. */
  partial: boolean;
  loadingMore: boolean;
  onLoadAll: () => void;
  /** The count, once typing has paused. */
  announced: string;
  fuzzy: boolean;
  none: boolean;
}

export default function ResultNotices({ t, partial, loadingMore, onLoadAll, announced, fuzzy, none }: ResultNoticesProps) {
  return (
    <>
      {(partial || loadingMore) && (
        <p className="search-app__scope">
          {loadingMore ? <span role="status">{t('search.loadingMore')}</span> : <>
            {t('search.scopeHome')}{' '}
            <button type="button" onClick={onLoadAll}>{t('search.scopeAll')}</button>
          </>}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{announced}</p>
      {fuzzy && <p className="search-app__notice">{t('search.fuzzy')}</p>}
      {none && <p>{t('search.none')}</p>}
    </>
  );
}
