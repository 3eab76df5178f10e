/** Benchmark page: the real MapView island, loaded and mounted as the map page does it. */
import { createRoot } from 'react-dom/client';
import { benchPoints } from './shared';

performance.mark('map-start');
const labels = { 'map.label': 'Map', 'map.cluster.one': '{count} service', 'map.cluster.other': '{count} services', 'map.approximateName': '{name} (approximate)' };
// Imported after the start mark, as the island's own chunk is fetched when the map comes into view.
import('../../../src/components/islands/MapView')
  .then(({ default: MapView }) => {
    createRoot(document.getElementById('root')!).render(
      <MapView points={benchPoints()} lang="en" labels={labels} tileUrl="https://tile.invalid/{z}/{x}/{y}.png" tileAttribution="bench" />,
    );
  })
  .catch((e: unknown) => { window.__BENCH_ERROR__ = String(e); });
