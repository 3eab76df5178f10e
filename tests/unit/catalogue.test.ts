import { describe, expect, it } from 'vitest';
import { countyOf, groupRuns, localityIndex, localityOf, pageParam, pagePath, paginate, PAGE_SIZE, slugify } from '../../src/lib/catalogue/catalogue';

import { fixtureProvider, fixtureSite, realContent } from './helpers';

const areas = new Map(realContent.taxonomies.areas.map((t) => [t.id, t]));

describe('catalogue: county of a provider', () => {
  it('uses the county of the first address, diacritics and all', () => {
    expect(countyOf({ locations: [{ address: { locality: 'Bistrița', county: 'Bistrița-Năsăud' } }], services: [] }, areas)).toBe('judetul-bistrita-nasaud');
  });

  it('walks up from a neighbourhood area to its county', () => {
    expect(countyOf({ locations: [{ confidential: true, area: 'manastur', locality: 'Cluj-Napoca' }], services: [] }, areas)).toBe('judetul-cluj');
  });

  it('falls back to the areas served, then to the whole country', () => {
    expect(countyOf({ services: [{ areas_served: ['cluj-napoca'] }] }, areas)).toBe('judetul-cluj');
    expect(countyOf({ services: [{ areas_served: ['romania'] }] }, areas)).toBe('romania');
    expect(countyOf({ services: [] }, areas)).toBe('romania');
  });

  it('places the fixture entries by their addresses, and one without a place in the whole country', () => {
    const fixtureAreas = new Map(fixtureSite.taxonomies.areas.map((t) => [t.id, t]));
    const place = (id: string) => [countyOf(fixtureProvider(id), fixtureAreas), localityOf(fixtureProvider(id))];
    expect(place('directia-exemplu-fixture')).toEqual(['judetul-cluj', 'Cluj-Napoca']);
    expect(place('fundatia-veche-fixture')).toEqual(['judetul-cluj', 'Turda']);
    expect(place('asociatia-oradea-fixture')).toEqual(['judetul-bihor', 'Oradea']);
    expect(place('organizatia-fara-servicii-fixture')).toEqual(['romania', undefined]);
  });
});

describe('catalogue: pages', () => {
  it('cuts lists into pages of PAGE_SIZE, with one empty page for an empty list', () => {
    const items = Array.from({ length: PAGE_SIZE * 2 + 1 }, (_, i) => i);
    expect(paginate(items).map((p) => p.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 1]);
    expect(paginate([])).toEqual([[]]);
  });

  it('keeps the first page at the base path and numbers the others', () => {
    expect(pagePath('/categories/elderly/', 1)).toBe('/categories/elderly/');
    expect(pagePath('/categories/elderly/', 3)).toBe('/categories/elderly/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
  });

  it('groups runs by locality and indexes the first page of each', () => {
    const rows = ['Arad', 'Arad', 'Lipova', 'Lipova', 'Pecica'].map((locality) => ({ locality }));
    expect(groupRuns(rows, (r) => r.locality).map((g) => [g.key, g.items.length])).toEqual([['Arad', 2], ['Lipova', 2], ['Pecica', 1]]);
    expect(localityIndex(paginate(rows, 3), (r) => r.locality)).toEqual([{ key: 'Arad', page: 1 }, { key: 'Lipova', page: 1 }, { key: 'Pecica', page: 2 }]);
  });

  it('slugifies Romanian names', () => {
    expect(slugify('Sighetu Marmației')).toBe('sighetu-marmatiei');
  });
});
