/** How old an entry's information is, so every page can say it and mark old data. */
import type { Source } from '../../schemas/source';
import type { Lang } from '../../locales';
import { formatDate } from '../i18n/translator';

export interface Freshness {
  /** The day the entry was last checked against its sources. */
  assuredDate: string;
  /** The newest dated source, or undefined when no source has a date. */
  newestSourceDate?: string;
  oldestSourceDate?: string;
  /** True when the newest source is older than the threshold at `asOf`. */
  stale: boolean;
}

function monthsBetween(fromIso: string, toIso: string): number {
  const [fy, fm, fd] = fromIso.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = toIso.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/**
 * Freshness at a given date (the build date): the information is as old as its newest source,
 * whatever the assured date says, because checking old documents does not make them new.
 */
export function freshness(sources: readonly Pick<Source, 'date'>[], assuredDate: string, asOf: string, staleAfterMonths: number): Freshness {
  const dates = sources.map((s) => s.date).filter((d): d is string => d !== undefined).sort();
  const newest = dates.at(-1);
  const reference = newest ?? assuredDate;
  return {
    assuredDate,
    newestSourceDate: newest,
    oldestSourceDate: dates[0],
    stale: monthsBetween(reference, asOf) >= staleAfterMonths,
  };
}

/** Freshness as the pages say it: the dates written for people, and whether to warn. */
export interface FreshnessView {
  /** When the entry was checked against its sources, formatted. */
  assured: string;
  /** The newest dated source, formatted; absent when no source has a date. */
  newestSource?: string;
  stale: boolean;
}

export function freshnessView(sources: readonly Pick<Source, 'date'>[], assuredDate: string, asOf: string, staleAfterMonths: number, lang: Lang): FreshnessView {
  const f = freshness(sources, assuredDate, asOf, staleAfterMonths);
  const view: FreshnessView = { assured: formatDate(f.assuredDate, lang), stale: f.stale };
  if (f.newestSourceDate) view.newestSource = formatDate(f.newestSourceDate, lang);
  return view;
}
