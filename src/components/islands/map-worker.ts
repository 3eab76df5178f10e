/**
 * Web worker: clusters the map's points for the first view while the page is busy loading Leaflet.
 * In: { coords: Float64Array [lng, lat, ...], zoom }. Out: { view: Float64Array } (see packView), or { error }.
 */
import { buildIndex, featuresFromCoords, packView } from './map-index';

self.onmessage = (e: MessageEvent<{ coords: Float64Array; zoom: number }>) => {
  try {
    const { coords, zoom } = e.data;
    const view = packView(buildIndex(featuresFromCoords(coords), zoom, zoom), zoom);
    (self as unknown as Worker).postMessage({ view }, [view.buffer]);
  } catch (err) {
    (self as unknown as Worker).postMessage({ error: String(err) });
  }
};
