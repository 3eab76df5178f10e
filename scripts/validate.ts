/**
 * `npm run validate`: checks all content and lists every problem with file, line, field and fix.
 * Exits 1 when anything is wrong. With GITHUB_ACTIONS set it also prints workflow annotations,
 * so each problem shows on its file and line in a pull request.
 */
import { loadContent, problemReport } from '../src/build/content-files';
import { githubAnnotation } from '../src/lib/ingest/github-annotation';
import { formatProblem } from '../src/lib/ingest/friendly-errors';
import { contentReport, shortReport } from '../src/lib/report/content-report';
import { SITE } from '../src/config';
import { nameCategoryCheck } from './name-category-hook';

const content = loadContent();
const services = content.providers.reduce((n, p) => n + p.data.services.length, 0);
// Said every time: without the registry extract, one check (addresses withheld elsewhere) cannot run.
console.log(content.registryFile
  ? `Confidential addresses checked against ${content.registryFile}`
  : 'Note: the registry extract (registry-2016/national.json) was not found beside the project, so public addresses were not checked against the registry records of confidential places; put it in ../shared/data/registry-2016/ beside the repository, or set REGISTRY_DIR');
const today = new Date().toISOString().slice(0, 10);
const report = () => shortReport(contentReport({
  providers: content.providers, fresh: { asOf: today, staleAfterMonths: SITE.staleAfterMonths }, nameCategoryCheck,
  problems: content.problems.length, warnings: content.warnings.length,
}));
if (content.warnings.length) {
  // Warnings never fail validation: they name what to fix next.
  console.log(`${content.warnings.length} warning${content.warnings.length === 1 ? '' : 's'}:\n${content.warnings.map((w) => `  ${formatProblem(w)}`).join('\n')}`);
  if (process.env.GITHUB_ACTIONS) for (const w of content.warnings) console.log(githubAnnotation(w, 'warning'));
}
if (content.problems.length === 0) {
  console.log(`Content is valid: ${content.providers.length} providers, ${services} services, ${content.vocabulary.length} search words in ${content.dir}`);
  console.log(report());
  process.exit(0);
}
console.error(problemReport(content.problems));
if (process.env.GITHUB_ACTIONS) {
  for (const p of content.problems) console.log(githubAnnotation(p));
}
process.exit(1);
