/**
 * Search state in the query string, so a search can be bookmarked, shared and reloaded:
 * `?q=batrani&cat=elderly,homeless&free=1&open=tu-14:30&hideunknown=1&age=70&sort=distance&near=marasti&view=map`.
 * Unknown or malformed values are dropped and counted, never trusted nor shown. The browser's own
 * position is never written here: only a chosen neighbourhood is.
 */
import { NO_FILTERS, type Filters, type OpenFilter, type SortKey } from './engine';
import type { SearchIndexData } from './index-data';

export interface SearchState {
  q: string;
  filters: Filters;
  sort: SortKey;
  /** Area id used as the point for sort by distance. */
  near: string | null;
  view: 'list' | 'map';
}

export const EMPTY_STATE: SearchState = { q: '', filters: NO_FILTERS, sort: 'relevance', near: null, view: 'list' };

/** The values the current data knows; anything else in a URL is ignored. */
export interface KnownValues {
  cat: ReadonlySet<string>;
  type: ReadonlySet<string>;
  area: ReadonlySet<string>;
  language: ReadonlySet<string>;
}

/** The values a search data manifest knows. */
export function knownValues(data: Pick<SearchIndexData, 'cats' | 'types' | 'areas' | 'langs'>): KnownValues {
  return { cat: new Set(data.cats), type: new Set(data.types), area: new Set(data.areas), language: new Set(data.langs) };
}

export const DAY_CODES = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'] as const;
const SORTS: SortKey[] = ['relevance', 'name', 'distance'];
const MAX_Q = 200;

/**
 * Minutes after midnight as a 24-hour time, the way the address and `<input type="time">` write it.
 * @example clockTime(870) // '14:30'
 */
export function clockTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** A 24-hour time (`14:30`, or `14:30:00` from a time input) as minutes after midnight; null when it is not one. */
export function parseClockTime(value: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)(?::\d\d(?:\.\d+)?)?$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function formatOpen(open: OpenFilter): string {
  if (open.kind === 'now') return 'now';
  return `${DAY_CODES[open.day]}-${clockTime(open.minute)}`;
}

function parseOpen(value: string): OpenFilter | null {
  if (value === 'now') return { kind: 'now' };
  const m = /^(su|mo|tu|we|th|fr|sa)-(\d\d:\d\d)$/.exec(value);
  const minute = m ? parseClockTime(m[2]!) : null;
  if (!m || minute === null) return null;
  return { kind: 'at', day: DAY_CODES.indexOf(m[1] as (typeof DAY_CODES)[number]), minute };
}

/** The query string for a state (without "?"); defaults are left out so URLs stay short. */
export function encodeState(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  for (const key of ['cat', 'type', 'area', 'language'] as const) if (s.filters[key].length) p.set(key, [...s.filters[key]].sort().join(','));
  if (s.filters.free) p.set('free', '1');
  if (s.filters.walkIn) p.set('walkin', '1');
  if (s.filters.wheelchair) p.set('wheelchair', '1');
  if (s.filters.open) p.set('open', formatOpen(s.filters.open));
  if (s.filters.open && s.filters.hideUnknownHours) p.set('hideunknown', '1');
  if (s.filters.age !== null) p.set('age', String(s.filters.age));
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.near) p.set('near', s.near);
  if (s.view !== 'list') p.set('view', s.view);
  return p.toString();
}

/**
 * Whether a query string names an area (`area`, `near`) that is not among `areas`: the manifest
 * lists only the areas services name, so a link to a village no service names needs the area file
 * before it can be read.
 */
export function namesOtherAreas(search: string, areas: readonly string[]): boolean {
  const p = new URLSearchParams(search);
  const named = [...p.getAll('area').flatMap((v) => v.split(',')), ...p.getAll('near')].filter(Boolean);
  if (named.length === 0) return false;
  const have = new Set(areas);
  return named.some((id) => !have.has(id));
}

/**
 * Reads a state from a query string. Returns the state and how many parameters or values it did
 * not recognise (unknown names or values), so the page can say that part of a link was not
 * understood. Only the number: the text of a link is never shown as if the site had written it.
 */
export function decodeState(search: string, known: KnownValues): { state: SearchState; unrecognised: number } {
  const p = new URLSearchParams(search);
  let unrecognised = 0;
  const filters: Filters = { ...NO_FILTERS, cat: [], type: [], area: [], language: [] };
  const state: SearchState = { ...EMPTY_STATE, filters };
  const flag = (value: string) => {
    if (value === '1') return true;
    unrecognised++;
    return false;
  };
  for (const [name, value] of p) {
    switch (name) {
      case 'q':
        state.q = value.slice(0, MAX_Q);
        break;
      case 'cat':
      case 'type':
      case 'area':
      case 'language':
        for (const v of value.split(',').filter(Boolean)) {
          if (known[name].has(v) && !filters[name].includes(v)) filters[name].push(v);
          else if (!known[name].has(v)) unrecognised++;
        }
        break;
      case 'free':
        filters.free = flag(value);
        break;
      case 'walkin':
        filters.walkIn = flag(value);
        break;
      case 'wheelchair':
        filters.wheelchair = flag(value);
        break;
      case 'hideunknown':
        filters.hideUnknownHours = flag(value);
        break;
      case 'open': {
        const open = parseOpen(value);
        if (open) filters.open = open;
        else unrecognised++;
        break;
      }
      case 'age': {
        const age = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
        if (age >= 0 && age <= 120) filters.age = age;
        else unrecognised++;
        break;
      }
      case 'sort':
        if ((SORTS as string[]).includes(value)) state.sort = value as SortKey;
        else unrecognised++;
        break;
      case 'near':
        if (known.area.has(value)) state.near = value;
        else unrecognised++;
        break;
      case 'view':
        if (value === 'map' || value === 'list') state.view = value;
        else unrecognised++;
        break;
      default:
        unrecognised++;
    }
  }
  // "Hide unknown hours" means something only with "open".
  if (!filters.open) filters.hideUnknownHours = false;
  return { state, unrecognised };
}

/**
 * The page address for a state (path, query, hash), or null when the current one already says it:
 * the island replaces the address only when the view changed.
 * @example addressFor({ pathname: '/en/', search: '', hash: '' }, { ...EMPTY_STATE, q: 'food' }) // '/en/?q=food'
 */
export function addressFor(location: { pathname: string; search: string; hash: string }, state: SearchState): string | null {
  const qs = encodeState(state);
  const url = `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`;
  return url === `${location.pathname}${location.search}${location.hash}` ? null : url;
}

/** True when a state has anything for "clear" to clear (the list or map choice stays). */
export function hasCriteria(state: SearchState): boolean {
  return encodeState({ ...state, view: 'list' }) !== '';
}
