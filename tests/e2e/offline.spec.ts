/** Offline use: after one visit, the catalogue and provider pages load without a network and say so. */
import { expect, test, type Page } from '@playwright/test';
import { DIRECTIA, FIXTURE_BUILD_DATE, providerPath } from './fixture';

async function waitForServiceWorker(page: Page) {
  // Ready means installed and activated, so the shell and the offline list are cached.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
}

test('visited pages reload offline and show the offline notice with the data date', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.locator('#offline-notice')).toBeHidden();
  await waitForServiceWorker(page);
  await page.goto(providerPath(DIRECTIA));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(DIRECTIA.name);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(DIRECTIA.name);
  const notice = page.locator('#offline-notice');
  await expect(notice).toBeVisible();
  // The notice says how old the data is: the same build date as the footer.
  const built = (await page.locator('.site-footer').innerText()).match(/Generat la (.+)\./)?.[1];
  // The fixture site's fixed BUILD_DATE, written the Romanian way.
  expect(built).toBe(new Intl.DateTimeFormat('ro-RO', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${FIXTURE_BUILD_DATE}T00:00:00Z`)));
  await expect(notice).toContainText(`Sunteți offline`);
  await expect(notice).toContainText(built!);

  await page.goto('/');
  await expect(page.locator('#catalogue > li').first()).toBeVisible();
  await expect(page.locator('#offline-notice')).toBeVisible();

  // A page never visited, but on the offline list (another language's provider page), also loads.
  await page.goto(providerPath(DIRECTIA, 'hu'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'hu');
  await expect(page.locator('#offline-notice')).toContainText('Nincs internetkapcsolat');

  await context.setOffline(false);
  await page.reload();
  await expect(page.locator('#offline-notice')).toBeHidden();
});

test('the service worker caches under a name that carries the build id, and only this origin', async ({ page, request }) => {
  test.setTimeout(120_000);
  const sw = await (await request.get('/sw.js')).text();
  const buildId = /"buildId":"([0-9a-f]{16})"/.exec(sw)?.[1];
  expect(buildId).toBeTruthy();
  await page.goto('/');
  await waitForServiceWorker(page);
  const names = await page.evaluate(() => caches.keys());
  expect(names).toEqual([`servicii-sociale-${buildId}`]);
  const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url), names[0]!);
  expect(cached.every((u) => u.startsWith(new URL(page.url()).origin))).toBe(true);
  expect(cached.some((u) => u.endsWith('/data/coverage.csv'))).toBe(true);
  expect(cached.some((u) => u.endsWith(providerPath(DIRECTIA, 'en')))).toBe(true);
});
