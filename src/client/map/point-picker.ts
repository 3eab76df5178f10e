/**
 * A small map for choosing one point (the entry builder's "point on the map"): a marker that moves
 * where the map is clicked, can be dragged, and can be moved with the arrow keys once focused
 * (Shift for longer steps). The latitude and longitude fields stay the real input: without tiles,
 * without a mouse or without this map, the point is typed there. Load it with `loadPointPicker()`
 * (map-assets.ts), which brings the CSS too.
 */
import L from 'leaflet';

export interface PointPickerOptions {
  /** The point to show first, when there is one. */
  point?: [number, number];
  /** Where to look when there is no point yet. */
  center: [number, number];
  tileUrl: string;
  tileAttribution: string;
  /** The marker's accessible name. */
  markerLabel: string;
  /** Called with the new point (5 decimals, about a metre) after every move. */
  onMove: (latitude: number, longitude: number) => void;
  onTileError?: () => void;
}

export interface PointPicker {
  /** Shows a point typed in the fields, without calling onMove. */
  setPoint(point: [number, number] | undefined): void;
  destroy(): void;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;
const STEP_PX = 10;
const ARROWS: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };

export function createPointPicker(container: HTMLElement, o: PointPickerOptions): PointPicker {
  const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = L.map(container, { center: o.point ?? o.center, zoom: o.point ? 17 : 13, keyboard: true, zoomAnimation: !reducedMotion, fadeAnimation: !reducedMotion });
  let tileErrorReported = false;
  L.tileLayer(o.tileUrl, { attribution: o.tileAttribution, maxZoom: 19 }).on('tileerror', () => {
    if (tileErrorReported) return;
    tileErrorReported = true;
    o.onTileError?.();
  }).addTo(map);

  let marker: L.Marker | undefined;
  const moved = (ll: L.LatLng) => o.onMove(round(ll.lat), round(ll.lng));
  const place = (ll: L.LatLngExpression) => {
    if (marker) { marker.setLatLng(ll); return marker; }
    marker = L.marker(ll, {
      draggable: true,
      keyboard: true,
      icon: L.divIcon({ className: 'map-pin map-pin--exact point-picker-pin', iconSize: [22, 22], iconAnchor: [11, 11] }),
    }).addTo(map);
    const el = marker.getElement();
    if (el) {
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', o.markerLabel);
      el.addEventListener('keydown', (e) => {
        const dir = ARROWS[e.key];
        if (!dir || !marker) return;
        // The map itself pans with the arrows; on the marker they move the point instead.
        e.preventDefault();
        e.stopPropagation();
        const step = e.shiftKey ? STEP_PX * 5 : STEP_PX;
        const at = map.latLngToContainerPoint(marker.getLatLng()).add([dir[0] * step, dir[1] * step]);
        const ll = map.containerPointToLatLng(at);
        marker.setLatLng(ll);
        if (!map.getBounds().pad(-0.1).contains(ll)) map.panTo(ll, { animate: !reducedMotion });
        moved(ll);
      });
    }
    marker.on('dragend', () => moved(marker!.getLatLng()));
    return marker;
  };
  if (o.point) place(o.point);
  map.on('click', (e: L.LeafletMouseEvent) => { place(e.latlng); moved(e.latlng); });

  return {
    setPoint(point) {
      if (!point) return;
      place(point);
      if (!map.getBounds().contains(point)) map.setView(point, Math.max(map.getZoom(), 15), { animate: false });
    },
    destroy() { map.remove(); },
  };
}
