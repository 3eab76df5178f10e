/** Every URL of the site comes from src/lib/routes.ts; these pin the shapes the pages, islands and exports rely on. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREFIXED_LANGS } from '../../src/locales';
import { parseSiteUrl, SITE } from '../../src/config';
import {
  absoluteUrl, areaPath, langParams, localePath, localeSitePath, mapCountyPath, mapPointsPath, providerPath, searchDataPath,
  shortlistDataPath, termIndexPath, termPath, withBase,
} from '../../src/lib/routes';

describe('routes', () => {
  it('put Romanian at the root and every other language under its prefix', () => {
    expect(langParams().map((p) => [p.props.lang, p.params.lang])).toEqual([['ro', undefined], ['en', 'en'], ['hu', 'hu']]);
    for (const lang of PREFIXED_LANGS) {
      expect(localePath(lang, '/map/')).toBe(`/${lang}/map/`);
    }
  });

  it('build provider pages, at a service or a place, in a language or language-neutral', () => {
    expect(providerPath('dasm')).toBe('/providers/dasm/');
    expect(providerPath('dasm', { lang: 'ro' })).toBe('/providers/dasm/');
    expect(providerPath('dasm', { lang: 'hu', service: 'cantina' })).toBe('/hu/providers/dasm/#service-cantina');
    expect(providerPath('dasm', { lang: 'en', location: 'sediu' })).toBe('/en/providers/dasm/#location-sediu');
  });

  it('build term and county pages, page n of them, and the term lists', () => {
    expect(termPath('beneficiary_categories', 'elderly', { lang: 'en' })).toBe('/en/categories/elderly/');
    expect(termPath('service_types', 'day-centre', { page: 2 })).toBe('/service-types/day-centre/2/');
    expect(termIndexPath('service_types', { lang: 'hu' })).toBe('/hu/service-types/');
    expect(areaPath('judetul-cluj', { lang: 'en', page: 3, hash: 'loc-dej' })).toBe('/en/areas/judetul-cluj/3/#loc-dej');
    expect(areaPath('judetul-cluj', { unit: 'floresti', lang: 'hu' })).toBe('/hu/areas/judetul-cluj/floresti/');
    expect(areaPath('judetul-cluj', { unit: 'floresti', page: 2 })).toBe('/areas/judetul-cluj/floresti/2/');
    expect(mapCountyPath('judetul-cluj')).toBe('/map/judetul-cluj/');
    expect(mapCountyPath('judetul-cluj', { lang: 'en', page: 2 })).toBe('/en/map/judetul-cluj/2/');
    expect(areaPath('judetul-cluj', { page: 1 })).toBe('/areas/judetul-cluj/');
  });

  it('name the data files islands fetch', () => {
    expect(searchDataPath('hu')).toBe('/data/search/hu/');
    expect(shortlistDataPath('dasm')).toBe('/data/shortlist/dasm.json');
    expect(mapPointsPath('ro')).toBe('/map/points.json');
    expect(mapPointsPath('en')).toBe('/en/map/points.json');
  });

  it('make absolute URLs when the site has an address, and root-relative links when it has none', () => {
    expect(absoluteUrl('/providers/dasm/', 'https://x.test/')).toBe('https://x.test/providers/dasm/');
    expect(absoluteUrl('/providers/dasm/', 'https://x.github.io/directory')).toBe('https://x.github.io/directory/providers/dasm/');
    expect(absoluteUrl('/providers/dasm/', undefined)).toBe('/providers/dasm/');
    // The tests run without SITE_URL, as a local build does: nothing claims an address.
    expect(SITE.url).toBeUndefined();
    expect(absoluteUrl('/providers/dasm/')).toBe('/providers/dasm/');
  });
});

describe('the site address setting (SITE_URL)', () => {
  it('is optional: unset means no address and the root as base path', () => {
    expect(parseSiteUrl(undefined)).toEqual({ url: undefined, base: '/' });
    expect(parseSiteUrl('  ')).toEqual({ url: undefined, base: '/' });
  });
  it('gives the base path from the address path, with or without a trailing slash', () => {
    expect(parseSiteUrl('https://servicii.example')).toEqual({ url: 'https://servicii.example', base: '/' });
    expect(parseSiteUrl('https://servicii.example/')).toEqual({ url: 'https://servicii.example', base: '/' });
    expect(parseSiteUrl('https://x.github.io/directory/')).toEqual({ url: 'https://x.github.io/directory', base: '/directory/' });
    expect(parseSiteUrl('https://x.github.io/a/b')).toEqual({ url: 'https://x.github.io/a/b', base: '/a/b/' });
  });
  it('refuses what is not a public address, saying how to write one', () => {
    expect(() => parseSiteUrl('servicii.ro')).toThrow(/SITE_URL 'servicii.ro' is not an address; write .*https:\/\//);
    expect(() => parseSiteUrl('ftp://x.ro/')).toThrow(/must start with https:\/\//);
    expect(() => parseSiteUrl('https://x.ro/?a=1')).toThrow(/without \?query/);
  });
});

describe('routes under a base path (a GitHub Pages project site)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('put the base path in front of every link, and nowhere else', async () => {
    vi.stubEnv('SITE_URL', 'https://x.github.io/directory/');
    vi.resetModules();
    const r = await import('../../src/lib/routes');
    const { SITE: site } = await import('../../src/config');
    expect(site).toMatchObject({ url: 'https://x.github.io/directory', base: '/directory/' });
    // Links: pages in a language, the data files islands fetch, downloads, the worker.
    expect(r.localePath('ro', '/')).toBe('/directory/');
    expect(r.localePath('en', '/map/')).toBe('/directory/en/map/');
    expect(r.providerPath('dasm', { lang: 'hu', service: 'c' })).toBe('/directory/hu/providers/dasm/#service-c');
    expect(r.searchDataPath('ro')).toBe('/directory/data/search/ro/');
    expect(r.shortlistDataPath('dasm')).toBe('/directory/data/shortlist/dasm.json');
    expect(r.mapPointsPath('en')).toBe('/directory/en/map/points.json');
    expect(r.dataFilePath('data/services.csv')).toBe('/directory/data/services.csv');
    expect(r.COVERAGE_CSV_PATH).toBe('/directory/data/coverage.csv');
    expect(r.SERVICE_WORKER).toEqual({ path: '/directory/sw.js', scope: '/directory/' });
    // Site paths (keys) stay base-free; absolute URLs add the address, base included, once.
    expect(r.providerPath('dasm')).toBe('/providers/dasm/');
    expect(r.localeSitePath('en', '/providers/dasm/')).toBe('/en/providers/dasm/');
    expect(r.absoluteUrl(r.localeSitePath('en', '/providers/dasm/'))).toBe('https://x.github.io/directory/en/providers/dasm/');
    // A link as pages write it (base included) made absolute for a message: the base once, not twice.
    expect(r.linkUrl(r.providerPath('dasm', { lang: 'en', service: 'c' }))).toBe('https://x.github.io/directory/en/providers/dasm/#service-c');
    expect(r.linkUrl(r.providerPath('dasm', { lang: 'en' }), 'http://127.0.0.1:4400')).toBe('http://127.0.0.1:4400/directory/en/providers/dasm/');
  });
});

describe('withBase', () => {
  it('adds a base path to a site path', () => {
    expect(withBase('/data/a.csv', '/')).toBe('/data/a.csv');
    expect(withBase('data/a.csv', '/d/')).toBe('/d/data/a.csv');
    expect(localeSitePath('ro', 'map/')).toBe('/map/');
  });
});
