/**
 * Every page type of the site, in one list used by the accessibility, CSP and third-party-request
 * tests. A new page type is added here so that every check covers it. The paths are those of the
 * fixture site (tests/fixtures/site), not of the real content.
 */
import { DIRECTIA, FARA_SERVICII, PLACE, SERVICE, VECHE, providerPath } from './fixture';

export interface PageUnderTest {
  /** Short name used in test titles. */
  name: string;
  path: string;
  /** Expected HTTP status (the 404 page is served with 404). */
  status?: number;
  /** Pages with a map (the map page, provider pages' small map) may load tiles; nothing else may leave localhost. */
  map?: boolean;
  /** Runs before the checks, e.g. open the map or apply search filters. */
  prepare?: (page: import('@playwright/test').Page) => Promise<void>;
}

export const PAGES: PageUnderTest[] = [
  { name: 'home (ro)', path: '/' },
  { name: 'home (en)', path: '/en/' },
  { name: 'home (hu)', path: '/hu/' },
  { name: 'provider', path: providerPath(DIRECTIA), map: true },
  { name: 'provider (en)', path: providerPath(DIRECTIA, 'en'), map: true },
  { name: 'provider (hu)', path: providerPath(DIRECTIA, 'hu'), map: true },
  // The domestic-violence centre has a confidential location: the page shows a contact route only.
  { name: 'confidential provider', path: `${providerPath(DIRECTIA)}#location-${PLACE.confidential}`, map: true },
  { name: 'provider with old data', path: providerPath(VECHE), map: true },
  { name: 'provider without services', path: providerPath(FARA_SERVICII) },
  { name: 'category index', path: '/categories/' },
  { name: 'category', path: '/categories/elderly/' },
  { name: 'category with quick exit', path: '/categories/domestic-violence-victims/' },
  { name: 'category (hu)', path: '/hu/categories/homeless/' },
  { name: 'empty category', path: '/categories/migrants/' },
  { name: 'service type index', path: '/service-types/' },
  { name: 'service type', path: '/service-types/day-centre/' },
  { name: 'service type (en)', path: '/en/service-types/shelter/' },
  { name: 'county', path: '/areas/judetul-cluj/' },
  { name: 'coverage', path: '/coverage/' },
  { name: 'coverage (en)', path: '/en/coverage/' },
  { name: 'coverage (hu)', path: '/hu/coverage/' },
  {
    name: 'search with filters applied',
    path: '/?cat=elderly&free=1',
    prepare: async (page) => {
      await page.locator('.search-app[data-state="ready"]').waitFor({ timeout: 20_000 });
      await page.getByLabel('Ce căutați?').fill('centru');
    },
  },
  {
    name: 'map open',
    path: '/map/',
    map: true,
    prepare: async (page) => {
      await page.locator('[data-map-ready]').first().waitFor({ timeout: 20_000 });
    },
  },
  {
    name: 'search with the map shown',
    path: '/?view=map',
    map: true,
    prepare: async (page) => {
      await page.locator('[data-map-ready]').first().waitFor({ timeout: 20_000 });
    },
  },
  { name: 'shortlist (empty)', path: '/shortlist/' },
  {
    name: 'referral sheet',
    path: `/shortlist/sheet/?s=${SERVICE.shelter.replace('/', '.')}.${SERVICE.domesticViolence.split('/')[1]}`,
    prepare: async (page) => {
      await page.locator('main h2, main h3').first().waitFor({ timeout: 20_000 });
    },
  },
  { name: 'entry builder', path: '/contribute/' },
  { name: 'open data', path: '/data/' },
  { name: 'open data (en)', path: '/en/data/' },
  { name: 'map (hu)', path: '/hu/map/', map: true },
  { name: '404', path: '/no-such-page/', status: 404 },
];
