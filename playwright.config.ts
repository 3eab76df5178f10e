/**
 * Two projects, two sites, two servers:
 *
 * - `fixtures` (every tests/e2e/*.spec.ts) runs against the FIXTURE site: tests/fixtures/site,
 *   invented providers built by `npm run build:fixtures` into dist-fixtures/ with a fixed
 *   BUILD_DATE. The tests name its entries (tests/e2e/fixture.ts) and check exact behaviour:
 *   confidential places, holidays, capacity, translations, stale marks. Editorial corrections to
 *   content/ (categories, dates, new entries) cannot break them.
 * - `smoke` (tests/e2e/smoke/) runs against the REAL site, dist/ from `npm run build`: a handful of
 *   checks that the shipped content renders (home and search, a provider page with contact, the map,
 *   the catalogue without JavaScript, no console errors, axe on home). They assert only shapes
 *   (at least one of each), never particular facts or counts.
 *
 * Build both first (`npm run build && npm run build:fixtures`); `npm test` does. Focused runs:
 * `npx playwright test --project=fixtures tests/e2e/map.spec.ts`, `npx playwright test --project=smoke`.
 *
 * The one setting for the browser: PLAYWRIGHT_CHROMIUM_PATH. By default Debian's Chromium at
 * /usr/bin/chromium when present (this project's machines cannot download Playwright's own);
 * `PLAYWRIGHT_CHROMIUM_PATH=playwright` uses the one `npx playwright install chromium` downloads.
 */
import { defineConfig, devices } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

const chromiumSetting = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : 'playwright');
const chromiumPath = chromiumSetting === 'playwright' ? undefined : chromiumSetting;
// E2E_PORT serves the fixture site; the real site takes E2E_PORT + 20000 (the hostile-content
// test builds its own site on E2E_PORT + 10000), so parallel worktrees need only one distinct port.
const port = Number(process.env.E2E_PORT ?? 4329);
const smokePort = port + 20_000;
const realDist = process.env.SITE_OUT_DIR ?? 'dist';
// Where `npm run build:fixtures` writes, read from the script itself so the two cannot disagree.
const fixtureScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['build:fixtures'] ?? '';
const FIXTURE_DIST = /SITE_OUT_DIR=(\S+)/.exec(fixtureScript)?.[1] ?? 'dist-fixtures';

for (const [dir, command] of [[FIXTURE_DIST, 'npm run build:fixtures'], [realDist, 'npm run build']]) {
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ is not built: run \`${command}\` before the browser tests (npm test does both builds).`);
}

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers suit the 2-core machines CI runs on; more only adds contention with the server and Chromium.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
  projects: [
    { name: 'fixtures', testIgnore: 'smoke/**', use: { ...browser, baseURL: `http://127.0.0.1:${port}` } },
    { name: 'smoke', testMatch: 'smoke/**/*.spec.ts', use: { ...browser, baseURL: `http://127.0.0.1:${smokePort}` } },
  ],
  // Serves the already built sites, so tests see exactly what ships.
  webServer: [
    { command: `node scripts/serve-static.ts ${FIXTURE_DIST} ${port}`, url: `http://127.0.0.1:${port}/`, reuseExistingServer: !process.env.CI, timeout: 30_000 },
    { command: `node scripts/serve-static.ts ${realDist} ${smokePort}`, url: `http://127.0.0.1:${smokePort}/`, reuseExistingServer: !process.env.CI, timeout: 30_000 },
  ],
});
