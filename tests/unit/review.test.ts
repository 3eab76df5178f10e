/**
 * `npm run review` and the monthly workflow that posts it: on the fixture site (exact states) and on
 * the real content (every entry accounted for, one issue per county).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { reviewCsv, reviewIssues, reviewMarkdown, reviewReport, REVIEW_CSV_COLUMNS } from '../../src/lib/review/report';
import { parseLinkCheck } from '../../src/lib/review/links';
import { SITE } from '../../src/config';
import { fixtureSite, realContent, REAL_TODAY, TODAY } from './helpers';

const fresh = { asOf: TODAY, staleAfterMonths: SITE.staleAfterMonths };
const links = parseLinkCheck(JSON.stringify({
  checkedAt: '2026-11-24',
  results: [
    { url: 'https://example.org/oradea', status: 'parked', httpStatus: 200, note: 'domain for sale' },
    { url: 'https://example.org/asociatia-exemplu', status: 'ok', httpStatus: 200 },
  ],
}), 'links.json');

describe('review report on the fixture site', () => {
  const r = reviewReport({ providers: fixtureSite.providers, areas: fixtureSite.taxonomies.areas, fresh, links });

  it('leaves out the entry reviewed this month and groups the rest by county (taxonomy order), most urgent first', () => {
    expect(r.totals).toEqual({ current: 3, due: 0, overdue: 1, never: 5 });
    expect(r.counties.map((c) => [c.id, c.entries.map((e) => [e.id, e.status.state])])).toEqual([
      ['romania', [['linia-nationala-fixture', 'never'], ['organizatia-fara-servicii-fixture', 'never']]],
      ['judetul-bihor', [['asociatia-oradea-fixture', 'never']]],
      ['judetul-cluj', [['asociatia-exemplu-fixture', 'overdue'], ['fundatia-veche-fixture', 'never'], ['primaria-floresti-fixture', 'never']]],
    ]);
  });

  it('gives what a maintainer needs to phone: numbers with labels, what is unknown, what is old, what the link check found', () => {
    const [asociatia, veche] = r.counties[2]!.entries;
    expect(asociatia).toMatchObject({ phones: ['0700 000 201', '0800 000 000 (Free line)'], emails: ['asociatia@example.org'], status: { dueDate: '2026-06-01', lastReview: '2025-06-01' } });
    expect(asociatia!.unknown).toEqual(['documents (3 of 3)', 'eligibility (3 of 3)', 'capacity (3 of 3)']);
    expect(veche).toMatchObject({ oldFacts: ['description', 'address', 'phone', 'hours', 'capacity'] });
    expect(r.counties[1]!.entries[0]!.links).toEqual([{ url: 'https://example.org/oradea', status: 'parked', httpStatus: 200, note: 'domain for sale' }]);
    expect(r.counties[0]!.entries.find((e) => e.id === 'organizatia-fara-servicii-fixture')!.unknown).toEqual(['services (none documented)']);
  });

  it('writes Markdown, a CSV row per entry and one issue per county with a stable title', () => {
    const md = reviewMarkdown(r, { url: 'https://github.com/o/r', branch: 'main' });
    expect(md).toContain('- **Asociația Exemplu Fixture** (`asociatia-exemplu-fixture`): overdue since 2026-06-01 (last review 2025-06-01); every 12 months.');
    expect(md).toContain('  - Link check: https://example.org/oradea is parked (HTTP 200): domain for sale');
    expect(md).toContain('[tests/fixtures/site/providers/fundatia-veche-fixture.yaml](https://github.com/o/r/edit/main/tests/fixtures/site/providers/fundatia-veche-fixture.yaml)');
    const rows = reviewCsv(r).trim().split('\r\n');
    expect(rows[0]).toBe(REVIEW_CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(7);
    const issues = reviewIssues(r);
    expect(issues.map((i) => [i.title, i.count])).toEqual([['Review: Toată țara', 2], ['Review: Județul Bihor', 1], ['Review: Județul Cluj', 3]]);
    expect(issues[2]!.body).toMatch(/^<!-- review-report county=judetul-cluj -->\n/);
  });

  it('refuses a link-check file of another shape, saying what is wrong', () => {
    expect(() => parseLinkCheck('{"results":[{"url":"x","status":"fine"}]}', 'reports/links.json')).toThrow(/^reports\/links\.json is not a link-check result file: checkedAt: /);
  });
});

describe('review report on the real content', () => {
  const r = reviewReport({ providers: realContent.providers, areas: realContent.taxonomies.areas, fresh: { asOf: REAL_TODAY, staleAfterMonths: SITE.staleAfterMonths } });

  it('accounts for every entry once, and lists every one that is not current', () => {
    expect(Object.values(r.totals).reduce((a, b) => a + b, 0)).toBe(realContent.providers.length);
    const listed = r.counties.flatMap((c) => c.entries.map((e) => e.id));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.length).toBe(realContent.providers.length - r.totals.current);
    for (const c of r.counties) for (const e of c.entries) expect(e.phones.length + e.emails.length > 0 || e.unknown.length > 0, e.id).toBe(true);
  });

  it('gives one issue per county, each under GitHub\'s body limit', () => {
    const issues = reviewIssues(r);
    expect(new Set(issues.map((i) => i.title)).size).toBe(issues.length);
    for (const i of issues) expect(i.body.length).toBeLessThan(65_000);
  });
});

describe('npm run review and the monthly workflow', () => {
  it('writes the report and the issue bodies the workflow posts', () => {
    const out = mkdtempSync(join(tmpdir(), 'review-'));
    const linksFile = join(out, 'links.json');
    writeFileSync(linksFile, JSON.stringify({ checkedAt: '2026-11-24', results: [{ url: 'https://example.org/oradea', status: 'dead', httpStatus: 404 }] }));
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/review.ts', '--content', 'tests/fixtures/site', '--out', out, '--today', TODAY, '--links', linksFile], { encoding: 'utf8' });
    expect(stdout).toContain('1 overdue, 5 never reviewed, 0 due within a month, 3 current (link check of 2026-11-24 included)');
    const index = JSON.parse(readFileSync(join(out, 'review-issues', 'issues.json'), 'utf8')) as Array<{ title: string; file: string; count: number }>;
    expect(index.map((i) => i.title)).toEqual(['Review: Toată țara', 'Review: Județul Bihor', 'Review: Județul Cluj']);
    for (const i of index) expect(readFileSync(i.file, 'utf8')).toContain(`as of ${TODAY}`);
    expect(readFileSync(join(out, 'review.md'), 'utf8')).toContain('https://example.org/oradea is dead (HTTP 404)');
    expect(readFileSync(join(out, 'review.csv'), 'utf8').split('\r\n')[0]).toBe(`\ufeff${REVIEW_CSV_COLUMNS.join(',')}`); // the byte order mark lets Excel read UTF-8
  }, 60_000);

  it('runs monthly and posts from the index the script writes', () => {
    const wf = parse(readFileSync('.github/workflows/review.yml', 'utf8')) as { on: { schedule: Array<{ cron: string }> }; permissions: Record<string, string>; jobs: { review: { steps: Array<{ run?: string }> } } };
    expect(wf.on.schedule[0]!.cron).toMatch(/^\S+ \S+ \S+ \* \*$/);
    expect(wf.permissions.issues).toBe('write');
    const runs = wf.jobs.review.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm run review');
    expect(runs).toContain('reports/review-issues/issues.json');
    expect(runs).toMatch(/gh issue edit .*--body-file/);
    expect(runs).toMatch(/gh issue create --title "\$title" --label review/);
  });
});
