/**
 * The shape of the search data served as static JSON under /data/search/<lang>/: one row per
 * service, arrays rather than objects so that 50,000 providers stay a few megabytes. Facet values
 * are stored once in the dictionaries and referred to by position.
 *
 * The wire format is private to src/lib/search: the engine turns rows into result objects and map
 * points (./engine.ts), so nothing outside this folder indexes a row.
 */
import type { Lang } from '../../locales';
import type { CompiledHours } from '../hours/compiled';

/**
 * 2: rows name the location of each point (`places`), for map point ids and links. 3: `helplines`.
 * 4: the areas the rows name come first (`searchedAreas`); the manifest carries only those, the
 * area file (`SearchAreaFile`) all of them; shards' `order` is delta-coded.
 */
export const SEARCH_INDEX_VERSION = 4;

/** Bit flags in a row's `flags` field. */
export const FLAG = {
  free: 1,
  fee: 2,
  meansTested: 4,
  walkIn: 8,
  appointment: 16,
  referral: 32,
  wheelchair: 64,
  inactive: 128,
  /** Some fact shown for the service is older than SITE.staleAfterMonths: results carry the old-data mark. */
  stale: 256,
  /** The entry's complete review is overdue or was never done: it ranks after reviewed ones of equal relevance. */
  unreviewed: 512,
  /**
   * One of its places is confidential (a shelter): the result is specific to people in danger, so
   * showing it turns on the quick exit (lib/confidentiality/quick-exit.ts). That such a place exists
   * is public already (the provider page gives its contact route); where it is never is.
   */
  confidential: 1024,
} as const;

export const PRECISION_CODES = ['exact', 'street', 'approximate'] as const;
export type Precision = (typeof PRECISION_CODES)[number];

/** Positions in a row. */
export const R = {
  service: 0,
  provider: 1,
  name: 2,
  text: 3,
  cats: 4,
  types: 5,
  areas: 6,
  langs: 7,
  flags: 8,
  ageMin: 9,
  ageMax: 10,
  hours: 11,
  points: 12,
  places: 13,
  placeAreas: 14,
} as const;

export type Row = [
  serviceId: string,
  provider: number,
  /** Service name in the index language. */
  name: string,
  /** Other searchable text: names in Romanian, description, eligibility (plain, shortened). */
  text: string,
  cats: number[],
  types: number[],
  /** The areas it names as served (`areas_served`). */
  areas: number[],
  langs: number[],
  flags: number,
  /** -1 when unknown. */
  ageMin: number,
  ageMax: number,
  /** Position in `hours`, -1 when unknown. */
  hours: number,
  /** Flat [lat, lng, precision code, ...]; never present for a confidential location. */
  points: number[],
  /** The location id of each point in `points`, in the same order. */
  places: string[],
  /**
   * The areas its places are in (public or confidential), as `areaIndex().placeArea` reads them
   * at build: where it is "located", for `servesArea`. `areas` holds only the areas it names as served.
   */
  placeAreas: number[],
];

/** `phoneLabel` says what the number is ("Head office, Bucharest"), in the index language; '' when the entry does not say. */
export type ProviderRow = [id: string, name: string, alternateName: string, phone: string, phoneLabel: string];

/**
 * A helpline (a service of type `helpline` with a phone), shown with a call button when nothing
 * matched: `national` is 1 for a line serving the whole country.
 */
export type HelplineRow = [providerId: string, serviceId: string, name: string, number: string, national: 0 | 1];

export interface SearchIndexData {
  v: typeof SEARCH_INDEX_VERSION;
  /** The language of the names and links. */
  lang: Lang;
  /** Build day; open-now data covers `hours[i].days` days from about this date. */
  buildDate: string;
  cats: string[];
  /** Labels of `cats` in the index language and Romanian, for matching words like "vârstnici". */
  catText: string[];
  types: string[];
  typeText: string[];
  /** The areas the rows name (served or located) and their ancestors, then the rest of the taxonomy. */
  areas: string[];
  /** How many of `areas`, from the first, the rows name or contain what they name: the manifest carries only these. */
  searchedAreas: number;
  /** Position of each area's parent in `areas`, -1 for none. */
  areaParent: number[];
  /** Each area's kind (country, county, municipality, locality...), '' when the taxonomy does not say and it cannot be inferred. */
  areaKind: string[];
  langs: string[];
  hours: CompiledHours[];
  /** The helplines of the whole directory, national ones first (at most HELPLINES_MAX): in the manifest, so they show before any county loads. */
  helplines: HelplineRow[];
  providers: ProviderRow[];
  rows: Row[];
}

export const HELPLINES_MAX = 8;
