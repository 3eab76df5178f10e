/**
 * What an area is, for the areas taxonomy: the country, a county, an administrative unit (a
 * municipality, town or commune: each has its own local authority and public social assistance
 * service), a locality inside one (a village, or a part of a town), or a neighbourhood of a city.
 *
 * Plain constants without zod, so that code running in the browser (the search island asks
 * `servesArea`) can use them without loading the schema library; ./taxonomy.ts re-exports them.
 */
export const AREA_KINDS = ['country', 'county', 'municipality', 'town', 'commune', 'locality', 'neighbourhood'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];
/** Kinds of administrative unit: a person picks one as "where I live", and each has an area page. */
export const ADMINISTRATIVE_UNIT_KINDS: readonly AreaKind[] = ['municipality', 'town', 'commune'];
