/**
 * The clustered map of services (React island). Leaflet, supercluster and their CSS load only when
 * this component mounts, so a page that never shows the map never downloads them.
 *
 * Contract (used by the search island): when `points` changes, the map shows exactly that set.
 * Nothing is only on the map: every page that shows it also lists the same places as links.
 */
import { useEffect, useRef, useState } from 'react';
import type { MapPoint, MapStrings } from '../../../lib/map/core';
import { translator } from '../../../lib/i18n/translator';
import type { Lang } from '../../../locales';
import type { MapEngine } from '../../../client/map/map-engine';
import { loadMapEngine } from '../../../client/map/map-assets';
import { prepareIndex, type PreparedIndex } from '../../../client/map/map-index';

// This module itself loads only when a map is about to be shown, so fetching Leaflet can start now,
// in parallel with React's first render, instead of after it.
let engineModule: ReturnType<typeof loadMapEngine> | undefined;
const engineLoad = () => (engineModule ??= loadMapEngine());
if (typeof window !== 'undefined') void engineLoad().catch(() => {});

export interface MapViewProps {
  points: MapPoint[];
  lang: Lang;
  /** The map's UI strings (`pickStrings(lang, MAP_STRING_KEYS)`). */
  labels: MapStrings;
  tileUrl: string;
  tileAttribution: string;
}

export default function MapView({ points, lang, labels, tileUrl, tileAttribution }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<MapEngine | null>(null);
  const pointsRef = useRef(points);
  // eslint-disable-next-line react-hooks/refs -- the latest points for the engine's asynchronous callbacks; rendering never reads it
  pointsRef.current = points;
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [tilesFailed, setTilesFailed] = useState(false);
  const label = translator(labels, lang);

  useEffect(() => {
    let cancelled = false;
    let engine: MapEngine | undefined;
    // While Leaflet and its CSS download, cluster the points for the first view (the box's size is
    // known already); the engine uses that work if Leaflet fits the points at the same zoom. It runs
    // in the next task, so the browser has sent the requests for Leaflet and its CSS before.
    const box = containerRef.current;
    const preparing = new Promise<PreparedIndex | undefined>((resolve) => {
      setTimeout(() => {
        try {
          resolve(cancelled || !box ? undefined : prepareIndex(pointsRef.current, box.clientWidth, box.clientHeight));
        } catch {
          resolve(undefined); // the engine clusters the points itself
        }
      }, 0);
    });
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
      <p className="map-view__legend-note">{label('map.legend.approximateNote')}</p>
    </div>
  );
}
