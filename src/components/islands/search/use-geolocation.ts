/** "Use my location": the browser's position, asked for on request and kept in this page only. */
import { useCallback, useState } from 'react';
import type { LatLng } from '../../../lib/map/geo';

export type GeoStatus = 'off' | 'locating' | 'failed' | 'on';
type Geo = { status: Exclude<GeoStatus, 'on'> } | { status: 'on'; point: LatLng };

export interface Geolocation {
  status: GeoStatus;
  /** The reader's position once found, else null. */
  position: LatLng | null;
  locate: () => void;
  /** Stops using the position (another point was chosen, or the search was cleared). */
  forget: () => void;
}

/** `onFound` runs when a position arrives (the island then sorts by distance). */
export function useGeolocation(onFound: () => void): Geolocation {
  const [geo, setGeo] = useState<Geo>({ status: 'off' });
  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) { setGeo({ status: 'failed' }); return; }
    setGeo({ status: 'locating' });
    // The position stays in this page: it is used for distances only, never sent or stored.
    navigator.geolocation.getCurrentPosition(
      (pos) => { setGeo({ status: 'on', point: { lat: pos.coords.latitude, lng: pos.coords.longitude } }); onFound(); },
      () => setGeo({ status: 'failed' }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }, [onFound]);
  const forget = useCallback(() => setGeo({ status: 'off' }), []);
  return { status: geo.status, position: geo.status === 'on' ? geo.point : null, locate, forget };
}
