/** Hungarian beside Romanian and English: the switcher keeps the page, content falls back to Romanian with lang="ro". */
import { expect, test } from '@playwright/test';
import { ASOCIATIA, DIRECTIA, providerPath, text } from './fixture';

test('the language switcher on a provider page keeps the provider, in all three languages', async ({ page }) => {
  await page.goto(providerPath(DIRECTIA));
  await page.locator('.lang-switch').getByRole('link', { name: 'Magyar' }).click();
  await expect(page).toHaveURL(providerPath(DIRECTIA, 'hu'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'hu');
  await expect(page.getByRole('heading', { name: 'Szolgáltatások', exact: true })).toBeVisible();
  await expect(page.locator('.lang-switch [aria-current="true"]')).toHaveText('Magyar');
  await page.locator('.lang-switch').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(providerPath(DIRECTIA, 'en'));
  await page.locator('.lang-switch').getByRole('link', { name: 'Română' }).click();
  await expect(page).toHaveURL(providerPath(DIRECTIA));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
});

test('Hungarian pages use Hungarian taxonomy labels', async ({ page }) => {
  await page.goto('/hu/categories/elderly/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Idős');
  await page.goto('/hu/coverage/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('lefedettség');
});

test('content without a Hungarian text shows the Romanian one marked lang="ro"', async ({ page }) => {
  await page.goto(providerPath(DIRECTIA, 'hu'));
  // This description exists in Romanian and English only.
  const fallback = page.locator('main').getByText(text(DIRECTIA.description, 'ro'));
  await expect(fallback).toBeVisible();
  expect(await fallback.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('ro');
  await page.goto(providerPath(DIRECTIA, 'en'));
  const english = page.locator('main').getByText(text(DIRECTIA.description, 'en'));
  await expect(english).toBeVisible();
  expect(await english.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
});

test('content with a Hungarian text shows it on the Hungarian page, in Hungarian', async ({ page }) => {
  await page.goto(providerPath(ASOCIATIA, 'hu'));
  const description = page.locator('main').getByText(text(ASOCIATIA.description, 'hu'));
  await expect(description).toBeVisible();
  expect(await description.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('hu');
  await expect(page.getByRole('heading', { name: text(ASOCIATIA.services[0]!.name, 'hu') })).toBeVisible();
});
