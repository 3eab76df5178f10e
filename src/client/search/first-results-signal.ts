/**
 * How the page's first-results script (./first-results.ts) tells the search island it may load
 * (./after-first-results.ts): the element marked `data-search-first` holds 'loading', then 'done'
 * or 'failed', and the window hears FIRST_RESULTS_EVENT when it changes to either.
 */
export const FIRST_RESULTS_EVENT = 'search:first-results';

export type FirstResultsState = 'loading' | 'done' | 'failed';

/** The element the first results are drawn in, if the page has one. */
export function firstResultsRoot(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-search-first]');
}
