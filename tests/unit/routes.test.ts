/** Every URL of the site comes from src/lib/routes.ts; these pin the shapes the pages, islands and exports rely on. */
import { describe, expect, it } from 'vitest';
import { PREFIXED_LANGS } from '../../src/locales';
import { SITE } from '../../src/config';
import {
  absoluteUrl, areaPath, langParams, localePath, mapPointsPath, providerPath, searchDataPath,
  shortlistDataPath, termIndexPath, termPath,
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
    expect(areaPath('judetul-cluj', { page: 1 })).toBe('/areas/judetul-cluj/');
  });

  it('name the data files islands fetch', () => {
    expect(searchDataPath('hu')).toBe('/data/search/hu/');
    expect(shortlistDataPath('en', 'dasm')).toBe('/data/shortlist/en/dasm.json');
    expect(mapPointsPath('ro')).toBe('/map/points.json');
    expect(mapPointsPath('en')).toBe('/en/map/points.json');
  });

  it('make absolute URLs from the one site setting (also the one astro.config.mjs reads)', () => {
    expect(absoluteUrl('/providers/dasm/')).toBe(`${SITE.url}/providers/dasm/`);
    expect(absoluteUrl('/providers/dasm/', 'https://x.test/')).toBe('https://x.test/providers/dasm/');
  });
});
