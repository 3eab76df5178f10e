/** "Leave this site quickly" on domestic-violence pages: click or Escape twice, and a plain link without JS. */
import { expect, test } from '@playwright/test';
import { SITE } from '../../src/config';
import { ASOCIATIA, DIRECTIA, providerPath } from './fixture';

const NEUTRAL = SITE.quickExitUrl;

test.beforeEach(async ({ context }) => {
  // The neutral site is answered locally: tests never leave localhost.
  await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Vremea</title><h1>Vremea</h1>' }));
});

test('the button is on the provider and category pages of domestic-violence services, not elsewhere', async ({ page }) => {
  await page.goto(providerPath(DIRECTIA));
  await expect(page.getByRole('link', { name: 'Ieși rapid de pe site' })).toBeVisible();
  await expect(page.getByText('Cum vă ascundeți vizita')).toBeVisible();
  await page.goto('/hu/categories/domestic-violence-victims/');
  await expect(page.getByRole('link', { name: 'Gyors kilépés az oldalról' })).toBeVisible();
  await page.goto('/categories/elderly/');
  await expect(page.locator('#quick-exit')).toHaveCount(0);
  // A provider with no domestic-violence service.
  await page.goto(providerPath(ASOCIATIA));
  await expect(page.locator('#quick-exit')).toHaveCount(0);
  // The home page holds the bar for searches that need it (tests/e2e/safety.spec.ts), hidden until then.
  await page.goto('/');
  await expect(page.locator('.search-app[data-state="ready"]')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('#quick-exit')).toBeHidden();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  expect(new URL(page.url()).pathname).toBe('/');
});

test('the button stays in view while scrolling', async ({ page }) => {
  await page.goto(providerPath(DIRECTIA));
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.locator('#quick-exit')).toBeInViewport();
});

test('clicking replaces the page, so Back does not return to it', async ({ page }) => {
  await page.goto('/');
  await page.goto(providerPath(DIRECTIA));
  await expect(page.locator('#quick-exit[data-armed]')).toBeAttached();
  await page.locator('#quick-exit').click();
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  // The domestic-violence page was replaced in history: Back leads to the page before it.
  await expect(page).toHaveURL(/\/$/);
  expect(new URL(page.url()).pathname).toBe('/');
});

test('Escape pressed twice leaves; pressed once it does not', async ({ page }) => {
  await page.goto('/categories/domestic-violence-victims/');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1200);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  expect(new URL(page.url()).pathname).toBe('/categories/domestic-violence-victims/');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(NEUTRAL);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the button is a plain link to the neutral site', async ({ page }) => {
    await page.goto(providerPath(DIRECTIA));
    const link = page.locator('#quick-exit');
    await expect(link).toHaveAttribute('href', NEUTRAL);
    await link.click();
    await expect(page).toHaveURL(NEUTRAL);
  });
});
