/**
 * The one gate between content and anything published (pages, exports, search data).
 * Confidential locations keep only what helps people reach the service safely.
 */
import type { Provider } from '../../schemas/provider';
import type { Location } from '../../schemas/location';

export type PublicLocation = Omit<Location, 'address' | 'latitude' | 'longitude' | 'precision'> & Partial<Pick<Location, 'address' | 'latitude' | 'longitude' | 'precision'>>;
export type PublicProvider = Omit<Provider, 'locations'> & { locations?: PublicLocation[] };

export function publicLocation(l: Location): PublicLocation {
  if (!l.confidential) return l;
  // Built field by field, so a field added to the schema later is not published by accident.
  const safe: PublicLocation = { id: l.id, confidential: true };
  if (l.name !== undefined) safe.name = l.name;
  if (l.contact_route !== undefined) safe.contact_route = l.contact_route;
  if (l.locality !== undefined) safe.locality = l.locality;
  if (l.area !== undefined) safe.area = l.area;
  return safe;
}

export function publicProvider(p: Provider): PublicProvider {
  return p.locations ? { ...p, locations: p.locations.map(publicLocation) } : p;
}
