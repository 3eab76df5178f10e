/**
 * `import url from './module?chunk-url'`: the URL of `module` built as a chunk of its own, for a
 * script to `import(url)` later, instead of `import('./module')`.
 *
 * Why: Vite wraps every `import('./literal')` of browser code in its preload helper (0.9 KB gz,
 * which also fetches the imported chunk's own imports early and handles their CSS), and the helper
 * loads with the script. A provider page's map waits until it scrolls into view and then needs one
 * loader (src/client/map/map-assets.ts), which has its own imports preloaded the usual way: the
 * helper would be the biggest thing on the page that is not the page. An import of a variable is
 * left alone by Vite, and the chunk is the same one the map page and the islands load.
 *
 * In `astro dev` there are no chunks: the URL is the module's own, which the dev server compiles.
 */
import type { Plugin } from 'vite';

export const CHUNK_URL_SUFFIX = '?chunk-url';

export function chunkUrl(): Plugin {
  let serve = false;
  let base = '/';
  return {
    name: 'chunk-url',
    enforce: 'pre',
    configResolved(config) {
      serve = config.command === 'serve';
      base = config.base;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(CHUNK_URL_SUFFIX)) return undefined;
      const resolved = await this.resolve(source.slice(0, -CHUNK_URL_SUFFIX.length), importer, { skipSelf: true });
      if (!resolved) this.error(`${source}: no such module (imported from ${importer ?? 'an entry'})`);
      return `${resolved.id}${CHUNK_URL_SUFFIX}`;
    },
    load(id) {
      if (!id.endsWith(CHUNK_URL_SUFFIX)) return undefined;
      const file = id.slice(0, -CHUNK_URL_SUFFIX.length);
      if (serve) return `export default ${JSON.stringify(`${base.replace(/\/$/, '')}/@fs${file.startsWith('/') ? '' : '/'}${file}`)};`;
      // The bundler writes the chunk's final URL (base path and hash included) in place of this.
      // Where other scripts import the module too, the bundler may write a small file that re-exports
      // it from their shared chunk: one request more, when the module is wanted.
      const ref = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
