import { expect as baseExpect, test, type Page } from '@playwright/test';

// The sheet and the shortlist are drawn by an island after fetching data: on a loaded CI machine
// that can take longer than the default 5 s, which would make failures here noise, not signal.
const expect = baseExpect.configure({ timeout: 20_000 });

// Several page loads per test on a machine shared with other builds.
test.describe.configure({ timeout: 120_000 });

const PROVIDER = '/providers/dasm-cluj-napoca/';
const EMERGENCY = 'dasm-cluj-napoca/centrul-de-urgenta-sociala';
const CSSM = 'dasm-cluj-napoca/centrul-de-servicii-socio-medicale';
const SHELTER = 'dasm-cluj-napoca/centrul-violenta-domestica';
const NOTE = 'Doamna P. are nevoie de însoțire, tel. 0700 000 000';

function toggleFor(page: Page, key: string) {
  return page.locator(`button[data-shortlist-key="${key}"]`);
}

async function shortlistFromProviderPage(page: Page, keys: string[]) {
  await page.goto(PROVIDER);
  for (const [i, key] of keys.entries()) {
    const button = toggleFor(page, key);
    await expect(button).toHaveText('Adaugă în selecție');
    await button.click();
    await expect(button).toHaveText('Scoate din selecție');
    await expect(page.locator('[data-shortlist-count]')).toHaveText(String(i + 1));
  }
}

async function storedEverywhere(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dump = (s: Storage) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`).join('\n');
    return [dump(localStorage), dump(sessionStorage), document.cookie, location.href, history.state === null ? '' : JSON.stringify(history.state)].join('\n');
  });
}

test('shortlist from a provider page: toggle, count, and it persists on the device', async ({ page }) => {
  await page.goto(PROVIDER);
  await expect(page.locator('[data-shortlist-count]')).toHaveText('0');
  await shortlistFromProviderPage(page, [EMERGENCY, CSSM]);
  // Removing from the same page works and the count follows.
  await toggleFor(page, CSSM).click();
  await expect(page.locator('[data-shortlist-count]')).toHaveText('1');
  await expect(page.getByRole('status')).toHaveText('Scos din selecție.');
  await page.reload();
  await expect(toggleFor(page, EMERGENCY)).toHaveText('Scoate din selecție');
  await expect(page.locator('[data-shortlist-count]')).toHaveText('1');
  // The count is in the header of every page, linking to the shortlist.
  await page.goto('/categories/');
  await expect(page.getByRole('link', { name: /Selecția mea\s*1/ })).toHaveAttribute('href', '/shortlist/');
});

test('the shortlist page lists, compares side by side, removes and clears', async ({ page }) => {
  await shortlistFromProviderPage(page, [EMERGENCY, CSSM, SHELTER]);
  await page.getByRole('link', { name: /Selecția mea/ }).click();
  await expect(page).toHaveURL(/\/shortlist\/$/);
  await expect(page.locator('.shortlist-items li')).toHaveCount(3);

  const table = page.locator('.compare table');
  const columns = table.locator('thead th');
  await expect(columns).toHaveText(['Centrul de Urgență Socială', 'Centrul de Servicii Socio-Medicale', 'Centrul pentru prevenirea și combaterea violenței domestice']);
  const rowHeads = await table.locator('tbody th').allTextContents();
  for (const row of ['Pentru cine', 'Cine poate beneficia', 'Cost', 'Ce documente să aduceți', 'Cum ajungeți la serviciu', 'Capacitate', 'Program', 'Limbi vorbite', 'Accesibilitate', 'Cât de noi sunt datele'])
    expect(rowHeads.some((h) => h.startsWith(row)), `row ${row} in ${rowHeads.join(' | ')}`).toBe(true);
  const capacity = table.locator('tbody tr', { has: page.locator('th', { hasText: 'Capacitate' }) });
  await expect(capacity.locator('td').nth(0)).toHaveText('50 locuri');
  await expect(capacity.locator('td').nth(1)).toHaveText('70 persoane pe lună');
  // A fact the directory does not hold says so.
  await expect(capacity.locator('td').nth(2)).toHaveText('necunoscut');
  // A confidential place is never given an address, in the compare table either.
  const where = table.locator('tbody tr', { has: page.locator('th', { hasText: /^Unde$/ }) });
  await expect(where.locator('td').nth(2)).toHaveText('Adresă confidențială');

  await page.getByRole('button', { name: 'Scoate: Centrul de Servicii Socio-Medicale' }).click();
  await expect(page.locator('.shortlist-items li')).toHaveCount(2);
  await expect(page.locator('[data-shortlist-count]')).toHaveText('2');
  await page.getByRole('button', { name: 'Golește selecția' }).click();
  await expect(page.getByText(/Nu ați ales încă niciun serviciu/)).toBeVisible();
  await expect(page.locator('[data-shortlist-count]')).toHaveText('0');
});

test('referral sheet: services, merged documents, print layout, a note that is never stored, a shared link', async ({ page, browser, baseURL }) => {
  await shortlistFromProviderPage(page, [EMERGENCY, SHELTER]);
  await page.goto('/shortlist/');
  await page.getByRole('link', { name: 'Fă fișa de trimitere' }).click();
  await expect(page).toHaveURL(/\/shortlist\/sheet\/\?s=dasm-cluj-napoca\.centrul-de-urgenta-sociala\.centrul-violenta-domestica$/);
  const services = page.locator('.sheet-service');
  await expect(services.locator('h2')).toHaveText(['Centrul de Urgență Socială', 'Centrul pentru prevenirea și combaterea violenței domestice']);
  await expect(services.nth(0)).toContainText('Direcția de Asistență Socială și Medicală Cluj-Napoca');
  await expect(services.nth(0).locator('a[href="tel:+40264599316"]')).toBeVisible();
  // The confidential shelter: contact route, no address, no directions.
  await expect(services.nth(1)).toContainText('Adresa nu este publică');
  await expect(services.nth(1).locator('address')).toHaveCount(0);
  await expect(services.nth(1).getByRole('link', { name: /hartă/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Ce trebuie să aduceți' })).toBeVisible();
  await expect(page.locator('.sheet-bring')).toContainText('Directorul nu listează documente');
  await expect(page.locator('.qr svg')).toBeVisible();

  await page.getByLabel('Notă pentru persoană (opțional)').fill(NOTE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sheet-note')).toBeVisible();
  await expect(page.locator('.sheet-note')).toContainText(NOTE);
  await expect(services).toHaveCount(2);
  await expect(services.nth(0)).toBeVisible();
  await expect(services.nth(1)).toBeVisible();
  await expect(page.locator('.qr svg')).toBeVisible();
  for (const hidden of ['.site-header nav', '.lang-switch', '.sheet-tools', 'textarea', '.site-footer']) await expect(page.locator(hidden).first()).toBeHidden();
  for (const button of await page.locator('button').all()) await expect(button).toBeHidden();
  const fontPx = await page.locator('.sheet-service dd').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontPx).toBeGreaterThanOrEqual(16); // 12pt
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.byteLength).toBeGreaterThan(1000);
  await page.emulateMedia({ media: 'screen' });

  // The note is nowhere but on the page.
  const stored = await storedEverywhere(page);
  expect(stored).not.toContain('Doamna P.');
  expect(stored).not.toContain(encodeURIComponent('Doamna P.'));
  expect(page.url()).not.toContain('Doamna');

  // The shared link rebuilds the same sheet in a fresh browser, without the note.
  const shared = await page.locator('.share-url a').getAttribute('href');
  expect(shared).toBe(`${baseURL}/shortlist/sheet/?s=dasm-cluj-napoca.centrul-de-urgenta-sociala.centrul-violenta-domestica`);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(shared!);
  await expect(other.locator('.sheet-service h2')).toHaveText(await services.locator('h2').allTextContents());
  await expect(other.locator('body')).not.toContainText('Doamna P.');
  await expect(other.locator('[data-shortlist-count]')).toHaveText('0');
  // The receiving caseworker can take the services into their own shortlist.
  await other.getByRole('button', { name: 'Adaugă aceste servicii în selecția mea' }).click();
  await expect(other.locator('[data-shortlist-count]')).toHaveText('2');
  await expect(other.getByRole('button', { name: 'Adaugă aceste servicii în selecția mea' })).toHaveCount(0);
  await fresh.close();
});

test('the note does not come back: not after a reload, not after going away and back', async ({ page }) => {
  await page.goto('/shortlist/sheet/?s=dasm-cluj-napoca.centrul-de-urgenta-sociala');
  const note = page.getByLabel('Notă pentru persoană (opțional)');
  await note.fill(NOTE);
  await page.reload();
  await expect(note).toHaveValue('');
  await note.fill(NOTE);
  await page.goto('/');
  await page.goBack();
  await expect(page.getByLabel('Notă pentru persoană (opțional)')).toHaveValue('');
  await expect(page.locator('body')).not.toContainText('Doamna P.');
});

test('what to bring merges the documents of the chosen services, once each, first wording kept', async ({ page }) => {
  // The bundled content lists no documents yet, so this test adds some to the real data file on its way.
  await page.route('**/data/shortlist/ro/dasm-cluj-napoca.json', async (route) => {
    const response = await route.fetch();
    const file = await response.json();
    const docs: Record<string, string[]> = {
      'centrul-de-urgenta-sociala': ['Carte de identitate', 'Adeverință de venit'],
      'centrul-de-gazduire-temporara': ['carte de identitate.', 'Adeverinţă de venit', 'Certificat medical'],
    };
    for (const service of file.services) service.documents = docs[service.id] ?? [];
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(file) });
  });
  await page.goto('/shortlist/sheet/?s=dasm-cluj-napoca.centrul-de-urgenta-sociala.centrul-de-gazduire-temporara');
  const items = page.locator('.sheet-bring li');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toHaveText('Carte de identitate — pentru: Centrul de Urgență Socială, Centrul de Găzduire Temporară');
  await expect(items.nth(1)).toHaveText('Adeverință de venit — pentru: Centrul de Urgență Socială, Centrul de Găzduire Temporară');
  await expect(items.nth(2)).toHaveText('Certificat medical — pentru: Centrul de Găzduire Temporară');
});

test('a shared link reports removed services and unreadable parts instead of dropping them', async ({ page }) => {
  await page.goto('/en/shortlist/sheet/?s=dasm-cluj-napoca.centrul-de-urgenta-sociala.serviciu-inchis_furnizor-sters.ceva_%3Cb%3E');
  await expect(page.locator('.sheet-service h2')).toHaveText(['Social Emergency Centre']);
  const unknown = page.locator('[data-unknown]');
  await expect(unknown.getByRole('heading')).toHaveText('No longer in the directory');
  await expect(unknown.locator('li')).toHaveText(['dasm-cluj-napoca/serviciu-inchis', 'furnizor-sters/ceva']);
  await expect(page.getByText(/Part of this link could not be read.*<b>/)).toBeVisible();
  // The link to share keeps the unknown services, so the next reader sees the same report.
  await expect(page.locator('.share-url a')).toHaveAttribute('href', /\?s=dasm-cluj-napoca\.centrul-de-urgenta-sociala\.serviciu-inchis_furnizor-sters\.ceva$/);
  // Language links keep the selection.
  await expect(page.locator('.lang-switch a[hreflang="ro-RO"]')).toHaveAttribute('href', '/shortlist/sheet/?s=dasm-cluj-napoca.centrul-de-urgenta-sociala.serviciu-inchis_furnizor-sters.ceva');
  // The sheet follows the page language, Hungarian included.
  await page.locator('.lang-switch a[hreflang="hu-HU"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Továbbküldési lap');
  await expect(page.locator('.sheet-service')).toHaveCount(1);
  await expect(page.locator('[data-unknown]').getByRole('heading')).toHaveText('Már nincsenek a jegyzékben');
});

test('a corrupted or unwritable storage does not break the pages', async ({ page }) => {
  await page.goto(PROVIDER);
  await page.evaluate(() => localStorage.setItem('shortlist:v1', '{"keys": [tru'));
  await page.reload();
  await expect(page.locator('[data-shortlist-count]')).toHaveText('0');
  await page.goto('/shortlist/');
  await expect(page.getByText(/nu a putut fi citită/)).toBeVisible();
  await page.goto(PROVIDER);
  await toggleFor(page, EMERGENCY).click();
  await expect(page.locator('[data-shortlist-count]')).toHaveText('1');
  expect(await page.evaluate(() => localStorage.getItem('shortlist:v1'))).toBe(JSON.stringify({ v: 1, keys: [EMERGENCY] }));

  // A full quota: the list still works for this page.
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.reload();
  await toggleFor(page, CSSM).click();
  await expect(toggleFor(page, CSSM)).toHaveText('Scoate din selecție');
  await expect(page.locator('[data-shortlist-count]')).toHaveText('2');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('no dead buttons on provider pages; the shortlist page says it needs JavaScript', async ({ page }) => {
    await page.goto(PROVIDER);
    await expect(page.locator('button[data-shortlist-key]').first()).toBeHidden();
    await expect(page.getByRole('link', { name: /Selecția mea/ })).toBeVisible();
    await page.goto('/shortlist/');
    await expect(page.getByText(/are nevoie de JavaScript/)).toBeVisible();
  });
});

test('the shortlist page and the sheet pass axe checks (WCAG 2.1 AA)', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await shortlistFromProviderPage(page, [EMERGENCY, SHELTER]);
  for (const path of ['/shortlist/', '/shortlist/sheet/?s=dasm-cluj-napoca.centrul-de-urgenta-sociala.centrul-violenta-domestica_gone.x']) {
    await page.goto(path);
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('a service shortlisted from the search results is on the shortlist page and counted in the header', async ({ page }) => {
  await page.goto('/?q=socio');
  await expect(page.locator('.search-app[data-state="ready"]')).toBeVisible();
  const row = page.locator('.search-app__list > li').first();
  const name = (await row.locator('h4').textContent())!.trim();
  const button = row.getByRole('button', { name: `Adaugă în selecție: ${name}` });
  await button.click();
  await expect(row.getByRole('button', { name: `Scoate din selecție: ${name}` })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-shortlist-count]')).toHaveText('1');
  await page.goto('/shortlist/');
  await expect(page.locator('main')).toContainText(name);
});
