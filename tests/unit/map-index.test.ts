/** The map's first view, clustered ahead of Leaflet (in a worker or on the page), must match what the engine's own index gives. */
import { describe, expect, it } from 'vitest';
import { buildIndex, featuresFromCoords, firstZoom, packView, prepareView, VIEW_STRIDE } from '../../src/components/islands/map-index';
import { toFeatures, type MapPoint } from '../../src/lib/map-core';

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

describe('first view clustered ahead', () => {
  const pts = points(3000);
  const zoom = firstZoom(pts, 1280, 504)!;

  it('the worker input (packed coordinates) gives the same features as the points', () => {
    const coords = new Float64Array(pts.flatMap((p) => [p.lng, p.lat]));
    expect(featuresFromCoords(coords)).toEqual(toFeatures(pts));
  });

  it('gives the same clusters and ids as an index the engine builds later for that zoom', () => {
    const ahead = prepareView(pts, zoom).view;
    const later = packView(buildIndex(toFeatures(pts), zoom, zoom), zoom);
    expect([...ahead]).toEqual([...later]);
    // Every point is in exactly one item.
    let total = 0;
    for (let i = 0; i < ahead.length; i += VIEW_STRIDE) total += ahead[i + 3]!;
    expect(total).toBe(pts.length);
    expect(ahead.length / VIEW_STRIDE).toBeLessThan(pts.length / 10);
  });

  it('a cluster of the prepared view can be opened with the later index', () => {
    const { view } = prepareView(pts, zoom);
    const index = buildIndex(toFeatures(pts), zoom, zoom);
    let opened = 0;
    for (let i = 0; i < view.length; i += VIEW_STRIDE) {
      const id = view[i + 2]!;
      if (id < 0) continue;
      expect(index.getClusterExpansionZoom(id)).toBeGreaterThan(zoom);
      expect(index.getLeaves(id, Infinity)).toHaveLength(view[i + 3]!);
      opened++;
    }
    expect(opened).toBeGreaterThan(0);
  });

  it('has no first zoom for no points or a box without size', () => {
    expect(firstZoom([], 1280, 504)).toBeUndefined();
    expect(firstZoom(pts, 0, 504)).toBeUndefined();
  });
});
