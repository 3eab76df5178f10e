/**
 * What the /map/ page lists beside (or, with JavaScript off, instead of) the map. A small directory
 * lists every located place; a big one (the same threshold as the home page's catalogue) lists the
 * counties with how many places each has, each linking to that county's own list of places
 * (/map/<county>/, a page of PAGE_SIZE providers at a time), so the page's HTML stays small at
 * 10,000-50,000 providers while every place stays listed without JavaScript.
 */
import { listsByCounty } from '../catalogue/catalogue';
import { providerMapPoints } from './points';
import type { Lang } from '../../locales';
import type { PublicProvider } from '../confidentiality/public-provider';

/** True when the map page should list counties rather than every place: the home page's rule. */
export const mapListByCounty = listsByCounty;

export interface MapCountyRow {
  countyId: string;
  /** Located, public places (map points) of the county's providers. */
  places: number;
  /** Providers of the county with at least one such place. */
  providers: number;
}

/**
 * Per county, how many map points its providers have, in the counties' order; counties without
 * any point are left out. Uses `providerMapPoints`, so the counts are the map's own (confidential
 * and unlocated places never count).
 */
export function mapCountyRows(groups: ReadonlyArray<{ countyId: string; providers: readonly PublicProvider[] }>, lang: Lang): MapCountyRow[] {
  const rows: MapCountyRow[] = [];
  for (const g of groups) {
    let places = 0;
    let providers = 0;
    for (const p of g.providers) {
      const n = providerMapPoints(p, lang).length;
      places += n;
      if (n > 0) providers++;
    }
    if (places > 0) rows.push({ countyId: g.countyId, places, providers });
  }
  return rows;
}
