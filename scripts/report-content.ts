/**
 * `npm run report:content`: the content report (coverage of each field, old facts, organisations
 * without services, unreachable services, contact routes without a number, name/category
 * disagreements) as Markdown and JSON.
 *
 *   npm run report:content                       content/ → reports/content.md, reports/content.json
 *   npm run report:content -- --content tests/fixtures/site --out .reports --today 2026-11-25
 *   npm run report:content -- --area cluj-napoca   only the services a person there can use: located or
 *                                                   serving there, county-wide and national (servesArea)
 *
 * It reports on content with problems too (they are counted), so it can show a folder before a fix.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/build/content-files';
import { contentReport, reportMarkdown, shortReport } from '../src/lib/report/content-report';
import { nameCategoryCheck } from './name-category-hook';
import { SITE } from '../src/config';
import { areaIndex, placedService, servesArea } from '../src/lib/catalogue/areas';

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' }, today: { type: 'string' }, area: { type: 'string' } } });
const today = values.today ?? new Date().toISOString().slice(0, 10);
const content = loadContent(values.content, today);
const areas = areaIndex(content.taxonomies.areas);
if (values.area !== undefined && !areas.terms.has(values.area)) {
  console.error(`--area ${values.area}: not an id in the areas taxonomy (for example cluj-napoca or judetul-cluj)`);
  process.exit(2);
}
const area = values.area;
// With --area, each provider keeps only the services a person in that area can use; a provider left
// with none is not counted (it is not that area's).
const providers = area === undefined
  ? content.providers
  : content.providers
      .map((p) => ({ ...p, data: { ...p.data, services: p.data.services.filter((s) => servesArea(placedService(p.data, s), area, areas) !== undefined) } }))
      .filter((p) => p.data.services.length > 0 || p.data.services.length === content.providers.find((q) => q.id === p.id)!.data.services.length);
const report = contentReport({
  providers,
  fresh: { asOf: today, staleAfterMonths: SITE.staleAfterMonths },
  nameCategoryCheck,
  problems: content.problems.length,
  warnings: content.warnings.length,
});
const out = values.out ?? 'reports';
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'content.md'), reportMarkdown(report));
writeFileSync(join(out, 'content.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(shortReport(report));
console.log(`Written: ${join(out, 'content.md')}, ${join(out, 'content.json')}`);
