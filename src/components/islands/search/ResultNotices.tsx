/**
 * What the reader should know about the results: where they come from, their count for screen
 * readers, a link not fully understood, close words, what the words were read as. When nothing
 * matched, the empty state says so instead (one message, never two that contradict each other).
 */
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
  /** What the words were read as (category labels as a sentence), when results were added for it; '' otherwise. */
  related: string;
  none: boolean;
}

export default function ResultNotices({ t, partial, loadingMore, onLoadAll, announced, fuzzy, related, none }: ResultNoticesProps) {
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
      {!none && fuzzy && <p className="search-app__notice">{t('search.fuzzy')}</p>}
      {!none && related && <p className="search-app__note search-app__related">{t('search.related', { list: related })}</p>}
    </>
  );
}
