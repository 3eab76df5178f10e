/** What the benchmark page receives before its scripts run (set by map-time.ts through addInitScript). */
import type { MapPoint } from '../../../src/lib/map/core';

declare global {
  interface Window {
    __BENCH_POINTS__?: MapPoint[];
    __BENCH_ERROR__?: string;
    __BENCH_SHOW__?: (points: MapPoint[]) => void;
  }
}

export function benchPoints(): MapPoint[] {
  return window.__BENCH_POINTS__ ?? [];
}
