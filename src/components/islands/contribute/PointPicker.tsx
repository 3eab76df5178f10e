/**
 * "Choose the point on a map": an optional small Leaflet map under the latitude and longitude
 * fields, loaded only when asked for. The fields remain the input; the map writes into them.
 */
import { useEffect, useRef, useState } from 'react';
import type { PointPicker as Picker } from '../../../client/map/point-picker';
import { loadPointPicker } from '../../../client/map/map-assets';
import type { BuilderT } from './BuilderFields';

export interface PointPickerProps {
  t: BuilderT;
  /** Place number, for the labels. */
  n: number;
  point?: [number, number];
  center: [number, number];
  tileUrl: string;
  tileAttribution: string;
  onMove(latitude: number, longitude: number): void;
}

export default function PointPicker(p: PointPickerProps) {
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const picker = useRef<Picker | undefined>(undefined);
  // The latest values, read by the map's callbacks without recreating the map on every keystroke.
  const latest = useRef(p);
  useEffect(() => { latest.current = p; });

  useEffect(() => {
    if (!open || !box.current) return;
    let cancelled = false;
    const el = box.current;
    loadPointPicker().then(({ createPointPicker }) => {
      if (cancelled) return;
      const now = latest.current;
      picker.current = createPointPicker(el, {
        point: now.point, center: now.center, tileUrl: now.tileUrl, tileAttribution: now.tileAttribution,
        markerLabel: now.t('builder.map.marker', { n: now.n }),
        onMove: (lat, lng) => latest.current.onMove(lat, lng),
        onTileError: () => setFailed(true),
      });
    }).catch(() => setFailed(true));
    return () => { cancelled = true; picker.current?.destroy(); picker.current = undefined; };
  }, [open]);

  const [lat, lng] = p.point ?? [];
  useEffect(() => {
    if (lat !== undefined && lng !== undefined) picker.current?.setPoint([lat, lng]);
  }, [lat, lng]);

  return (
    <div className="point-picker">
      <button type="button" className="button button--secondary" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? p.t('builder.map.hide') : p.t('builder.map.show')}
      </button>
      {open && <>
        <p className="hint">{p.t('builder.map.help')}</p>
        {failed && <p className="stale" role="status">{p.t('builder.map.failed')}</p>}
        <div ref={box} className="point-picker-map" role="region" aria-label={p.t('builder.map.label', { n: p.n })} />
      </>}
    </div>
  );
}
