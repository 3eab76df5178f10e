/** The UI strings the search island shows, picked for it by the home page (`pickStrings`). */
import type { StringsFor, TranslateFor } from '../i18n/translator';

/** Its own strings, the opening-hours states, and the few service facts its rows mention. */
export const SEARCH_STRING_KEYS = ['search.', 'hours.', 'service.cost.', 'service.access.', 'service.inactive', 'service.stale', 'service.ages', 'provider.wheelchair.', 'shortlist.add', 'shortlist.remove'] as const;
export type SearchStrings = StringsFor<typeof SEARCH_STRING_KEYS>;
/** The island's translator: a key the page did not pick for it does not compile. */
export type SearchT = TranslateFor<typeof SEARCH_STRING_KEYS>;
