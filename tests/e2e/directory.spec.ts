import { expect, test } from '@playwright/test';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`directory pages with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('home lists the catalogue and links to categories and types', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveTitle(/Servicii sociale/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
      const catalogue = page.locator('#catalogue > li');
      expect(await catalogue.count()).toBeGreaterThan(0);
      await expect(page.locator('#catalogue')).toContainText('Direcția de Asistență Socială și Medicală Cluj-Napoca');
      await page.getByRole('link', { name: /Persoane vârstnice/ }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Persoane vârstnice');
    });

    test('a provider page shows services, tap-to-call contacts, sources and freshness', async ({ page }) => {
      await page.goto('/providers/dasm-cluj-napoca/');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Direcția de Asistență Socială și Medicală');
      await expect(page.locator('a[href="tel:+40264599316"]').first()).toBeVisible();
      await expect(page.locator('a[href="mailto:contact@dasmclujnapoca.ro"]')).toBeVisible();
      await expect(page.locator('#service-centrul-de-urgenta-sociala')).toContainText('50 locuri');
      await expect(page.locator('#sources')).toBeVisible();
      await expect(page.getByText('001_08c8127361e9da2c.txt')).toBeVisible();
      await expect(page.getByText(/Verificat față de surse/)).toBeVisible();
      // Unknown hours are said, never shown as closed.
      await expect(page.locator('#service-cantina-sociala')).toContainText('Program necunoscut');
    });

    test('a confidential location shows a contact route and no address', async ({ page }) => {
      await page.goto('/providers/dasm-cluj-napoca/');
      const shelter = page.locator('#location-centrul-violenta-domestica');
      await expect(shelter).toContainText('Adresă confidențială');
      await expect(shelter.locator('address')).toHaveCount(0);
      await expect(shelter.getByRole('link', { name: /hartă/ })).toHaveCount(0);
    });

    test('a category page lists matching services by provider', async ({ page }) => {
      await page.goto('/categories/homeless/');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Persoane fără adăpost');
      await expect(page.getByRole('link', { name: 'Centrul de Urgență Socială' })).toBeVisible();
      await page.getByRole('link', { name: 'Centrul de Urgență Socială' }).click();
      await expect(page).toHaveURL(/providers\/dasm-cluj-napoca\/#service-centrul-de-urgenta-sociala/);
    });

    test('English pages sit beside Romanian ones and the switcher keeps the page', async ({ page }) => {
      await page.goto('/providers/dasm-cluj-napoca/');
      await page.getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(/\/en\/providers\/dasm-cluj-napoca\/$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { name: 'Services', exact: true })).toBeVisible();
    });

    test('unknown pages get the 404 page', async ({ page }) => {
      const response = await page.goto('/no-such-page/');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Pagina nu a fost găsită');
    });
  });
}
