/** The UI strings the search island shows, picked for it by the home page (`pickStrings`). */
import type { StringsFor, TranslateFor } from '../i18n/translator';

/** Its own strings, the opening-hours states, and the few service facts its rows mention. */
export const SEARCH_STRING_KEYS = ['search.', 'hours.', 'service.cost.', 'service.access.', 'service.inactive', 'service.stale', 'service.ages', 'provider.wheelchair.', 'shortlist.add', 'shortlist.remove'] as const;
export type SearchStrings = StringsFor<typeof SEARCH_STRING_KEYS>;
/** The island's translator: a key the page did not pick for it does not compile. */
export type SearchT = TranslateFor<typeof SEARCH_STRING_KEYS>;

/**
 * The strings of the first results the page draws before the island (src/client/search/): the rows,
 * the count and "show more". A subset of the island's, so the page hands over only these.
 */
export const FIRST_RESULTS_STRING_KEYS = [
  'search.results', 'search.showing', 'search.showMore', 'search.filter.category', 'search.distance', 'search.noPlace', 'search.callNumber',
  'search.empty.text', 'hours.', 'service.cost.', 'service.access.walk_in', 'service.inactive', 'service.stale', 'service.ages', 'provider.wheelchair.yes',
  'shortlist.add', 'shortlist.remove',
] as const;
export type FirstResultsStrings = StringsFor<typeof FIRST_RESULTS_STRING_KEYS>;
export type FirstResultsT = TranslateFor<typeof FIRST_RESULTS_STRING_KEYS>;
