/** Benchmark page: the real MapView island, loaded and mounted as the map page does it. */
import { createRoot } from 'react-dom/client';
import { benchPoints } from './shared';
import en from '../../../src/i18n/en.json';
import type { MapPoint } from '../../../src/lib/map/core';

performance.mark('map-start');
// The English strings the map page passes (the same filter as mapLabels, without importing zod-laden modules).
const labels = Object.fromEntries(Object.entries(en as Record<string, string>).filter(([k]) => k.startsWith('map.')));
// Imported after the start mark, as the island's own chunk is fetched when the map comes into view.
import('../../../src/components/islands/MapView')
  .then(({ default: MapView }) => {
    const root = createRoot(document.getElementById('root')!);
    const show = (points: MapPoint[]) => root.render(<MapView points={points} lang="en" labels={labels} tileUrl="https://tile.invalid/{z}/{x}/{y}.png" tileAttribution="bench" />);
    // Lets a script change the points as the search island does (used to check that the map follows).
    window.__BENCH_SHOW__ = show;
    show(benchPoints());
  })
  .catch((e: unknown) => { window.__BENCH_ERROR__ = String(e); });
