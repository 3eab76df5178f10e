/** Benchmark page: the real MapView island, loaded and mounted as the map page does it. */
import { createRoot } from 'react-dom/client';
import { benchPoints } from './shared';
import en from '../../../src/i18n/en.json';
import { MAP_STRING_KEYS, type MapPoint } from '../../../src/lib/map/core';
import { pickFrom } from '../../../src/lib/i18n/translator';

performance.mark('map-start');
// The English strings the map page passes (the same pick as the page's, without bundling every catalogue).
const labels = pickFrom(en, MAP_STRING_KEYS);
// Imported after the start mark, as the island's own chunk is fetched when the map comes into view.
import('../../../src/components/islands/map/MapView')
  .then(({ default: MapView }) => {
    const root = createRoot(document.getElementById('root')!);
    const show = (points: MapPoint[]) => root.render(<MapView points={points} lang="en" labels={labels} tileUrl="https://tile.invalid/{z}/{x}/{y}.png" tileAttribution="bench" />);
    // Lets a script change the points as the search island does (used to check that the map follows).
    window.__BENCH_SHOW__ = show;
    show(benchPoints());
  })
  .catch((e: unknown) => { window.__BENCH_ERROR__ = String(e); });
