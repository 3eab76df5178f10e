/** Coverage data shared by the /coverage/ page and the /data/coverage.csv export. */
import { makeT } from '../lib/i18n/catalogues';
import { LANGS, type Lang } from '../locales';
import { coverageAreas, coverageByArea, coverageByType, coverageCsv, type UnitCoverageRow } from '../lib/catalogue/coverage';
import { placedService } from '../lib/catalogue/areas';
import { isUndocumented } from '../lib/catalogue/undocumented';
import type { TranslationKey } from '../lib/i18n/translator';
import { derived } from './directory';
import { getAreaIndex, getCountyUnits } from './areas';

/** The area the directory is about; its neighbourhoods get a column each, its county's towns and communes a row each. */
export const COVERAGE_FOCUS_AREA = 'cluj-napoca';

/** The coverage tables, built once per build. */
export const coverageTables = derived(async (dir) => {
  const areas = await getAreaIndex();
  // What the category, type and area pages list: services of organisations listed apart (nobody can
  // reach them from the directory) are not counted as help available there.
  const services = dir.providers.filter((p) => !isUndocumented(p)).flatMap((p) => p.services.map((s) => ({ ...s, ...placedService(p, s) })));
  const label = (key: TranslationKey) => Object.fromEntries(LANGS.map((l) => [l, makeT(l)(key)])) as Record<Lang, string>;
  const columns = coverageAreas(areas, COVERAGE_FOCUS_AREA, { countyWide: label('coverage.countyWide'), national: label('coverage.national'), notStated: label('coverage.notStated') });
  const focusCounty = areas.chain(COVERAGE_FOCUS_AREA).find((a) => areas.kind(a) === 'county');
  const county = (await getCountyUnits()).find((c) => c.county.id === focusCounty);
  const units: UnitCoverageRow[] = (county?.units ?? []).map((u) => ({ id: u.unit.id, label: u.unit.label, services: u.services }));
  return {
    byType: coverageByType(services, dir.beneficiaryCategories, dir.serviceTypes),
    byArea: coverageByArea(services, dir.beneficiaryCategories, columns, areas, COVERAGE_FOCUS_AREA),
    county: county?.county,
    units,
  };
});

export async function coverageCsvText(): Promise<string> {
  const { byType, byArea, units } = await coverageTables();
  return coverageCsv([{ name: 'by_service_type', matrix: byType }, { name: 'by_area', matrix: byArea }], units);
}
