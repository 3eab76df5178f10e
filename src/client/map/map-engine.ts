/**
 * The map itself, without any UI framework: Leaflet for the view, supercluster for clustering.
 * MapView (React, for the map page and search) and the provider page's small map both use it.
 *
 * Why not leaflet.markercluster: it creates one Leaflet marker per point up front (10k DOM-less
 * objects and a slow initial clustering); supercluster indexes plain numbers once and we draw only
 * the clusters and points in view, recomputed on every move and zoom.
 */
import L from 'leaflet';
import { pointsBounds, toFeatures, DEFAULT_CENTER, DEFAULT_ZOOM, MAX_FIT_ZOOM, type MapPoint, type MapStrings } from '../../lib/map/core';
import { formatNumber, translator } from '../../lib/i18n/translator';
import { telHref } from '../../lib/views/contact';
import { buildIndex, CLUSTER_MAX_ZOOM, FIT_PADDING, type PointFeatures, type PreparedIndex } from './map-index';
import type { Lang } from '../../locales';

export interface MapEngineOptions {
  lang: Lang;
  labels: MapStrings;
  tileUrl: string;
  tileAttribution: string;
  /** Called once, the first time a tile fails to load (no network, tile server down). */
  onTileError?: () => void;
}

export interface MapEngine {
  /**
   * Shows exactly these points (replacing the previous set) and fits the view to them. `prepared`
   * (from `prepareIndex`, made while Leaflet loaded) is used when it is for these points and this zoom.
   */
  setPoints(points: readonly MapPoint[], prepared?: PreparedIndex): void;
  destroy(): void;
}

let readyMarked = false;

/** Creates a clustered, keyboard-reachable map inside `container`. Load it with `loadMapEngine()` (map-assets.ts), which brings the CSS too. */
export function createMapEngine(container: HTMLElement, options: MapEngineOptions): MapEngine {
  if (!readyMarked && typeof performance !== 'undefined') performance.mark('map-create');
  const { lang, labels } = options;
  const label = translator(labels, lang);
  const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const animate = !reducedMotion;

  // No initial view: setPoints sets it, so tiles are requested once, for the view actually shown.
  const map = L.map(container, {
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    inertia: animate,
    keyboard: true,
  });
  container.setAttribute('aria-label', label('map.label'));
  container.setAttribute('role', 'region');

  let tileErrorReported = false;
  L.tileLayer(options.tileUrl, { attribution: options.tileAttribution, maxZoom: 19 })
    .on('tileerror', () => {
      if (tileErrorReported) return;
      tileErrorReported = true;
      container.dataset.tilesFailed = 'true';
      options.onTileError?.();
    })
    .addTo(map);

  const layer = L.layerGroup().addTo(map);
  let points: readonly MapPoint[] = [];
  let features: PointFeatures = [];
  let index = buildIndex([], 0, CLUSTER_MAX_ZOOM);
  /** The zoom levels the current index has clusters for; outside them its answers are wrong. */
  let indexMinZoom = 0;
  let indexMaxZoom = CLUSTER_MAX_ZOOM;
  /** Markers on the map by key ('c<cluster id>' or 'p<point index>'), reused across redraws so focus survives panning. */
  let markers = new Map<string, L.Marker>();
  /** After a cluster is opened from the keyboard, focus goes to the nearest marker of the new view. */
  let focusNear: L.LatLng | undefined;

  function pointMarker(i: number): L.Marker {
    const p = points[i]!;
    const approximate = p.precision === 'approximate';
    const name = approximate ? label('map.approximateName', { name: p.name }) : p.name;
    const marker = L.marker([p.lat, p.lng], {
      keyboard: true,
      title: name,
      alt: name,
      icon: L.divIcon({
        className: `map-pin map-pin--${p.precision}`,
        iconSize: approximate ? [28, 28] : [20, 20],
        html: '',
      }),
    });
    // Read when the popup opens: the same place may have been given more details since (see setPoints).
    marker.bindPopup(() => popupContent(points[i] ?? p));
    marker.on('add', () => {
      const el = marker.getElement();
      if (!el) return;
      el.setAttribute('aria-label', name);
      el.dataset.pointId = p.id;
      el.dataset.precision = p.precision;
    });
    return marker;
  }

  /** Services listed in a popup before "and N more": a popup must fit a phone's screen. */
  const POPUP_SERVICES = 3;

  function popupContent(p: MapPoint): HTMLElement {
    // Built with DOM calls, never HTML strings: names and addresses come from content files.
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
      const e = document.createElement(tag);
      if (text !== undefined) e.textContent = text;
      if (className) e.className = className;
      return e;
    };
    const box = el('div', undefined, 'map-popup');
    const link = el('a', p.name);
    link.href = p.href;
    const title = el('strong');
    title.append(link);
    box.append(title);
    if (p.services?.length) {
      const list = el('ul', undefined, 'map-popup__services');
      for (const name of p.services.slice(0, POPUP_SERVICES)) list.append(el('li', name));
      const more = p.services.length - POPUP_SERVICES;
      if (more > 0) list.append(el('li', label('map.popup.more', { count: more })));
      box.append(list);
    }
    if (p.address) box.append(el('address', p.address));
    if (p.phone) {
      const call = el('a', label('search.callNumber', { number: p.phone }), 'map-popup__call');
      call.href = telHref(p.phone);
      const line = el('p');
      line.append(call);
      box.append(line);
    }
    box.append(el('p', label(`map.precision.${p.precision}`), 'map-popup__precision'));
    return box;
  }

  function clusterMarker(id: number, count: number, lat: number, lng: number): L.Marker {
    const text = label('map.cluster', { count });
    const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 48 : 56;
    const marker = L.marker([lat, lng], {
      keyboard: true,
      title: text,
      icon: L.divIcon({
        className: 'map-cluster',
        iconSize: [size, size],
        html: `<span aria-hidden="true">${formatNumber(count, lang, { notation: count >= 10000 ? 'compact' : 'standard' })}</span>`,
      }),
    });
    const expand = (fromKeyboard: boolean) => {
      const zoom = Math.min(index.getClusterExpansionZoom(id), map.getMaxZoom());
      if (fromKeyboard) focusNear = L.latLng(lat, lng);
      map.setView([lat, lng], zoom, { animate });
    };
    marker.on('click', () => expand(false));
    // Leaflet fires 'keypress' on the focused marker; Enter opens the cluster like a button.
    marker.on('keypress', (e) => {
      if ((e as L.LeafletKeyboardEvent).originalEvent.key === 'Enter') expand(true);
    });
    marker.on('add', () => {
      const el = marker.getElement();
      if (!el) return;
      el.setAttribute('aria-label', text);
      el.dataset.clusterCount = String(count);
      // A space bar press activates a button too.
      el.addEventListener('keydown', (ev) => {
        if (ev.key === ' ') { ev.preventDefault(); expand(true); }
      });
    });
    return marker;
  }

  function render(): void {
    const b = map.getBounds().pad(0.25);
    const zoom = Math.round(map.getZoom());
    if ((zoom > indexMaxZoom && indexMaxZoom < CLUSTER_MAX_ZOOM) || zoom < indexMinZoom) {
      // The first zoom away from the first view builds every level, once.
      // Clusters of another index are other objects: start the markers afresh.
      indexMinZoom = 0;
      indexMaxZoom = CLUSTER_MAX_ZOOM;
      index = buildIndex(features, indexMinZoom, indexMaxZoom);
      for (const m of markers.values()) layer.removeLayer(m);
      markers = new Map();
    }
    const items = points.length ? index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom) : [];
    const next = new Map<string, L.Marker>();
    for (const f of items) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const props = f.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; index?: number };
      const key = props.cluster ? `c${props.cluster_id}` : `p${props.index}`;
      let m = markers.get(key);
      if (!m) m = props.cluster ? clusterMarker(props.cluster_id!, props.point_count!, lat, lng) : pointMarker(props.index!);
      next.set(key, m);
    }
    for (const [key, m] of markers) if (!next.has(key)) layer.removeLayer(m);
    for (const [key, m] of next) if (!markers.has(key)) layer.addLayer(m);
    markers = next;
    container.dataset.markers = String(next.size);
    container.dataset.zoom = String(zoom);

    if (focusNear) {
      const target = focusNear;
      focusNear = undefined;
      let best: L.Marker | undefined;
      let bestD = Infinity;
      for (const m of next.values()) {
        const d = m.getLatLng().distanceTo(target);
        if (d < bestD) { bestD = d; best = m; }
      }
      best?.getElement()?.focus();
    }
    if (!readyMarked && typeof performance !== 'undefined') {
      readyMarked = true;
      performance.mark('map-ready');
    }
    container.dataset.mapReady = 'true';
  }

  map.on('moveend', render);
  map.on('popupopen', (e) => {
    // Keyboard users land on the link to the provider page.
    (e.popup.getElement()?.querySelector('a') as HTMLElement | null)?.focus({ preventScroll: true });
  });
  // Leaflet closes a popup on Escape only while the map box itself has focus; keyboard users are on
  // a marker or on the popup's link by then.
  container.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && container.querySelector('.leaflet-popup')) map.closePopup();
  });
  map.on('popupclose', (e) => {
    // Closing with Escape (or the × button) gives focus back to the marker, not to the page top.
    const active = document.activeElement;
    const popupEl = e.popup.getElement();
    if (!active || active === document.body || popupEl?.contains(active)) {
      const source = (e.popup as L.Popup & { _source?: L.Marker })._source;
      source?.getElement()?.focus({ preventScroll: true });
    }
  });

  function setPoints(next: readonly MapPoint[], prepared?: PreparedIndex): void {
    // A caller may pass a new array with the same places (a re-render, or the same places with more
    // details for their popups): keep the reader's view and markers, take the new details.
    if (next.length > 0 && next.length === points.length && next.every((p, i) => p.id === points[i]!.id)) {
      points = next;
      return;
    }
    points = next;
    for (const m of markers.values()) layer.removeLayer(m);
    markers = new Map();
    container.dataset.points = String(points.length);
    const bounds = pointsBounds(points);
    const fitOptions = { animate: false, maxZoom: MAX_FIT_ZOOM, padding: L.point(FIT_PADDING, FIT_PADDING) };
    // fitBounds pads both sides, so the zoom it picks is getBoundsZoom with twice the padding.
    const targetZoom = bounds ? Math.min(map.getBoundsZoom(bounds, false, L.point(2 * FIT_PADDING, 2 * FIT_PADDING)), MAX_FIT_ZOOM) : DEFAULT_ZOOM;
    indexMinZoom = indexMaxZoom = Math.max(0, Math.min(CLUSTER_MAX_ZOOM, Math.round(targetZoom)));
    if (prepared && prepared.points === next && prepared.zoom === indexMinZoom) {
      features = prepared.features;
      index = prepared.index;
    } else {
      features = toFeatures(points);
      index = buildIndex(features, indexMinZoom, indexMaxZoom);
    }
    if (bounds) map.fitBounds(bounds, fitOptions);
    else map.setView(DEFAULT_CENTER, DEFAULT_ZOOM, { animate: false });
    // fitBounds fires no moveend when the view does not change.
    render();
  }

  return {
    setPoints,
    destroy: () => map.remove(),
  };
}
