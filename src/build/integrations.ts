/**
 * Build steps that need the finished site: the policy's meta element moved to the top of each
 * page's <head>, the service worker (its cache name carries a hash of the whole build, its manifest
 * lists the built pages) and a `_headers` file whose Content-Security-Policy covers the script
 * hashes Astro put in every page's meta policy.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineManifest } from '../lib/site/offline';
import { withModulePreloads } from './module-preload';
import { cspMetaFirst, mergeCsp } from '../lib/site/csp';
import { SITE } from '../config';

// The confidentiality guard lives beside, in leak-guard.ts; it runs after the two integrations here.
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

const SW_TEMPLATE = fileURLToPath(new URL('../service-worker/sw.js', import.meta.url));

export function offlineServiceWorker(): AstroIntegration {
  return {
    name: 'offline-service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = listFiles(root).filter((f) => f !== 'sw.js' && f !== '_headers');
        const hash = createHash('sha256');
        const sizes = new Map<string, number>();
        for (const f of files) {
          const bytes = readFileSync(join(root, f));
          sizes.set(f, bytes.length);
          hash.update(f).update('\0').update(bytes);
        }
        const manifest = offlineManifest(files, hash.digest('hex').slice(0, 16), { sizeOf: (f) => sizes.get(f) ?? 0, base: SITE.base });
        writeFileSync(join(root, 'sw.js'), `const MANIFEST = ${JSON.stringify(manifest)};\n${readFileSync(SW_TEMPLATE, 'utf8')}`);
        logger.info(`sw.js: build ${manifest.buildId}, ${manifest.shell.length} shell and ${manifest.warm.length} offline URLs`);
      },
    },
  };
}

/**
 * Puts each page's Content-Security-Policy meta element first in <head> (after the charset):
 * Astro writes it last, and a meta policy does not cover what the parser met before it. Runs
 * before the other build-done steps, so the service worker's hash and _headers see the final pages.
 */
export function cspMetaFirstInHead(): AstroIntegration {
  return {
    name: 'csp-meta-first',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let moved = 0;
        for (const f of listFiles(root).filter((f) => f.endsWith('.html'))) {
          const html = readFileSync(join(root, f), 'utf8');
          const out = cspMetaFirst(html);
          if (out !== html) { writeFileSync(join(root, f), out); moved++; }
        }
        logger.info(`Content-Security-Policy moved to the top of <head> in ${moved} page(s)`);
      },
    },
  };
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
          const m = META_CSP.exec(readFileSync(join(root, f), 'utf8'));
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
          const out = withModulePreloads(html, read);
          links += out.split('rel="modulepreload"').length - html.split('rel="modulepreload"').length;
          writeFileSync(file, out);
        }
        logger.info(`${links} module preload links on ${pages.length} page(s)`);
      },
    },
  };
}
