/** Distances on the globe, for "near me" and "near a neighbourhood". Runs in the browser only. */

export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Great-circle distance in kilometres (haversine).
 * @example distanceKm({ lat: 46.7694, lng: 23.5899 }, { lat: 46.7712, lng: 23.6236 }) ≈ 2.6
 */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The shortest distance from a point to any of several places; Infinity when there are none. */
export function nearestKm(from: LatLng, places: readonly LatLng[]): number {
  let best = Infinity;
  for (const p of places) best = Math.min(best, distanceKm(from, p));
  return best;
}
