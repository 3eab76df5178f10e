/**
 * The clustered map of services (React island). Leaflet, supercluster and their CSS load only when
 * this component mounts, so a page that never shows the map never downloads them.
 *
 * Contract (used by the search island): when `points` changes, the map shows exactly that set.
 * Nothing is only on the map: every page that shows it also lists the same places as links.
 */
import { useEffect, useRef, useState } from 'react';
import { formatMapLabel, type MapPoint } from '../../lib/map-core';
import type { Lang } from '../../lib/i18n';
import type { MapEngine } from './map-engine';
import { loadMapEngine } from './map-assets';
import { firstZoom, prepareView, type PreparedView } from './map-index';

// This module itself loads only when a map is about to be shown, so fetching Leaflet can start now,
// in parallel with React's first render, instead of after it.
let engineModule: ReturnType<typeof loadMapEngine> | undefined;
const engineLoad = () => (engineModule ??= loadMapEngine());
if (typeof window !== 'undefined') void engineLoad().catch(() => {});

/** Below this many points, clustering the first view on the page is quicker than starting a worker. */
const WORKER_MIN_POINTS = 2000;

const newWorker = () => new Worker(new URL('./map-worker.ts', import.meta.url), { type: 'module' });
// Like Leaflet, the worker starts loading with this module, so it is up by the time the points are known.
let spareWorker: Worker | undefined;
if (typeof window !== 'undefined' && typeof Worker !== 'undefined') {
  try {
    spareWorker = newWorker();
  } catch {
    spareWorker = undefined; // not allowed here: the first view is clustered on the page
  }
}
function takeWorker(): Worker {
  const worker = spareWorker ?? newWorker();
  spareWorker = undefined;
  return worker;
}

/** Clusters the first view in a worker (map-worker.ts), so the page's thread stays free to load Leaflet. */
function prepareInWorker(points: readonly MapPoint[], zoom: number): Promise<PreparedView> {
  return new Promise((resolve, reject) => {
    const worker = takeWorker();
    const coords = new Float64Array(points.length * 2);
    for (let i = 0; i < points.length; i++) {
      coords[2 * i] = points[i]!.lng;
      coords[2 * i + 1] = points[i]!.lat;
    }
    worker.onmessage = (e: MessageEvent<{ view?: Float64Array; error?: string }>) => {
      worker.terminate();
      if (e.data.view) resolve({ points, zoom, view: e.data.view });
      else reject(new Error(e.data.error ?? 'map worker'));
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error('map worker failed'));
    };
    worker.postMessage({ coords, zoom }, [coords.buffer]);
  });
}

export interface MapViewProps {
  points: MapPoint[];
  lang: Lang;
  /** The `map.*` UI strings (`mapLabels(DICTIONARIES[lang])` from src/lib/map-points.ts). */
  labels: Record<string, string>;
  tileUrl: string;
  tileAttribution: string;
}

export default function MapView({ points, lang, labels, tileUrl, tileAttribution }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<MapEngine | null>(null);
  const pointsRef = useRef(points);
  pointsRef.current = points;
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [tilesFailed, setTilesFailed] = useState(false);
  const label = (key: string, params?: Record<string, string | number>) => formatMapLabel(labels, key, lang, params);

  useEffect(() => {
    let cancelled = false;
    let engine: MapEngine | undefined;
    // While Leaflet and its CSS download, cluster the points for the first view (the box's size is
    // known already, so is the zoom Leaflet will fit them at): in a worker for many points, else on
    // the page in the next task, once the browser has sent the requests for Leaflet and its CSS.
    // The engine draws this view if Leaflet picks the same zoom; otherwise it clusters itself.
    const box = containerRef.current;
    const first = pointsRef.current;
    const zoom = box ? firstZoom(first, box.clientWidth, box.clientHeight) : undefined;
    const onPage = () => new Promise<PreparedView | undefined>((resolve) => {
      setTimeout(() => {
        try {
          resolve(cancelled || zoom === undefined ? undefined : prepareView(first, zoom));
        } catch {
          resolve(undefined); // the engine clusters the points itself
        }
      }, 0);
    });
    let preparing: Promise<PreparedView | undefined>;
    const useWorker = zoom !== undefined && first.length >= WORKER_MIN_POINTS && typeof Worker !== 'undefined';
    if (!useWorker) {
      spareWorker?.terminate();
      spareWorker = undefined;
    }
    if (zoom === undefined) preparing = Promise.resolve(undefined);
    else if (!useWorker) preparing = onPage();
    else {
      try {
        preparing = prepareInWorker(first, zoom).catch(onPage);
      } catch {
        preparing = onPage(); // no worker allowed here
      }
    }
    Promise.all([engineLoad(), preparing])
      .then(([m, prepared]) => {
        if (cancelled || !containerRef.current) return;
        engine = m.createMapEngine(containerRef.current, { lang, labels, tileUrl, tileAttribution, onTileError: () => setTilesFailed(true) });
        engineRef.current = engine;
        engine.setPoints(pointsRef.current, prepared);
        setStatus('ready');
      })
      .catch(() => { if (!cancelled) setStatus('failed'); });
    return () => {
      cancelled = true;
      engine?.destroy();
      engineRef.current = null;
    };
    // The map is created once; later prop changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    engineRef.current?.setPoints(points);
  }, [points]);

  return (
    <div className="map-view" data-lang={lang}>
      <div ref={containerRef} className="map-view__map" style={{ height: 'min(70vh, 560px)', minHeight: '280px' }} />
      <p className="map-view__status" role="status">
        {status === 'loading' && label('map.loading')}
        {status === 'failed' && label('map.failed')}
        {status !== 'failed' && tilesFailed && label('map.tilesFailed')}
      </p>
      <ul className="map-view__legend" aria-label={label('map.legend')}>
        <li><span className="map-legend-symbol map-legend-symbol--exact" aria-hidden="true" /> {label('map.legend.exact')}</li>
        <li><span className="map-legend-symbol map-legend-symbol--approximate" aria-hidden="true" /> {label('map.legend.approximate')}</li>
        <li><span className="map-legend-symbol map-legend-symbol--cluster" aria-hidden="true" /> {label('map.legend.cluster')}</li>
      </ul>
    </div>
  );
}
