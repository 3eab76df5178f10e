/**
 * A site published under a sub-path, as on GitHub Pages (`https://<user>.github.io/<repository>/`):
 * the fixture content built with SITE_URL=https://x.github.io/directory/ and served under
 * /directory/ only (everything outside it is not found, as on the real host). Every link, fetch,
 * download, the search island, the shortlist and the service worker must stay under the base path,
 * and the site's address appears where an absolute URL is needed (sitemap, canonical links, exports).
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, placeholderHits } from './built-site';
import { DIRECTIA, FIXTURE_BUILD_DATE, FIXTURE_CONTENT } from './fixture';

const PORT = Number(process.env.E2E_PORT ?? 4329) + 5_000;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SITE_URL = 'https://x.github.io/directory';
const BASE = '/directory/';

test.describe.configure({ mode: 'serial' });

test.describe('a site published under a base path', () => {
  let server: ChildProcess | undefined;
  let out = '';

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    out = mkdtempSync(join(tmpdir(), 'base-dist-'));
    const result = await buildSite({ CONTENT_DIR: FIXTURE_CONTENT, SITE_OUT_DIR: out, BUILD_DATE: FIXTURE_BUILD_DATE, SITE_URL: `${SITE_URL}/` });
    expect(result.code, result.output.slice(-3000)).toBe(0);
    server = spawn(process.execPath, ['scripts/serve-static.ts', out, String(PORT), BASE], { stdio: 'ignore' });
    await expect.poll(async () => (await fetch(`${ORIGIN}${BASE}`).catch(() => undefined))?.status, { timeout: 20_000 }).toBe(200);
  });

  test.afterAll(() => {
    server?.kill();
    for (const dir of [out, `${out}-cache`]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Fails on any request of this site that is not found, while `run` drives the page. */
  async function noMissingRequests(page: Page, run: () => Promise<void>) {
    const missing: string[] = [];
    page.on('response', (r) => { if (r.url().startsWith(ORIGIN) && r.status() >= 400) missing.push(`${r.status()} ${r.url()}`); });
    await run();
    expect(missing).toEqual([]);
  }

  test('every link and asset on the main pages stays under the base path and resolves', async ({ page, request }) => {
    test.setTimeout(180_000);
    const pages = [BASE, `${BASE}en/`, `${BASE}hu/data/`, `${BASE}en/providers/${DIRECTIA.id}/`, `${BASE}categories/`, `${BASE}en/map/`, `${BASE}coverage/`, `${BASE}en/contribute/`, `${BASE}shortlist/`];
    const targets = new Set<string>();
    await noMissingRequests(page, async () => {
      for (const path of pages) {
        const res = await page.goto(`${ORIGIN}${path}`);
        expect(res?.status(), path).toBe(200);
        const refs = await page.locator('[href], [src]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''));
        for (const ref of refs) {
          if (!ref.startsWith('/')) continue;
          expect(ref.startsWith(BASE), `${ref} on ${path}`).toBe(true);
          targets.add(ref.split('#')[0]!);
        }
      }
    });
    expect(targets.size).toBeGreaterThan(40);
    for (const ref of targets) expect((await request.get(`${ORIGIN}${ref}`)).status(), ref).toBe(200);
  });

  test('search finds a service and its result opens the provider page under the base path', async ({ page }) => {
    await noMissingRequests(page, async () => {
      await page.goto(`${ORIGIN}${BASE}en/`);
      await expect(page.locator('.search-app[data-state="ready"]')).toBeVisible({ timeout: 20_000 });
      await page.getByLabel('What are you looking for?').pressSequentially(DIRECTIA.name.split(' ')[0]!);
      const first = page.locator('.search-app__list > li a').first();
      await expect(first).toHaveAttribute('href', new RegExp(`^${BASE}en/providers/`));
      await first.click();
      await expect(page).toHaveURL(new RegExp(`${BASE}en/providers/[^/]+/`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });

  test('a provider page\'s map loads its code from under the base path when scrolled into view', async ({ page }) => {
    // The loader's URL is written into the script at build (src/build/chunk-url.ts), base path included.
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.url().startsWith(ORIGIN) && r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
    await noMissingRequests(page, async () => {
      await page.goto(`${ORIGIN}${BASE}en/providers/${DIRECTIA.id}/`);
      const map = page.locator('provider-map [data-map]');
      await map.scrollIntoViewIfNeeded();
      await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 15_000 });
    });
    expect(scripts.some((p) => /\/map-assets\.[^/]+\.js$/.test(p))).toBe(true);
    expect(scripts.every((p) => p.startsWith(BASE))).toBe(true);
  });

  test('the shortlist fetches its data and the service worker serves the base path only', async ({ page }) => {
    test.setTimeout(90_000);
    await noMissingRequests(page, async () => {
      await page.goto(`${ORIGIN}${BASE}providers/${DIRECTIA.id}/`);
      const add = page.locator('button[data-shortlist-key]').first();
      await add.click();
      await expect(page.locator('[data-shortlist-count]')).toHaveText('1');
      await page.goto(`${ORIGIN}${BASE}shortlist/`);
      await expect(page.locator('.shortlist-items > li').first()).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('.shortlist-items > li a').first()).toHaveAttribute('href', new RegExp(`^${BASE}providers/${DIRECTIA.id}/#service-`));
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(`${ORIGIN}${BASE}`);
    });
  });

  test('the address is used where a URL must be absolute: sitemap, robots.txt, canonical links, exports', async ({ page, request }) => {
    const robots = await (await request.get(`${ORIGIN}${BASE}robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    const sitemap = await (await request.get(`${ORIGIN}${BASE}sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${SITE_URL}/</loc>`);
    expect(sitemap).toContain(`<loc>${SITE_URL}/en/providers/${DIRECTIA.id}/</loc>`);
    expect(sitemap).toContain(`hreflang="hu-HU" href="${SITE_URL}/hu/providers/${DIRECTIA.id}/"`);

    await page.goto(`${ORIGIN}${BASE}en/providers/${DIRECTIA.id}/`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE_URL}/en/providers/${DIRECTIA.id}/`);
    const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? '');
    expect(ld.mainEntityOfPage).toBe(`${SITE_URL}/en/providers/${DIRECTIA.id}/`);

    const csv = await (await request.get(`${ORIGIN}${BASE}data/services.csv`)).text();
    expect(csv).toContain(`${SITE_URL}/providers/${DIRECTIA.id}/#service-`);
    const hsds = await (await request.get(`${ORIGIN}${BASE}data/hsds/organizations.json`)).json() as { contents: Array<{ uri?: string }> };
    expect(hsds.contents.map((o) => o.uri)).toContain(`${SITE_URL}/providers/${DIRECTIA.id}/`);
  });

  test('no placeholder address anywhere in the built files', () => {
    expect(placeholderHits(out, { fixtureContent: true })).toEqual([]);
  });
});
