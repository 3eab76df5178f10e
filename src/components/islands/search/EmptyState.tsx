/**
 * When nothing matched: one honest message, the categories the words seem to mean (each a button
 * that searches it), and the helplines with call buttons, 112 first. Never a word the reader typed:
 * suggestions are taxonomy labels, and the helplines come from the content (services of type helpline).
 */
import type { Helpline, TermRef } from '../../../lib/search/engine';
import type { SearchT } from '../../../lib/search/labels';
import { telHref } from '../../../lib/views/contact';

export interface EmptyStateProps {
  t: SearchT;
  /** Filters are narrowing the search: say that fewer may help. */
  filtered: boolean;
  suggestions: readonly TermRef[];
  label: (term: TermRef) => string;
  onSuggestion: (term: TermRef) => void;
  helplines: readonly Helpline[];
}

/** 112 is stated by the site itself (the emergency banner does too); every other number comes from the content. */
const EMERGENCY = '112';

export default function EmptyState({ t, filtered, suggestions, label, onSuggestion, helplines }: EmptyStateProps) {
  const lines = helplines.filter((h) => h.number.replace(/\D/g, '') !== EMERGENCY);
  return (
    <section className="search-app__empty" aria-labelledby="search-empty-title">
      <h4 id="search-empty-title">{t('search.empty.title')}</h4>
      <p>{t('search.empty.text')} {t(filtered ? 'search.empty.filters' : 'search.empty.words')}</p>
      {suggestions.length > 0 && (
        <>
          <p>{t('search.empty.suggest')}</p>
          <ul className="search-app__suggestions">
            {suggestions.map((s) => (
              <li key={`${s.field}:${s.id}`}><button type="button" data-term={`${s.field}:${s.id}`} onClick={() => onSuggestion(s)}>{label(s)}</button></li>
            ))}
          </ul>
        </>
      )}
      <p className="search-app__emergency"><a className="call" href={telHref(EMERGENCY)}>{t('search.empty.emergency')}</a></p>
      {lines.length > 0 && (
        <>
          <p>{t('search.empty.helplines')}</p>
          <ul className="search-app__helplines">
            {lines.map((h) => (
              <li key={h.key}>
                <a className="call" href={telHref(h.number)} aria-label={`${t('search.callNumber', { number: h.number })}: ${h.name}`}>{t('search.callNumber', { number: h.number })}</a>
                {' '}<a href={h.href}>{h.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
