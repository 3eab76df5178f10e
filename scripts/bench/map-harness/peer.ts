/**
 * Benchmark page for the peer: Leaflet.markercluster with one Leaflet marker per point, markers
 * made like ours (div icons, keyboard-focusable, titled), so only the clustering approach differs.
 */
import type * as Leaflet from 'leaflet';
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';
import clusterCssUrl from 'leaflet.markercluster/dist/MarkerCluster.css?url';
import clusterDefaultCssUrl from 'leaflet.markercluster/dist/MarkerCluster.Default.css?url';
import { benchPoints } from './shared';
import { pointsBounds } from '../../../src/lib/map/core';

performance.mark('map-start');

function css(href: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

async function main(): Promise<void> {
  const [{ default: L }] = await Promise.all([import('leaflet'), css(leafletCssUrl), css(clusterCssUrl), css(clusterDefaultCssUrl)]);
  // The plugin is a UMD script that extends the global L.
  (window as unknown as { L: typeof Leaflet }).L = L;
  await import('leaflet.markercluster');
  const points = benchPoints();
  performance.mark('map-create');
  const map = L.map('map');
  L.tileLayer('https://tile.invalid/{z}/{x}/{y}.png', { attribution: 'bench' }).addTo(map);
  const bounds = pointsBounds(points);
  if (bounds) map.fitBounds(bounds);
  else map.setView([46.77, 23.62], 12);
  const group = L.markerClusterGroup();
  const markers = points.map((p) => L.marker([p.lat, p.lng], { keyboard: true, title: p.name, icon: L.divIcon({ className: 'map-pin', iconSize: [20, 20] }) }));
  group.addLayers(markers);
  map.addLayer(group);
  performance.mark('map-ready');
}

main().catch((e: unknown) => { window.__BENCH_ERROR__ = String(e); });
