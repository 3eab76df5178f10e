/**
 * Build steps that need the finished site: the policy's meta element moved to the top of each
 * page's <head>, the service worker (its cache name carries a hash of the whole build, its manifest
 * lists the built pages) and a `_headers` file whose Content-Security-Policy covers the script
 * hashes Astro put in every page's meta policy.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileToUrl, offlineManifest } from '../lib/site/offline';
import { withAsyncScript, withModulePreloads } from './module-preload';

/** The built name of the home page's own script (src/pages/[...lang]/index.astro: the first results). */
const HOME_PAGE_SCRIPT = /\/index\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;
import { cspMetaFirst, mergeCsp, withPageHashesOnly } from '../lib/site/csp';
import { publicProvider } from '../lib/confidentiality/public-provider';
import { shortlistProviderFile } from '../lib/shortlist/provider-file';
import { shortlistDataFile } from '../lib/routes';
import { SITE } from '../config';
import { buildDate, contentDir, loadContent } from './content-files';
import { contentCacheDir } from './content-cache';

// The confidentiality guard lives beside, in leak-guard.ts; it runs after every integration here.
export { confidentialityGuard } from './leak-guard';

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else out.push(relative(root, abs).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/**
 * In `astro dev`, reloads the browser when a content file changes. The site reads content itself
 * (src/collections/directory.ts), not through Astro's collections, so Vite does not know that the
 * pages depend on it; the directory module notices the change on the next request.
 */
export function contentReload(): AstroIntegration {
  return {
    name: 'content-reload',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const dir = contentDir();
        server.watcher.add(dir);
        server.watcher.on('all', (_event: string, path: string) => {
          if (path.startsWith(dir)) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        });
      },
    },
  };
}

/**
 * The shortlist data, one language-neutral file per provider (/data/shortlist/<id>.json), written
 * after the pages rather than as a route each: Astro's per-route work (request, response, folder)
 * cost more than the file itself, three times over when each language had its own. The content
 * comes from the build's content cache, so it is not parsed and checked a second time. Listed
 * before the service worker, which hashes every built file.
 */
export function shortlistFiles(): AstroIntegration {
  return {
    name: 'shortlist-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const content = loadContent(undefined, undefined, { cacheDir: contentCacheDir() });
        // The build already stopped on any problem; this is only a guard against writing half a directory.
        if (content.problems.length) throw new Error(`shortlist files: content has ${content.problems.length} problem(s); run npm run validate`);
        const areas = new Map(content.taxonomies.areas.map((a) => [a.id, a.label]));
        const asOf = buildDate();
        let written = 0;
        for (const p of content.providers) {
          const file = shortlistProviderFile(publicProvider(p.data), asOf, SITE.staleAfterMonths, (id) => areas.get(id));
          if (!file) continue;
          const path = join(root, shortlistDataFile(p.id));
          if (written === 0) mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, JSON.stringify(file));
          written++;
        }
        logger.info(`${written} shortlist files in ${dirname(shortlistDataFile('x'))}/`);
      },
    },
  };
}

const SW_TEMPLATE = fileURLToPath(new URL('../service-worker/sw.js', import.meta.url));

export function offlineServiceWorker(): AstroIntegration {
  return {
    name: 'offline-service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = listFiles(root).filter((f) => f !== 'sw.js' && f !== '_headers');
        const sizes = new Map(files.map((f) => [f, statSync(join(root, f)).size]));
        // Which files the worker saves ahead (without the base path: the same list, the id comes after).
        const ahead = offlineManifest(files, '', { sizeOf: (f) => sizes.get(f) ?? 0 });
        const saved = new Set([...ahead.shell, ...ahead.warm]);
        // The build id names the phone's cache: it must change when a file the worker saves ahead
        // (shell and warm list) changes, or when any file comes or goes or changes size. Other pages
        // are fetched network-first, so reading all 200,000 files of a national build is not needed.
        const hash = createHash('sha256');
        for (const f of files) hash.update(f).update('\0').update(String(sizes.get(f))).update('\0');
        for (const f of files) if (saved.has(fileToUrl(f))) hash.update(readFileSync(join(root, f)));
        const manifest = offlineManifest(files, hash.digest('hex').slice(0, 16), { sizeOf: (f) => sizes.get(f) ?? 0, base: SITE.base });
        writeFileSync(join(root, 'sw.js'), `const MANIFEST = ${JSON.stringify(manifest)};\n${readFileSync(SW_TEMPLATE, 'utf8')}`);
        logger.info(`sw.js: build ${manifest.buildId}, ${manifest.shell.length} shell and ${manifest.warm.length} offline URLs`);
      },
    },
  };
}

/**
 * Puts each page's Content-Security-Policy meta element first in <head> (after the charset):
 * Astro writes it last, and a meta policy does not cover what the parser met before it. Its
 * hashes are cut down to the page's own inline scripts and styles (withPageHashesOnly). Runs
 * before the other build-done steps, so the service worker's hash and _headers see the final pages.
 */
const sha256Base64 = (text: string) => createHash('sha256').update(text).digest('base64');

export function cspMetaFirstInHead(): AstroIntegration {
  return {
    name: 'csp-meta-first',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let moved = 0;
        for (const f of listFiles(root).filter((f) => f.endsWith('.html'))) {
          const html = readFileSync(join(root, f), 'utf8');
          const out = cspMetaFirst(withPageHashesOnly(html, sha256Base64));
          if (out !== html) { writeFileSync(join(root, f), out); moved++; }
        }
        logger.info(`Content-Security-Policy moved to the top of <head>, with the page's own hashes only, in ${moved} page(s)`);
      },
    },
  };
}

/** The start of a file: the policy is a meta element in <head>, so a page's body need not be read. */
function readHead(path: string, bytes = 32_768): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.toString('utf8', 0, readSync(fd, buf, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = new Set<string>();
        const without: string[] = [];
        for (const f of listFiles(root).filter((f) => f.endsWith('.html'))) {
          const head = readHead(join(root, f));
          // A head longer than the chunk read: read the whole page.
          const m = META_CSP.exec(head) ?? (head.includes('</head>') ? null : META_CSP.exec(readFileSync(join(root, f), 'utf8')));
          // Astro's redirect pages have no policy and need none; anything else is worth a look.
          if (!m) { without.push(f); continue; }
          policies.add(m[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
        }
        if (without.length) logger.warn(`no Content-Security-Policy meta element in ${without.length} page(s), e.g. ${without.slice(0, 3).join(', ')}`);
        const policy = mergeCsp([...policies]);
        const headers = [
          '# Generated at build by src/build/integrations.ts, for hosts that read _headers (Netlify, Cloudflare Pages).',
          '/*',
          `  Content-Security-Policy: ${policy}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=(self)',
          '',
        ].join('\n');
        writeFileSync(join(root, '_headers'), headers);
        logger.info(`_headers: one policy for ${policies.size} distinct page policies`);
      },
    },
  };
}

/**
 * `client:after-first-results` (src/client/search/after-first-results.ts): the search island loads
 * once the page's own script has drawn the first results, so React does not share a slow line with
 * the data those results need.
 */
export function searchIslandDirective(): AstroIntegration {
  return {
    name: 'search-island-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'after-first-results', entrypoint: fileURLToPath(new URL('../client/search/after-first-results.ts', import.meta.url)) });
      },
    },
  };
}

/**
 * Module preload links on the pages that draw something with a script before the reader acts (the
 * home pages' first results: src/build/module-preload.ts). Runs before the service worker's step,
 * which hashes the finished files.
 */
export function modulePreloads(pages: readonly string[]): AstroIntegration {
  let base = '/';
  return {
    name: 'module-preloads',
    hooks: {
      'astro:config:done': ({ config }) => { base = config.base.endsWith('/') ? config.base : `${config.base}/`; },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Script URLs carry the site's base path (a project site on GitHub Pages); files do not.
        const read = (path: string) => {
          const f = join(root, path.startsWith(base) ? path.slice(base.length - 1) : path);
          return existsSync(f) ? readFileSync(f, 'utf8') : undefined;
        };
        let links = 0;
        for (const page of pages) {
          const file = join(root, page, 'index.html');
          if (!existsSync(file)) continue;
          const html = readFileSync(file, 'utf8');
          const out = withAsyncScript(withModulePreloads(html, read), HOME_PAGE_SCRIPT);
          links += out.split('rel="modulepreload"').length - html.split('rel="modulepreload"').length;
          writeFileSync(file, out);
        }
        logger.info(`${links} module preload links on ${pages.length} page(s)`);
      },
    },
  };
}
