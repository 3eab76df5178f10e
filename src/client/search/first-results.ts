/**
 * The home page's first results, drawn by this small script without waiting for React: it reads
 * the address, takes the data the page head already started downloading (./start-data.ts), runs
 * the same engine and draws the first page of results in the island's own markup (./result-rows.ts).
 * Until the island takes over (./after-first-results.ts) it keeps the field working: typing
 * searches and updates the address, "show more" and "Add to shortlist" work. The island then
 * starts from the same address and data, and replaces this markup with the same.
 *
 * What it does not do (the island does): filters, sorting by distance, the map, other counties.
 * A shared link asking for a distance sort or the map is left to the island.
 */
import type { Lang } from '../../locales';
import { translator } from '../../lib/i18n/translator';
import type { FuseClass, SearchEngine, SearchResult } from '../../lib/search/engine';
import { addressFor, decodeState, EMPTY_STATE, hasCriteria, knownValues, type SearchState } from '../../lib/search/url-state';
import { searchNeedsQuickExit } from '../../lib/confidentiality/quick-exit';
import { SITE } from '../../config';
import { setQuickExit } from '../quick-exit';
import { RESULTS_PAGE } from '../../lib/search/controls';
import { serviceKey } from '../../lib/shortlist/selection';
import { snapshot, subscribe, toggle } from '../shortlist/store';
import { handOverState, loadStartData, loadStartVocabulary } from './start-data';
import { VocabularyReader } from '../../lib/search/vocabulary';
import { searchVocabularyPath } from '../../lib/routes';
import { FIRST_RESULTS_EVENT, firstResultsRoot, type FirstResultsState } from './first-results-signal';
import type { FirstResultsStrings } from '../../lib/search/labels';
import { renderResults, shortlistButton, type RowContext } from './result-rows';
// Its URL rather than `import('fuse.js')`, which would bring Vite's preload helper (0.9 KB gz, one
// request more) with this script, before the first results (src/build/chunk-url.ts).
import fuseUrl from 'fuse.js?chunk-url';

/** What the page hands this script (a JSON script element inside the root). */
export interface FirstResultsConfig {
  lang: Lang;
  /** searchDataPath(lang) */
  base: string;
  labels: FirstResultsStrings;
  /** Beneficiary category ids and labels, for the rows' tags. */
  categories: Array<[id: string, label: string]>;
}

function settle(root: HTMLElement, state: FirstResultsState): void {
  root.dataset.searchFirst = state;
  if (state !== 'loading') window.dispatchEvent(new Event(FIRST_RESULTS_EVENT));
}

async function start(root: HTMLElement): Promise<void> {
  settle(root, 'loading');
  const config = JSON.parse(root.querySelector('script[type="application/json"]')?.textContent ?? '') as FirstResultsConfig;
  const form = root.querySelector('form');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const results = root.querySelector<HTMLElement>('[data-search-first-results]');
  if (!form || !input || !results) throw new Error('first results: the page lacks its search form or results element');
  const t = translator(config.labels, config.lang);
  const labels = new Map(config.categories);
  const context = (): RowContext => ({ t, lang: config.lang, categoryLabel: (id) => labels.get(id) ?? id, chosen: snapshot() });

  let engine: SearchEngine | null = null;
  let state: SearchState | null = null;
  let unrecognised = 0;
  let limit = RESULTS_PAGE;
  let fuse: FuseClass | null = null;
  let typedSinceStart = false;

  let vocabulary: VocabularyReader | null = null;

  const search = (): SearchResult | null => (engine && state ? engine.search({ q: input.value, filters: state.filters, sort: state.sort, from: null, now: new Date(), limit, fuse, vocabulary }) : null);
  // As the island does (islands/search/use-sensitive.ts): a search that touches domestic violence or
  // trafficking shows the quick exit and leaves no trace in the address; its words go to the island.
  const draw = (r: SearchResult) => {
    renderResults(results, r, context());
    if (!state) return;
    const sensitive = searchNeedsQuickExit({
      chosen: state.filters.cat,
      meant: r.means.filter((m) => m.field === 'cat').map((m) => m.id),
      shown: hasCriteria(state) ? r.hits : [],
    }, SITE.quickExitCategories);
    setQuickExit(sensitive);
    // The whole search (words, filters, sort, view) and the count of what the address held that was
    // not understood: the address is about to lose them, and a shared link's area is as much the
    // search as its words.
    handOverState(sensitive ? { state, unrecognised } : undefined);
    // Untouched, the address stays as it came (the island reports what it did not understand).
    if (!sensitive && !typedSinceStart) return;
    const url = addressFor(window.location, sensitive ? { ...EMPTY_STATE, view: state.view } : state);
    if (url !== null) window.history.replaceState(null, '', url);
  };
  // fuse.js is only the typo fallback: fetched when a word of three letters or more found nothing
  // (the island follows the same rule, islands/search/use-search-data.ts).
  const drawWithTypos = async (): Promise<void> => {
    let r = search();
    if (!r) return;
    if (r.needsTypos && !fuse) {
      fuse = ((await import(/* @vite-ignore */ fuseUrl)) as typeof import('fuse.js')).default;
      r = search();
      if (!r) return;
    }
    draw(r);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    results.querySelector<HTMLElement>('.search-app__list')?.focus();
  });
  // The island starts from the address, so it continues from what was typed here.
  // The address follows once the results are drawn (draw), since they decide whether it may.
  const typed = () => {
    if (state) { state = { ...state, q: input.value }; typedSinceStart = true; }
  };
  let typedBeforeData = false;
  input.addEventListener('input', () => {
    if (!engine) { typedBeforeData = true; return; }
    typed();
    limit = RESULTS_PAGE;
    void drawWithTypos();
  });
  results.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target.closest('button') : null;
    if (!target) return;
    if (target.hasAttribute('data-show-more')) {
      limit += RESULTS_PAGE;
      const r = search();
      if (r) draw(r);
      return;
    }
    const row = target.closest<HTMLElement>('li[data-service-id]');
    if (target.classList.contains('shortlist-toggle') && row?.dataset.providerId && row.dataset.serviceId) {
      toggle(serviceKey(row.dataset.providerId, row.dataset.serviceId));
    }
  });
  // The shortlist changes here or in another tab: each button shows its state.
  const unsubscribe = subscribe((keys) => {
    if (!results.isConnected) { unsubscribe(); return; }
    for (const row of results.querySelectorAll<HTMLElement>('li[data-service-id]')) {
      const button = row.querySelector('.shortlist-toggle');
      const name = row.querySelector('h4')?.textContent ?? '';
      if (button) button.replaceWith(shortlistButton(t, name, keys.includes(serviceKey(row.dataset.providerId ?? '', row.dataset.serviceId ?? ''))));
    }
  });

  // The vocabulary downloads beside the data: the island reads queries with it, so these rows must too.
  const vocabularyLoad = loadStartVocabulary(searchVocabularyPath(config.lang));
  const data = await loadStartData(config.base);
  const v = await vocabularyLoad;
  vocabulary = v ? new VocabularyReader([v]) : null;
  const decoded = decodeState(window.location.search, knownValues(data.manifest));
  const address = decoded.state;
  // What only the island can draw: distances need a position, the map its code.
  if (address.sort === 'distance' || address.view === 'map' || !results.isConnected) return;
  engine = data.engine;
  state = address;
  unrecognised = decoded.unrecognised;
  if (typedBeforeData) typed(); else input.value = address.q;
  await drawWithTypos();
}

// The page loads this script `async` (src/build/module-preload.ts): it may run before the page is
// parsed to the end of its results element, and then waits for the rest of the page.
const begin = () => {
  const root = firstResultsRoot();
  if (root) start(root).then(() => settle(root, 'done'), () => settle(root, 'failed'));
};
if (document.readyState === 'loading' && !firstResultsRoot()?.querySelector('[data-search-first-results]')) {
  document.addEventListener('DOMContentLoaded', begin, { once: true });
} else {
  begin();
}
