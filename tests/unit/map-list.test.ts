/** The /map/ page's plain list: every place for a small directory, counties with counts for a big one. */
import { describe, expect, it } from 'vitest';
import { realContent, validateFile } from './helpers';
import { publicProvider } from '../../src/lib/confidentiality/public-provider';
import { HOME_LIST_MAX } from '../../src/lib/catalogue/catalogue';
import { mapCountyRows, mapListByCounty } from '../../src/lib/map/list';
import type { Provider } from '../../src/schemas/provider';

describe('mapListByCounty', () => {
  it('lists every place up to the home page threshold and counties above it', () => {
    expect(mapListByCounty(0)).toBe(false);
    expect(mapListByCounty(HOME_LIST_MAX)).toBe(false);
    expect(mapListByCounty(HOME_LIST_MAX + 1)).toBe(true);
    expect(mapListByCounty(10_000)).toBe(true);
    expect(mapListByCounty(5, 4)).toBe(true);
  });

  it('keeps the full list for the real content (48 providers)', () => {
    expect(realContent.providers.length).toBeLessThanOrEqual(HOME_LIST_MAX);
    expect(mapListByCounty(realContent.providers.length)).toBe(false);
  });
});

describe('mapCountyRows', () => {
  const { data } = validateFile('tests/fixtures/valid/full-provider.yaml');
  const full = data as Provider;

  it('counts the map points of each county, never a confidential or unlocated place, and leaves out empty counties', () => {
    const twoPlaces = publicProvider({
      ...full,
      id: 'two-places',
      locations: [
        ...(full.locations ?? []),
        { id: 'secret', confidential: true, latitude: 46.7, longitude: 23.6, precision: 'exact' },
        { id: 'annex', confidential: false, latitude: 46.78, longitude: 23.6, precision: 'exact' },
        { id: 'no-coords', confidential: false, address: { street: 'Str. X 1', locality: 'Cluj-Napoca', county: 'Cluj' } },
      ],
    } as Provider);
    const unlocated = publicProvider({ ...full, id: 'unlocated', locations: [] } as Provider);
    const rows = mapCountyRows([
      { countyId: 'judetul-cluj', providers: [publicProvider(full), twoPlaces, unlocated] },
      { countyId: 'judetul-alba', providers: [unlocated] },
    ], 'ro');
    // full-provider has one public located place (its shelter is confidential); twoPlaces adds one more of its own.
    expect(rows).toEqual([{ countyId: 'judetul-cluj', places: 3, providers: 2 }]);
  });
});
