// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { SITE } from './src/config.ts';
import { createHash } from 'node:crypto';
import { cspDirectives, JS_CLASS_SCRIPT } from './src/lib/site/csp.ts';
import { confidentialityGuard, contentReload, cspMetaFirstInHead, modulePreloads, offlineServiceWorker, searchIslandDirective, securityHeaders, shortlistFiles } from './src/build/integrations.ts';
import { chunkUrl } from './src/build/chunk-url.ts';
import { LANGS } from './src/locales.ts';
import { localeSitePath, PAGES } from './src/lib/routes.ts';

// SITE_OUT_DIR lets benchmarks and parallel builds write elsewhere; CONTENT_DIR (read by
// src/build/content-files.ts) lets them build from another content folder, such as synthetic data.
// Parsed and validated content is cached in <out dir>-cache/content between builds.
const outDir = process.env.SITE_OUT_DIR ?? './dist';

export default defineConfig({
  // One build setting, SITE_URL, read in src/config.ts: the public address (canonical links, the
  // sitemap, JSON-LD, links in the exports) and, when it has a path, the base path every link starts
  // with (src/lib/routes.ts adds it). Unset, the site links relatively and claims no address.
  site: SITE.url,
  base: SITE.base,
  output: 'static',
  outDir,
  cacheDir: `${outDir.replace(/\/$/, '')}-cache`,
  trailingSlash: 'always',
  // Stylesheets inline: on a slow line an external one costs a round trip before the first paint,
  // and holds up the page's inline scripts (and so the parser) until it arrives.
  build: { format: 'directory', concurrency: Number(process.env.BUILD_CONCURRENCY ?? 4), inlineStylesheets: 'always' },
  // The home pages draw their first search results with a script: its imports start with the page
  // (pages named by their file paths, without the base path). contentReload only acts in `astro dev`.
  // cspMetaFirstInHead and the module preloads rewrite the pages, and shortlistFiles writes the
  // shortlist data, all before the service worker: its hash and _headers read the finished files.
  // The guard runs last, so that it also scans sw.js, _headers and the shortlist files, which the others write.
  integrations: [
    react(),
    searchIslandDirective(),
    contentReload(),
    cspMetaFirstInHead(),
    modulePreloads(LANGS.map((l) => localeSitePath(l, PAGES.home))),
    shortlistFiles(),
    offlineServiceWorker(),
    securityHeaders(),
    confidentialityGuard(),
  ],
  // A meta Content-Security-Policy on every page; Astro adds the hashes of its own inline scripts
  // and styles. Content never becomes script (src/lib/views/markdown.ts escapes it), so nothing else
  // is allowed: no eval of any kind. (Pagefind, which needs 'wasm-unsafe-eval', runs only in the
  // bench's own harness page, which carries no policy of the site's: scripts/bench/browser.ts.)
  security: {
    csp: {
      directives: cspDirectives(SITE.tileUrl),
      // The layout's inline script is not hashed by Astro (is:inline): its hash is added here.
      scriptDirective: { resources: ["'self'"], hashes: [`sha256-${createHash('sha256').update(JS_CLASS_SCRIPT).digest('base64')}`] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // The site's address, parsed once here (src/config.ts): pages and scripts get the result.
  // chunkUrl: `?chunk-url` imports, for a script that loads a chunk later without Vite's preload helper.
  vite: {
    plugins: [chunkUrl()],
    define: { __SITE_ADDRESS__: JSON.stringify({ url: SITE.url, base: SITE.base }) },
    // Small modules most pages share, each in one chunk rather than a file apiece: on a slow phone the
    // browser asks six files at a time, and the home page's first results waited for ten scripts
    // (now six). Grouped so that a page needing one of them loads little it does not need:
    // page-common (header count, quick exit) is on every page anyway; views (translator, routes,
    // facts, contact) only where something is written in the browser.
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'page-common', test: /src[\\/](client[\\/](quick-exit|shortlist[\\/]store)|lib[\\/]confidentiality[\\/]quick-exit)\.ts$/ },
              { name: 'views', test: /src[\\/]lib[\\/](i18n[\\/]translator|routes|views[\\/](facts|contact))\.ts$/ },
            ],
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
