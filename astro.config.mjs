// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { SITE } from './src/config.ts';
import { cspDirectives } from './src/lib/site/csp.ts';
import { cspMetaFirstInHead, offlineServiceWorker, securityHeaders } from './src/build/integrations.ts';

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
  build: { format: 'directory', concurrency: Number(process.env.BUILD_CONCURRENCY ?? 4) },
  // cspMetaFirstInHead first: the service worker's hash and _headers read the finished pages.
  integrations: [react(), cspMetaFirstInHead(), offlineServiceWorker(), securityHeaders()],
  // A meta Content-Security-Policy on every page; Astro adds the hashes of its own inline scripts
  // and styles. Content never becomes script (src/lib/views/markdown.ts escapes it), so nothing else
  // is allowed: no eval of any kind. (Pagefind, which needs 'wasm-unsafe-eval', runs only in the
  // bench's own harness page, which carries no policy of the site's: scripts/bench/browser.ts.)
  security: {
    csp: {
      directives: cspDirectives(SITE.tileUrl),
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
});
