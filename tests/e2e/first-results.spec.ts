/**
 * The home page's first results (src/client/search/first-results.ts): drawn before the React
 * island, from data the page head announces, in the island's own markup; the island loads after
 * them and takes over from the same address. Runs on the fixture site.
 */
import { expect, test, type Page, type Route } from '@playwright/test';

/** The island's code: its component and React's renderer (client:after-first-results loads them). */
const ISLAND_CODE = /\/_astro\/(SearchIsland|client)\.[\w-]+\.js$/;
const rows = (page: Page) => page.locator('.search-app__list > li');
// The service worker would fetch the held or blocked files itself, out of page.route's reach.
test.use({ serviceWorkers: 'block' });
// "Open now" in the rows depends on the clock: both pages see the same instant.
const TUESDAY_10 = new Date('2026-11-24T10:00:00+02:00');

/** Holds the island's code until `release()`: the page shows only what the first-results script draws. */
async function holdIsland(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let open = false;
  await page.route(ISLAND_CODE, (route) => (open ? route.continue() : void held.push(route)));
  return async () => {
    open = true;
    await Promise.all(held.splice(0).map((r) => r.continue()));
  };
}

// Every service (old-data marks, closed services, phone labels, ages...), and a query.
for (const path of ['/', '/?q=adapost']) test(`the first results are the island's rows, drawn before its code loads (${path})`, async ({ page }) => {
  await page.clock.setFixedTime(TUESDAY_10);
  const release = await holdIsland(page);
  await page.goto(path);
  await expect(rows(page).first()).toBeVisible();
  await expect(page.locator('.search-first')).toHaveAttribute('data-search-first', 'done');
  await expect(page.locator('.search-app')).toHaveCount(0);
  const first = await page.locator('.search-app__list').evaluate((el) => el.outerHTML);
  const count = await page.locator('#search-results-title').textContent();

  await release();
  await expect(page.locator('.search-app[data-state="ready"]')).toBeVisible();
  expect(await page.locator('.search-app__list').evaluate((el) => el.outerHTML)).toBe(first);
  await expect(page.locator('#search-results-title')).toHaveText(count ?? '');
  await expect(page.locator('.search-first')).toHaveCount(0);
});

test('the head announces the data; the island, fuse.js and the map load only after the first results', async ({ page }) => {
  const preloads = await (await page.request.get('/')).text();
  // The manifest and the first shards in one file: on a slow line every request is a round trip.
  expect(preloads).toContain('<link rel="preload" href="/data/search/ro/start.json" as="fetch" crossorigin="anonymous">');
  // The scripts are announced before the data: the first results wait for the last of them.
  expect(preloads.indexOf('rel="modulepreload"')).toBeGreaterThan(0);
  expect(preloads.lastIndexOf('rel="modulepreload"')).toBeLessThan(preloads.indexOf('rel="preload"'));
  // The page's own script runs as soon as it is in, not after the whole page is parsed.
  expect(preloads).toMatch(/<script type="module" async src="[^"]*index\.astro_astro_type_script[^"]*\.js">/);
  expect(preloads).toContain('<link rel="preload" href="/data/search/vocabulary/ro.json" as="fetch" crossorigin="anonymous">');

  // When the first row is drawn, measured in the page on the same clock as its resource timings.
  await page.addInitScript(() => {
    const w = window as unknown as { firstRow?: number };
    new MutationObserver((_, o) => {
      if (document.querySelector('.search-app__list > li')) { w.firstRow = performance.now(); o.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/?q=centru');
  await expect(page.locator('.search-app[data-state="ready"]')).toBeVisible();
  const { firstRow, resources } = await page.evaluate(() => ({
    firstRow: (window as unknown as { firstRow?: number }).firstRow ?? NaN,
    resources: performance.getEntriesByType('resource').map((r) => ({ path: new URL(r.name).pathname, start: r.startTime })),
  }));
  expect(firstRow).toBeGreaterThan(0);
  const before = resources.filter((r) => r.start < firstRow).map((r) => r.path);
  expect(before).toEqual(expect.arrayContaining(['/data/search/ro/start.json']));
  expect(before.filter((p) => /\/data\/search\/ro\/(index|judetul-cluj|national)\.json$/.test(p))).toEqual([]);
  expect(before.filter((p) => ISLAND_CODE.test(p) || /\/(fuse|react|map-engine|MapView|leaflet)[.-]/.test(p))).toEqual([]);
  // The island did load, after them.
  expect(resources.some((r) => ISLAND_CODE.test(r.path))).toBe(true);
});

test('typing before the island arrives searches at once, and the island continues from it', async ({ page }) => {
  const release = await holdIsland(page);
  await page.goto('/');
  await expect(rows(page).first()).toBeVisible();
  const all = Number((await page.locator('#search-results-title').textContent())?.replace(/\D/g, ''));
  const field = page.getByLabel('Ce căutați?');
  await field.pressSequentially('varstnic');
  await expect(page).toHaveURL(/\?q=varstnic$/);
  await expect(rows(page).first()).toContainText(/vârstnic/i);
  const found = Number((await page.locator('#search-results-title').textContent())?.replace(/\D/g, ''));
  expect(found).toBeLessThan(all);

  await release();
  await expect(page.locator('.search-app[data-state="ready"]')).toBeVisible();
  await expect(page.getByLabel('Ce căutați?')).toHaveValue('varstnic');
  await expect(page.getByLabel('Ce căutați?')).toBeFocused();
  await expect(page.locator('#search-results-title')).toHaveText(new RegExp(`^${found} `));
});

test('with a query in the address, the matching categories show before any script or data loads', async ({ page }) => {
  await page.route(/\/_astro\/.*\.js$|\/data\/search\//, (route) => route.abort());
  await page.goto('/?q=adapost');
  await expect(page.getByLabel('Ce căutați?')).toHaveValue('adapost');
  const terms = page.locator('[data-search-terms]');
  await expect(terms).toBeVisible();
  const links = terms.getByRole('link');
  expect(await links.count()).toBeGreaterThan(0);
  for (const text of await links.allTextContents()) expect(text).toMatch(/adăpost/i);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('no search field that could not answer', async ({ page }) => {
    await page.goto('/?q=adapost');
    await expect(page.locator('form[role="search"]')).toBeHidden();
    await expect(page.locator('[data-search-terms]')).toBeHidden();
    await expect(page.locator('.search-fallback')).toBeVisible();
  });
});

test('a search that touches domestic violence, typed before the island, shows the quick exit and stays out of the address', async ({ page }) => {
  const release = await holdIsland(page);
  await page.goto('/');
  await expect(rows(page).first()).toBeVisible();
  await expect(page.locator('#quick-exit-bar')).toBeHidden();
  const field = page.getByLabel('Ce căutați?');
  await field.pressSequentially('violenta');
  await expect(page.locator('#quick-exit-bar')).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
  expect(new URL(page.url()).search).toBe('');

  await release();
  await expect(page.locator('.search-app[data-state="ready"]')).toBeVisible();
  await expect(page.getByLabel('Ce căutați?')).toHaveValue('violenta');
  await expect(page.locator('#quick-exit-bar')).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
});
