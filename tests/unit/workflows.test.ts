/**
 * The GitHub Actions workflows and the shared data they fetch: pull requests run the whole test
 * command with the public data sets in ../shared/data and attach the built site; main is published
 * to GitHub Pages with the site's address as the one build setting.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkSharedData, rawUrl, sharedSets } from '../../scripts/fetch-shared-data';

interface Step { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string }
interface Workflow { on: Record<string, unknown>; jobs: Record<string, { steps: Step[]; container?: string; if?: string; needs?: string }> }
const workflow = (file: string) => parse(readFileSync(`.github/workflows/${file}`, 'utf8')) as Workflow;

describe('.github/workflows/ci.yml', () => {
  const ci = workflow('ci.yml');
  const steps = ci.jobs.test!.steps;
  const at = (pred: (s: Step) => boolean) => steps.findIndex(pred);
  it('runs on every pull request and on main', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
  });
  it('runs the whole test command through .ci/run on Debian (for its Chromium)', () => {
    expect(ci.jobs.test!.container).toMatch(/bookworm|trixie|debian/);
    expect(steps.some((s) => s.run === '.ci/run')).toBe(true);
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm ci && npm test$/m);
  });
  it('fetches the shared data sets into ../shared/data before the tests', () => {
    const fetchStep = at((s) => /node scripts\/fetch-shared-data\.ts \.\.\/shared\/data/.test(s.run ?? ''));
    expect(fetchStep).toBeGreaterThanOrEqual(0);
    expect(fetchStep).toBeLessThan(at((s) => s.run === '.ci/run'));
  });
  it('runs the link checker on the fixtures and attaches the built site', () => {
    expect(steps.some((s) => /npm run check:links -- --content tests\/fixtures\/site/.test(s.run ?? ''))).toBe(true);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact') && s.with?.path === 'dist/')).toBeDefined();
  });
});

describe('.github/workflows/pages.yml', () => {
  const pages = workflow('pages.yml');
  it('publishes main only after CI passed on it, or by hand', () => {
    expect(pages.on.workflow_run).toMatchObject({ workflows: ['CI'], types: ['completed'], branches: ['main'] });
    expect(pages.jobs.build!.if).toContain("workflow_run.conclusion == 'success'");
  });
  it('builds with SITE_URL from the repository variable or the Pages address, and deploys dist/', () => {
    const build = pages.jobs.build!.steps.find((s) => s.run === 'npm run build');
    expect(build?.env?.SITE_URL).toBe('${{ vars.SITE_URL || steps.pages.outputs.base_url }}');
    expect(pages.jobs.build!.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(pages.jobs.deploy!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });
});

describe('every workflow', () => {
  it('uses actions by a released major version', () => {
    for (const file of ['ci.yml', 'pages.yml']) {
      for (const job of Object.values(workflow(file).jobs)) for (const s of job.steps) if (s.uses) expect(s.uses, file).toMatch(/^actions\/[\w-]+@v\d+$/);
    }
  });
});

describe('scripts/shared-data-sources.json', () => {
  it('names each set by repository and commit, and every file by its SHA-256', () => {
    const sets = sharedSets();
    expect(sets.map((s) => s.folder)).toEqual(['registry-2016', 'siruta', 'city-halls', 'hsds-3.0', 'hsds-3.0/oruk-mocks']);
    for (const s of sets) {
      // HSDS 3.0 is named by its release branch: no stored copy of it could be matched to a commit
      // (see the set's note); its checksums pin the content all the same.
      if (s.folder !== 'hsds-3.0') expect(s.ref, s.folder).toMatch(/^[0-9a-f]{40}$/);
      for (const f of [...s.files, ...(s.derived ?? [])]) expect(f.sha256, `${s.folder}/${f.path}`).toMatch(/^[0-9a-f]{64}$/);
    }
  });
  it('downloads raw files with each path segment encoded', () => {
    expect(rawUrl('vimishor/dataset-primarii', 'abc', 'data/Satu Mare.json')).toBe('https://raw.githubusercontent.com/vimishor/dataset-primarii/abc/data/Satu%20Mare.json');
  });
  // Where .ci/run and the scripts find the sets: SHARED_DATA_DIR, ../shared/data beside this
  // checkout, or beside the main checkout when this is a git worktree.
  const mainCheckout = /^gitdir:\s*(.*)[\\/]\.git[\\/]worktrees[\\/]/m.exec(existsSync('.git') && !statSync('.git').isDirectory() ? readFileSync('.git', 'utf8') : '')?.[1];
  const shared = [process.env.SHARED_DATA_DIR, '../shared/data', mainCheckout && join(mainCheckout, '..', 'shared', 'data')].find((d) => d && existsSync(d));
  it.runIf(shared)(`matches the copy in ${shared ?? '../shared/data (not found: skipped)'}`, () => {
    expect(checkSharedData(shared!)).toEqual([]);
  });
});
