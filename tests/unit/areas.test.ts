/** One meaning of "here": servesArea, on a small taxonomy and on the real one. */
import { describe, expect, it } from 'vitest';
import { areaIndex, localitiesOf, placedService, servesArea, unitsOf, type AreaTermLike } from '../../src/lib/catalogue/areas';
import { realContent } from './helpers';

const term = (id: string, ro: string, parent?: string, kind?: AreaTermLike['kind']): AreaTermLike => ({ id, label: { ro, en: ro, hu: ro }, ...(parent ? { parent } : {}), ...(kind ? { kind } : {}) });
const areas = areaIndex([
  term('romania', 'Toată țara'),
  term('judetul-cluj', 'Județul Cluj', 'romania'),
  term('judetul-alba', 'Județul Alba', 'romania'),
  term('cluj-napoca', 'Cluj-Napoca', 'judetul-cluj', 'municipality'),
  term('manastur', 'Mănăștur', 'cluj-napoca', 'neighbourhood'),
  term('marasti', 'Mărăști', 'cluj-napoca', 'neighbourhood'),
  term('floresti', 'Florești', 'judetul-cluj', 'commune'),
  term('floresti-57715', 'Florești', 'floresti', 'locality'),
  term('luna-de-sus-57724', 'Luna de Sus', 'floresti', 'locality'),
  term('chinteni', 'Chinteni', 'judetul-cluj', 'commune'),
  term('padureni-57038', 'Pădureni', 'chinteni', 'locality'),
  term('ciurila', 'Ciurila', 'judetul-cluj', 'commune'),
  term('padureni-57261', 'Pădureni', 'ciurila', 'locality'),
]);
const at = (locality: string, county = 'Cluj') => ({ address: { locality, county } });

describe('servesArea', () => {
  it('calls a service located in a place, or in a part of it, "located" there', () => {
    const inManastur = { places: [{ area: 'manastur' }] };
    expect(servesArea(inManastur, 'manastur', areas)).toBe('located');
    expect(servesArea(inManastur, 'cluj-napoca', areas)).toBe('located');
    expect(servesArea(inManastur, 'judetul-cluj', areas)).toBe('located');
    expect(servesArea(inManastur, 'marasti', areas)).toBeUndefined();
    expect(servesArea(inManastur, 'floresti', areas)).toBeUndefined();
  });

  it('finds the area of an address by its locality, a village by its name, in any spelling', () => {
    expect(servesArea({ places: [at('Luna de Sus')] }, 'floresti', areas)).toBe('located');
    expect(servesArea({ places: [at('LUNA DE SUS')] }, 'floresti', areas)).toBe('located');
    expect(servesArea({ places: [at('Cluj Napoca')] }, 'cluj-napoca', areas)).toBe('located');
    // The commune and its seat share a name: the commune.
    expect(areas.placeArea(at('Florești'))).toBe('floresti');
    // Two villages of one name in two communes: only the county is certain.
    expect(areas.placeArea(at('Pădureni'))).toBe('judetul-cluj');
    expect(servesArea({ places: [at('Pădureni')] }, 'chinteni', areas)).toBeUndefined();
    expect(servesArea({ places: [at('Pădureni')] }, 'judetul-cluj', areas)).toBe('located');
    // A confidential place names only its locality.
    expect(servesArea({ places: [{ locality: 'Florești' }] }, 'floresti', areas)).toBe('located');
  });

  it('lists services for the whole city, county or country apart from those located here', () => {
    expect(servesArea({ areas_served: ['cluj-napoca'], places: [] }, 'manastur', areas)).toBe('serves-locality');
    expect(servesArea({ areas_served: ['manastur'], places: [] }, 'cluj-napoca', areas)).toBe('serves-locality');
    expect(servesArea({ areas_served: ['luna-de-sus-57724'], places: [] }, 'floresti', areas)).toBe('serves-locality');
    expect(servesArea({ areas_served: ['judetul-cluj'], places: [] }, 'floresti', areas)).toBe('county-wide');
    expect(servesArea({ areas_served: ['romania'], places: [] }, 'padureni-57038', areas)).toBe('national');
    expect(servesArea({ areas_served: ['judetul-alba'], places: [] }, 'floresti', areas)).toBeUndefined();
    expect(servesArea({ areas_served: ['cluj-napoca'], places: [] }, 'floresti', areas)).toBeUndefined();
    expect(servesArea({ places: [] }, 'floresti', areas)).toBeUndefined();
  });

  it('gives the strongest reach when several apply', () => {
    expect(servesArea({ areas_served: ['romania', 'judetul-cluj'], places: [] }, 'floresti', areas)).toBe('county-wide');
    expect(servesArea({ areas_served: ['romania', 'floresti'], places: [] }, 'floresti', areas)).toBe('serves-locality');
    expect(servesArea({ areas_served: ['judetul-cluj'], places: [{ area: 'manastur' }] }, 'cluj-napoca', areas)).toBe('located');
    expect(servesArea({ areas_served: ['judetul-cluj'], places: [{ area: 'manastur' }] }, 'floresti', areas)).toBe('county-wide');
  });

  it('reads a provider service through its location ids', () => {
    const provider = { locations: [{ id: 'a', area: 'manastur' }, { id: 'b', address: { locality: 'Florești', county: 'Cluj' } }] };
    expect(servesArea(placedService(provider, { locations: ['b'] }), 'floresti', areas)).toBe('located');
    expect(servesArea(placedService(provider, { locations: ['b'] }), 'manastur', areas)).toBeUndefined();
  });

  it('lists the units of a county and the localities of a unit', () => {
    expect(unitsOf(areas, 'judetul-cluj').map((t) => t.id)).toEqual(['cluj-napoca', 'floresti', 'chinteni', 'ciurila']);
    expect(localitiesOf(areas, 'floresti').map((t) => t.id)).toEqual(['floresti-57715', 'luna-de-sus-57724']);
  });
});

describe('servesArea on the real areas taxonomy', () => {
  const real = areaIndex(realContent.taxonomies.areas);
  it('places a registry address in a village under its commune', () => {
    expect(real.placeArea(at('Copăceni'))).toMatch(/^copaceni-\d+$/);
    expect(servesArea({ places: [at('Copăceni')] }, 'sandulesti', real)).toBe('located');
    expect(servesArea({ places: [at('Recea Cristur')] }, 'recea-cristur', real)).toBe('located');
  });
  it('has 81 administrative units in Cluj county', () => {
    expect(unitsOf(real, 'judetul-cluj')).toHaveLength(81);
  });
});
