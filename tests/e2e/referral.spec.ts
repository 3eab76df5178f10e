import { expect as baseExpect, test, type Page } from '@playwright/test';
import { DIRECTIA, PLACE, SERVICE, VECHE, placeOf, providerPath, service, text } from './fixture';

// The sheet and the shortlist are drawn by an island after fetching data: on a loaded CI machine
// that can take longer than the default 5 s, which would make failures here noise, not signal.
const expect = baseExpect.configure({ timeout: 20_000 });

// Several page loads per test on a machine shared with other builds.
test.describe.configure({ timeout: 120_000 });

const PROVIDER = providerPath(DIRECTIA);
/** 50 places, documents to bring. */
const EMERGENCY = SERVICE.shelter;
/** 70 people a month. */
const RECOVERY = SERVICE.recovery;
/** At a confidential place; no capacity, no documents. */
const SHELTER = SERVICE.domesticViolence;
const NOTE = 'Doamna P. are nevoie de însoțire, tel. 0700 000 000';
const name = (key: string, lang: 'ro' | 'en' | 'hu' = 'ro') => text(service(key).name, lang);
/** The `?s=` value for services of DIRECTIA, as the shortlist writes it. */
const selection = (...keys: string[]) => `${DIRECTIA.id}.${keys.map((k) => k.split('/')[1]).join('.')}`;

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
  await shortlistFromProviderPage(page, [EMERGENCY, RECOVERY]);
  // Removing from the same page works and the count follows.
  await toggleFor(page, RECOVERY).click();
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
  await shortlistFromProviderPage(page, [EMERGENCY, RECOVERY, SHELTER]);
  await page.getByRole('link', { name: /Selecția mea/ }).click();
  await expect(page).toHaveURL(/\/shortlist\/$/);
  await expect(page.locator('.shortlist-items li')).toHaveCount(3);

  const table = page.locator('.compare table');
  const columns = table.locator('thead th');
  await expect(columns).toHaveText([name(EMERGENCY), name(RECOVERY), name(SHELTER)]);
  const rowHeads = await table.locator('tbody th').allTextContents();
  for (const row of ['Unde', 'Telefon', 'Program', 'Pentru cine', 'Cine poate beneficia', 'Cost', 'Ce documente să aduceți', 'Cum ajungeți la serviciu', 'Capacitate', 'Accesibilitate', 'Cât de noi sunt datele'])
    expect(rowHeads.some((h) => h.startsWith(row)), `row ${row} in ${rowHeads.join(' | ')}`).toBe(true);
  // Where, phone and hours come first: what a caseworker asks before anything else.
  expect(rowHeads.slice(1, 4)).toEqual(['Unde', 'Telefon', 'Program']);
  // A fact none of the three has (the languages spoken) is said once under the table, not as a row of "unknown".
  expect(rowHeads.some((h) => h.startsWith('Limbi vorbite'))).toBe(false);
  await expect(page.locator('[data-unknown-rows]')).toContainText('limbi vorbite');
  const capacity = table.locator('tbody tr', { has: page.locator('th', { hasText: 'Capacitate' }) });
  await expect(capacity.locator('td').nth(0)).toHaveText('50 locuri');
  await expect(capacity.locator('td').nth(1)).toHaveText('70 persoane pe lună');
  // A fact the directory does not hold says so.
  await expect(capacity.locator('td').nth(2)).toHaveText('necunoscut');
  // A confidential place is never given an address, in the compare table either.
  const where = table.locator('tbody tr', { has: page.locator('th', { hasText: /^Unde$/ }) });
  await expect(where.locator('td').nth(2)).toContainText('Adresă confidențială');
  await expect(where.locator('td').nth(2).locator('a[href^="tel:"]').first()).toBeVisible();
  // The shelter's own place, read from the fixture (it is the approximate one, with a street address).
  const street = placeOf(DIRECTIA, service(EMERGENCY).locations?.[0] ?? '').address?.street;
  expect(street, 'the shelter has a street address in the fixture').toBeTruthy();
  await expect(where.locator('td').nth(0)).toContainText(street!);
  // The phone row: every number taps to call.
  const phone = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Telefon', exact: true }) });
  await expect(phone.locator('td').nth(0).locator('a[href^="tel:"]').first()).toBeVisible();

  await page.getByRole('button', { name: `Scoate: ${name(RECOVERY)}` }).click();
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
  await expect(page).toHaveURL(`/shortlist/sheet/?s=${selection(EMERGENCY, SHELTER)}`);
  const services = page.locator('.sheet-service');
  await expect(services.locator('h2')).toHaveText([name(EMERGENCY), name(SHELTER)]);
  await expect(services.nth(0)).toContainText(DIRECTIA.name);
  await expect(services.nth(0).locator('a[href="tel:+40700000101"]')).toBeVisible();
  // The confidential shelter: contact route, no address, no directions.
  await expect(services.nth(1)).toContainText(text(placeOf(DIRECTIA, PLACE.confidential).contact_route));
  await expect(services.nth(1).locator('.place a.call[href="tel:+40700000101"]')).toHaveText('0700 000 101');
  await expect(services.nth(1).locator('address')).toHaveCount(0);
  await expect(services.nth(1).getByRole('link', { name: /hartă/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Ce trebuie să aduceți' })).toBeVisible();
  // Only the night shelter lists documents; each says which service wants it.
  await expect(page.locator('.sheet-bring li')).toHaveText(service(EMERGENCY).documents!.map((d) => `${text(d)} — pentru: ${name(EMERGENCY)}`));
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
  expect(shared).toBe(`${baseURL}/shortlist/sheet/?s=${selection(EMERGENCY, SHELTER)}`);
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
  await page.goto(`/shortlist/sheet/?s=${selection(EMERGENCY)}`);
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
  // The fixture words the same documents differently in the two services ('Carte de identitate' /
  // 'carte de identitate.', 'Adeverință' with ț / 'Adeverinţă' with ţ), the way editors do.
  await page.goto(`/shortlist/sheet/?s=${selection(EMERGENCY, SERVICE.dayCentre)}`);
  const items = page.locator('.sheet-bring li');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toHaveText(`Carte de identitate — pentru: ${name(EMERGENCY)}, ${name(SERVICE.dayCentre)}`);
  await expect(items.nth(1)).toHaveText(`Adeverință de venit — pentru: ${name(EMERGENCY)}, ${name(SERVICE.dayCentre)}`);
  await expect(items.nth(2)).toHaveText(`Certificat medical — pentru: ${name(SERVICE.dayCentre)}`);
});

test('services that list no documents say so on the sheet', async ({ page }) => {
  await page.goto(`/shortlist/sheet/?s=${selection(SHELTER, SERVICE.canteen)}`);
  await expect(page.locator('.sheet-service')).toHaveCount(2);
  await expect(page.locator('.sheet-bring')).toContainText('Directorul nu listează documente');
});

test('a shared link counts removed services and unreadable parts, and shares only what the directory holds', async ({ page }) => {
  const kept = selection(EMERGENCY);
  await page.goto(`/en/shortlist/sheet/?s=${kept}.serviciu-inchis_furnizor-sters.ceva_%3Cb%3E`);
  await expect(page.locator('.sheet-service h2')).toHaveText([name(EMERGENCY, 'en')]);
  const unknown = page.locator('[data-unknown]');
  await expect(unknown.getByRole('heading')).toHaveText('No longer in the directory');
  await expect(unknown).toContainText('2 services in this link are not in the directory');
  await expect(page.locator('[data-unreadable]')).toHaveText('1 part of this link was not recognised and was left out.');
  for (const echoed of ['serviciu-inchis', 'furnizor-sters', '<b>']) await expect(page.locator('main')).not.toContainText(echoed);
  // The link to share names only the service the directory holds.
  await expect(page.locator('.share-url a')).toHaveAttribute('href', new RegExp(`\\?s=${kept.replace(/\./g, '\\.')}$`));
  // Language links keep the selection.
  await expect(page.locator('.lang-switch a[hreflang="ro-RO"]')).toHaveAttribute('href', `/shortlist/sheet/?s=${kept}`);
  // The sheet follows the page language, Hungarian included.
  await page.locator('.lang-switch a[hreflang="hu-HU"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Továbbküldési lap');
  await expect(page.locator('.sheet-service')).toHaveCount(1);
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
  await toggleFor(page, RECOVERY).click();
  await expect(toggleFor(page, RECOVERY)).toHaveText('Scoate din selecție');
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
  for (const path of ['/shortlist/', `/shortlist/sheet/?s=${selection(EMERGENCY, SHELTER)}_gone.x`]) {
    await page.goto(path);
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('a service shortlisted from the search results is on the shortlist page and counted in the header', async ({ page }) => {
  await page.goto('/?q=centru');
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

test('the compare table and the sheet mark old facts and say who verified what', async ({ page }) => {
  await shortlistFromProviderPage(page, [EMERGENCY]);
  await page.goto(providerPath(VECHE));
  await toggleFor(page, `${VECHE.id}/adapost-turda`).click();
  await page.goto('/shortlist/');
  const freshness = page.locator('.compare tr').filter({ has: page.getByRole('rowheader', { name: 'Cât de noi sunt datele' }) });
  await expect(freshness.locator('td').nth(0)).toContainText('Verificat de o persoană pe 20 noiembrie 2026.');
  await expect(freshness.locator('td').nth(0).locator('.stale-flag')).toHaveCount(0);
  await expect(freshness.locator('td').nth(1)).toContainText('Neverificat de o persoană. Surse datate 31 decembrie 2016.');
  await expect(freshness.locator('td').nth(1).locator('.stale-flag')).toContainText('Informații vechi: descrierea, adresa, telefonul, programul, capacitatea.');
  await page.getByRole('link', { name: 'Fă fișa de trimitere' }).click();
  await expect(page.locator('.sheet-service').nth(1).locator('p.stale')).toContainText('Date vechi: sunați înainte.');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  const TURDA = `${VECHE.id}/adapost-turda`;

  test('the sheet keeps the order the services were chosen in, and fits the screen', async ({ page }) => {
    // Chosen across two providers, the first provider's services apart: the sheet must not regroup them.
    await shortlistFromProviderPage(page, [RECOVERY]);
    await page.goto(providerPath(VECHE));
    // Each choice is confirmed on its button before the next page, as a person would see it.
    await toggleFor(page, TURDA).click();
    await expect(toggleFor(page, TURDA)).toHaveText('Scoate din selecție');
    await page.goto(PROVIDER);
    await toggleFor(page, SHELTER).click();
    await expect(toggleFor(page, SHELTER)).toHaveText('Scoate din selecție');
    await page.goto('/shortlist/');
    await expect(page.locator('.shortlist-items li')).toHaveText([RECOVERY, TURDA, SHELTER].map((k) => new RegExp(`^${name(k)}`)));
    await page.getByRole('link', { name: 'Fă fișa de trimitere' }).click();
    await expect(page.locator('.sheet-service h2')).toHaveText([RECOVERY, TURDA, SHELTER].map((k) => name(k)));
    for (const lang of ['ro', 'hu'] as const) {
      if (lang === 'hu') await page.getByRole('link', { name: 'Magyar' }).first().click();
      await expect(page.locator('.referral-sheet[data-ready]')).toBeVisible();
      await expect(page.locator('.sheet-service')).toHaveCount(3);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `sheet in ${lang}`).toBeLessThanOrEqual(360);
      // Every address line and contact route is whole on screen, none clipped at the right edge.
      for (const box of await page.locator('.sheet-service dd').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(360);
    }
  });

  test('the compare table scrolls inside its own box, not the page', async ({ page }) => {
    await shortlistFromProviderPage(page, [EMERGENCY, RECOVERY, SHELTER]);
    await page.goto('/shortlist/');
    await expect(page.locator('.compare table')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
