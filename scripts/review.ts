/**
 * `npm run review`: the entries due for their complete review, by county, with what is unknown and
 * whom to phone. Writes reports/review.md, reports/review.csv, and for the monthly workflow
 * (.github/workflows/review.yml) one issue body per county in reports/review-issues/ with an
 * issues.json index ({ county, title, file, count }).
 *
 *   npm run review
 *   npm run review -- --content tests/fixtures/site --out .reports --today 2026-11-25 --links reports/links.json
 *
 * Link-check results (`npm run check:links`) are read from --links (default reports/links.json) when
 * the file exists; their shape is in src/lib/review/links.ts.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/build/content-files';
import { LINKS_FILE, parseLinkCheck } from '../src/lib/review/links';
import { reviewCsv, reviewIssues, reviewMarkdown, reviewReport } from '../src/lib/review/report';
import { SITE } from '../src/config';

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' }, today: { type: 'string' }, links: { type: 'string' } } });
const today = values.today ?? new Date().toISOString().slice(0, 10);
const content = loadContent(values.content, today);
if (content.problems.length) console.warn(`Note: the content has ${content.problems.length} problems (npm run validate); the report covers the entries that could be read.`);
const linksFile = values.links ?? LINKS_FILE;
const links = existsSync(linksFile) ? parseLinkCheck(readFileSync(linksFile, 'utf8'), linksFile) : undefined;
const repo = { url: SITE.repositoryUrl, branch: SITE.repositoryBranch };

const report = reviewReport({ providers: content.providers, areas: content.taxonomies.areas, fresh: { asOf: today, staleAfterMonths: SITE.staleAfterMonths }, links });
const out = values.out ?? 'reports';
const issuesDir = join(out, 'review-issues');
rmSync(issuesDir, { recursive: true, force: true });
mkdirSync(issuesDir, { recursive: true });
writeFileSync(join(out, 'review.md'), reviewMarkdown(report, repo));
writeFileSync(join(out, 'review.csv'), reviewCsv(report));
const issues = reviewIssues(report, repo).map((issue) => {
  const file = join(issuesDir, `${issue.county}.md`);
  writeFileSync(file, issue.body);
  return { county: issue.county, title: issue.title, file, count: issue.count };
});
writeFileSync(join(issuesDir, 'issues.json'), `${JSON.stringify(issues, null, 2)}\n`);

const t = report.totals;
console.log(`Review as of ${today}: ${t.overdue} overdue, ${t.never} never reviewed, ${t.due} due within a month, ${t.current} current${links ? ` (link check of ${links.checkedAt} included)` : ' (no link-check results)'}.`);
for (const c of report.counties) console.log(`  ${c.label}: ${c.entries.length}`);
console.log(`Written: ${join(out, 'review.md')}, ${join(out, 'review.csv')}, ${issues.length} issue bodies in ${issuesDir}`);
