/**
 * What the service worker keeps for offline use, computed from the list of built files.
 * The shell (home pages, 404, hashed assets) is cached at install; the "warm" list (catalogue
 * pages, provider pages, the shortlist, open data) is fetched right after, best effort.
 */
import { PREFIXED_LANGS } from '../../locales';
import { withBase } from '../routes';

export interface OfflineManifest {
  /** Changes with every different build; part of the cache name, so a new build replaces old caches. */
  buildId: string;
  /** The path the site is published under (`/`, or `/directory/`): the worker's own files sit below it. */
  base: string;
  /** Links (with the base path), like every URL below. */
  shell: string[];
  warm: string[];
}

/** `providers/x/index.html` → `/providers/x/`; `data/a.csv` → `/data/a.csv`. */
export function fileToUrl(file: string): string {
  const posix = file.replace(/\\/g, '/').replace(/^\/+/, '');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** The optional /<lang>/ in front of a page path (Romanian has none). */
const LANG_PREFIX = `(?:(?:${PREFIXED_LANGS.join('|')})/)?`;
const HOME = new RegExp(`^/${LANG_PREFIX}$`);
const WARM_RULES: RegExp[] = [
  new RegExp(`^/${LANG_PREFIX}shortlist/$`),
  /^\/data\/[^/]+$/,
  new RegExp(`^/${LANG_PREFIX}(?:categories|service-types)/(?:[^/]+/)?$`),
  new RegExp(`^/${LANG_PREFIX}providers/[^/]+/$`),
];

export interface OfflineLimits {
  /** At most this many warm URLs. */
  maxWarm?: number;
  /** At most this many bytes (as built, before compression) fetched for the warm list. */
  maxWarmBytes?: number;
  /** A built file's size in bytes, by its path as given in `files`; without it only the count limits. */
  sizeOf?: (file: string) => number;
  /** The base path the site is published under (SITE.base); `/` by default. */
  base?: string;
}

/**
 * Builds the manifest. Warm URLs are taken in priority order (shortlist, open data, category and
 * type pages, provider pages) up to the limits, so a very large directory does not fill phones:
 * a file that would pass the byte budget is skipped (national open-data files are hundreds of MB).
 */
export function offlineManifest(files: readonly string[], buildId: string, limits: OfflineLimits = {}): OfflineManifest {
  const { maxWarm = 2000, maxWarmBytes = 8_000_000, sizeOf, base = '/' } = limits;
  const fileOf = new Map(files.map((f) => [fileToUrl(f), f]));
  const urls = [...fileOf.keys()].sort();
  const shell = urls.filter((u) => HOME.test(u) || u === '/404.html' || u === '/favicon.svg' || (u.startsWith('/_astro/') && /\.(?:js|css|svg|woff2?)$/.test(u)));
  const warm = new Set<string>();
  let bytes = 0;
  for (const rule of WARM_RULES) {
    for (const u of urls) {
      if (warm.size >= maxWarm) break;
      if (!rule.test(u) || warm.has(u)) continue;
      const size = sizeOf ? sizeOf(fileOf.get(u)!) : 0;
      if (bytes + size > maxWarmBytes) continue;
      bytes += size;
      warm.add(u);
    }
  }
  const link = (u: string) => withBase(u, base);
  return { buildId, base, shell: shell.map(link), warm: [...warm].map(link) };
}
