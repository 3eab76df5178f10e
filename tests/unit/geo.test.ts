import { describe, expect, it } from 'vitest';
import { distanceKm, nearestKm } from '../../src/lib/map/geo';

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
  it('takes the nearest of several places, and Infinity when there are none', () => {
    const centre = { lat: 46.7694, lng: 23.5899 };
    const near = { lat: 46.77, lng: 23.59 };
    expect(nearestKm(centre, [{ lat: 46.9, lng: 23.9 }, near])).toBe(distanceKm(centre, near));
    expect(nearestKm(centre, [])).toBe(Infinity);
  });
});
