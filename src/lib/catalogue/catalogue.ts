/**
 * How the plain-HTML catalogue stays usable from one city to the whole country: providers grouped
 * by county (then locality) and long lists cut into numbered pages, so that no page carries tens of
 * thousands of rows and everything stays browsable with JavaScript off.
 */
import type { TaxonomyTerm } from '../../schemas/taxonomy';

/** Rows per page on term and county pages: a long screen on a phone, about 10 KB compressed. */
export const PAGE_SIZE = 100;
/** Up to this many providers the home page lists them all; above it, it lists counties. */
export const HOME_LIST_MAX = 300;

/** True when a list of every provider (the home page's, the map page's) should give way to a list of counties. */
export function listsByCounty(providerCount: number, max: number = HOME_LIST_MAX): boolean {
  return providerCount > max;
}
/** The area that holds providers with no county: national services and unplaced entries. */
export const NATIONAL_AREA = 'romania';

interface Placeable {
  locations?: ReadonlyArray<{ confidential?: boolean; area?: string; locality?: string; address?: { locality: string; county: string } }>;
  services: ReadonlyArray<{ areas_served?: string[] }>;
}

/** ASCII kebab-case: 'Bistrița-Năsăud' → 'bistrita-nasaud'. */
export function slugify(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Finds the county term (`judetul-*`) an area id belongs to, walking up `parent`. */
export function countyOfArea(id: string | undefined, areas: ReadonlyMap<string, TaxonomyTerm>): string | undefined {
  for (let cur = id, hops = 0; cur !== undefined && hops < 10; hops++) {
    if (cur.startsWith('judetul-') && areas.has(cur)) return cur;
    cur = areas.get(cur)?.parent;
  }
  return undefined;
}

/**
 * The county a provider is listed under: its first address's county, else the area of a location,
 * else the areas its services serve; `romania` when none names a county.
 */
export function countyOf(p: Placeable, areas: ReadonlyMap<string, TaxonomyTerm>): string {
  for (const l of p.locations ?? []) {
    const byName = l.address ? `judetul-${slugify(l.address.county)}` : undefined;
    if (byName && areas.has(byName)) return byName;
    const byArea = countyOfArea(l.area, areas);
    if (byArea) return byArea;
  }
  for (const s of p.services) for (const a of s.areas_served ?? []) {
    const c = countyOfArea(a, areas);
    if (c) return c;
  }
  return NATIONAL_AREA;
}

/** The locality a provider is listed under, or undefined when no location names one. */
export function localityOf(p: Placeable): string | undefined {
  for (const l of p.locations ?? []) {
    const name = l.address?.locality ?? l.locality;
    if (name) return name;
  }
  return undefined;
}

/** Cuts a list into pages of `size` (at least one page, possibly empty). */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** The path of page `n` (1-based) of a list whose first page is `base` ('/categories/x/' → '/categories/x/2/'). */
export function pagePath(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/** The `[...page]` route parameter for page n: undefined for the first page. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : String(n);
}

/** Groups consecutive items by a key, keeping order: for locality headings within a page. */
export function groupRuns<T, K extends string = string>(items: readonly T[], key: (item: T) => K): Array<{ key: K; items: T[] }> {
  const out: Array<{ key: K; items: T[] }> = [];
  for (const item of items) {
    const k = key(item);
    const last = out[out.length - 1];
    if (last && last.key === k) last.items.push(item);
    else out.push({ key: k, items: [item] });
  }
  return out;
}

/** For each locality, the first page it appears on, in listing order: the index of a long county. */
export function localityIndex<T>(pages: readonly T[][], key: (item: T) => string): Array<{ key: string; page: number }> {
  const seen = new Map<string, number>();
  pages.forEach((items, i) => { for (const item of items) if (!seen.has(key(item))) seen.set(key(item), i + 1); });
  return [...seen].map(([k, page]) => ({ key: k, page }));
}
