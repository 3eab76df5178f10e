/**
 * Build steps that need the finished site: the policy's meta element moved to the top of each
 * page's <head>, the service worker (its cache name carries a hash of the whole build, its manifest
 * lists the built pages) and a `_headers` file whose Content-Security-Policy covers the script
 * hashes Astro put in every page's meta policy.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineManifest } from '../lib/site/offline';
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
