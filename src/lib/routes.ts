/**
 * Every URL of the site, in one place: page paths in each language, the data files islands fetch,
 * and absolute URLs from the one site setting (SITE_URL, read by src/config.ts). Romanian lives at
 * the root, other languages under /<lang>/.
 *
 * Two kinds of value come out of here. Links (`localePath`, and every function given a `lang`, and
 * the data-file paths) start with the base path the site is published under (`/directory/...` on a
 * GitHub Pages project site), so they work as they are in an href or a fetch. Site paths (what the
 * functions return without a `lang`: `/providers/x/`) are language-neutral and base-free: keys that
 * Layout's language switch, pagination, the sitemap and `absoluteUrl` start from.
 */
import { DEFAULT_LANG, LANGS, type Lang } from '../locales';
import { SITE } from '../config';
import { pagePath } from './catalogue/catalogue';
import type { TermField } from './catalogue/taxonomy';

/**
 * A site path as a link: with the base path in front.
 * @example withBase('/data/services.csv') // '/data/services.csv', or '/directory/data/services.csv' under /directory/
 */
export function withBase(path: string, base: string = SITE.base): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return base === '/' ? clean : `${base.replace(/\/$/, '')}${clean}`;
}

/** A site path in a language, without the base: `/providers/x/` (ro), `/en/providers/x/`. For the sitemap and absolute URLs. */
export function localeSitePath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === DEFAULT_LANG ? clean : `/${lang}${clean}`;
}

/** `/providers/x/` in a language, as a link: `/providers/x/` (ro), `/en/providers/x/` (with the base path in front). */
export function localePath(lang: Lang, path: string): string {
  return withBase(localeSitePath(lang, path));
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

/**
 * A county's page of providers, or with `unit` the page of one of its towns or communes: what is
 * located there, serves it, serves the whole county and the whole country (page `n` when it has several).
 * @example areaPath('judetul-cluj', { unit: 'floresti', lang: 'en' }) // '/en/areas/judetul-cluj/floresti/'
 */
export function areaPath(countyId: string, o: { unit?: string; lang?: Lang; page?: number; hash?: string } = {}): string {
  const base = o.unit ? `/areas/${countyId}/${o.unit}/` : `/areas/${countyId}/`;
  return place(pagePath(base, o.page ?? 1), o.lang, o.hash);
}

/** The folder of one language's search data: `index.json` and one file per shard. */
export function searchDataPath(lang: Lang): string {
  return withBase(`/data/search/${lang}/`);
}

/** The words of one language of the search vocabulary (what people type, read in every page language). */
export function searchVocabularyPath(lang: Lang): string {
  return withBase(`/data/search/vocabulary/${lang}.json`);
}

/**
 * One provider's shortlist data, the same file for every language (src/lib/shortlist/provider-file.ts,
 * written by the build's shortlistFiles integration): static files, so a service worker can keep them.
 */
export function shortlistDataPath(providerId: string): string {
  return withBase(`/${shortlistDataFile(providerId)}`);
}

/** The same file by its path in the built site (no base path): where the build writes it. */
export function shortlistDataFile(providerId: string): string {
  return `data/shortlist/${providerId}.json`;
}

/**
 * A county's list of the places on the map (page `n` of it when it has several): what /map/ links
 * to, without JavaScript, when the directory is too big to list every place on one page.
 */
export function mapCountyPath(countyId: string, o: { lang?: Lang; page?: number } = {}): string {
  return place(pagePath(`${PAGES.map}${countyId}/`, o.page ?? 1), o.lang);
}

/** One provider's file as data (src/lib/ingest/provider-source.ts), for "correct an existing entry". */
export function providerSourcePath(providerId: string): string {
  return `/data/providers/${providerId}.json`;
}

/**
 * The provider id in the address of one of its pages, in any language, absolute or not
 * (`https://…/en/providers/x/#service-y` → `x`); undefined for any other address.
 */
export function providerIdFromUrl(address: string): string | undefined {
  const m = /(?:^|\/)providers\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:[?#].*)?$/.exec(address.trim());
  return m?.[1];
}

/** The map page's packed points (see packMapPoints). */
export function mapPointsPath(lang: Lang): string {
  return localePath(lang, '/map/points.json');
}

/** The coverage tables as CSV (one file for every language), as a link. */
export const COVERAGE_CSV_PATH = withBase('/data/coverage.csv');

/** An open-data file by its path under the site root, as a link (`data/services.csv` → `/data/services.csv`). */
export function dataFilePath(file: string): string {
  return withBase(`/${file.replace(/^\/+/, '')}`);
}

/** The site's icon, as a link. */
export const FAVICON_PATH = withBase('/favicon.svg');

/** The service worker (written at build by src/build/integrations.ts) and the part of the site it serves. */
export const SERVICE_WORKER = { path: withBase('/sw.js'), scope: withBase('/') } as const;

/**
 * The public URL of a site path (base-free, as the functions above return it without `lang`), for
 * canonical links, JSON-LD, the sitemap and the links inside exports. Absolute when the site's
 * address is known (SITE_URL); otherwise the root-relative link, which works wherever the files are
 * served from and claims no address the site does not have.
 * @example absoluteUrl('/providers/x/', 'https://x.github.io/directory') // 'https://x.github.io/directory/providers/x/'
 * @example absoluteUrl('/providers/x/', undefined) // '/providers/x/'
 */
export function absoluteUrl(path: string, siteUrl: string | undefined = SITE.url): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return siteUrl ? `${siteUrl.replace(/\/$/, '')}${clean}` : withBase(clean);
}

/**
 * The absolute URL of a link as pages write it (base path already in: what localePath and
 * providerPath with a language return), against the site's address or a page's origin; the link
 * itself when there is neither. For links handed to another app (SMS, WhatsApp), which need a host.
 * @example linkUrl('/directory/en/providers/x/', 'https://x.github.io/directory') // 'https://x.github.io/directory/en/providers/x/'
 */
export function linkUrl(link: string, origin: string | undefined = SITE.url): string {
  return origin ? new URL(link, origin).href : link;
}
