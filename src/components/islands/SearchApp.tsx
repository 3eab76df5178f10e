/**
 * Instant search with filters, live counts, "near me" and a list / map toggle (React island).
 * Enhances the home page: the plain HTML lists stay for readers without JavaScript.
 * The search data loads from static JSON on mount; the map code loads only when the map is chosen.
 */
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import './search.css';
import { SearchEngine, type Filters, type FuseClass, type OpenFilter, type SearchResult } from '../../lib/search/engine';
import { FLAG, R } from '../../lib/search/index-data';
import { DAY_CODES, decodeState, encodeState, EMPTY_STATE, type SearchState } from '../../lib/search/url-state';
import type { SearchStrings, SearchT } from '../../lib/search/labels';
import { translator } from '../../lib/i18n/translator';
import { HOME_SHARDS, mergeShards, shardsForArea, type SearchManifest, type ShardPart } from '../../lib/search/shards';
import { telHref } from '../../lib/views/contact';
import { snapshot as shortlistSnapshot, subscribe as subscribeShortlist, toggle as toggleShortlist } from '../../client/shortlist/store';
import type { LatLng } from '../../lib/map/geo';
import { bucharestWallClock, type HoursState } from '../../lib/hours/compiled';
import type { Lang } from '../../locales';
import type { MapPoint, MapStrings } from '../../lib/map/core';

// MAP INTEGRATION POINT: the map island from branch `map` (contract in its header), loaded only
// when the reader picks "Map".
// The map's code (MapView, which starts fetching Leaflet and its CSS as it loads) is fetched when the
// reader points at, focuses or touches the Map button, so it is mostly in by the time they press it.
const loadMapView = () => import('./MapView');
const MapView = lazy(loadMapView);
const prefetchMap = () => { void loadMapView().catch(() => {}); };

export interface Term {
  id: string;
  label: string;
}
export interface AreaTerm extends Term {
  lat?: number;
  lng?: number;
}

export interface SearchAppProps {
  lang: Lang;
  /** BCP 47 locale for Intl. */
  locale: string;
  /** `search.*`, `hours.*` and the few service/provider strings the rows use. */
  labels: SearchStrings;
  /** The `map.*` strings for MapView. */
  mapLabels: MapStrings;
  /** Folder of the search data in this language, e.g. `/data/search/en/`. */
  dataBase: string;
  /** Path prefix of provider pages in this language, e.g. `/en/providers/`. */
  providerBase: string;
  categories: Term[];
  types: Term[];
  areas: AreaTerm[];
  tileUrl: string;
  tileAttribution: string;
}

const PAGE = 30;

/** Fetches the shards not yet loaded, in parallel. */
async function loadParts(base: string, ids: string[], have: ReadonlyMap<string, ShardPart>): Promise<Map<string, ShardPart>> {
  const out = new Map(have);
  await Promise.all(ids.filter((id) => !out.has(id)).map(async (id) => {
    const r = await fetch(`${base}${id}.json`);
    if (!r.ok) throw new Error(`${id}: ${r.status}`);
    out.set(id, (await r.json()) as ShardPart);
  }));
  return out;
}
const ANNOUNCE_DELAY_MS = 700;

type Geo = { status: 'off' } | { status: 'locating' } | { status: 'failed' } | { status: 'on'; point: LatLng };

export default function SearchApp(props: SearchAppProps) {
  const { lang, locale, providerBase } = props;
  const t = useMemo(() => translator(props.labels, lang), [props.labels, lang]);
  const num = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }), [locale]);
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  const [state, setState] = useState<SearchState>(EMPTY_STATE);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [limit, setLimit] = useState(PAGE);
  const [geo, setGeo] = useState<Geo>({ status: 'off' });
  const [now, setNow] = useState(() => new Date());
  const [announced, setAnnounced] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const [fuse, setFuse] = useState<FuseClass | null>(null);
  const manifestRef = useRef<SearchManifest | null>(null);
  const partsRef = useRef<Map<string, ShardPart>>(new Map());
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // Load the manifest, read the state from the address (values checked against the data), then
  // the home county's rows plus whatever an area in the address needs.
  useEffect(() => {
    let cancelled = false;
    fetch(`${props.dataBase}index.json`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then(async (m: SearchManifest) => {
        const decoded = decodeState(window.location.search, {
          cat: new Set(m.cats), type: new Set(m.types), area: new Set(m.areas), language: new Set(m.langs),
        });
        const available = new Set(m.shards.map((x) => x.id));
        let wanted = HOME_SHARDS.filter((id) => available.has(id));
        if (!wanted.length) wanted = [...available];
        for (const a of decoded.state.filters.area) wanted.push(...shardsForArea(a, m));
        const loaded = await loadParts(props.dataBase, [...new Set(wanted)], new Map());
        if (cancelled) return;
        manifestRef.current = m;
        partsRef.current = loaded;
        setState(decoded.state);
        setIgnored(decoded.ignored);
        setEngine(new SearchEngine(mergeShards(m, [...loaded.values()])));
      })
      .catch(() => { if (!cancelled) setFailed(true); });
    return () => { cancelled = true; };
  }, [props.dataBase]);

  /** Loads more shards (another county, or all) and rebuilds the engine; the state stays. */
  const ensureShards = useCallback(async (ids: string[]) => {
    const m = manifestRef.current;
    if (!m || ids.every((id) => partsRef.current.has(id))) return;
    setLoadingMore(true);
    try {
      partsRef.current = await loadParts(props.dataBase, ids, partsRef.current);
      setEngine(new SearchEngine(mergeShards(m, [...partsRef.current.values()])));
    } catch {
      setFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }, [props.dataBase]);

  // Typo tolerance loads after the first results: it is only a fallback.
  useEffect(() => {
    if (!engine || fuse) return;
    let cancelled = false;
    import('fuse.js').then((m) => { if (!cancelled) setFuse(() => m.default); }).catch(() => { /* prefix search still works */ });
    return () => { cancelled = true; };
  }, [engine, fuse]);
  if (engine && fuse && !engine.typoTolerant) engine.useFuse(fuse);

  // "Open now" stays true to the clock while the page is open.
  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(id);
  }, []);

  const areaById = useMemo(() => new Map(props.areas.map((a) => [a.id, a])), [props.areas]);
  const from: LatLng | null = useMemo(() => {
    if (geo.status === 'on') return geo.point;
    const a = state.near ? areaById.get(state.near) : undefined;
    return a?.lat !== undefined && a.lng !== undefined ? { lat: a.lat, lng: a.lng } : null;
  }, [geo, state.near, areaById]);

  const result: SearchResult | null = useMemo(() => {
    if (!engine) return null;
    performance.mark('search-start');
    const r = engine.search({ q: state.q, filters: state.filters, sort: state.sort, from, now, limit });
    performance.measure('search', 'search-start');
    return r;
  }, [engine, fuse, state.q, state.filters, state.sort, from, now, limit]);

  // Keystroke to updated DOM, for the benchmark (scripts/bench/search-latency.ts).
  useLayoutEffect(() => {
    if (performance.getEntriesByName('search-input', 'mark').length) {
      performance.measure('search-commit', 'search-input');
      performance.clearMarks('search-input');
    }
  }, [result]);

  // Keep the address in step, so the view can be bookmarked, shared and reloaded.
  useEffect(() => {
    if (!engine) return;
    const qs = encodeState(state);
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', url);
  }, [engine, state]);

  // Screen readers hear the count once typing pauses, not on every keystroke.
  const countText = result ? t('search.results', { count: result.total }) : '';
  useEffect(() => {
    const id = window.setTimeout(() => setAnnounced(countText), ANNOUNCE_DELAY_MS);
    return () => window.clearTimeout(id);
  }, [countText]);

  const update = useCallback((change: Partial<SearchState>) => {
    setState((s) => ({ ...s, ...change }));
    setLimit(PAGE);
  }, []);
  const updateFilters = useCallback((change: Partial<Filters>) => {
    setState((s) => ({ ...s, filters: { ...s.filters, ...change } }));
    setLimit(PAGE);
  }, []);
  const toggleValue = (key: 'cat' | 'type' | 'language', value: string, on: boolean) => {
    const current = state.filters[key];
    updateFilters({ [key]: on ? [...current, value] : current.filter((v) => v !== value) });
  };

  const clearAll = () => {
    setState({ ...EMPTY_STATE, view: state.view });
    setGeo({ status: 'off' });
    setIgnored([]);
    setLimit(PAGE);
    inputRef.current?.focus();
  };

  const useMyLocation = () => {
    if (!('geolocation' in navigator)) { setGeo({ status: 'failed' }); return; }
    setGeo({ status: 'locating' });
    // The position stays in this page: it is used for distances only, never sent or stored.
    navigator.geolocation.getCurrentPosition(
      (pos) => { setGeo({ status: 'on', point: { lat: pos.coords.latitude, lng: pos.coords.longitude } }); update({ sort: 'distance', near: null }); },
      () => setGeo({ status: 'failed' }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };

  const weekdayNames = useMemo(() => {
    const f = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    // 2026-11-29 is a Sunday: index 0 = Sunday, as in DAY_CODES.
    return DAY_CODES.map((_, i) => f.format(new Date(Date.UTC(2026, 10, 29 + i))));
  }, [locale]);
  const languageName = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    return (code: string) => names.of(code) ?? code;
  }, [locale]);

  const mapPoints: MapPoint[] = useMemo(() => {
    if (!engine || state.view !== 'map') return [];
    const rows = engine.allRows({ q: state.q, filters: state.filters, sort: state.sort, from, now });
    const seen = new Map<string, MapPoint>();
    for (const row of rows) {
      const r = engine.data.rows[row]!;
      const [providerId, providerName] = engine.data.providers[r[R.provider]]!;
      engine.places(row).forEach((p) => {
        const key = `${providerId}|${p.lat}|${p.lng}`;
        const existing = seen.get(key);
        if (existing) { existing.name = providerName; existing.href = `${providerBase}${providerId}/`; return; }
        seen.set(key, { id: `${providerId}/${r[R.service]}-${seen.size}`, name: `${r[R.name]} (${providerName})`, lat: p.lat, lng: p.lng, precision: p.precision, href: `${providerBase}${providerId}/#service-${r[R.service]}` });
      });
    }
    return [...seen.values()];
  }, [engine, state.view, state.q, state.filters, state.sort, from, now, providerBase]);

  if (failed) return <p className="search-app__error" role="alert">{t('search.loadFailed')}</p>;

  const f = state.filters;
  const counts = result?.counts;
  const withCount = (label: string, n: number | undefined) => `${label} (${num.format(n ?? 0)})`;
  const openChoice = f.open === null ? 'any' : f.open.kind;
  const openAt = f.open?.kind === 'at' ? f.open : { kind: 'at' as const, day: bucharestWallClock(now).weekday, minute: 10 * 60 };
  const timeValue = `${String(Math.floor(openAt.minute / 60)).padStart(2, '0')}:${String(openAt.minute % 60).padStart(2, '0')}`;
  const setOpen = (open: OpenFilter | null) => updateFilters({ open });
  // Counties whose rows are not loaded yet: listed without a count; choosing one loads it.
  const notLoaded = new Set((manifestRef.current?.shards ?? []).map((x) => x.id).filter((id) => !partsRef.current.has(id)));
  const hasAnything = encodeState({ ...state, view: 'list' }) !== '' || geo.status === 'on';

  const checkboxes = (key: 'cat' | 'type' | 'language', terms: Term[], legend: string): ReactNode => {
    const values = counts?.[key] ?? {};
    const shown = terms.filter((term) => (values[term.id] ?? 0) > 0 || f[key].includes(term.id));
    if (!shown.length) return null;
    return (
      <fieldset className="search-app__facet">
        <legend>{legend}</legend>
        {shown.map((term) => (
          <label key={term.id} className="search-app__check">
            <input type="checkbox" name={key} value={term.id} checked={f[key].includes(term.id)} onChange={(e) => toggleValue(key, term.id, e.currentTarget.checked)} />
            {' '}{withCount(term.label, values[term.id])}
          </label>
        ))}
      </fieldset>
    );
  };

  const ages = (min: number, max: number) =>
    min >= 0 && max >= 0 ? t('service.agesRange', { min, max }) : min >= 0 ? t('service.agesFrom', { min }) : max >= 0 ? t('service.agesTo', { max }) : '';
  const statusText: Record<HoursState, string> = { open: t('hours.openNow'), closed: t('hours.closedNow'), unknown: t('hours.unknown') };

  return (
    <div className="search-app" data-state={engine ? 'ready' : 'loading'}>
      <form role="search" className="search-app__form" onSubmit={(e) => { e.preventDefault(); listRef.current?.focus(); }}>
        <label htmlFor="search-q" className="search-app__label">{t('search.label')}</label>
        <p id="search-q-hint" className="muted">{t('search.hint')}</p>
        <input
          ref={inputRef} id="search-q" type="search" name="q" autoComplete="off" spellCheck={false}
          aria-describedby="search-q-hint" value={state.q} disabled={!engine}
          onChange={(e) => { performance.mark('search-input'); update({ q: e.currentTarget.value }); }}
        />
        {!engine && <p className="muted" role="status">{t('search.loading')}</p>}
      </form>

      {ignored.length > 0 && <p className="search-app__notice">{t('search.ignored', { params: ignored.join(', ') })}</p>}

      {engine && result && counts && (
        <div className="search-app__body">
          <section className="search-app__filters" aria-labelledby="search-filters-title">
            <h3 id="search-filters-title">{t('search.filters')}</h3>
            {checkboxes('cat', props.categories, t('search.filter.category'))}
            {checkboxes('type', props.types, t('search.filter.type'))}

            <fieldset className="search-app__facet">
              <legend>{t('search.filter.access')}</legend>
              <label className="search-app__check"><input type="checkbox" name="free" checked={f.free} onChange={(e) => updateFilters({ free: e.currentTarget.checked })} /> {withCount(t('search.filter.free'), counts.free)}</label>
              <label className="search-app__check"><input type="checkbox" name="walkin" checked={f.walkIn} onChange={(e) => updateFilters({ walkIn: e.currentTarget.checked })} /> {withCount(t('search.filter.walkIn'), counts.walkIn)}</label>
              <label className="search-app__check"><input type="checkbox" name="wheelchair" checked={f.wheelchair} onChange={(e) => updateFilters({ wheelchair: e.currentTarget.checked })} /> {withCount(t('search.filter.wheelchair'), counts.wheelchair)}</label>
            </fieldset>

            <div className="search-app__field">
              <label htmlFor="search-area">{t('search.filter.area')}</label>
              <select id="search-area" value={f.area[0] ?? ''} onChange={(e) => {
                const v = e.currentTarget.value;
                updateFilters({ area: v ? [v] : [] });
                if (v && manifestRef.current) void ensureShards(shardsForArea(v, manifestRef.current));
              }}>
                <option value="">{t('search.filter.areaAny')}</option>
                {props.areas.filter((a) => (counts.area[a.id] ?? 0) > 0 || f.area.includes(a.id) || notLoaded.has(a.id)).map((a) => (
                  <option key={a.id} value={a.id}>{notLoaded.has(a.id) ? a.label : withCount(a.label, counts.area[a.id])}</option>
                ))}
              </select>
            </div>

            {checkboxes('language', engine.data.langs.map((code) => ({ id: code, label: languageName(code) })), t('search.filter.language'))}

            <fieldset className="search-app__facet">
              <legend>{t('search.filter.open')}</legend>
              <label className="search-app__check"><input type="radio" name="open" checked={openChoice === 'any'} onChange={() => setOpen(null)} /> {t('search.filter.openAny')}</label>
              <label className="search-app__check"><input type="radio" name="open" checked={openChoice === 'now'} onChange={() => setOpen({ kind: 'now' })} /> {openChoice === 'now' ? withCount(t('search.filter.openNow'), counts.open) : t('search.filter.openNow')}</label>
              <label className="search-app__check"><input type="radio" name="open" checked={openChoice === 'at'} onChange={() => setOpen(openAt)} /> {t('search.filter.openAt')}</label>
              {openChoice === 'at' && (
                <div className="search-app__inline">
                  <label>{t('search.filter.day')}{' '}
                    <select value={openAt.day} onChange={(e) => setOpen({ ...openAt, day: Number(e.currentTarget.value) })}>
                      {[1, 2, 3, 4, 5, 6, 0].map((d) => <option key={d} value={d}>{weekdayNames[d]}</option>)}
                    </select>
                  </label>
                  <label>{t('search.filter.time')}{' '}
                    <input type="time" step={900} value={timeValue} onChange={(e) => {
                      const m = /^(\d{2}):(\d{2})/.exec(e.currentTarget.value);
                      if (m) setOpen({ ...openAt, minute: Number(m[1]) * 60 + Number(m[2]) });
                    }} />
                  </label>
                  <p className="muted">{t('search.filter.openAtNote')}</p>
                </div>
              )}
            </fieldset>

            <div className="search-app__field">
              <label htmlFor="search-age">{t('search.filter.age')}</label>
              <input id="search-age" type="number" inputMode="numeric" min={0} max={120} aria-describedby="search-age-note" value={f.age ?? ''}
                onChange={(e) => { const v = e.currentTarget.value; const n = Number(v); updateFilters({ age: v === '' || !Number.isInteger(n) || n < 0 || n > 120 ? null : n }); }} />
              <p id="search-age-note" className="muted">{t('search.filter.ageNote')}</p>
            </div>
          </section>

          <section className="search-app__results" aria-labelledby="search-results-title">
            <div className="search-app__toolbar">
              <h3 id="search-results-title" className="search-app__count">{countText}</h3>
              <div className="search-app__field">
                <label htmlFor="search-sort">{t('search.sort')}</label>
                <select id="search-sort" value={state.sort} onChange={(e) => update({ sort: e.currentTarget.value as SearchState['sort'] })}>
                  <option value="relevance">{t('search.sort.relevance')}</option>
                  <option value="name">{t('search.sort.name')}</option>
                  <option value="distance">{t('search.sort.distance')}</option>
                </select>
              </div>
              <div className="search-app__near">
                <span>{t('search.near')}:</span>{' '}
                <button type="button" onClick={useMyLocation}>{t('search.nearMe')}</button>{' '}
                <label htmlFor="search-near">{t('search.nearArea')}</label>{' '}
                <select id="search-near" value={state.near ?? ''} onChange={(e) => { const v = e.currentTarget.value || null; if (v) setGeo({ status: 'off' }); update({ near: v, sort: v ? 'distance' : state.sort }); }}>
                  <option value="">{t('search.nearNone')}</option>
                  {props.areas.filter((a) => a.lat !== undefined).map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
                </select>
                <p className="muted">
                  {geo.status === 'locating' ? t('search.locating') : geo.status === 'failed' ? t('search.locationFailed') : geo.status === 'on' ? t('search.usingLocation') : t('search.nearMeNote')}
                </p>
              </div>
              <div className="search-app__view" role="group" aria-label={t('search.view')}>
                <button type="button" aria-pressed={state.view === 'list'} onClick={() => update({ view: 'list' })}>{t('search.view.list')}</button>
                <button type="button" aria-pressed={state.view === 'map'} onPointerEnter={prefetchMap} onFocus={prefetchMap} onTouchStart={prefetchMap} onClick={() => update({ view: 'map' })}>{t('search.view.map')}</button>
              </div>
              {hasAnything && <button type="button" className="search-app__clear" onClick={clearAll}>{t('search.clear')}</button>}
            </div>

            {(notLoaded.size > 0 || loadingMore) && (
              <p className="search-app__scope">
                {loadingMore ? <span role="status">{t('search.loadingMore')}</span> : <>
                  {t('search.scopeHome')}{' '}
                  <button type="button" onClick={() => void ensureShards([...notLoaded])}>{t('search.scopeAll')}</button>
                </>}
              </p>
            )}
            <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{announced}</p>
            {result.fuzzy && <p className="search-app__notice">{t('search.fuzzy')}</p>}
            {result.total === 0 && <p>{t('search.none')}</p>}

            {state.view === 'map' && (
              <div className="search-app__map">
                <p className="muted">{t('search.mapNote', { count: mapPoints.length })}</p>
                <Suspense fallback={<p role="status">{props.mapLabels['map.loading'] ?? ''}</p>}>
                  <MapView points={mapPoints} lang={lang} labels={props.mapLabels} tileUrl={props.tileUrl} tileAttribution={props.tileAttribution} />
                </Suspense>
              </div>
            )}

            <ol ref={listRef} className="search-app__list" tabIndex={-1} aria-labelledby="search-results-title">
              {result.rows.map((row, i) => {
                const r = engine.data.rows[row]!;
                const [providerId, providerName, alt, phone] = engine.data.providers[r[R.provider]]!;
                const flags = r[R.flags];
                const hours = engine.hoursState(row, now);
                const km = result.km?.[i];
                return (
                  <li key={row} data-service-id={r[R.service]} data-provider-id={providerId}>
                    <h4><a href={`${providerBase}${providerId}/#service-${r[R.service]}`}>{r[R.name]}</a></h4>
                    <p className="muted">{providerName}{alt && ` (${alt})`}</p>
                    {r[R.cats].length > 0 && (
                      <ul className="tag-list" aria-label={t('search.filter.category')}>
                        {r[R.cats].map((c) => <li key={c}>{props.categories.find((x) => x.id === engine.data.cats[c])?.label ?? engine.data.cats[c]}</li>)}
                      </ul>
                    )}
                    <p className="search-app__facts">
                      {flags & FLAG.inactive ? <span className="badge">{t('service.inactive')}</span> : null}
                      {flags & FLAG.free ? <span className="badge">{t('service.cost.free')}</span> : flags & FLAG.fee ? <span className="badge">{t('service.cost.fee')}</span> : flags & FLAG.meansTested ? <span className="badge">{t('service.cost.means_tested')}</span> : null}
                      {flags & FLAG.walkIn ? <span className="badge">{t('service.access.walk_in')}</span> : null}
                      {flags & FLAG.wheelchair ? <span className="badge">{t('provider.wheelchair.yes')}</span> : null}
                      {ages(r[R.ageMin], r[R.ageMax]) && <span className="badge">{ages(r[R.ageMin], r[R.ageMax])}</span>}
                      <span className={`search-app__hours search-app__hours--${hours}`}>{statusText[hours]}</span>
                      {km !== undefined && <span>{km === Infinity ? t('search.noPlace') : t('search.distance', { km: num.format(km) })}</span>}
                    </p>
                    {phone && <p><a className="call" href={telHref(phone)} aria-label={`${t('search.call', { provider: providerName })}: ${phone}`}>{phone}</a></p>}
                    <ShortlistToggle serviceKey={`${providerId}/${r[R.service]}`} name={r[R.name]} t={t} />
                  </li>
                );
              })}
            </ol>
            {result.total > result.rows.length && (
              <p>
                <span className="muted">{t('search.showing', { shown: result.rows.length, total: result.total })}</span>{' '}
                <button type="button" onClick={() => setLimit((l) => l + PAGE)}>{t('search.showMore', { count: Math.min(PAGE, result.total - result.rows.length) })}</button>
              </p>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

/** "Add to shortlist" on a result row; the same device-only list as the provider pages' buttons. */
function ShortlistToggle({ serviceKey, name, t }: { serviceKey: string; name: string; t: SearchT }) {
  const keys = useSyncExternalStore(subscribeShortlist, shortlistSnapshot, () => []);
  const chosen = keys.includes(serviceKey as never);
  return (
    <button type="button" className={chosen ? 'shortlist-toggle in-shortlist' : 'shortlist-toggle'} aria-pressed={chosen} aria-label={`${t(chosen ? 'shortlist.remove' : 'shortlist.add')}: ${name}`} onClick={() => toggleShortlist(serviceKey)}>
      {t(chosen ? 'shortlist.remove' : 'shortlist.add')}
    </button>
  );
}
