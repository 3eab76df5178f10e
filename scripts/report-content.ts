/**
 * `npm run report:content`: the content report (coverage of each field, old facts, organisations
 * without services, unreachable services, contact routes without a number, name/category
 * disagreements) as Markdown and JSON.
 *
 *   npm run report:content                       content/ → reports/content.md, reports/content.json
 *   npm run report:content -- --content tests/fixtures/site --out .reports --today 2026-11-25
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

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' }, today: { type: 'string' } } });
const today = values.today ?? new Date().toISOString().slice(0, 10);
const content = loadContent(values.content, today);
const report = contentReport({
  providers: content.providers,
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
