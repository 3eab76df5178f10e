/**
 * The search island as the home page places it (`client:after-first-results`). It is rendered on
 * the server as its children: the page's plain search form and the place where
 * src/client/search/first-results.ts draws the first results. Hydration keeps them (they are the
 * server's markup, whatever that script drew since), and the app then takes their place, starting
 * from the same address and the same loaded data, in the same markup. A reader typing in the plain
 * field keeps the focus in the app's.
 */
import { useLayoutEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import SearchApp, { type SearchAppProps } from './SearchApp';

const noChange = () => () => {};
/** The search field's id, the same in the page's form (SearchFirst.astro) and the app's (SearchBox.tsx). */
const FIELD_ID = 'search-q';

export default function SearchIsland({ children, ...props }: SearchAppProps & { children?: ReactNode }) {
  // False on the server and while hydrating, true right after: the children, then the app.
  const hydrated = useSyncExternalStore(noChange, () => true, () => false);
  // Read while the page's field is still there, in the render that replaces it.
  const hadFocus = useMemo(() => hydrated && document.activeElement?.id === FIELD_ID, [hydrated]);
  useLayoutEffect(() => {
    const field = hadFocus ? document.getElementById(FIELD_ID) : null;
    if (field instanceof HTMLInputElement) {
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
    }
  }, [hadFocus]);
  return hydrated ? <SearchApp {...props} /> : <>{children}</>;
}
