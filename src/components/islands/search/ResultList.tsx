/**
 * The results, one page at a time; Enter in the search box moves focus here. Listed in sections
 * when a filter asks for them: with an area, by how each service serves it (located there, serving
 * it from elsewhere, the whole county, the whole country: servesArea's answer); with "open", the
 * services whose hours are unknown after the open ones, headed with their count and "call first".
 */
import type { RefObject } from 'react';
import type { Lang } from '../../../locales';
import type { ListedHit, Reach, SearchResult } from '../../../lib/search/engine';
import type { SearchT } from '../../../lib/search/labels';
import { RESULTS_PAGE } from '../../../lib/search/controls';
import ResultRow from './ResultRow';

export interface ResultListProps {
  t: SearchT;
  lang: Lang;
  result: SearchResult;
  /** The chosen area's name, for the section headings. */
  areaLabel: string;
  listRef: RefObject<HTMLOListElement | null>;
  categoryLabel: (id: string) => string;
  onShowMore: () => void;
}

interface Section {
  key: string;
  heading: string | null;
  hits: ListedHit[];
}

const REACH_HEADING = {
  located: 'search.reach.located',
  'serves-locality': 'search.reach.serves-locality',
  'county-wide': 'search.reach.county-wide',
  national: 'search.reach.national',
} as const satisfies Record<Reach, string>;

/** Consecutive results with the same key, in order. */
function runs(hits: readonly ListedHit[], key: (hit: ListedHit) => string): Array<{ key: string; hits: ListedHit[] }> {
  const out: Array<{ key: string; hits: ListedHit[] }> = [];
  for (const hit of hits) {
    const k = key(hit);
    const last = out[out.length - 1];
    if (last?.key === k) last.hits.push(hit);
    else out.push({ key: k, hits: [hit] });
  }
  return out;
}

function sections(t: SearchT, result: SearchResult, areaLabel: string): Section[] {
  const counts = result.reachCounts;
  if (counts) {
    return runs(result.hits, (h) => h.reach ?? 'located').map((r) => {
      const reach = r.key as Reach;
      return { key: reach, heading: t(REACH_HEADING[reach], { area: areaLabel, count: counts[reach] }), hits: r.hits };
    });
  }
  if (result.unknownHours > 0) {
    return runs(result.hits, (h) => (h.callFirst ? 'unknown' : 'open')).map((r) => ({
      key: r.key,
      heading: r.key === 'unknown' ? t('search.unknownHours', { count: result.unknownHours }) : null,
      hits: r.hits,
    }));
  }
  return [{ key: 'all', heading: null, hits: result.hits }];
}

export default function ResultList({ t, lang, result, areaLabel, listRef, categoryLabel, onShowMore }: ResultListProps) {
  const shown = result.hits.length;
  const parts = sections(t, result, areaLabel);
  return (
    <>
      {parts.map((part, i) => (
        <section key={part.key} className={`search-app__section search-app__section--${part.key}`} aria-labelledby={part.heading ? `search-section-${part.key}` : 'search-results-title'}>
          {part.heading && <h4 id={`search-section-${part.key}`} className="search-app__section-title">{part.heading}</h4>}
          <ol ref={i === 0 ? listRef : undefined} className="search-app__list" tabIndex={-1} aria-labelledby={part.heading ? `search-section-${part.key}` : 'search-results-title'}>
            {part.hits.map((hit) => <ResultRow key={hit.key} t={t} lang={lang} hit={hit} categoryLabel={categoryLabel} callFirst={hit.callFirst === true} />)}
          </ol>
        </section>
      ))}
      {result.total > shown && (
        <p>
          <span className="muted">{t('search.showing', { shown, total: result.total })}</span>{' '}
          <button type="button" onClick={onShowMore}>{t('search.showMore', { count: Math.min(RESULTS_PAGE, result.total - shown) })}</button>
        </p>
      )}
    </>
  );
}
