import { expect, test } from '@playwright/test';
import { DIRECTIA, FARA_SERVICII, PLACE, SERVICE, VECHE, placeOf, providerPath, service, text } from './fixture';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`directory pages with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('home lists the catalogue and links to categories and types', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveTitle(/Servicii sociale/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
      const catalogue = page.locator('#catalogue > li');
      expect(await catalogue.count()).toBeGreaterThan(0);
      for (const p of [DIRECTIA, VECHE, FARA_SERVICII]) await expect(page.locator('#catalogue')).toContainText(p.name);
      await page.getByRole('link', { name: /Persoane vârstnice/ }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Persoane vârstnice');
    });

    test('a provider page shows services, tap-to-call contacts, sources and freshness', async ({ page }) => {
      await page.goto(providerPath(DIRECTIA));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(DIRECTIA.name);
      await expect(page.locator('a[href="tel:+40700000101"]').first()).toBeVisible();
      await expect(page.locator('a[href="mailto:contact@example.org"]').first()).toBeVisible();
      const shelter = page.locator(`#service-${SERVICE.shelter.split('/')[1]}`);
      await expect(shelter).toContainText('50 locuri');
      await expect(shelter).toContainText('Gratuit');
      await expect(shelter).toContainText(text(service(SERVICE.shelter).access!.how_to_refer));
      await expect(shelter.getByRole('listitem').filter({ hasText: 'Carte de identitate' })).toBeVisible();
      await expect(page.locator(`#service-${SERVICE.dayCentre.split('/')[1]}`)).toContainText(text(service(SERVICE.dayCentre).eligibility));
      await expect(page.locator(`#service-${SERVICE.recovery.split('/')[1]}`)).toContainText('70 persoane pe lună');
      await expect(page.locator('#sources')).toBeVisible();
      await expect(page.getByText('fixture-fisa-exemplu.txt')).toBeVisible();
      await expect(page.getByText(/Verificat față de surse/)).toBeVisible();
      // Unknown hours are said, never shown as closed.
      await expect(page.locator(`#service-${SERVICE.canteen.split('/')[1]}`)).toContainText('Program necunoscut');
    });

    test('a confidential location shows a contact route and no address', async ({ page }) => {
      await page.goto(providerPath(DIRECTIA));
      const shelter = page.locator(`#location-${PLACE.confidential}`);
      await expect(shelter).toContainText('Adresă confidențială');
      await expect(shelter).toContainText(text(placeOf(DIRECTIA, PLACE.confidential).contact_route));
      await expect(shelter.locator('address')).toHaveCount(0);
      await expect(shelter.getByRole('link', { name: /hartă/ })).toHaveCount(0);
    });

    test('a provider without services says they are not documented yet', async ({ page }) => {
      await page.goto(providerPath(FARA_SERVICII));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(FARA_SERVICII.name);
      await expect(page.getByText('Serviciile acestei organizații nu sunt încă documentate aici.')).toBeVisible();
    });

    test('a category page lists matching services by provider; an empty one says so', async ({ page }) => {
      await page.goto('/categories/homeless/');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Persoane fără adăpost');
      const name = text(service(SERVICE.shelter).name);
      await expect(page.getByRole('link', { name })).toBeVisible();
      // Another provider's shelter, in another locality, is on the same page.
      await expect(page.getByRole('link', { name: VECHE.name })).toBeVisible();
      await page.getByRole('link', { name }).click();
      await expect(page).toHaveURL(`${providerPath(DIRECTIA)}#service-${SERVICE.shelter.split('/')[1]}`);
      await page.goto('/categories/migrants/');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Migranți și refugiați');
      await expect(page.locator('main a[href*="/providers/"]')).toHaveCount(0);
    });

    test('English pages sit beside Romanian ones and the switcher keeps the page', async ({ page }) => {
      await page.goto(providerPath(DIRECTIA));
      await page.getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(providerPath(DIRECTIA, 'en'));
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
