/** The map's first view, clustered while Leaflet downloads, must be what the engine would have built itself. */
import { describe, expect, it } from 'vitest';
import { buildIndex, prepareIndex } from '../../src/client/map/map-index';
import { fitZoom, pointsBounds, toFeatures, MAX_FIT_ZOOM, type MapPoint } from '../../src/lib/map/core';

function points(n: number): MapPoint[] {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: n }, (_, i) => {
    const nearCluj = i % 3 === 0;
    return {
      id: `p${i}/loc`, name: `P ${i}`, precision: 'exact', href: `/providers/p${i}/`,
      lat: nearCluj ? 46.72 + rnd() * 0.12 : 43.7 + rnd() * 4.5,
      lng: nearCluj ? 23.5 + rnd() * 0.2 : 20.3 + rnd() * 9.3,
    };
  });
}

describe('prepareIndex', () => {
  const pts = points(3000);

  it('clusters for the zoom the map will fit the points at, one level only, as an index of every level down to that zoom does', () => {
    const prepared = prepareIndex(pts, 1280, 504)!;
    expect(prepared.points).toBe(pts);
    expect(prepared.zoom).toBe(fitZoom(pointsBounds(pts)!, 1280, 504, 24, MAX_FIT_ZOOM));
    const world: [number, number, number, number] = [-180, -85, 180, 85];
    const mine = prepared.index.getClusters(world, prepared.zoom);
    // The engine used to build levels 0..zoom for the first view; the first view must look the same.
    const full = buildIndex(toFeatures(pts), 0, prepared.zoom).getClusters(world, prepared.zoom);
    const shape = (fs: typeof mine) => fs.map((f) => [f.geometry.coordinates, (f.properties as { point_count?: number }).point_count ?? 1]).sort((a, b) => String(a).localeCompare(String(b)));
    expect(shape(mine)).toEqual(shape(full));
    // Every point is in exactly one item, and far fewer items than points are drawn.
    expect(mine.reduce((n, f) => n + ((f.properties as { point_count?: number }).point_count ?? 1), 0)).toBe(pts.length);
    expect(mine.length).toBeLessThan(pts.length / 10);
  });

  it('opens a cluster of the prepared index one level closer at least', () => {
    const { index, zoom } = prepareIndex(pts, 1280, 504)!;
    const cluster = index.getClusters([-180, -85, 180, 85], zoom).find((f) => (f.properties as { cluster?: boolean }).cluster)!;
    expect(index.getClusterExpansionZoom((cluster.properties as { cluster_id: number }).cluster_id)).toBeGreaterThan(zoom);
  });

  it('prepares nothing for no points or a box without size', () => {
    expect(prepareIndex([], 1280, 504)).toBeUndefined();
    expect(prepareIndex(pts, 0, 504)).toBeUndefined();
  });
});
