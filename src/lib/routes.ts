/**
 * Every URL of the site, in one place: page paths in each language, the data files islands fetch,
 * and absolute URLs from the one site setting (SITE.url). Romanian lives at the root, other
 * languages under /<lang>/. Functions that take an optional `lang` return the language-neutral path
 * without it (what Layout's language switch and the sitemap work from; `localePath` places it in a language).
 */
import { DEFAULT_LANG, LANGS, type Lang } from '../locales';
import { SITE } from '../config';
import { pagePath } from './catalogue/catalogue';
import type { TermField } from './catalogue/taxonomy';

/** `/providers/x/` in a language: `/providers/x/` (ro), `/en/providers/x/`. */
export function localePath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === DEFAULT_LANG ? clean : `/${lang}${clean}`;
}

/** The `[...lang]` route parameter of a language: none for Romanian (the root). */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** getStaticPaths entries for the `[...lang]` route segment: root for Romanian, /en/, /hu/. */
export function langParams(): Array<{ params: { lang: string | undefined }; props: { lang: Lang } }> {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** The site's fixed pages, language-neutral. */
export const PAGES = {
  home: '/',
  categories: '/categories/',
  serviceTypes: '/service-types/',
  map: '/map/',
  coverage: '/coverage/',
  data: '/data/',
  contribute: '/contribute/',
  shortlist: '/shortlist/',
  sheet: '/shortlist/sheet/',
} as const;

/** A page of the site in a language (or language-neutral without one). */
function place(path: string, lang: Lang | undefined, hash?: string): string {
  const localised = lang === undefined ? path : localePath(lang, path);
  return hash ? `${localised}#${hash}` : localised;
}

/** The id of a service's section on its provider page. */
export const serviceAnchor = (serviceId: string) => `service-${serviceId}`;
/** The id of a place's section on its provider page. */
export const locationAnchor = (locationId: string) => `location-${locationId}`;

const PROVIDERS = '/providers/';

/**
 * A provider page, optionally at one of its services or places.
 * @example providerPath('dasm', { lang: 'en', service: 'cantina' }) // '/en/providers/dasm/#service-cantina'
 */
export function providerPath(id: string, o: { lang?: Lang; service?: string; location?: string } = {}): string {
  const hash = o.service !== undefined ? serviceAnchor(o.service) : o.location !== undefined ? locationAnchor(o.location) : undefined;
  return place(`${PROVIDERS}${id}/`, o.lang, hash);
}

const TERM_FOLDER: Record<TermField, string> = { beneficiary_categories: PAGES.categories, service_types: PAGES.serviceTypes };

/** The list of every term of a taxonomy: /categories/ or /service-types/. */
export function termIndexPath(field: TermField, o: { lang?: Lang } = {}): string {
  return place(TERM_FOLDER[field], o.lang);
}

/** A beneficiary category's or service type's page (page `n` of it when it has several). */
export function termPath(field: TermField, id: string, o: { lang?: Lang; page?: number } = {}): string {
  return place(pagePath(`${TERM_FOLDER[field]}${id}/`, o.page ?? 1), o.lang);
}

/** A county's page of providers (page `n` of it when it has several). */
export function areaPath(countyId: string, o: { lang?: Lang; page?: number; hash?: string } = {}): string {
  return place(pagePath(`/areas/${countyId}/`, o.page ?? 1), o.lang, o.hash);
}

/** The folder of one language's search data: `index.json` and one file per shard. */
export function searchDataPath(lang: Lang): string {
  return `/data/search/${lang}/`;
}

/** The words of one language of the search vocabulary (what people type, read in every page language). */
export function searchVocabularyPath(lang: Lang): string {
  return `/data/search/vocabulary/${lang}.json`;
}

/**
 * One provider's shortlist data in one language (built by src/pages/data/shortlist/): static files,
 * so a service worker can keep them for offline use.
 */
export function shortlistDataPath(lang: Lang, providerId: string): string {
  return `/data/shortlist/${lang}/${providerId}.json`;
}

/** The map page's packed points (see packMapPoints). */
export function mapPointsPath(lang: Lang): string {
  return localePath(lang, '/map/points.json');
}

/** The coverage tables as CSV (one file for every language). */
export const COVERAGE_CSV_PATH = '/data/coverage.csv';

/** An open-data file by its path under the site root (`data/services.csv` → `/data/services.csv`). */
export function dataFilePath(file: string): string {
  return `/${file.replace(/^\/+/, '')}`;
}

/**
 * The absolute URL of a site path, for canonical links, JSON-LD and exports.
 * @example absoluteUrl('/providers/x/') // 'https://servicii-sociale-cluj.example.org/providers/x/'
 */
export function absoluteUrl(path: string, siteUrl: string = SITE.url): string {
  return `${siteUrl.replace(/\/$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
