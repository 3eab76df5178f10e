/**
 * One meaning of "here". An area (a neighbourhood, a village, a town or commune, a county, the
 * country) is served by a service in one of four ways, strongest first:
 *
 * - `located`: the service has a place in the area or in a part of it (a day centre in Mănăștur is
 *   located in Mănăștur and in Cluj-Napoca);
 * - `serves-locality`: it names, in `areas_served`, the area, a part of it, or the town or commune
 *   the area is part of (a service for all of Cluj-Napoca serves Mănăștur this way);
 * - `county-wide`: it names the county the area is in;
 * - `national`: it names the whole country.
 *
 * Area pages, the coverage view, the home page's list of places and (later) search all ask
 * `servesArea`, so they cannot disagree about what is "in Florești". Pure: the areas come in as an
 * `AreaIndex` built once from the taxonomy.
 */
import { ADMINISTRATIVE_UNIT_KINDS, type AreaKind } from '../../schemas/area-kinds';
import type { Lang } from '../../locales';

export const REACHES = ['located', 'serves-locality', 'county-wide', 'national'] as const;
export type Reach = (typeof REACHES)[number];
/** Local services: those a person would call "here". County-wide and national ones are listed apart. */
export const LOCAL_REACHES: readonly Reach[] = ['located', 'serves-locality'];

export interface AreaTermLike {
  id: string;
  label: Record<Lang, string>;
  parent?: string;
  kind?: AreaKind;
  siruta?: number;
}

/** A place as servesArea reads it: a taxonomy area, else a postal address, else (confidential places) a locality name. */
export interface PlaceLike {
  area?: string;
  address?: { locality: string; county: string };
  locality?: string;
}

/** What servesArea needs of a service: the areas it names and where it is delivered. */
export interface PlacedService {
  areas_served?: readonly string[];
  places: readonly PlaceLike[];
}

export interface AreaIndex {
  terms: ReadonlyMap<string, AreaTermLike>;
  /** Ids from the area itself up to the root. */
  chain(id: string): readonly string[];
  kind(id: string): AreaKind | undefined;
  /** Direct sub-areas, in taxonomy order. */
  children(id: string): readonly string[];
  /** The area a place is in, as precisely as its text allows; undefined when unknown or ambiguous. */
  placeArea(place: PlaceLike): string | undefined;
}

/** Lower-case ASCII, hyphens as spaces: 'Recea-Cristur', 'RECEA CRISTUR' and 'recea cristur' fold alike. */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** An area's kind, inferred for hand-written terms without one: the root is the country, `judetul-*` a county. */
function inferKind(t: AreaTermLike): AreaKind | undefined {
  if (t.kind) return t.kind;
  if (!t.parent) return 'country';
  if (t.id.startsWith('judetul-')) return 'county';
  return undefined;
}

/**
 * Indexes the areas taxonomy: parents, kinds, and the names of places by county, so that an address
 * ('Copăceni', county 'Cluj') finds its area (the village of Copăceni, in the commune of Săndulești).
 */
export function areaIndex(terms: readonly AreaTermLike[]): AreaIndex {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const chains = new Map<string, string[]>();
  const chain = (id: string): string[] => {
    let c = chains.get(id);
    if (!c) {
      c = [];
      for (let cur: string | undefined = id, hops = 0; cur !== undefined && byId.has(cur) && hops < 12; hops++) {
        c.push(cur);
        cur = byId.get(cur)!.parent;
      }
      chains.set(id, c);
    }
    return c;
  };
  const kinds = new Map(terms.map((t) => [t.id, inferKind(t)]));
  const children = new Map<string, string[]>();
  for (const t of terms) if (t.parent !== undefined) {
    const list = children.get(t.parent);
    if (list) list.push(t.id); else children.set(t.parent, [t.id]);
  }
  const countyOf = (id: string) => chain(id).find((a) => kinds.get(a) === 'county');
  // Per county, every folded name of a unit, locality or neighbourhood → the ids bearing it.
  const named = new Map<string, Map<string, string[]>>();
  for (const t of terms) {
    const county = countyOf(t.id);
    const k = kinds.get(t.id);
    if (!county || k === 'county' || k === 'country') continue;
    let names = named.get(county);
    if (!names) named.set(county, (names = new Map()));
    for (const label of new Set([t.label.ro, t.label.en, t.label.hu].map(foldName))) {
      const ids = names.get(label);
      if (ids) ids.push(t.id); else names.set(label, [t.id]);
    }
  }
  const countyByName = new Map<string, string>();
  for (const t of terms) if (kinds.get(t.id) === 'county') for (const l of [t.id.replace(/^judetul-/, ''), t.label.ro, t.label.en]) countyByName.set(foldName(l).replace(/^judetul /, ''), t.id);
  const unitOf = (id: string) => chain(id).find((a) => ADMINISTRATIVE_UNIT_KINDS.includes(kinds.get(a)!));
  const placeCache = new Map<string, string | undefined>();
  // Places are asked about again and again (every area of every page): remembered by object too.
  const byPlace = new WeakMap<PlaceLike, string | undefined>();

  const placeArea = (p: PlaceLike): string | undefined => {
    if (byPlace.has(p)) return byPlace.get(p);
    const area = findPlaceArea(p);
    byPlace.set(p, area);
    return area;
  };
  const findPlaceArea = (p: PlaceLike): string | undefined => {
    if (p.area !== undefined && byId.has(p.area)) return p.area;
    const locality = p.address?.locality ?? p.locality;
    const county = p.address ? countyByName.get(foldName(p.address.county).replace(/^judetul /, '')) : undefined;
    if (!locality) return county;
    const key = `${county ?? ''}\u0000${locality}`;
    if (placeCache.has(key)) return placeCache.get(key);
    const folded = foldName(locality);
    // Without a county (confidential places name only a locality), every county is searched.
    const found = (county ? [named.get(county)?.get(folded) ?? []] : [...named.values()].map((m) => m.get(folded) ?? [])).flat();
    let area: string | undefined;
    if (found.length === 1) area = found[0];
    else if (found.length > 1) {
      // 'Florești' names the commune and its seat village: one unit, so the unit. Two villages of
      // the same name in two communes are ambiguous: the county is all we know.
      const units = new Set(found.map(unitOf));
      area = units.size === 1 && !units.has(undefined) ? [...units][0] : county;
    } else area = county;
    placeCache.set(key, area);
    return area;
  };
  return { terms: byId, chain, kind: (id) => kinds.get(id), children: (id) => children.get(id) ?? [], placeArea };
}

/** True when `id` is `ancestor` or inside it. */
export function isWithin(areas: AreaIndex, id: string, ancestor: string): boolean {
  return areas.chain(id).includes(ancestor);
}

/**
 * How a service serves an area, or undefined when it does not. See the top of this file.
 * @example servesArea({ areas_served: ['cluj-napoca'], places: [] }, 'manastur', areas) // 'serves-locality'
 */
export function servesArea(service: PlacedService, areaId: string, areas: AreaIndex): Reach | undefined {
  for (const place of service.places) {
    const at = areas.placeArea(place);
    if (at !== undefined && isWithin(areas, at, areaId)) return 'located';
  }
  let best: Reach | undefined;
  const rank = (r: Reach) => REACHES.indexOf(r);
  for (const served of service.areas_served ?? []) {
    if (!areas.terms.has(served)) continue;
    let reach: Reach | undefined;
    if (isWithin(areas, served, areaId)) reach = 'serves-locality';
    else if (isWithin(areas, areaId, served)) {
      const kind = areas.kind(served);
      reach = kind === 'country' ? 'national' : kind === 'county' ? 'county-wide' : 'serves-locality';
    }
    if (reach && (best === undefined || rank(reach) < rank(best))) best = reach;
  }
  return best;
}

/** A provider's service with its places, in the shape servesArea reads. */
export function placedService(
  provider: { locations?: ReadonlyArray<PlaceLike & { id: string }> },
  service: { areas_served?: readonly string[]; locations?: readonly string[] },
): PlacedService {
  const ids = service.locations ?? [];
  return { areas_served: service.areas_served, places: (provider.locations ?? []).filter((l) => ids.includes(l.id)) };
}

/** The administrative units (municipalities, towns, communes) under a county, in taxonomy order. */
export function unitsOf(areas: AreaIndex, countyId: string): AreaTermLike[] {
  return [...areas.terms.values()].filter((t) => ADMINISTRATIVE_UNIT_KINDS.includes(areas.kind(t.id)!) && areas.chain(t.id)[1] === countyId);
}

/** The localities (villages, parts of a town) of an administrative unit, in taxonomy order. */
export function localitiesOf(areas: AreaIndex, unitId: string): AreaTermLike[] {
  return [...areas.terms.values()].filter((t) => t.parent === unitId && areas.kind(t.id) === 'locality');
}

/** Every area below `id` (not `id` itself). */
function descendants(areas: AreaIndex, id: string, out: Set<string>): void {
  for (const c of areas.children(id)) if (!out.has(c)) { out.add(c); descendants(areas, c, out); }
}

/**
 * The areas where a service may be local (located there or serving it), found from its places and
 * the areas it names instead of by asking every area: a superset, which callers narrow with
 * `servesArea`, so that the one function still decides.
 */
export function candidateAreas(service: PlacedService, areas: AreaIndex): Set<string> {
  const out = new Set<string>();
  for (const place of service.places) {
    const at = areas.placeArea(place);
    if (at !== undefined) for (const a of areas.chain(at)) out.add(a);
  }
  for (const served of service.areas_served ?? []) {
    if (!areas.terms.has(served)) continue;
    for (const a of areas.chain(served)) out.add(a);
    const kind = areas.kind(served);
    if (kind !== 'country' && kind !== 'county') descendants(areas, served, out);
  }
  return out;
}
