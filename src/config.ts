/**
 * Site-wide settings that a deployment may change. Pure values, safe to import anywhere
 * (pages, islands, src/lib callers); nothing here reads the environment at run time in the browser.
 */
export const SITE = {
  /** Public address of the deployed site, for canonical links, the sitemap and share links. */
  url: 'https://servicii-sociale-cluj.example.org',
  /** The repository that holds content/; "suggest a correction" opens files here. */
  repositoryUrl: 'https://github.com/servicii-sociale-cluj/directory',
  repositoryBranch: 'main',
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
