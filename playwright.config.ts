import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * The one setting for the browser: PLAYWRIGHT_CHROMIUM_PATH. By default Debian's Chromium at
 * /usr/bin/chromium when present (this project's machines cannot download Playwright's own);
 * `PLAYWRIGHT_CHROMIUM_PATH=playwright` uses the one `npx playwright install chromium` downloads.
 */
const chromiumSetting = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : 'playwright');
const chromiumPath = chromiumSetting === 'playwright' ? undefined : chromiumSetting;
const port = Number(process.env.E2E_PORT ?? 4329);
const outDir = process.env.SITE_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers suit the 2-core machines CI runs on; more only adds contention with the server and Chromium.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  // Serves the already built site (npm test builds it first), so tests see exactly what ships.
  webServer: {
    command: `node scripts/serve-static.ts ${outDir} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
