/**
 * Map points from public providers: the pure part of the map (no Leaflet here), so the page,
 * the search island, the benchmark and the unit tests all agree on what the map shows.
 *
 * A point is one located, non-confidential place of a provider. Providers arrive branded by
 * `publicProvider`, so a confidential place has no coordinates left; it is skipped by name too.
 */
import { localePath, localize, type Lang } from '../i18n/translate';
import type { PublicProvider } from '../confidentiality/public-provider';
import type { MapPoint } from './core';

export * from './core';

/**
 * The points of one provider, in the order of its locations.
 * @example providerMapPoints(dasm, 'en') // [{ id: 'dasm-cluj-napoca/sediu', href: '/en/providers/dasm-cluj-napoca/#location-sediu', ... }]
 */
export function providerMapPoints(provider: PublicProvider, lang: Lang): MapPoint[] {
  const points: MapPoint[] = [];
  for (const loc of provider.locations ?? []) {
    if (loc.confidential) continue;
    const { latitude: lat, longitude: lng } = loc;
    if (typeof lat !== 'number' || typeof lng !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lng)) continue;
    const place = localize(loc.name, lang);
    points.push({
      id: `${provider.id}/${loc.id}`,
      name: place && place !== provider.name ? `${provider.name} — ${place}` : provider.name,
      lat,
      lng,
      // Coordinates without a stated precision are treated as the least precise kind.
      precision: loc.precision ?? 'approximate',
      href: localePath(lang, `/providers/${provider.id}/#location-${loc.id}`),
    });
  }
  return points;
}

/** Every point of every provider, in the providers' order. */
export function mapPoints(providers: readonly PublicProvider[], lang: Lang): MapPoint[] {
  return providers.flatMap((p) => providerMapPoints(p, lang));
}

/** The `map.*` keys the map itself uses (each with its plural and sub-keys); page text stays out of the island's props. */
export const MAP_ISLAND_KEYS = ['map.label', 'map.loading', 'map.failed', 'map.tilesFailed', 'map.cluster', 'map.approximateName', 'map.precision', 'map.legend'] as const;

/** The UI strings the map island needs, picked from a dictionary, for its `labels` prop. */
export function mapLabels(dictionary: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(dictionary).filter(([k]) => MAP_ISLAND_KEYS.some((base) => k === base || k.startsWith(`${base}.`))));
}

/** A postal address on one line, as the provider page writes it. */
export function addressLine(a: { street: string; postal_code?: string; locality: string; county: string }): string {
  return `${a.street}, ${a.postal_code ? `${a.postal_code} ` : ''}${a.locality}, ${a.county}`;
}

/**
 * The rows of the list that stands beside the map: one per provider that has points, with each
 * located place's address. The same points as `mapPoints`, so list and map cannot disagree.
 */
export function mapListRows(providers: readonly PublicProvider[], lang: Lang): Array<{
  providerId: string;
  name: string;
  href: string;
  places: Array<MapPoint & { address?: string; placeName?: string }>;
}> {
  const rows = [];
  for (const p of providers) {
    const points = providerMapPoints(p, lang);
    if (points.length === 0) continue;
    const byId = new Map((p.locations ?? []).map((l) => [`${p.id}/${l.id}`, l]));
    rows.push({
      providerId: p.id,
      name: p.name,
      href: localePath(lang, `/providers/${p.id}/`),
      places: points.map((pt) => {
        const loc = byId.get(pt.id);
        return { ...pt, address: loc?.address ? addressLine(loc.address) : undefined, placeName: localize(loc?.name, lang) };
      }),
    });
  }
  return rows;
}
