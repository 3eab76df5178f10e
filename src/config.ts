/**
 * Site-wide settings that a deployment may change. Pure values, safe to import anywhere
 * (pages, islands, src/lib callers); nothing here reads the environment at run time in the browser.
 */

/** Where the site is published, from the one build setting SITE_URL (see parseSiteUrl). */
export interface SiteAddress {
  /**
   * The public address without a trailing slash (`https://x.github.io/directory`), or undefined
   * when the build was not told: then links stay relative and nothing claims an address.
   */
  url: string | undefined;
  /** The path the site lives under, with slashes at both ends: `/` for a domain, `/directory/` for a sub-path. */
  base: string;
}

/**
 * Reads SITE_URL: an absolute http(s) address, optionally with a path (GitHub Pages project sites
 * live under `/<repository>/`). Anything else stops the build with the reason, rather than
 * publishing links that lead nowhere.
 * @example parseSiteUrl('https://x.github.io/directory') // { url: 'https://x.github.io/directory', base: '/directory/' }
 */
export function parseSiteUrl(raw: string | undefined): SiteAddress {
  const text = raw?.trim();
  if (!text) return { url: undefined, base: '/' };
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new Error(`SITE_URL '${text}' is not an address; write the public address of the site with https://, like the one GitHub Pages gives: 'https://<owner>.github.io/<repository>/'.`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`SITE_URL '${text}' must start with https:// (or http://).`);
  if (u.search || u.hash || u.username || u.password) throw new Error(`SITE_URL '${text}' must be only the address and path, without ?query, #fragment or user name.`);
  const path = u.pathname.replace(/\/+$/, '');
  return { url: `${u.origin}${path}`, base: `${path}/` };
}

/**
 * The setting as this code sees it. In the built site (pages and islands) Vite has written Astro's
 * `site` (astro.config.mjs passes it this same value) in place of import.meta.env.SITE; in Node
 * (astro.config.mjs itself, scripts, tests) the environment variable is read directly.
 */
function siteUrlSetting(): string | undefined {
  const fromBuild = import.meta.env === undefined ? undefined : (import.meta.env.SITE as string | undefined);
  if (fromBuild) return fromBuild;
  return typeof process === 'undefined' ? undefined : process.env.SITE_URL;
}

/**
 * The address as astro.config.mjs parsed it, written into the built pages and scripts by Vite
 * (`define`): the browser then carries the result, not the parser and its messages. Undefined in
 * Node, where the setting is parsed here.
 */
declare const __SITE_ADDRESS__: SiteAddress | undefined;

const ADDRESS: SiteAddress = typeof __SITE_ADDRESS__ === 'object' ? __SITE_ADDRESS__ : parseSiteUrl(siteUrlSetting());

export const SITE = {
  /**
   * Public address of the deployed site (SITE_URL at build; see SiteAddress): canonical links, the
   * sitemap, JSON-LD and the links inside the open-data files use it when it is set.
   */
  url: ADDRESS.url,
  /** The path every internal link starts with (src/lib/routes.ts adds it): `/`, or `/directory/` under a sub-path. */
  base: ADDRESS.base,
  /** The repository that holds content/; "suggest a correction" opens files here. */
  repositoryUrl: 'https://github.com/servicii-sociale-cluj/directory',
  repositoryBranch: 'main',
  /**
   * The maintainers' e-mail address for people who cannot use GitHub: provider pages offer a
   * prefilled message to it beside the GitHub issue form. Unset until the maintainers have a
   * mailbox they read (write it here, e.g. 'date@asociatia.ro'); while unset, pages offer the
   * GitHub route only and point to CONTRIBUTING.md for other ways to reach the maintainers.
   */
  contactEmail: undefined as string | undefined,
  /** Map tiles. One value to change for another tile server; {s}, {z}, {x}, {y} as in Leaflet. */
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  tileAttribution: '© OpenStreetMap contributors',
  /** Licence of the open data downloads. */
  dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  /**
   * "Leave this site quickly": where the button sends people (a neutral page, replacing this one in
   * the tab's history), and the beneficiary categories whose pages carry the button; a search that
   * touches them (query, filter or results) shows it too and stays out of the address.
   */
  quickExitUrl: 'https://www.meteoromania.ro/',
  quickExitCategories: ['domestic-violence-victims', 'trafficking-victims'],
  /** Data whose newest source is older than this is marked as old. */
  staleAfterMonths: 24,
} as const;
