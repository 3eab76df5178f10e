/** The search field: typing searches at once; Enter moves to the results. */
import type { RefObject } from 'react';
import type { SearchT } from '../../../lib/search/labels';
import { markSearchInput } from './use-search-results';

export interface SearchBoxProps {
  t: SearchT;
  value: string;
  /** False until the data is in. */
  ready: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
  onChange: (q: string) => void;
  onSubmit: () => void;
}

export default function SearchBox({ t, value, ready, inputRef, onChange, onSubmit }: SearchBoxProps) {
  return (
    <form role="search" className="search-app__form" onSubmit={(e) => { e.preventDefault(); onSubmit(); }}>
      <label htmlFor="search-q" className="search-app__label">{t('search.label')}</label>
      <input
        ref={inputRef} id="search-q" type="search" name="q" autoComplete="off" spellCheck={false}
        aria-describedby={value ? undefined : 'search-q-hint'} value={value} disabled={!ready}
        onChange={(e) => { markSearchInput(); onChange(e.currentTarget.value); }}
      />
      {/* Under the box, and only until the reader types: on a phone the results then start right under it. */}
      {!value && <p id="search-q-hint" className="muted search-app__hint">{t('search.hint')}</p>}
      {!ready && <p className="muted" role="status">{t('search.loading')}</p>}
    </form>
  );
}
