/**
 * Map points from public providers: the pure part of the map (no Leaflet here), so the page,
 * the search island, the benchmark and the unit tests all agree on what the map shows.
 *
 * A point is one located, non-confidential place of a provider. Providers arrive branded by
 * `publicProvider`, so a confidential place has no coordinates left; it is skipped by name too.
 */
import type { Lang } from '../../locales';
import { localize } from '../i18n/localize';
import type { PublicProvider } from '../confidentiality/public-provider';
import { providerPath } from '../routes';
import { locationView } from '../views/location';
import type { MapPoint } from './core';
import { isUndocumented } from '../catalogue/undocumented';

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
    // What the popup says: the services offered here, the address, a number to call.
    const here = provider.services.filter((s) => s.status !== 'inactive' && s.locations?.includes(loc.id));
    const services = here.map((s) => localize(s.name, lang)).filter((n): n is string => !!n);
    const phone = (here.find((s) => s.phones?.length)?.phones ?? provider.phones)?.[0]?.number;
    const address = locationView(loc, lang).address;
    points.push({
      id: `${provider.id}/${loc.id}`,
      name: place && place !== provider.name ? `${provider.name} — ${place}` : provider.name,
      lat,
      lng,
      // Coordinates without a stated precision are treated as the least precise kind.
      precision: loc.precision ?? 'approximate',
      href: providerPath(provider.id, { lang, location: loc.id }),
      ...(address ? { address } : {}),
      ...(phone ? { phone } : {}),
      ...(services.length ? { services } : {}),
    });
  }
  return points;
}

/**
 * Every point of every provider with a documented service, in the providers' order. An
 * organisation with none is not a place to go for help: it is listed apart, not mapped.
 */
export function mapPoints(providers: readonly PublicProvider[], lang: Lang): MapPoint[] {
  return providers.filter((p) => !isUndocumented(p)).flatMap((p) => providerMapPoints(p, lang));
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
    if (isUndocumented(p)) continue;
    const points = providerMapPoints(p, lang);
    if (points.length === 0) continue;
    const byId = new Map((p.locations ?? []).map((l) => [`${p.id}/${l.id}`, l]));
    rows.push({
      providerId: p.id,
      name: p.name,
      href: providerPath(p.id, { lang }),
      places: points.map((pt) => {
        const loc = byId.get(pt.id);
        return { ...pt, placeName: loc && localize(loc.name, lang) };
      }),
    });
  }
  return rows;
}
