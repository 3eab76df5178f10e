/**
 * The results, one page at a time; Enter in the search box moves focus here. With an "open" filter,
 * the services whose hours are unknown follow the open ones in a list of their own, headed with
 * their count and "call first".
 */
import type { RefObject } from 'react';
import type { Lang } from '../../../locales';
import type { SearchResult } from '../../../lib/search/engine';
import type { SearchT } from '../../../lib/search/labels';
import { RESULTS_PAGE } from '../../../lib/search/controls';
import ResultRow from './ResultRow';

export interface ResultListProps {
  t: SearchT;
  lang: Lang;
  result: SearchResult;
  listRef: RefObject<HTMLOListElement | null>;
  categoryLabel: (id: string) => string;
  onShowMore: () => void;
}

export default function ResultList({ t, lang, result, listRef, categoryLabel, onShowMore }: ResultListProps) {
  const shown = result.hits.length;
  // The first `total - unknownHours` results are open; the rest have unknown hours.
  const firstUnknown = result.total - result.unknownHours;
  const open = result.hits.slice(0, firstUnknown);
  const unknown = result.hits.slice(firstUnknown);
  const rows = (hits: typeof result.hits, callFirst: boolean) => hits.map((hit) => <ResultRow key={hit.key} t={t} lang={lang} hit={hit} categoryLabel={categoryLabel} callFirst={callFirst} />);
  return (
    <>
      {(open.length > 0 || unknown.length === 0) && (
        <ol ref={listRef} className="search-app__list" tabIndex={-1} aria-labelledby="search-results-title">{rows(open, false)}</ol>
      )}
      {result.unknownHours > 0 && unknown.length > 0 && (
        <>
          <h4 id="search-unknown-title" className="search-app__unknown-title">{t('search.unknownHours', { count: result.unknownHours })}</h4>
          <ol ref={open.length ? undefined : listRef} className="search-app__list search-app__list--unknown" tabIndex={-1} aria-labelledby="search-unknown-title" start={firstUnknown + 1}>
            {rows(unknown, true)}
          </ol>
        </>
      )}
      {result.total > shown && (
        <p>
          <span className="muted">{t('search.showing', { shown, total: result.total })}</span>{' '}
          <button type="button" onClick={onShowMore}>{t('search.showMore', { count: Math.min(RESULTS_PAGE, result.total - shown) })}</button>
        </p>
      )}
    </>
  );
}
