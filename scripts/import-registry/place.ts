/**
 * Placing step: the street, locality and coordinates a record may publish. Coordinates are of
 * unknown precision, so they are kept as `approximate`; a coordinate pair that the file gives to
 * more than one street is a geocoding fallback, not a place, and is dropped; the coordinates of a
 * confidential service are never written, on any record; and a record at the address of a
 * confidential service, from any organisation, publishes neither its address nor its coordinates.
 */
import { isInRomania } from '../../src/lib/ingest/checks';
import type { PlaceDecisions } from '../../src/lib/confidentiality/registry-rules';
import { fold, normaliseLocality, streetKey } from './normalise';
import type { RecordItem } from './read';
import type { ConvertedRecord, RegistryRecord } from './model';

/** What the whole file says about coordinates, which a single record cannot tell. */
export interface CoordinateFacts {
  /** For each 'lat,lng' as written, the distinct streets (locality|street) it is given to. */
  streetsAt: Map<string, Set<string>>;
  /** Coordinates ('lat,lng' as written) that no record may publish: those of every withheld place. */
  secretPoints: Set<string>;
  /** Records that are not secret themselves but are at a withheld address: why, in words. */
  withheldAt?: Map<string, string>;
}

const pointKey = (rec: RegistryRecord) => `${rec.lat.trim()},${rec.lng.trim()}`;

/** Reads the file once for shared and secret coordinates; `places` says which places are withheld (see registry-rules.ts). */
export function coordinateFacts(items: readonly RecordItem[], places: Pick<PlaceDecisions, 'secret' | 'withheld' | 'points' | 'addresses'>): CoordinateFacts {
  // Coordinates given to more than one street anywhere in the file are a geocoder's fallback point.
  const streetsAt = new Map<string, Set<string>>();
  for (const { rec } of items) {
    if (!rec || !rec.lat.trim() || !rec.lng.trim()) continue;
    const set = streetsAt.get(pointKey(rec)) ?? new Set<string>();
    set.add(`${fold(rec.oras)}|${streetKey(rec.adresa)}`);
    streetsAt.set(pointKey(rec), set);
  }
  // Coordinates of a withheld place are secret wherever they appear, even on another record.
  const secretPoints = new Set(places.points.keys());
  const withheldAt = new Map<string, string>();
  for (const a of places.addresses.values()) {
    for (const id of a.records) if (!places.secret.has(id)) withheldAt.set(id, `is at the address of a confidential service (record ${a.because.join(', ')}); address and coordinates left out`);
  }
  return { streetsAt, secretPoints, withheldAt };
}

type Place = Pick<ConvertedRecord, 'street' | 'locality' | 'county' | 'coords'>;

/** The coordinates a public place may show, or the warning that says why there are none. */
function coordsOf(rec: RegistryRecord, facts: CoordinateFacts): { coords?: Place['coords']; warning?: string } {
  const lat = Number(rec.lat.trim());
  const lng = Number(rec.lng.trim());
  const hasCoords = rec.lat.trim() !== '' && rec.lng.trim() !== '' && Number.isFinite(lat) && Number.isFinite(lng);
  if (!rec.lat.trim() && !rec.lng.trim()) return { warning: 'has no coordinates' };
  if (!hasCoords) return { warning: `coordinates '${rec.lat}', '${rec.lng}' are not numbers; left out` };
  if (!isInRomania(lat, lng)) return { warning: `coordinates ${lat}, ${lng} are outside Romania; left out` };
  if (facts.secretPoints.has(pointKey(rec))) return { warning: `coordinates ${lat}, ${lng} are those of a confidential service; left out` };
  const streets = facts.streetsAt.get(pointKey(rec))?.size ?? 0;
  if (streets > 1) return { warning: `coordinates ${lat}, ${lng} are shared by ${streets} different streets in the file (a geocoding fallback, not this address); left out` };
  return { coords: { lat, lng } };
}

/** The record's place as written, cleaned; a confidential service gets no coordinates (its address is dropped when grouping). */
export function placeOf(rec: RegistryRecord, confidential: boolean, facts: CoordinateFacts): Place & { warnings: string[] } {
  const warnings: string[] = [];
  const street = rec.adresa.trim().replace(/\s+/g, ' ') || undefined;
  const locality = normaliseLocality(rec.oras);
  const county = rec.jud.trim().replace(/\s+/g, ' ');
  let coords: Place['coords'];
  const withheld = facts.withheldAt?.get(rec.id.trim());
  if (withheld && !confidential) {
    warnings.push(withheld);
    return { street: undefined, locality, county, coords, warnings };
  }
  if (!confidential) {
    if (!street) warnings.push('has no address; no location');
    else if (!locality || !county) warnings.push(`address '${street}' has no ${locality ? 'county' : 'locality'}; no location`);
    else {
      if (/\d+\/\d+\/(19|20)\d\d$/.test(street)) warnings.push(`address '${street}' may have been turned into a date by a spreadsheet; kept as written`);
      const found = coordsOf(rec, facts);
      if (found.warning) warnings.push(found.warning);
      coords = found.coords;
    }
  }
  return { street, locality, county, coords, warnings };
}
