/**
 * The map of the results, beside the list. The map's code (MapView, which starts fetching Leaflet
 * and its CSS as it loads) is a chunk of its own, fetched when the reader points at, focuses or
 * touches the Map button (`prefetchMap`), so it is mostly in by the time they press it.
 */
import { lazy, Suspense } from 'react';
import type { Lang } from '../../../locales';
import type { MapPoint, MapStrings } from '../../../lib/map/core';
import type { SearchT } from '../../../lib/search/labels';

const loadMapView = () => import('../map/MapView');
const MapView = lazy(loadMapView);

/** Starts loading the map's code; harmless to call again. */
export const prefetchMap = () => { void loadMapView().catch(() => {}); };

export interface SearchMapProps {
  t: SearchT;
  lang: Lang;
  points: MapPoint[];
  labels: MapStrings;
  tileUrl: string;
  tileAttribution: string;
}

export default function SearchMap({ t, lang, points, labels, tileUrl, tileAttribution }: SearchMapProps) {
  return (
    <div className="search-app__map">
      <p className="muted">{t('search.mapNote', { count: points.length })}</p>
      <Suspense fallback={<p role="status">{labels['map.loading'] ?? ''}</p>}>
        <MapView points={points} lang={lang} labels={labels} tileUrl={tileUrl} tileAttribution={tileAttribution} />
      </Suspense>
    </div>
  );
}
