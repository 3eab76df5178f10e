/**
 * The browser-safe part of the map logic: types, bounds, clustering input and label formatting.
 * It imports nothing at run time, so the map's JavaScript does not pull in the dictionaries or zod.
 */
import type { Lang } from './i18n';

/** Number and plural locale of each language (the same tags as LOCALE in i18n.ts, kept here so this module stays import-free). */
const MAP_LOCALE: Record<Lang, string> = { ro: 'ro-RO', en: 'en-GB', hu: 'hu-HU' };

export type MapPrecision = 'exact' | 'street' | 'approximate';

/** What the MapView island receives for each marker: small, serialisable, already localised. */
export interface MapPoint {
  /** `<provider id>/<location id>`, unique over the directory. */
  id: string;
  name: string;
  lat: number;
  lng: number;
  precision: MapPrecision;
  /** Link to the place on its provider page. */
  href: string;
}

/** [[south, west], [north, east]], the order Leaflet's `fitBounds` takes. */
export type MapBounds = [[number, number], [number, number]];

/** Cluj-Napoca's centre: the view when there is nothing to show. */
export const DEFAULT_CENTER: [number, number] = [46.7712, 23.6236];
export const DEFAULT_ZOOM = 12;
/** The closest a fitted view goes, so one point still shows its neighbourhood. */
export const MAX_FIT_ZOOM = 16;

/** The provider id of a point id (`dasm-cluj-napoca/sediu` → `dasm-cluj-napoca`). */
export function pointProviderId(pointId: string): string {
  const slash = pointId.indexOf('/');
  return slash === -1 ? pointId : pointId.slice(0, slash);
}

/** Points grouped by provider, in first-seen order: the list that stands beside (or instead of) the map. */
export function groupByProvider(points: readonly MapPoint[]): Array<{ providerId: string; points: MapPoint[] }> {
  const groups = new Map<string, MapPoint[]>();
  for (const p of points) {
    const key = pointProviderId(p.id);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(p);
  }
  return [...groups].map(([providerId, list]) => ({ providerId, points: list }));
}

/**
 * The smallest box holding every point, or undefined when there are none. A single point (or
 * points at one spot) gets a small box around it, so fitting the map to it does not zoom to the maximum.
 */
export function pointsBounds(points: readonly Pick<MapPoint, 'lat' | 'lng'>[], minSpan = 0.005): MapBounds | undefined {
  if (points.length === 0) return undefined;
  let s = Infinity, w = Infinity, n = -Infinity, e = -Infinity;
  for (const p of points) {
    if (p.lat < s) s = p.lat;
    if (p.lat > n) n = p.lat;
    if (p.lng < w) w = p.lng;
    if (p.lng > e) e = p.lng;
  }
  if (n - s < minSpan) { const mid = (n + s) / 2; s = mid - minSpan / 2; n = mid + minSpan / 2; }
  if (e - w < minSpan) { const mid = (e + w) / 2; w = mid - minSpan / 2; e = mid + minSpan / 2; }
  return [[s, w], [n, e]];
}

/** True when two point lists show the same set (same ids), whatever the order. */
export function samePointSet(a: readonly Pick<MapPoint, 'id'>[], b: readonly Pick<MapPoint, 'id'>[]): boolean {
  if (a.length !== b.length) return false;
  const ids = new Set(a.map((p) => p.id));
  const seen = new Set<string>();
  for (const p of b) {
    if (!ids.has(p.id) || seen.has(p.id)) return false;
    seen.add(p.id);
  }
  return seen.size === ids.size;
}

/** The GeoJSON features supercluster indexes; `index` points back into the points array. */
export function toFeatures(points: readonly MapPoint[]): Array<{ type: 'Feature'; properties: { index: number }; geometry: { type: 'Point'; coordinates: [number, number] } }> {
  return points.map((p, index) => ({ type: 'Feature', properties: { index }, geometry: { type: 'Point', coordinates: [p.lng, p.lat] } }));
}

/**
 * Fills a map label, choosing a plural form by `count` like `makeT` does (`key.one`, `key.few`, `key.other`).
 * @example formatMapLabel({ 'map.cluster.other': '{count} services' }, 'map.cluster', 'en', { count: 12 }) // '12 services'
 */
export function formatMapLabel(labels: Record<string, string>, key: string, lang: Lang, params: Record<string, string | number> = {}): string {
  let template = labels[key];
  if (template === undefined && typeof params.count === 'number') {
    const form = new Intl.PluralRules(MAP_LOCALE[lang]).select(params.count);
    template = labels[`${key}.${form}`] ?? labels[`${key}.other`];
  }
  if (template === undefined) return key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    if (v === undefined) return m;
    return typeof v === 'number' ? new Intl.NumberFormat(MAP_LOCALE[lang]).format(v) : v;
  });
}


/** Formats a number for the map's language. */
export function formatMapNumber(n: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(MAP_LOCALE[lang], options).format(n);
}
