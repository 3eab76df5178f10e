/**
 * The map of the results, beside the list. The map's code (MapView, which starts fetching Leaflet
 * and its CSS as it loads) is a chunk of its own, fetched when the reader points at, focuses or
 * touches the Map button (`prefetchMap`), so it is mostly in by the time they press it.
 *
 * The search data has no addresses (they would weigh on every first search); the map page's points
 * file has them, under the same point ids, so it is fetched with the map and its addresses are
 * added to the popups when it arrives.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { Lang } from '../../../locales';
import { unpackMapPoints, type MapPoint, type MapStrings } from '../../../lib/map/core';
import { mapPointsPath } from '../../../lib/routes';
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

let details: Promise<ReadonlyMap<string, MapPoint>> | undefined;
/** The map page's points by id, fetched once per page; an empty map if they cannot load (popups then lack the address). */
function pointDetails(lang: Lang): Promise<ReadonlyMap<string, MapPoint>> {
  details ??= fetch(mapPointsPath(lang), { credentials: 'omit' })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
    .then((file) => new Map(unpackMapPoints(file).map((p) => [p.id, p])))
    .catch(() => new Map<string, MapPoint>());
  return details;
}

/** A search point with the address the map page has for the place (and its number, if the search had none). */
function withDetails(p: MapPoint, d: MapPoint | undefined): MapPoint {
  if (!d) return p;
  return { ...p, ...(d.address ? { address: d.address } : {}), ...(!p.phone && d.phone ? { phone: d.phone } : {}) };
}

export default function SearchMap({ t, lang, points, labels, tileUrl, tileAttribution }: SearchMapProps) {
  const [known, setKnown] = useState<ReadonlyMap<string, MapPoint> | null>(null);
  useEffect(() => {
    let live = true;
    void pointDetails(lang).then((m) => { if (live) setKnown(m); });
    return () => { live = false; };
  }, [lang]);
  const shown = useMemo(() => (known ? points.map((p) => withDetails(p, known.get(p.id))) : points), [points, known]);
  return (
    <div className="search-app__map">
      <p className="muted">{t('search.mapNote', { count: points.length })}</p>
      <Suspense fallback={<p role="status">{labels['map.loading'] ?? ''}</p>}>
        <MapView points={shown} lang={lang} labels={labels} tileUrl={tileUrl} tileAttribution={tileAttribution} />
      </Suspense>
    </div>
  );
}
