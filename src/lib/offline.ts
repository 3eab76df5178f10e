/**
 * What the service worker keeps for offline use, computed from the list of built files.
 * The shell (home pages, 404, hashed assets) is cached at install; the "warm" list (catalogue
 * pages, provider pages, the shortlist, open data) is fetched right after, best effort.
 */

export interface OfflineManifest {
  /** Changes with every different build; part of the cache name, so a new build replaces old caches. */
  buildId: string;
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

const LANG_PREFIX = '(?:(?:en|hu)/)?';
const WARM_RULES: RegExp[] = [
  new RegExp(`^/${LANG_PREFIX}shortlist/$`),
  /^\/data\/[^/]+$/,
  new RegExp(`^/${LANG_PREFIX}(?:categories|service-types)/(?:[^/]+/)?$`),
  new RegExp(`^/${LANG_PREFIX}providers/[^/]+/$`),
];

/**
 * Builds the manifest. Warm URLs are taken in priority order (shortlist, open data, category and
 * type pages, provider pages) up to `maxWarm`, so a very large directory does not fill phones.
 */
export function offlineManifest(files: readonly string[], buildId: string, maxWarm = 2000): OfflineManifest {
  const urls = [...new Set(files.map(fileToUrl))].sort();
  const shell = urls.filter((u) => /^\/(?:(?:en|hu)\/)?$/.test(u) || u === '/404.html' || u === '/favicon.svg' || (u.startsWith('/_astro/') && /\.(?:js|css|svg|woff2?)$/.test(u)));
  const warm: string[] = [];
  for (const rule of WARM_RULES) for (const u of urls) if (rule.test(u) && !warm.includes(u)) warm.push(u);
  return { buildId, shell, warm: warm.slice(0, maxWarm) };
}
