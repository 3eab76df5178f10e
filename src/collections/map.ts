/**
 * The map page's plain lists for a big directory: one county's located places a page at a time
 * (/map/<county>/), so that every place on the map stays listed without JavaScript at 10,000+
 * providers, while /map/ itself only names the counties.
 */
import type { TaxonomyTerm } from '../schemas/taxonomy';
import { LANGS, type Lang } from '../locales';
import { langParam } from '../lib/routes';
import { pageParam, paginate } from '../lib/catalogue/catalogue';
import { mapListByCounty } from '../lib/map/list';
import { mapListRows } from '../lib/map/points';
import { getCounties, getDirectory } from './directory';

export interface MapCountyPage {
  county: TaxonomyTerm;
  rows: ReturnType<typeof mapListRows>;
  page: number;
  pages: number;
}

/** Static paths of the county map lists, in every language; none for a directory small enough for /map/ to list every place. */
export async function mapCountyPages() {
  const dir = await getDirectory();
  if (!mapListByCounty(dir.providers.length)) return [];
  const counties = await getCounties();
  return LANGS.flatMap((lang: Lang) => counties.flatMap((g) => {
    const rows = mapListRows(g.providers.map((e) => e.provider), lang);
    if (rows.length === 0) return [];
    const pages = paginate(rows);
    return pages.map((part, i) => ({
      params: { lang: langParam(lang), county: g.county.id, page: pageParam(i + 1) },
      props: { lang, county: g.county, rows: part, page: i + 1, pages: pages.length } satisfies MapCountyPage & { lang: Lang },
    }));
  }));
}
