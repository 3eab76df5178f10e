// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { SITE } from './src/config.ts';
import { cspDirectives } from './src/lib/site/csp.ts';
import { modulePreloads, offlineServiceWorker, searchIslandDirective, securityHeaders } from './src/build/integrations.ts';
import { LANGS } from './src/locales.ts';
import { localePath, PAGES } from './src/lib/routes.ts';

// SITE_OUT_DIR lets benchmarks and parallel builds write elsewhere; CONTENT_DIR (read by the
// content loader) lets them build from another content folder, such as synthetic data.
const outDir = process.env.SITE_OUT_DIR ?? './dist';

export default defineConfig({
  // One site setting: canonical links, the sitemap and exports read the same SITE.url (src/lib/routes.ts).
  site: SITE.url,
  output: 'static',
  outDir,
  cacheDir: `${outDir.replace(/\/$/, '')}-cache`,
  trailingSlash: 'always',
  // Stylesheets inline: on a slow line an external one costs a round trip before the first paint,
  // and holds up the page's inline scripts (and so the parser) until it arrives.
  build: { format: 'directory', concurrency: Number(process.env.BUILD_CONCURRENCY ?? 4), inlineStylesheets: 'always' },
  // The home pages draw their first search results with a script: its imports start with the page.
  integrations: [react(), searchIslandDirective(), modulePreloads(LANGS.map((l) => localePath(l, PAGES.home))), offlineServiceWorker(), securityHeaders()],
  // A meta Content-Security-Policy on every page; Astro adds the hashes of its own inline scripts
  // and styles. Content never becomes script (src/lib/views/markdown.ts escapes it), so nothing else is allowed.
  security: {
    csp: {
      directives: cspDirectives(SITE.tileUrl),
      // 'wasm-unsafe-eval' lets Pagefind's WebAssembly search index run; it does not allow eval().
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
});
