/** The results, one page at a time; Enter in the search box moves focus here. */
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
  return (
    <>
      <ol ref={listRef} className="search-app__list" tabIndex={-1} aria-labelledby="search-results-title">
        {result.hits.map((hit) => <ResultRow key={hit.key} t={t} lang={lang} hit={hit} categoryLabel={categoryLabel} />)}
      </ol>
      {result.total > shown && (
        <p>
          <span className="muted">{t('search.showing', { shown, total: result.total })}</span>{' '}
          <button type="button" onClick={onShowMore}>{t('search.showMore', { count: Math.min(RESULTS_PAGE, result.total - shown) })}</button>
        </p>
      )}
    </>
  );
}
