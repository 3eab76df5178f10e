/**
 * The map page's island: fetches the packed points file and shows them with MapView. The points are
 * not in the page's HTML (the page already lists every place as text), so at tens of thousands of
 * places the page stays half the size and the data downloads in parallel with Leaflet.
 */
import { useEffect, useState } from 'react';
import MapView from './MapView';
import { unpackMapPoints, type MapPoint, type MapStrings } from '../../../lib/map/core';
import { translator } from '../../../lib/i18n/translator';
import type { Lang } from '../../../locales';

export interface MapPageProps {
  /** URL of the points file, like `/en/map/points.json`. */
  dataUrl: string;
  lang: Lang;
  labels: MapStrings;
  tileUrl: string;
  tileAttribution: string;
}

export default function MapPage({ dataUrl, lang, labels, tileUrl, tileAttribution }: MapPageProps) {
  const [points, setPoints] = useState<MapPoint[] | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    fetch(dataUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<unknown>;
      })
      .then((file) => { if (!cancelled) setPoints(unpackMapPoints(file)); })
      .catch(() => { if (!cancelled) setFailed(true); });
    return () => { cancelled = true; };
  }, [dataUrl]);
  if (points) return <MapView points={points} lang={lang} labels={labels} tileUrl={tileUrl} tileAttribution={tileAttribution} />;
  return <p className="map-view__status" role="status">{translator(labels, lang)(failed ? 'map.failed' : 'map.loading')}</p>;
}
