/**
 * Every page type of the site, in one list used by the accessibility, CSP and third-party-request
 * tests. When a branch adds a page type (search, map, shortlist, referral sheet, entry builder,
 * open data), add it here; `PENDING_PAGE_TYPES` names the ones not built yet, so a missing one is
 * obvious rather than silently untested.
 */
export interface PageUnderTest {
  /** Short name used in test titles. */
  name: string;
  path: string;
  /** Expected HTTP status (the 404 page is served with 404). */
  status?: number;
  /** Map pages may load tiles from the tile server; nothing else may leave localhost. */
  map?: boolean;
  /** Runs before the checks, e.g. open the map or apply search filters. */
  prepare?: (page: import('@playwright/test').Page) => Promise<void>;
}

export const PAGES: PageUnderTest[] = [
  { name: 'home (ro)', path: '/' },
  { name: 'home (en)', path: '/en/' },
  { name: 'home (hu)', path: '/hu/' },
  { name: 'provider', path: '/providers/dasm-cluj-napoca/' },
  { name: 'provider (en)', path: '/en/providers/dasm-cluj-napoca/' },
  { name: 'provider (hu)', path: '/hu/providers/dasm-cluj-napoca/' },
  // DASM's domestic-violence centre has a confidential location: the page shows a contact route only.
  { name: 'confidential provider', path: '/providers/dasm-cluj-napoca/#location-centrul-violenta-domestica' },
  { name: 'category index', path: '/categories/' },
  { name: 'category', path: '/categories/elderly/' },
  { name: 'category with quick exit', path: '/categories/domestic-violence-victims/' },
  { name: 'category (hu)', path: '/hu/categories/homeless/' },
  { name: 'empty category', path: '/categories/migrants/' },
  { name: 'service type index', path: '/service-types/' },
  { name: 'service type', path: '/service-types/day-centre/' },
  { name: 'service type (en)', path: '/en/service-types/shelter/' },
  { name: 'coverage', path: '/coverage/' },
  { name: 'coverage (en)', path: '/en/coverage/' },
  { name: 'coverage (hu)', path: '/hu/coverage/' },
  { name: '404', path: '/no-such-page/', status: 404 },
];

/**
 * Page types the issue asks for that other branches build. The integrator moves each into PAGES
 * (with a `prepare` for "filters applied" and "map open") when its branch lands.
 */
export const PENDING_PAGE_TYPES = [
  'search with filters applied (/search/)',
  'map open (/map/, map: true)',
  'shortlist (/shortlist/)',
  'referral sheet',
  'entry builder',
  'open data (/data/)',
] as const;
