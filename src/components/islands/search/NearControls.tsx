/** "Near": the reader's position (asked for on request, never sent) or an area's centre, for sorting by distance. */
import type { AreaTerm } from '../../../lib/search/controls';
import type { SearchT } from '../../../lib/search/labels';
import type { GeoStatus } from './use-geolocation';

export interface NearControlsProps {
  t: SearchT;
  areas: readonly AreaTerm[];
  near: string | null;
  geo: GeoStatus;
  onLocate: () => void;
  onNear: (areaId: string | null) => void;
}

const NOTE = { locating: 'search.locating', failed: 'search.locationFailed', on: 'search.usingLocation', off: 'search.nearMeNote' } as const;

export default function NearControls({ t, areas, near, geo, onLocate, onNear }: NearControlsProps) {
  return (
    <div className="search-app__near">
      <span>{t('search.near')}:</span>{' '}
      <button type="button" onClick={onLocate}>{t('search.nearMe')}</button>{' '}
      <label htmlFor="search-near">{t('search.nearArea')}</label>{' '}
      <select id="search-near" value={near ?? ''} onChange={(e) => onNear(e.currentTarget.value || null)}>
        <option value="">{t('search.nearNone')}</option>
        {areas.filter((a) => a.lat !== undefined).map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
      </select>
      <p className="muted">{t(NOTE[geo])}</p>
    </div>
  );
}
