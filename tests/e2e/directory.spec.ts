import { expect, test } from '@playwright/test';
import { ASOCIATIA, DIRECTIA, FARA_CONTACT, FARA_SERVICII, PLACE, SERVICE, VECHE, placeOf, providerPath, service, text } from './fixture';
import { browsableWithoutJs } from '../../scripts/bench/browsable';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`directory pages with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('home lists the catalogue and links to categories and types', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveTitle(/Servicii sociale/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
      const catalogue = page.locator('#catalogue > li');
      expect(await catalogue.count()).toBeGreaterThan(0);
      for (const p of [DIRECTIA, VECHE]) await expect(page.locator('#catalogue')).toContainText(p.name);
      // An organisation with no documented service is listed apart, with the invitation to add them.
      await expect(page.locator('#catalogue')).not.toContainText(FARA_SERVICII.name);
      const apart = page.locator('#undocumented');
      await expect(apart).toContainText(FARA_SERVICII.name);
      await expect(apart.getByRole('link', { name: 'Adăugați serviciile organizației' })).toHaveAttribute('href', '/contribute/');
      // So is one whose listed services nobody can reach: nothing on it a person could act on.
      await expect(page.locator('#catalogue')).not.toContainText(FARA_CONTACT.name);
      await expect(apart).toContainText(FARA_CONTACT.name);
      await page.getByRole('link', { name: /Persoane vârstnice/ }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Persoane vârstnice');
      // Its day centre is for the elderly: the category page names the organisation apart, not as a service.
      await expect(page.locator('.provider-list')).not.toContainText(FARA_CONTACT.name);
      await expect(page.locator('#undocumented')).toContainText(FARA_CONTACT.name);
      await expect(page.locator('#undocumented').getByRole('heading')).toHaveText(/Cunoscute ca active în acest domeniu/);
    });

    test('the home page\'s counties count what each county page lists, and add up to all providers', async ({ page }) => {
      const count = (text: string | null) => Number(/\((\d+)\)\s*$/.exec(text?.trim() ?? '')?.[1]);
      await page.goto('/');
      const total = count(await page.locator('#all').textContent());
      expect(total).toBe(await page.locator('#catalogue > li').count());
      const links = page.locator('#counties a');
      const counties = await links.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent })));
      // The fixture's providers are in Cluj county, Bihor and national; two are listed apart, not counted.
      expect(counties.length).toBeGreaterThan(1);
      expect(counties.reduce((sum, c) => sum + count(c.text), 0)).toBe(total);
      for (const c of counties) {
        await page.goto(c.href);
        await expect(page.locator('main h1 + p')).toContainText(String(count(c.text)));
        await expect(page.locator('main .provider-list > li')).toHaveCount(count(c.text));
      }
    });

    test('a town lists apart an organisation located there that nobody can reach, and does not count it', async ({ page }) => {
      await page.goto('/areas/judetul-cluj/turda/');
      await expect(page.locator('section[data-reach]').first()).toBeVisible();
      await expect(page.locator('section[data-reach]', { hasText: FARA_CONTACT.name })).toHaveCount(0);
      await expect(page.locator('#undocumented')).toContainText(FARA_CONTACT.name);
      await expect(page.locator('#undocumented').getByRole('heading')).toHaveText(/Cunoscute ca active în Turda/);
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
      // Citizens read titles and dates; file names sit in a details disclosure that opens without JavaScript.
      await expect(page.locator('#source-fisa-exemplu')).toContainText('Fișa serviciilor Direcției Exemplu (document fictiv) — 1 septembrie 2026');
      await expect(page.getByText('fișierul fixture-fisa-exemplu.txt')).toBeHidden();
      await page.locator('#source-fisa-exemplu summary').click();
      await expect(page.getByText('fișierul fixture-fisa-exemplu.txt')).toBeVisible();
      await expect(page.getByText(/^Verificat de o persoană pe 20 noiembrie 2026/)).toBeVisible();
      // Each fact says where it comes from: the phone from the page read on 20 November.
      await expect(page.locator('.facts dd').filter({ has: page.locator('a[href="tel:+40700000101"]') })).toContainText('example.org, 30 octombrie 2026, citit pe 20 noiembrie 2026');
      await expect(page.locator('.facts dd').filter({ has: page.locator('a[href="tel:+40700000101"]') })).toContainText('(Centrală)');
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
      // The numbers in the route are tap-to-call, the address tap-to-write.
      await expect(shelter.locator('.contact-route a[href="tel:+40700000101"]')).toHaveText('0700 000 101');
      await expect(shelter.locator('.contact-route a[href="tel:112"]')).toHaveText('112');
      await expect(shelter.locator('.contact-route a[href="mailto:contact@example.org"]')).toBeVisible();
    });

    test('old facts are marked one by one, and an entry nobody verified says so', async ({ page }) => {
      await page.goto(providerPath(VECHE));
      await expect(page.getByRole('note').first()).toContainText('Unele informații de pe această pagină sunt vechi');
      const phone = page.locator('.facts dd').filter({ has: page.locator('a.call') });
      await expect(phone).toContainText('din registrul serviciilor licențiate, 2016');
      await expect(phone.locator('.old-mark')).toHaveText('informație veche');
      await expect(page.getByText(/^Neverificat de o persoană; informații din surse datate 31 decembrie 2016\./)).toBeVisible();
      await expect(page.getByText('Nu este înregistrată încă nicio revizuire completă a acestei intrări.')).toBeVisible();
      // A fresh entry has no marks.
      await page.goto(providerPath(DIRECTIA));
      await expect(page.locator('.old-mark')).toHaveCount(0);
    });

    test('an entry whose complete review is overdue says so at the top', async ({ page }) => {
      await page.goto(providerPath(ASOCIATIA));
      await expect(page.getByRole('note').filter({ hasText: 'Revizuire întârziată' })).toContainText('1 iunie 2025');
    });

    test('a provider without services says they are not documented yet', async ({ page }) => {
      await page.goto(providerPath(FARA_SERVICII));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(FARA_SERVICII.name);
      await expect(page.getByText('Serviciile acestei organizații nu sunt încă documentate aici.')).toBeVisible();
      await expect(page.locator('[data-undocumented]').getByRole('link', { name: 'Adăugați datele organizației' })).toHaveAttribute('href', '/contribute/');
    });

    test('a category page lists matching services by provider; an empty one says so', async ({ page }) => {
      await page.goto('/categories/homeless/');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Persoane fără adăpost');
      const name = text(service(SERVICE.shelter).name);
      await expect(page.getByRole('link', { name })).toBeVisible();
      // Another provider's shelter, in another locality, is on the same page, with its old data marked.
      await expect(page.getByRole('link', { name: VECHE.name })).toBeVisible();
      // Both of its services here (the shelter and the closed canteen) rest on the 2016 registry.
      await expect(page.locator(`li[data-provider-id="${VECHE.id}"] li[data-stale] .old-mark`)).toHaveText(['Informații vechi', 'Informații vechi']);
      await expect(page.locator(`li[data-provider-id="${DIRECTIA.id}"] .old-mark`)).toHaveCount(0);
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

test('an organisation nobody can reach is not a search result', async ({ page }) => {
  const unreachable = FARA_CONTACT.services[0]!;
  await page.goto(`/?q=${encodeURIComponent(text(unreachable.name))}`);
  await expect(page.locator('.search-app[data-state="ready"]')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('#search-results-title')).toBeVisible();
  await expect(page.locator(`.search-app__list > li[data-service-id="${unreachable.id}"]`)).toHaveCount(0);
  await expect(page.locator('.search-app__list > li', { hasText: FARA_CONTACT.name })).toHaveCount(0);
  // Its own page stays, with what is known.
  await page.goto(providerPath(FARA_CONTACT));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(FARA_CONTACT.name);
});

// The benchmark's own walk (npm run bench), here on a site with organisations listed apart and more
// than one county: a small directory's home lists everyone and names the counties too.
test('the benchmark\'s walk without JavaScript finds every provider and short lists', async ({ browser, baseURL }) => {
  const walk = await browsableWithoutJs(browser, baseURL!.replace(/\/$/, ''));
  expect(walk.detail).not.toContain('FAILED');
  expect(walk.detail).toContain('home: 3 counties, 7 of 7 providers');
  expect(walk.ok).toBe(true);
});
