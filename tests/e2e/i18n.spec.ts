/** Hungarian beside Romanian and English: the switcher keeps the page, content falls back to Romanian with lang="ro". */
import { expect, test } from '@playwright/test';

test('the language switcher on a provider page keeps the provider, in all three languages', async ({ page }) => {
  await page.goto('/providers/dasm-cluj-napoca/');
  await page.locator('.lang-switch').getByRole('link', { name: 'Magyar' }).click();
  await expect(page).toHaveURL(/\/hu\/providers\/dasm-cluj-napoca\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hu');
  await expect(page.getByRole('heading', { name: 'Szolgáltatások', exact: true })).toBeVisible();
  await expect(page.locator('.lang-switch [aria-current="true"]')).toHaveText('Magyar');
  await page.locator('.lang-switch').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/providers\/dasm-cluj-napoca\/$/);
  await page.locator('.lang-switch').getByRole('link', { name: 'Română' }).click();
  await expect(page).toHaveURL(/\/providers\/dasm-cluj-napoca\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
});

test('Hungarian pages use Hungarian taxonomy labels', async ({ page }) => {
  await page.goto('/hu/categories/elderly/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Idős');
  await page.goto('/hu/coverage/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('lefedettség');
});

test('content without a Hungarian text shows the Romanian one marked lang="ro"', async ({ page }) => {
  await page.goto('/hu/providers/dasm-cluj-napoca/');
  // DASM's description exists in Romanian and English only.
  const description = page.locator('main > div[lang="ro"]').first();
  await expect(description).toContainText('Principalul furnizor public');
  await page.goto('/en/providers/dasm-cluj-napoca/');
  await expect(page.locator('main').getByText('The main public provider')).toBeVisible();
  expect(await page.locator('main').getByText('The main public provider').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
});
