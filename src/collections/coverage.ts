/** Coverage data shared by the /coverage/ page and the /data/coverage.csv export. */
import { makeT } from '../lib/i18n/catalogues';
import { LANGS, type Lang } from '../locales';
import { coverageAreas, coverageByArea, coverageByType, coverageCsv } from '../lib/catalogue/coverage';
import { getDirectory } from './directory';

/** The area the directory is about; its county, country and neighbourhoods get a column each. */
export const COVERAGE_FOCUS_AREA = 'cluj-napoca';

export async function coverageTables() {
  const dir = await getDirectory();
  const services = dir.providers.flatMap((p) => p.services);
  const notStated = Object.fromEntries(LANGS.map((l) => [l, makeT(l)('coverage.notStated')])) as Record<Lang, string>;
  return {
    byType: coverageByType(services, dir.beneficiaryCategories, dir.serviceTypes),
    byArea: coverageByArea(services, dir.beneficiaryCategories, coverageAreas(dir.areas, services, COVERAGE_FOCUS_AREA, notStated)),
  };
}

export async function coverageCsvText(): Promise<string> {
  const { byType, byArea } = await coverageTables();
  return coverageCsv([{ name: 'by_service_type', matrix: byType }, { name: 'by_area', matrix: byArea }]);
}
