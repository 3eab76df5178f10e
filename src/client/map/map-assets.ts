/**
 * The map's stylesheets, loaded on demand. Kept apart from map-engine.ts (which pulls in Leaflet) so a
 * map can start fetching its CSS and its JavaScript at the same moment.
 */
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';
import mapCssUrl from '../../components/islands/map/map.css?url';

const cssLoads = new Map<string, Promise<void>>();

/** Adds a stylesheet once; resolves when it has loaded or failed (the map works either way). */
function loadCss(href: string): Promise<void> {
  let p = cssLoads.get(href);
  if (!p) {
    p = new Promise<void>((resolve) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = link.onerror = () => resolve();
      document.head.append(link);
    });
    cssLoads.set(href, p);
  }
  return p;
}

/** The stylesheets the map needs, added to the page only when a map is created. */
export async function loadMapCss(): Promise<void> {
  await Promise.all([loadCss(leafletCssUrl), loadCss(mapCssUrl)]);
}

/** Starts loading the map's code and CSS together; resolves with the engine module once both are in. */
export async function loadMapEngine(): Promise<typeof import('./map-engine')> {
  const [engine] = await Promise.all([import('./map-engine'), loadMapCss()]);
  return engine;
}

/** The entry builder's point picker (point-picker.ts) and the map CSS, loaded together when asked for. */
export async function loadPointPicker(): Promise<typeof import('./point-picker')> {
  const [picker] = await Promise.all([import('./point-picker'), loadMapCss()]);
  return picker;
}
