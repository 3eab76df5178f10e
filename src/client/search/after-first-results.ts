/**
 * The `client:after-first-results` directive (registered in src/build/integrations.ts): the search
 * island's code loads once the page has drawn its first results, or could not. On a slow
 * connection React's runtime (about 70 KB compressed) would otherwise share the line with the data
 * the first results need and delay them; the first-results script keeps the field working meanwhile.
 * A page whose first-results script never started (it failed to load) loads the island at `load`.
 */
import type { ClientDirective } from 'astro';
import { FIRST_RESULTS_EVENT, firstResultsRoot } from './first-results-signal';

const afterFirstResults: ClientDirective = (load) => {
  let started = false;
  const go = async () => {
    if (started) return;
    started = true;
    const hydrate = await load();
    await hydrate();
  };
  const settled = () => {
    const state = firstResultsRoot()?.dataset.searchFirst;
    return state === 'done' || state === 'failed';
  };
  if (settled()) { void go(); return; }
  window.addEventListener(FIRST_RESULTS_EVENT, () => void go(), { once: true });
  // Module scripts have all run by `load`: no state then means the first-results script never ran.
  const onLoad = () => { if (!firstResultsRoot()?.dataset.searchFirst) void go(); };
  if (document.readyState === 'complete') onLoad(); else window.addEventListener('load', onLoad, { once: true });
};

export default afterFirstResults;
