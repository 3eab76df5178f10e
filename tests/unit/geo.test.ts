import { describe, expect, it } from 'vitest';
import { distanceKm, nearestKm, sortByDistance } from '../../src/lib/map/geo';

describe('distance', () => {
  it('measures a known distance (Cluj-Napoca to Bucharest, about 324 km)', () => {
    const km = distanceKm({ lat: 46.7712, lng: 23.6236 }, { lat: 44.4268, lng: 26.1025 });
    expect(km).toBeGreaterThan(315);
    expect(km).toBeLessThan(335);
  });
  it('is zero for the same point and symmetric', () => {
    const a = { lat: 46.77, lng: 23.59 };
    const b = { lat: 46.79, lng: 23.61 };
    expect(distanceKm(a, a)).toBe(0);
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 10);
  });
  it('sorts nearest first and puts items without a place last', () => {
    const centre = { lat: 46.7694, lng: 23.5899 };
    const items = [
      { id: 'far', places: [{ lat: 46.79, lng: 23.65 }] },
      { id: 'none', places: [] },
      { id: 'near', places: [{ lat: 46.9, lng: 23.9 }, { lat: 46.77, lng: 23.59 }] },
      { id: 'mid', places: [{ lat: 46.76, lng: 23.56 }] },
    ];
    const sorted = sortByDistance(items, centre, (i) => i.places);
    expect(sorted.map((s) => s.item.id)).toEqual(['near', 'mid', 'far', 'none']);
    expect(sorted[3]!.km).toBe(Infinity);
    expect(nearestKm(centre, [])).toBe(Infinity);
  });
});
