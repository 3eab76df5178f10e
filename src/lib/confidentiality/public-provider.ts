/**
 * The one gate between content and anything published (pages, exports, search data, map points).
 * Confidential locations keep only what helps people reach the service safely.
 *
 * `PublicProvider` and `PublicLocation` are branded: only `publicProvider` and `publicLocation` make
 * them, so an output that asks for a `PublicProvider` cannot be handed a provider as loaded. The
 * brand exists for the type checker only; at run time the values are plain objects.
 */
import type { Provider } from '../../schemas/provider';
import type { Location } from '../../schemas/location';

declare const passedTheGate: unique symbol;
/** Marks a value that came out of this module's gate; no other module can name the symbol. */
interface Gated { readonly [passedTheGate]: true }

export type PublicLocation = Omit<Location, 'address' | 'latitude' | 'longitude' | 'precision'> & Partial<Pick<Location, 'address' | 'latitude' | 'longitude' | 'precision'>> & Gated;
export type PublicProvider = Omit<Provider, 'locations'> & { locations?: PublicLocation[] } & Gated;

export function publicLocation(l: Location): PublicLocation {
  if (!l.confidential) return l as PublicLocation;
  // Built field by field, so a field added to the schema later is not published by accident.
  const safe: Omit<PublicLocation, typeof passedTheGate> = { id: l.id, confidential: true };
  if (l.name !== undefined) safe.name = l.name;
  if (l.contact_route !== undefined) safe.contact_route = l.contact_route;
  if (l.locality !== undefined) safe.locality = l.locality;
  if (l.area !== undefined) safe.area = l.area;
  return safe as PublicLocation;
}

/** The provider as it may be published: every confidential location reduced by `publicLocation`. */
export function publicProvider(p: Provider): PublicProvider {
  return (p.locations ? { ...p, locations: p.locations.map(publicLocation) } : p) as PublicProvider;
}
