/**
 * "Open": any time, now, or on a chosen weekday and time (the coming one, public holidays included).
 * Services whose hours are unknown stay after the open ones unless the reader hides them here.
 */
import { useMemo } from 'react';
import type { Lang } from '../../../locales';
import type { OpenFilter as Open } from '../../../lib/search/engine';
import type { SearchT } from '../../../lib/search/labels';
import { defaultOpenAt, WEEK_ORDER, weekdayNames, withCount } from '../../../lib/search/controls';
import { clockTime, parseClockTime } from '../../../lib/search/url-state';

export interface OpenFilterProps {
  t: SearchT;
  lang: Lang;
  value: Open | null;
  /** Services open now with the other filters applied. */
  openCount: number;
  /** Services whose hours are unknown, with the other filters applied. */
  unknownCount: number;
  hideUnknown: boolean;
  now: Date;
  onChange: (open: Open | null) => void;
  onHideUnknown: (hide: boolean) => void;
}

export default function OpenFilter({ t, lang, value, openCount, unknownCount, hideUnknown, now, onChange, onHideUnknown }: OpenFilterProps) {
  const days = useMemo(() => weekdayNames(lang), [lang]);
  const choice = value === null ? 'any' : value.kind;
  const at = value?.kind === 'at' ? value : defaultOpenAt(now);
  return (
    <fieldset className="search-app__facet">
      <legend>{t('search.filter.open')}</legend>
      <label className="search-app__check"><input type="radio" name="open" checked={choice === 'any'} onChange={() => onChange(null)} /> {t('search.filter.openAny')}</label>
      <label className="search-app__check"><input type="radio" name="open" checked={choice === 'now'} onChange={() => onChange({ kind: 'now' })} /> {choice === 'now' ? withCount(t('search.filter.openNow'), openCount, lang) : t('search.filter.openNow')}</label>
      <label className="search-app__check"><input type="radio" name="open" checked={choice === 'at'} onChange={() => onChange(at)} /> {t('search.filter.openAt')}</label>
      {choice === 'at' && (
        <div className="search-app__inline">
          <label>{t('search.filter.day')}{' '}
            <select value={at.day} onChange={(e) => onChange({ ...at, day: Number(e.currentTarget.value) })}>
              {WEEK_ORDER.map((d) => <option key={d} value={d}>{days[d]}</option>)}
            </select>
          </label>
          <label>{t('search.filter.time')}{' '}
            <input type="time" step={900} value={clockTime(at.minute)} onChange={(e) => {
              const minute = parseClockTime(e.currentTarget.value);
              if (minute !== null) onChange({ ...at, minute });
            }} />
          </label>
          <p className="muted">{t('search.filter.openAtNote')}</p>
        </div>
      )}
      {value !== null && (
        <label className="search-app__check search-app__hide-unknown">
          <input type="checkbox" name="hideunknown" checked={hideUnknown} onChange={(e) => onHideUnknown(e.currentTarget.checked)} />
          {' '}{withCount(t('search.filter.hideUnknown'), unknownCount, lang)}
        </label>
      )}
    </fieldset>
  );
}
