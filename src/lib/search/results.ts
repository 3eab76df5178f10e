/**
 * What the search answers with: index rows (./index-data.ts) turned into result objects for the
 * list and map points for the map. The only readers of a row besides the engine and the shards.
 */
import { bucharestWallClock, compiledStateOn, type HoursState } from '../hours/compiled';
import type { LatLng } from '../map/geo';
import type { MapPoint } from '../map/core';
import { providerPath } from '../routes';
import { serviceKey, type ServiceKey } from '../shortlist/selection';
import type { Service } from '../../schemas/service';
import { FLAG, PRECISION_CODES, R, type Precision, type SearchIndexData } from './index-data';

export type CostKind = NonNullable<Service['cost']>['kind'];
export type AccessMode = NonNullable<Service['access']>['modes'][number];

/** One service found: what a result row shows, in the index language. */
export interface SearchHit {
  /** `<provider id>/<service id>`: unique over the directory, and the shortlist's key. */
  key: ServiceKey;
  service: { id: string; name: string };
  /** `phoneLabel` says what the number is ("Head office, Bucharest"), in the index language. */
  provider: { id: string; name: string; alternateName?: string; phone?: string; phoneLabel?: string };
  /** The service on its provider page. */
  href: string;
  /** Beneficiary category ids, in taxonomy order. */
  categories: string[];
  /** Service type ids, in taxonomy order. */
  types: string[];
  /** ISO 639 codes of the languages the service is offered in. */
  languages: string[];
  cost?: CostKind;
  access: AccessMode[];
  /** At least one of its places is wheelchair accessible. */
  wheelchair: boolean;
  inactive: boolean;
  /** Some fact shown for the service is old: the result carries the old-data mark. */
  stale: boolean;
  /** The entry's complete review is overdue or was never done (it ranks after reviewed ones of equal relevance). */
  unreviewed: boolean;
  /** One of its places is confidential (a shelter); the data never says where. */
  confidential: boolean;
  ageMin?: number;
  ageMax?: number;
  /** Open, closed or unknown at the request's `now`, in Cluj-Napoca time. */
  hours: HoursState;
  /** Km to its nearest public place, when sorted by distance from a point (Infinity: no public place). */
  km?: number;
}

/** A public place of a row. */
export type RowPlace = LatLng & { precision: Precision; locationId: string };

/** The places of a row with coordinates: never a confidential one (those have none in the data). */
export function rowPlaces(data: SearchIndexData, row: number): RowPlace[] {
  const r = data.rows[row]!;
  const p = r[R.points];
  const ids = r[R.places];
  const out: RowPlace[] = [];
  for (let i = 0; i + 2 < p.length; i += 3) out.push({ lat: p[i]!, lng: p[i + 1]!, precision: PRECISION_CODES[p[i + 2]!] ?? 'approximate', locationId: ids[i / 3]! });
  return out;
}

/** Open / closed / unknown for a row at an instant (Cluj-Napoca time). */
function rowHours(data: SearchIndexData, row: number, now: Date): HoursState {
  const h = data.rows[row]![R.hours];
  if (h < 0) return 'unknown';
  const wall = bucharestWallClock(now);
  return compiledStateOn(data.hours[h]!, wall.date, wall.weekday, wall.minute);
}

/** The result object of a row; `km` when the results are sorted by distance. */
export function hitOf(data: SearchIndexData, row: number, now: Date, km?: number): SearchHit {
  const r = data.rows[row]!;
  const [providerId, providerName, alternateName, phone, phoneLabel] = data.providers[r[R.provider]]!;
  const has = (flag: number) => (r[R.flags] & flag) !== 0;
  const cost: CostKind | undefined = has(FLAG.free) ? 'free' : has(FLAG.fee) ? 'fee' : has(FLAG.meansTested) ? 'means_tested' : undefined;
  const access: AccessMode[] = [];
  if (has(FLAG.walkIn)) access.push('walk_in');
  if (has(FLAG.appointment)) access.push('appointment');
  if (has(FLAG.referral)) access.push('referral');
  return {
    key: serviceKey(providerId, r[R.service]),
    service: { id: r[R.service], name: r[R.name] },
    provider: { id: providerId, name: providerName, ...(alternateName ? { alternateName } : {}), ...(phone ? { phone } : {}), ...(phone && phoneLabel ? { phoneLabel } : {}) },
    href: providerPath(providerId, { lang: data.lang, service: r[R.service] }),
    categories: r[R.cats].map((i) => data.cats[i]!),
    types: r[R.types].map((i) => data.types[i]!),
    languages: r[R.langs].map((i) => data.langs[i]!),
    ...(cost ? { cost } : {}),
    access,
    wheelchair: has(FLAG.wheelchair),
    inactive: has(FLAG.inactive),
    stale: has(FLAG.stale),
    unreviewed: has(FLAG.unreviewed),
    confidential: has(FLAG.confidential),
    ...(r[R.ageMin] >= 0 ? { ageMin: r[R.ageMin] } : {}),
    ...(r[R.ageMax] >= 0 ? { ageMax: r[R.ageMax] } : {}),
    hours: rowHours(data, row, now),
    ...(km !== undefined ? { km } : {}),
  };
}

/**
 * The public places of some rows, in their order, for the map: one point per place of a provider,
 * with the id and link the map page gives it (`<provider id>/<location id>`, the place on the
 * provider page; see ../map/points.ts). A place offering one of the rows is named after that service
 * and its provider; a place offering several, after the provider. The popup's number is the
 * provider's, as the result row shows it; the address is not in the search data (the search map
 * adds it from the map page's points, which have the same ids).
 */
export function mapPointsOf(data: SearchIndexData, rows: readonly number[]): MapPoint[] {
  const points = new Map<string, MapPoint>();
  for (const row of rows) {
    const r = data.rows[row]!;
    const [providerId, providerName, , phone] = data.providers[r[R.provider]]!;
    for (const { lat, lng, precision, locationId } of rowPlaces(data, row)) {
      const id = `${providerId}/${locationId}`;
      const seen = points.get(id);
      if (seen) seen.name = providerName;
      else points.set(id, { id, name: `${r[R.name]} (${providerName})`, lat, lng, precision, href: providerPath(providerId, { lang: data.lang, location: locationId }), ...(phone ? { phone } : {}) });
    }
  }
  return [...points.values()];
}

/** A helpline as the empty state shows it: its name, its number to call, its place on its provider page. */
export interface Helpline {
  key: ServiceKey;
  name: string;
  number: string;
  href: string;
  national: boolean;
}

/** The helplines of the data, national ones first. */
export function helplinesOf(data: Pick<SearchIndexData, 'helplines' | 'lang'>): Helpline[] {
  return (data.helplines ?? []).map(([providerId, serviceId, name, number, national]) => ({
    key: serviceKey(providerId, serviceId),
    name,
    number,
    href: providerPath(providerId, { lang: data.lang, service: serviceId }),
    national: national === 1,
  }));
}
