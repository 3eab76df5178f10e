/**
 * Safety by default on the search page: the quick exit appears when a search touches domestic
 * violence (or trafficking), such a search leaves no trace in the address or in Back, and every
 * phone number people need taps to call: 112 in the banner and footer, contact routes, and a call
 * button of its own on each result.
 */
import { expect, test, type Page } from '@playwright/test';
import { SITE } from '../../src/config';
import { DIRECTIA, PLACE, SERVICE, placeOf, providerPath, service, text } from './fixture';

const NEUTRAL = SITE.quickExitUrl;
const DV_QUERY = 'violenta';
const dvName = text(service(SERVICE.domesticViolence).name);

const ready = async (page: Page) => {
  await expect(page.locator('.search-app[data-state="ready"]')).toBeVisible({ timeout: 20_000 });
};
const box = (page: Page) => page.getByLabel('Ce căutați?');
const exitButton = (page: Page) => page.getByRole('link', { name: 'Ieși rapid de pe site' });
/** Clicks the quick exit once its script has armed it; before that it is a plain link that Back returns to. */
const leaveQuickly = async (page: Page) => {
  await expect(page.locator('#quick-exit[data-armed]')).toBeAttached();
  await exitButton(page).click();
};

test.beforeEach(async ({ context }) => {
  // The neutral site is answered locally: tests never leave localhost.
  await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Vremea</title><h1>Vremea</h1>' }));
});

test.describe('the quick exit on the search page', () => {
  test('appears when the results hold a domestic-violence service, and goes when they do not', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    // Everything listed before a search (the whole directory) does not count.
    await expect(exitButton(page)).toBeHidden();
    await box(page).fill(DV_QUERY);
    await expect(page.locator('.search-app__list > li h4')).toContainText([dvName]);
    await expect(exitButton(page)).toBeVisible();
    // It stays in view while the reader scrolls the results.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(exitButton(page)).toBeInViewport();
    await box(page).fill('varstnic');
    await expect(page.locator('.search-app__list > li').first()).toBeVisible();
    await expect(exitButton(page)).toBeHidden();
  });

  test('appears when the domestic-violence category is chosen as a filter, and the filter stays out of the address', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await page.locator('.search-app__facet').filter({ hasText: 'Pentru cine' }).getByRole('checkbox', { name: /Victime ale violenței domestice/ }).check();
    await expect(exitButton(page)).toBeVisible();
    await expect(page.locator('#search-results-title')).toHaveText(/^1 /);
    expect(new URL(page.url()).search).toBe('');
  });

  test('Escape pressed twice leaves while it shows', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await box(page).fill(DV_QUERY);
    await expect(exitButton(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(NEUTRAL);
  });
});

test.describe('no trace in the address or in Back', () => {
  test('typing adds no history entry, and such a search is never in the address', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    const before = await page.evaluate(() => history.length);
    await box(page).pressSequentially('varstnic');
    await expect(page).toHaveURL(/\?q=varstnic$/);
    await box(page).fill('');
    await box(page).pressSequentially(DV_QUERY);
    await expect(exitButton(page)).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => history.length)).toBe(before);
    // A shared link with such a search opens it, then takes it out of the address at once.
    await page.goto(`/?q=${DV_QUERY}`);
    await ready(page);
    await expect(exitButton(page)).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  });

  test('a shared link with words, filters and a sensitive result keeps all of them on screen while the address is cleaned', async ({ page }) => {
    // The domestic-violence centre serves the whole city, so it is listed for Mănăștur; its place is
    // confidential, so the search is sensitive. The first results (before React) clean the address:
    // the island must still start from the whole search, not from the emptied address.
    await page.goto('/?q=centrul&area=manastur&type=counselling');
    await ready(page);
    await expect(exitButton(page)).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await expect(box(page)).toHaveValue('centrul');
    await expect(page.locator('#search-area option:checked')).toHaveText(/^Mănăștur/);
    await expect(page.locator('.search-app__facet').filter({ hasText: 'Tip de ajutor' }).getByRole('checkbox', { name: /Consiliere și informare/ })).toBeChecked();
    await expect(page.locator('.search-app__section-title').first()).toBeVisible();
    await expect(page.locator('.search-app__list > li h4')).toContainText([dvName]);
    expect(new URL(page.url()).search).toBe('');
  });

  test('the quick exit from the search page: Back goes to the page before it', async ({ page }) => {
    await page.goto('/categories/');
    await page.goto('/');
    await ready(page);
    await box(page).fill(DV_QUERY);
    await leaveQuickly(page);
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/categories/');
  });

  test('the quick exit from a result: Back shows the search page without the search', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await box(page).fill(DV_QUERY);
    await page.locator('.search-app__list > li h4 a').filter({ hasText: dvName }).click();
    await expect(page).toHaveURL(new RegExp(`${providerPath(DIRECTIA)}#service-`));
    await leaveQuickly(page);
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await ready(page);
    await expect(box(page)).toHaveValue('');
    await expect(page.locator('body')).not.toContainText(DV_QUERY);
    await expect(exitButton(page)).toBeHidden();
  });

  test('coming Back from a result after such a search shows an empty search, not the old one', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await box(page).fill(DV_QUERY);
    await page.locator('.search-app__list > li h4 a').filter({ hasText: dvName }).click();
    await expect(page).toHaveURL(new RegExp(providerPath(DIRECTIA)));
    await page.goBack();
    await ready(page);
    await expect(box(page)).toHaveValue('');
    expect(new URL(page.url()).search).toBe('');
  });
});

test.describe('numbers people tap', () => {
  test('112 in the banner and the footer, in every language', async ({ page }) => {
    for (const path of ['/', '/en/', '/hu/']) {
      await page.goto(path);
      await expect(page.locator('.emergency a[href="tel:112"]')).toHaveText('112');
      await expect(page.locator('.site-footer a[href="tel:112"]')).toHaveText('112');
    }
  });

  test('a result has a call button of its own, outside the title link', async ({ page }) => {
    await page.goto(`/?q=${encodeURIComponent(text(service(SERVICE.shelter).name))}`);
    await ready(page);
    const row = page.locator(`.search-app__list > li[data-service-id="${SERVICE.shelter.split('/')[1]}"]`);
    const number = DIRECTIA.phones![0]!.number;
    const call = row.getByRole('link', { name: new RegExp(`^Sunați la ${number}`) });
    await expect(call).toHaveAttribute('href', 'tel:+40700000101');
    await expect(call).toHaveText(`Sunați la ${number}`);
    // The title link leads to the page and holds no number; the call button is not inside it.
    await expect(row.locator('h4 a')).not.toHaveAttribute('href', /^tel:/);
    await expect(row.locator('h4 a[href^="tel:"], h4 .search-app__call')).toHaveCount(0);
    expect(await call.evaluate((a) => a.closest('h4') === null)).toBe(true);
    // A thumb can hit it (WCAG 2.5.5: 44 × 44 CSS px).
    const size = await call.boundingBox();
    expect(size!.height).toBeGreaterThanOrEqual(44);
  });

  test('numbers inside a contact route tap to call, in every language', async ({ page }) => {
    for (const lang of ['ro', 'en', 'hu'] as const) {
      await page.goto(providerPath(DIRECTIA, lang));
      const route = page.locator(`#location-${PLACE.confidential} .contact-route`);
      await expect(route).toContainText(text(placeOf(DIRECTIA, PLACE.confidential).contact_route, lang).slice(0, 20));
      await expect(route.locator('a[href="tel:+40700000101"]')).toHaveText('0700 000 101');
      await expect(route.locator('a[href="tel:112"]')).toHaveText('112');
    }
  });
});
