/** Coverage data shared by the /coverage/ page and the /data/coverage.csv export. */
import { DICTIONARIES } from '../lib/i18n/translate';
import { coverageAreas, coverageByArea, coverageByType, coverageCsv } from '../lib/catalogue/coverage';
import { getDirectory } from './directory';

/** The area the directory is about; its county, country and neighbourhoods get a column each. */
export const COVERAGE_FOCUS_AREA = 'cluj-napoca';

export async function coverageTables() {
  const dir = await getDirectory();
  const services = dir.providers.flatMap((p) => p.services);
  const notStated = { ro: DICTIONARIES.ro['coverage.notStated']!, en: DICTIONARIES.en['coverage.notStated']!, hu: DICTIONARIES.hu['coverage.notStated']! };
  return {
    byType: coverageByType(services, dir.beneficiaryCategories, dir.serviceTypes),
    byArea: coverageByArea(services, dir.beneficiaryCategories, coverageAreas(dir.areas, services, COVERAGE_FOCUS_AREA, notStated)),
  };
}

export async function coverageCsvText(): Promise<string> {
  const { byType, byArea } = await coverageTables();
  return coverageCsv([{ name: 'by_service_type', matrix: byType }, { name: 'by_area', matrix: byArea }]);
}
