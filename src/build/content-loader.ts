/**
 * Astro content loaders over `loadContent`. The folder is read and checked once per build and
 * shared by the collections; any problem stops the build with the full list.
 */
import type { Loader } from 'astro/loaders';
import { loadContent, problemReport, type LoadedContent } from './content-files';

let cached: LoadedContent | undefined;

function loadOnce(): LoadedContent {
  cached ??= loadContent();
  if (cached.problems.length) throw new Error(`Content is not valid. ${problemReport(cached.problems)}\nRun 'npm run validate' to see this list again.`);
  return cached;
}

type CollectionName = 'providers' | 'beneficiaryCategories' | 'serviceTypes' | 'areas' | 'vocabulary';

export function contentLoader(collection: CollectionName): Loader {
  return {
    name: `directory-${collection}`,
    load: async ({ store, logger, watcher }) => {
      const fill = () => {
        const content = loadOnce();
        store.clear();
        if (collection === 'providers') {
          for (const p of content.providers) store.set({ id: p.id, data: p.data as unknown as Record<string, unknown>, filePath: p.file });
          logger.info(`${content.providers.length} providers from ${content.dir}`);
        } else if (collection === 'vocabulary') {
          // One entry per word and language, in file order (the id keeps the order: group, then position).
          content.vocabulary.forEach((entry, i) => store.set({ id: String(i).padStart(5, '0'), data: entry as unknown as Record<string, unknown> }));
        } else {
          for (const term of content.taxonomies[collection]) store.set({ id: term.id, data: term as unknown as Record<string, unknown> });
        }
      };
      fill();
      // In `astro dev`, re-read after an edit so contributors see their change (or its error).
      watcher?.add(loadOnce().dir);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(loadOnce().dir)) return;
        cached = undefined;
        try { fill(); } catch (e) { logger.error((e as Error).message); }
      });
    },
  };
}
