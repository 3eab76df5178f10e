/**
 * Area data for pages: the administrative units (towns and communes) of each county, and for each
 * unit what serves it, local services first, then county-wide, then national ones. Every "does this
 * serve there" is `servesArea`'s answer (src/lib/catalogue/areas.ts), so area pages, the coverage
 * view and the home page's list of places agree.
 */
import type { TaxonomyTerm } from '../schemas/taxonomy';
import type { PublicProvider } from '../lib/confidentiality/public-provider';
import { areaIndex, candidateAreas, LOCAL_REACHES, localitiesOf, placedService, REACHES, servesArea, unitsOf, type AreaIndex, type PlacedService, type Reach } from '../lib/catalogue/areas';
import { pageParam, paginate } from '../lib/catalogue/catalogue';
import { isUndocumented } from '../lib/catalogue/undocumented';
import { langParam } from '../lib/routes';
import { LANGS, type Lang } from '../locales';
import { derived } from './directory';

/** One provider's services that serve an area in one way. */
export interface AreaEntry {
  provider: PublicProvider;
  serviceIds: string[];
  reach: Reach;
}

export interface UnitArea {
  county: TaxonomyTerm;
  unit: TaxonomyTerm;
  /** Its villages or parts, seat first. */
  localities: TaxonomyTerm[];
  /**
   * Strongest reach first, then by provider name: every local entry, and at most WIDE_LIST_MAX
   * providers each of county-wide and national services (the same for every unit of the county).
   */
  entries: AreaEntry[];
  /** Providers of county-wide and national services left off `entries` (the county page lists them). */
  more: Partial<Record<Reach, number>>;
  /** Services per reach, all of them. */
  services: Record<Reach, number>;
  /**
   * Organisations with services located in the unit or serving it that nobody can reach from the
   * directory (undocumented.ts): listed apart, and not counted in `services`.
   */
  undocumented: PublicProvider[];
}

/**
 * County-wide and national services are the same on every town's page; past this many providers
 * each, the page names how many more there are and links to the county, instead of repeating
 * thousands of rows on 81 pages.
 */
export const WIDE_LIST_MAX = 20;

export interface CountyUnits {
  county: TaxonomyTerm;
  units: UnitArea[];
}

/** The areas taxonomy, indexed once per build. */
export const getAreaIndex: () => Promise<AreaIndex> = derived((dir) => areaIndex(dir.areas));

/** `apart`: the provider is listed apart (undocumented.ts), decided once, not once per unit it serves. */
interface Placed { provider: PublicProvider; serviceId: string; placed: PlacedService; order: number; apart: boolean }

/**
 * Every county that has administrative units in the taxonomy (Cluj county today), with each unit's
 * services. Candidates come from each service's places and named areas, then servesArea decides.
 */
export const getCountyUnits: () => Promise<CountyUnits[]> = derived(async (dir) => {
  const areas = await getAreaIndex();
  const terms = new Map(dir.areas.map((t) => [t.id, t]));
  const local = new Map<string, Placed[]>();
  const wide = new Map<string, Placed[]>();
  let order = 0;
  for (const provider of dir.providers) {
    const apart = isUndocumented(provider);
    for (const s of provider.services) {
      if (s.status === 'inactive') continue;
      const item: Placed = { provider, serviceId: s.id, placed: placedService(provider, s), order: order++, apart };
      for (const a of candidateAreas(item.placed, areas)) {
        const kind = areas.kind(a);
        if (kind === 'municipality' || kind === 'town' || kind === 'commune') push(local, a, item);
      }
      // County-wide and national services serve every unit under them: listed once, checked per unit.
      for (const a of s.areas_served ?? []) if (areas.kind(a) === 'county' || areas.kind(a) === 'country') push(wide, a, item);
    }
  }
  const result: CountyUnits[] = [];
  for (const county of dir.areas.filter((t) => areas.kind(t.id) === 'county')) {
    const list = unitsOf(areas, county.id);
    if (list.length === 0) continue;
    result.push({
      county,
      units: list.map((u) => {
        const seen = new Set<Placed>();
        const candidates = [...(local.get(u.id) ?? []), ...areas.chain(u.id).flatMap((a) => wide.get(a) ?? [])].filter((p) => !seen.has(p) && seen.add(p));
        return unitArea(terms.get(u.id)!, county, localitiesOf(areas, u.id).map((l) => terms.get(l.id)!), candidates, areas);
      }),
    });
  }
  return result;
});

function push(map: Map<string, Placed[]>, key: string, item: Placed) {
  const list = map.get(key);
  if (list) list.push(item); else map.set(key, [item]);
}

function unitArea(unit: TaxonomyTerm, county: TaxonomyTerm, localities: TaxonomyTerm[], candidates: Placed[], areas: AreaIndex): UnitArea {
  const services = Object.fromEntries(REACHES.map((r) => [r, 0])) as Record<Reach, number>;
  const byKey = new Map<string, AreaEntry & { order: number }>();
  const undocumented = new Set<PublicProvider>();
  for (const c of candidates) {
    const reach = servesArea(c.placed, unit.id, areas);
    if (!reach) continue;
    if (c.apart) {
      if (LOCAL_REACHES.includes(reach)) undocumented.add(c.provider);
      continue;
    }
    services[reach]++;
    const key = `${reach}\u0000${c.provider.id}`;
    const e = byKey.get(key);
    if (e) e.serviceIds.push(c.serviceId);
    else byKey.set(key, { provider: c.provider, serviceIds: [c.serviceId], reach, order: c.order });
  }
  // Providers come from the directory in name order, so `order` keeps names sorted within a reach.
  const sorted = [...byKey.values()].sort((a, b) => REACHES.indexOf(a.reach) - REACHES.indexOf(b.reach) || a.order - b.order).map(({ order: _o, ...e }) => e);
  const more: UnitArea['more'] = {};
  const shown = new Map<Reach, number>();
  const entries = sorted.filter((e) => {
    if (LOCAL_REACHES.includes(e.reach)) return true;
    const n = (shown.get(e.reach) ?? 0) + 1;
    shown.set(e.reach, n);
    if (n <= WIDE_LIST_MAX) return true;
    more[e.reach] = (more[e.reach] ?? 0) + 1;
    return false;
  });
  return { county, unit, localities, entries, more, services, undocumented: [...undocumented] };
}

/** Services a person would call "here": located in the unit or serving it. */
export function localServiceCount(u: UnitArea): number {
  return LOCAL_REACHES.reduce((n, r) => n + u.services[r], 0);
}

/** Static paths of the unit pages, in every language, a page per PAGE_SIZE entries. */
export async function unitPagePaths() {
  const counties = await getCountyUnits();
  return LANGS.flatMap((lang: Lang) => counties.flatMap((c) => c.units.flatMap((u) => {
    const pages = paginate(u.entries).length;
    return Array.from({ length: pages }, (_, i) => ({
      params: { lang: langParam(lang), county: c.county.id, unit: u.unit.id, page: pageParam(i + 1) },
      props: { lang, area: u, page: i + 1 },
    }));
  })));
}

