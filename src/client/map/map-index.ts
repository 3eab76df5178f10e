/**
 * The clustering index of the map's points (supercluster), kept apart from map-engine.ts (Leaflet)
 * so that MapView can build the clusters of the first view while Leaflet is still downloading.
 */
import Supercluster from 'supercluster';
import { DEFAULT_ZOOM, MAX_FIT_ZOOM, fitZoom, pointsBounds, toFeatures, type MapPoint } from '../../lib/map/core';

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
 */
export function buildIndex(features: PointFeatures, minZoom: number, maxZoom: number): PointIndex {
  const index = new Supercluster<{ index: number }>({ radius: CLUSTER_RADIUS, extent: CLUSTER_EXTENT, minZoom, maxZoom });
  index.load(features as Parameters<typeof index.load>[0]);
  return index;
}

/** An index made ahead of the map for one set of points and one zoom (the zoom the map will fit them at). */
export interface PreparedIndex {
  points: readonly MapPoint[];
  zoom: number;
  features: PointFeatures;
  index: PointIndex;
}

/**
 * Builds the first view's clusters for `points` in a map box of `width` × `height` pixels. The map
 * engine uses it only if Leaflet fits the points at the same zoom; otherwise it builds its own.
 */
export function prepareIndex(points: readonly MapPoint[], width: number, height: number): PreparedIndex | undefined {
  if (points.length === 0 || width <= 0 || height <= 0) return undefined;
  const bounds = pointsBounds(points);
  const zoom = bounds ? fitZoom(bounds, width, height, FIT_PADDING, MAX_FIT_ZOOM) : DEFAULT_ZOOM;
  const features = toFeatures(points);
  return { points, zoom, features, index: buildIndex(features, zoom, zoom) };
}
