/**
 * The pure part of the search island's controls: which choices a filter lists, what a typed value
 * means, where distances are measured from. The components only render what these return.
 */
import { LOCALE, type Lang } from '../../locales';
import { formatNumber } from '../i18n/translator';
import { bucharestWallClock } from '../hours/compiled';
import type { LatLng } from '../map/geo';
import type { OpenFilter } from './engine';
import { DAY_CODES } from './url-state';
import type { SearchAreaFile } from './shards';

/** A beneficiary category, service type or language, labelled in the page language. */
export interface SearchTerm {
  id: string;
  label: string;
}

/** An area; one with a centre can be chosen as the point distances are measured from. */
export interface AreaTerm extends SearchTerm {
  lat?: number;
  lng?: number;
}

/** The areas of the search data's area file (/data/search/<lang>/areas.json), as the controls list them. */
export function areaTerms(file: Pick<SearchAreaFile, 'areas' | 'labels' | 'points'>): AreaTerm[] {
  return file.areas.map((id, i) => {
    const point = file.points[i];
    return point ? { id, label: file.labels[i] ?? id, lat: point[0], lng: point[1] } : { id, label: file.labels[i] ?? id };
  });
}

export type OpenAt = Extract<OpenFilter, { kind: 'at' }>;

/** The weekdays in the order the day list shows them, Monday first (numbered as DAY_CODES: 0 = Sunday). */
export const WEEK_ORDER: readonly number[] = [1, 2, 3, 4, 5, 6, 0];

/**
 * Weekday names in a language, numbered as DAY_CODES (0 = Sunday).
 * @example weekdayNames('en')[1] // 'Monday'
 */
export function weekdayNames(lang: Lang): string[] {
  const f = new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'long', timeZone: 'UTC' });
  // 2026-11-29 is a Sunday.
  return DAY_CODES.map((_, i) => f.format(new Date(Date.UTC(2026, 10, 29 + i))));
}

/**
 * A filter choice with its live count.
 * @example withCount('Copii', 1234, 'ro') // 'Copii (1.234)'
 */
export function withCount(label: string, count: number | undefined, lang: Lang): string {
  return `${label} (${formatNumber(count ?? 0, lang)})`;
}

/**
 * Labels joined as a sentence in the page language.
 * @example listText(['Copii', 'Vârstnici'], 'ro') // 'Copii și Vârstnici'
 */
export function listText(labels: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' }).format(labels);
}

/** The terms a checkbox filter lists: those with results, and those already ticked (so they can be unticked). */
export function shownTerms<T extends SearchTerm>(terms: readonly T[], counts: Readonly<Record<string, number>>, chosen: readonly string[]): T[] {
  return terms.filter((term) => (counts[term.id] ?? 0) > 0 || chosen.includes(term.id));
}

/** The list with `value` ticked or unticked. */
export function toggled(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

/** The age typed in the age filter: a whole number of years, 0 to 120; anything else is no filter. */
export function parseAge(value: string): number | null {
  const n = Number(value);
  return value.trim() === '' || !Number.isInteger(n) || n < 0 || n > 120 ? null : n;
}

/** What "open at" proposes before the reader picks a day and time: today (Cluj-Napoca) at 10:00. */
export function defaultOpenAt(now: Date): OpenAt {
  return { kind: 'at', day: bucharestWallClock(now).weekday, minute: 10 * 60 };
}

/** Where distances are measured from: the reader's position, else the centre of the area chosen, else nowhere. */
export function searchOrigin(position: LatLng | null, near: string | null, areas: ReadonlyMap<string, AreaTerm>): LatLng | null {
  if (position) return position;
  const a = near ? areas.get(near) : undefined;
  return a?.lat !== undefined && a.lng !== undefined ? { lat: a.lat, lng: a.lng } : null;
}

/** Results shown at first, and added by each "show more". */
export const RESULTS_PAGE = 30;
