/**
 * A search that touches domestic violence or trafficking (searchNeedsQuickExit): the page shows the
 * quick exit, the address keeps none of the search (useAddressSync), and leaving the page forgets it,
 * so that Back, after the quick exit or after opening a result, never shows what was searched.
 */
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { setQuickExit } from '../../../client/quick-exit';

export function useSensitiveSearch(sensitive: boolean, forget: () => void): void {
  useEffect(() => {
    setQuickExit(sensitive);
  }, [sensitive]);

  useEffect(() => {
    if (!sensitive) return;
    // The page may be kept whole for Back (the back/forward cache): it is emptied before it is put
    // away, synchronously, so the kept page has no query and no results in it.
    const onHide = () => flushSync(forget);
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [sensitive, forget]);
}
