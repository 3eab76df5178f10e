/**
 * The clustering index of the map's points (supercluster), kept apart from map-engine.ts (Leaflet)
 * so that the clusters of the first view can be worked out while Leaflet is still downloading, in a
 * worker (map-worker.ts) where the browser allows it, else on the page.
 */
import Supercluster from 'supercluster';
import { DEFAULT_ZOOM, MAX_FIT_ZOOM, fitZoom, pointsBounds, toFeatures, type MapPoint } from '../../lib/map-core';

/** Cluster radius in screen pixels (with extent 256 = Leaflet's tile size), about one big cluster icon apart. */
const CLUSTER_RADIUS = 60;
const CLUSTER_EXTENT = 256;
/** Beyond this zoom every point is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 17;
/** Padding (pixels, each side) around the points when the map is fitted to them. */
export const FIT_PADDING = 24;

export type PointFeatures = ReturnType<typeof toFeatures>;
export type PointIndex = Supercluster<{ index: number }>;

/**
 * A supercluster index with clusters for zoom levels minZoom..maxZoom. Clustering costs about one
 * pass over the points per level, so the first view builds only its own level (10k points then cost
 * one pass, not eighteen); the other levels are built when the reader first zooms to them.
 * Cluster ids depend only on the points' order and the options, so two indexes of the same points
 * (one in a worker, one on the page) give the same ids.
 */
export function buildIndex(features: PointFeatures, minZoom: number, maxZoom: number): PointIndex {
  const index = new Supercluster<{ index: number }>({ radius: CLUSTER_RADIUS, extent: CLUSTER_EXTENT, minZoom, maxZoom });
  index.load(features as Parameters<typeof index.load>[0]);
  return index;
}

/** Values per item in a packed view: lng, lat, cluster id (-1 for a single point), point count, point index. */
export const VIEW_STRIDE = 5;

/** Every cluster and single point of `index` at `zoom`, packed (VIEW_STRIDE numbers each). */
export function packView(index: PointIndex, zoom: number): Float64Array {
  const items = index.getClusters([-180, -90, 180, 90], zoom);
  const out = new Float64Array(items.length * VIEW_STRIDE);
  items.forEach((f, i) => {
    const [lng, lat] = f.geometry.coordinates as [number, number];
    const p = f.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; index?: number };
    out.set([lng, lat, p.cluster ? p.cluster_id! : -1, p.cluster ? p.point_count! : 1, p.cluster ? -1 : p.index!], i * VIEW_STRIDE);
  });
  return out;
}

/** Features from packed coordinates ([lng, lat, lng, lat, ...]), as the worker receives them. */
export function featuresFromCoords(coords: Float64Array): PointFeatures {
  const features: PointFeatures = new Array(coords.length / 2);
  for (let i = 0; i < features.length; i++) features[i] = { type: 'Feature', properties: { index: i }, geometry: { type: 'Point', coordinates: [coords[2 * i]!, coords[2 * i + 1]!] } };
  return features;
}

/** The first view of one set of points, worked out ahead of the map: its zoom and what is drawn there. */
export interface PreparedView {
  points: readonly MapPoint[];
  zoom: number;
  /** Clusters and single points at `zoom`, packed (see VIEW_STRIDE). */
  view: Float64Array;
  /** The index the view came from, when it was built on the page (not in a worker). */
  index?: PointIndex;
  features?: PointFeatures;
}

/** The zoom the map will fit `points` at in a box of `width` × `height` pixels, or undefined when it cannot tell. */
export function firstZoom(points: readonly MapPoint[], width: number, height: number): number | undefined {
  if (points.length === 0 || width <= 0 || height <= 0) return undefined;
  const bounds = pointsBounds(points);
  return bounds ? fitZoom(bounds, width, height, FIT_PADDING, MAX_FIT_ZOOM) : DEFAULT_ZOOM;
}

/** Works out the first view on the page (the fallback when no worker can be started). */
export function prepareView(points: readonly MapPoint[], zoom: number): PreparedView {
  const features = toFeatures(points);
  const index = buildIndex(features, zoom, zoom);
  return { points, zoom, view: packView(index, zoom), index, features };
}
