/**
 * The browser-safe part of the map logic: types, bounds, clustering input and the strings the map
 * needs. It imports nothing at run time, so the map's JavaScript does not pull in the catalogues or zod.
 */
import type { StringsFor } from '../i18n/translator';

/** The strings the map itself shows (each with its plural and sub-keys); page text stays out of its props. */
export const MAP_STRING_KEYS = ['map.label', 'map.loading', 'map.failed', 'map.tilesFailed', 'map.cluster', 'map.approximateName', 'map.precision', 'map.legend', 'map.popup', 'search.callNumber'] as const;
export type MapStrings = StringsFor<typeof MAP_STRING_KEYS>;

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
  /** The street address, as the location presenter words it (a mapped place is never confidential). */
  address?: string;
  /** A number to call for what is offered there: a service's own first, else the organisation's. */
  phone?: string;
  /** The services offered at the place, when the point stands for a place rather than one service. */
  services?: string[];
}

/** [[south, west], [north, east]], the order Leaflet's `fitBounds` takes. */
export type MapBounds = [[number, number], [number, number]];

/** Cluj-Napoca's centre: the view when there is nothing to show. */
export const DEFAULT_CENTER: [number, number] = [46.7712, 23.6236];
export const DEFAULT_ZOOM = 12;
/** The closest a fitted view goes, so one point still shows its neighbourhood. */
export const MAX_FIT_ZOOM = 16;

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


/** Web Mercator x and y of a point at zoom 0, in 256-pixel tile units (as Leaflet's EPSG:3857 projects it). */
function mercator(lat: number, lng: number): [number, number] {
  const max = 85.0511287798;
  const sin = Math.sin((Math.max(Math.min(max, lat), -max) * Math.PI) / 180);
  return [(256 * (lng + 180)) / 360, 256 * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI))];
}

/**
 * The zoom at which Leaflet's `fitBounds(bounds, { padding, maxZoom })` shows `bounds` in a box of
 * `width` × `height` pixels (Leaflet's getBoundsZoom with zoomSnap 1), worked out before Leaflet has
 * loaded, so the clusters for the first view can be built while it downloads.
 */
export function fitZoom(bounds: MapBounds, width: number, height: number, padding: number, maxZoom: number): number {
  const [[s, w], [n, e]] = bounds;
  const [x0, y0] = mercator(n, w);
  const [x1, y1] = mercator(s, e);
  const scale = Math.min((width - 2 * padding) / Math.abs(x1 - x0), (height - 2 * padding) / Math.abs(y1 - y0));
  if (!Number.isFinite(scale) || scale <= 0) return 0;
  // Leaflet rounds to 1/100 first ("don't jump if within 1% of a snap level"), then floors.
  const zoom = Math.floor(Math.round(Math.log2(scale) * 100) / 100);
  return Math.max(0, Math.min(maxZoom, zoom));
}

/** The GeoJSON features supercluster indexes; `index` points back into the points array. */
export function toFeatures(points: readonly MapPoint[]): Array<{ type: 'Feature'; properties: { index: number }; geometry: { type: 'Point'; coordinates: [number, number] } }> {
  return points.map((p, index) => ({ type: 'Feature', properties: { index }, geometry: { type: 'Point', coordinates: [p.lng, p.lat] } }));
}

/**
 * One point in the map data file: [id, name, lat, lng, precision, href, address, phone, services], a
 * fifth the size of the object form. The last three are for the popup; trailing empty ones are left
 * out ('' stands for a missing one before a present one).
 */
export type PackedMapPoint = [string, string, number, number, MapPrecision, string, address?: string, phone?: string, services?: string[]];

/** The map data file (`/map/points.json`): every point, packed. */
export interface MapPointsFile {
  version: 1;
  points: PackedMapPoint[];
}

/** Packs points for the map data file. */
export function packMapPoints(points: readonly MapPoint[]): MapPointsFile {
  return {
    version: 1,
    points: points.map((p) => {
      const packed: PackedMapPoint = [p.id, p.name, p.lat, p.lng, p.precision, p.href, p.address ?? '', p.phone ?? '', p.services ?? []];
      while (packed.length > 6) {
        const last = packed[packed.length - 1];
        if (last === '' || (Array.isArray(last) && last.length === 0)) packed.pop();
        else break;
      }
      return packed;
    }),
  };
}

/** Reads the map data file back into points; throws on a file of another shape rather than drawing nonsense. */
export function unpackMapPoints(file: unknown): MapPoint[] {
  const f = file as Partial<MapPointsFile> | null;
  if (!f || f.version !== 1 || !Array.isArray(f.points)) throw new Error('map data: not a version 1 points file');
  return f.points.map(([id, name, lat, lng, precision, href, address, phone, services]) => ({
    id, name, lat, lng, precision, href,
    ...(address ? { address } : {}),
    ...(phone ? { phone } : {}),
    ...(services?.length ? { services } : {}),
  }));
}
