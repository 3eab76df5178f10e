import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../src/build/content-files';
import { SITE } from '../../src/config';
import { DIRECTIA, FIXTURE_CONTENT, PLACE, placeOf, providerPath, text } from './fixture';

/** English words a Romanian or Hungarian volunteer must not meet on the builder (as whole words). */
const ENGLISH = /\b(the|and|must|missing|empty|field|fields|should|write|please|valid|invalid|opening|hours|source|sources|file|yaml|schema|taxonomy|service|services|required|error|is not)\b/i;

async function builder(page: Page, path: string) {
  await page.goto(path);
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  return page.locator('.entry-builder');
}

/** The builder's visible text, without the file's name (a file name, not a sentence). */
async function visibleText(page: Page, fileName = '') {
  return (await page.locator('main').innerText()).split(fileName).join(' ');
}

/** The real validator, on a content folder holding only this file and the taxonomies the site was built with. */
function validateFolder(name: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'contribute-'));
  cpSync(join(FIXTURE_CONTENT, 'taxonomy'), join(dir, 'taxonomy'), { recursive: true });
  mkdirSync(join(dir, 'providers'));
  writeFileSync(join(dir, 'providers', name), text);
  // The builder dates the check with the visitor's local day: validate as of tomorrow (UTC), so a test near midnight cannot see it as future.
  return loadContent(dir, new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
}

test.describe('entry builder', () => {
  test('a Romanian volunteer makes an entry with two services and a confidential place, in Romanian only', async ({ page }) => {
    // Many steps, each re-validating the whole entry; slow shared CI machines need the room.
    test.setTimeout(180_000);
    const form = await builder(page, '/contribute/');
    await expect(page.getByText('Formularul are nevoie de JavaScript')).toHaveCount(0);

    // Errors first, in Romanian, named by the field's label.
    await form.getByRole('button', { name: 'Creați fișierul' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Serviciul 1 › Tipul de ajutor: nu ați ales niciun tip de ajutor; alegeți cel puțin unul');
    await expect(summary).toContainText('Numele oficial: lipsește');
    expect(await visibleText(page)).not.toMatch(ENGLISH);

    await form.getByLabel('Numele oficial').fill('Asociația Test Voluntari');
    await expect(form.getByLabel('Identificator (numele fișierului)')).toHaveValue('asociatia-test-voluntari');
    await form.getByLabel('Numere de telefon').fill('0700 000 901');
    await form.getByLabel('Titlul sursei').fill('Pagina de contact a asociației');
    await form.getByLabel('Adresa paginii', { exact: true }).fill('https://example.org/voluntari');

    // Place 1: a public office, with a neighbourhood and a point typed with a decimal comma.
    const place1 = form.getByRole('group', { name: 'Locul 1' });
    await place1.getByLabel('Numele locului').fill('Sediul');
    await place1.getByLabel('Strada și numărul').fill('Strada Exemplu nr. 9');
    await place1.getByLabel('Cartierul sau zona').selectOption('centru');
    await place1.getByLabel('Latitudine').fill('46,7712');
    await place1.getByLabel('Longitudine').fill('23,5921');
    await expect(place1.locator('.field-error')).toContainText('lipsește: spuneți cât de precis este punctul de pe hartă');
    await place1.getByLabel('Cât de precis este punctul').selectOption('exact');

    // Place 2: a shelter. Ticking the box removes the street and asks for a contact route.
    await form.getByRole('button', { name: 'Adăugați un loc' }).click();
    const place2 = form.getByRole('group', { name: 'Locul 2' });
    await place2.getByLabel('Numele locului').fill('Adăpostul');
    await place2.getByLabel('Adresa nu trebuie publicată').check();
    await expect(place2.getByLabel('Strada și numărul')).toHaveCount(0);
    await expect(place2.getByLabel('Latitudine')).toHaveCount(0);

    // Service 1: hours typed the Romanian way, shown as they will be written.
    const service1 = form.getByRole('group', { name: 'Serviciul 1' });
    await service1.getByLabel('Numele serviciului').fill('Consiliere pentru familii');
    await service1.getByRole('group', { name: 'Tipul de ajutor' }).getByLabel('Consiliere și informare').check();
    await service1.getByRole('group', { name: 'Pentru cine este' }).getByLabel('Copii și familii').check();
    await service1.getByRole('textbox', { name: /^Program/ }).fill('Luni-Vineri 12-14');
    await expect(service1.getByText('În fișier se va scrie, cu zilele prescurtate în engleză, cum cere formatul: Mo-Fr 12:00-14:00')).toBeVisible();

    // Service 2, at the shelter only.
    await form.getByRole('button', { name: 'Adăugați un serviciu' }).click();
    const service2 = form.getByRole('group', { name: 'Serviciul 2' });
    await service2.getByLabel('Numele serviciului').fill('Adăpost pentru victime');
    await service2.getByRole('group', { name: 'Tipul de ajutor' }).getByLabel('Adăpost', { exact: true }).check();
    await service2.getByRole('group', { name: 'Pentru cine este' }).getByLabel('Victime ale violenței domestice').check();
    await service2.getByRole('group', { name: 'Unde se oferă' }).getByLabel('Locul 2: Adăpostul').check();
    await service2.getByRole('textbox', { name: /^Program/ }).fill('non-stop');
    await expect(service2.getByText('În fișier se va scrie, cu zilele prescurtate în engleză, cum cere formatul: 24/7')).toBeVisible();

    await form.getByRole('button', { name: 'Creați fișierul' }).click();
    await expect(summary).toContainText('Locul 2 › Cum iau oamenii legătura fără adresă: lipsește');
    await place2.getByLabel('Cum iau oamenii legătura fără adresă').fill('Sunați la 0700 000 901; vă preluăm de la un punct sigur.');
    await form.getByRole('button', { name: 'Creați fișierul' }).click();
    await expect(page.getByRole('heading', { name: 'Fișierul este gata' })).toBeFocused();
    const fileName = 'content/providers/asociatia-test-voluntari.yaml';
    await expect(page.getByText(`Salvați-l ca ${fileName}`)).toBeVisible();
    expect(await visibleText(page, fileName)).not.toMatch(ENGLISH);
    // The file itself waits behind "show the text"; a volunteer need never read it.
    await expect(page.locator('#entry-yaml')).toBeHidden();

    const yaml = await page.locator('#entry-yaml').inputValue();
    const github = new URL(await page.getByRole('link', { name: 'Deschideți pe GitHub ca fișier nou' }).getAttribute('href') ?? '');
    expect(`${github.origin}${github.pathname}`).toBe(`${SITE.repositoryUrl}/new/${SITE.repositoryBranch}`);
    expect(github.searchParams.get('filename')).toBe(fileName);
    expect(github.searchParams.get('value')).toBe(yaml);

    const content = validateFolder('asociatia-test-voluntari.yaml', yaml);
    expect(content.problems).toEqual([]);
    const entry = content.providers[0]!.data;
    expect(entry.services.map((s) => s.hours?.opening_hours)).toEqual(['Mo-Fr 12:00-14:00', '24/7']);
    expect(entry.locations?.[0]).toMatchObject({ area: 'centru', latitude: 46.7712, longitude: 23.5921, precision: 'exact' });
    expect(entry.locations?.[1]).toMatchObject({ confidential: true, contact_route: 'Sunați la 0700 000 901; vă preluăm de la un punct sigur.' });
    expect(entry.locations?.[1]?.address).toBeUndefined();
    expect(entry.services[1]!.locations).toEqual([entry.locations![1]!.id]);
  });

  test('a Hungarian volunteer makes an entry with paragraphs, in Hungarian only', async ({ page }) => {
    test.setTimeout(180_000);
    const form = await builder(page, '/hu/contribute/');
    await form.getByLabel('Hivatalos név').fill('Próba Egyesület');
    await form.getByLabel('Több bekezdés').check();
    await form.getByLabel('Mit csinál a szervezet').fill('Első bekezdés.\n\nMásodik bekezdés.');
    await form.getByLabel('A szervezet saját nyilatkozata').check();
    await form.getByLabel('A forrás címe').fill('Telefonos egyeztetés');
    await form.getByLabel('E-mail-címek').fill('proba@');
    await expect(form.locator('.field-error')).toContainText("'proba@': nem érvényes e-mail-cím");
    await form.getByLabel('E-mail-címek').fill('proba@example.org');

    const place = form.getByRole('group', { name: '1. helyszín' });
    await place.getByLabel('Utca és házszám').fill('Strada Exemplu nr. 2');
    const service = form.getByRole('group', { name: '1. szolgáltatás' });
    await service.getByLabel('A szolgáltatás neve').fill('Tanácsadás');
    await service.getByRole('group', { name: 'A segítség típusa' }).getByLabel('Tanácsadás és tájékoztatás').check();
    await service.getByRole('group', { name: 'Kinek szól' }).getByLabel('Idős személyek').check();
    await service.getByLabel('Nyitvatartás').fill('H-P 8:00-16:00, Szo 9-12; ünnepnapokon zárva');
    await expect(service.getByText('A fájlba a formátum szerint, angol napnév-rövidítésekkel kerül be: Mo-Fr 08:00-16:00; Sa 09:00-12:00; PH off')).toBeVisible();

    await form.getByRole('button', { name: 'A fájl elkészítése' }).click();
    await expect(page.getByRole('heading', { name: 'A fájl elkészült' })).toBeFocused();
    const fileName = 'content/providers/proba-egyesulet.md';
    expect(await visibleText(page, fileName)).not.toMatch(ENGLISH);
    const text = await page.locator('#entry-yaml').inputValue();
    expect(text).toMatch(/\n---\n\nElső bekezdés\.\n\nMásodik bekezdés\.\n$/);
    const content = validateFolder('proba-egyesulet.md', text);
    expect(content.problems).toEqual([]);
    expect(content.providers[0]!.data.description).toBe('Első bekezdés.\n\nMásodik bekezdés.');
  });

  test('corrects an existing entry loaded from its page address, keeping what was not changed', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const form = await builder(page, '/contribute/');
    await form.getByLabel('Adresa paginii organizației').fill(`${baseURL}${providerPath(DIRECTIA, 'en')}#service-cantina-sociala`);
    await form.getByRole('button', { name: 'Încărcați intrarea' }).click();
    await expect(form.getByRole('status').first()).toContainText(`Intrarea „${DIRECTIA.name}” este încărcată`);
    await expect(form.getByLabel('Numele oficial')).toHaveValue(DIRECTIA.name);
    // The shelter comes in as confidential, with its contact route and no street.
    const shelter = form.locator('.builder-group').filter({ has: page.locator('input[name$=".confidential"]:checked') });
    await expect(shelter).toHaveCount(1);
    await expect(shelter.getByLabel('Strada și numărul')).toHaveCount(0);
    // Hours in the volunteer's words.
    await expect(form.getByRole('group', { name: 'Serviciul 1' }).getByRole('textbox', { name: /^Program/ })).toHaveValue('Luni-vineri 08:00-16:00; Sărbători legale închis');

    await form.getByLabel('Numere de telefon').fill('0700 000 101\n0700 000 102');
    await form.getByLabel('Declarația organizației').check();
    await form.getByLabel('Titlul sursei').fill('Convorbire telefonică cu directorul');
    await form.getByRole('button', { name: 'Creați fișierul' }).click();
    await expect(page.getByRole('heading', { name: 'Fișierul este gata' })).toBeFocused();
    const file = `content/providers/${DIRECTIA.id}.yaml`;
    await expect(page.getByText(`Înlocuiți textul fișierului ${file}`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Deschideți fișierul pe GitHub' })).toHaveAttribute('href', `${SITE.repositoryUrl}/edit/${SITE.repositoryBranch}/${file}`);
    const yaml = await page.locator('#entry-yaml').inputValue();
    const content = validateFolder(`${DIRECTIA.id}.yaml`, yaml);
    expect(content.problems).toEqual([]);
    const after = content.providers[0]!.data;
    expect(after.phones?.map((p) => p.number)).toEqual(['0700 000 101', '0700 000 102']);
    expect(after.services).toEqual(DIRECTIA.services);
    expect(after.legal_id).toBe(DIRECTIA.legal_id);
    expect(yaml).not.toContain('address: { street');
    for (const l of DIRECTIA.locations ?? []) if (!l.confidential) expect(after.locations).toContainEqual(l);

    // A Markdown provider is corrected as Markdown, and its page links to the .md file.
    await form.getByLabel('Adresa paginii organizației').fill(`/providers/asociatia-paragrafe-fixture/`);
    await form.getByRole('button', { name: 'Încărcați intrarea' }).click();
    await expect(form.getByRole('group', { name: 'Serviciul 1' }).getByRole('textbox', { name: /^Program/ })).toHaveValue('Marți,joi 17:00-19:00');
    await form.getByLabel('Titlul sursei').fill('Pagina asociației');
    await form.getByLabel('Adresa paginii', { exact: true }).fill('https://example.org/paragrafe');
    await form.getByRole('button', { name: 'Creați fișierul' }).click();
    await expect(page.getByRole('link', { name: 'Deschideți fișierul pe GitHub' })).toHaveAttribute('href', `${SITE.repositoryUrl}/edit/${SITE.repositoryBranch}/content/providers/asociatia-paragrafe-fixture.md`);
    expect(validateFolder('asociatia-paragrafe-fixture.md', await page.locator('#entry-yaml').inputValue()).problems).toEqual([]);
    await page.goto('/providers/asociatia-paragrafe-fixture/');
    await expect(page.getByRole('link', { name: 'Propuneți o corectură' })).toHaveAttribute('href', `${SITE.repositoryUrl}/edit/${SITE.repositoryBranch}/content/providers/asociatia-paragrafe-fixture.md`);
  });

  test('a Hungarian volunteer corrects an entry in Hungarian only, and is told what to do without GitHub', async ({ page }) => {
    test.setTimeout(120_000);
    const form = await builder(page, '/hu/contribute/');
    await form.getByLabel('A szervezet oldalának címe').fill(providerPath(DIRECTIA, 'hu'));
    await form.getByRole('button', { name: 'Bejegyzés betöltése' }).click();
    await expect(form.getByRole('status').first()).toContainText(`A(z) „${DIRECTIA.name}” bejegyzés betöltve`);
    // The hours come back in Hungarian words, not in the file's syntax.
    await expect(form.getByRole('group', { name: '1. szolgáltatás' }).getByRole('textbox', { name: /^Nyitvatartás/ })).toHaveValue(/^Hétfő-péntek 08:00-16:00/);
    await form.getByLabel('Telefonszámok').fill('0700 000 101');
    await form.getByLabel('A szervezet saját nyilatkozata').check();
    await form.getByLabel('A forrás címe').fill('Telefonos egyeztetés az igazgatóval');
    await form.getByRole('button', { name: 'A fájl elkészítése' }).click();
    await expect(page.getByRole('heading', { name: 'A fájl elkészült' })).toBeFocused();
    const file = `content/providers/${DIRECTIA.id}.yaml`;
    expect(await visibleText(page, file)).not.toMatch(ENGLISH);
    expect(validateFolder(`${DIRECTIA.id}.yaml`, await page.locator('#entry-yaml').inputValue()).problems).toEqual([]);
    // The fixture site sets no maintainers' address (SITE.contactEmail): no e-mail link, the other ways instead.
    const result = page.locator('section.result');
    await expect(result.locator('a[href^="mailto:"]')).toHaveCount(0);
    await expect(result.getByText('Nincs GitHub-fiókja? Töltse le a fájlt')).toBeVisible();
    await expect(result.getByRole('link', { name: 'A karbantartók elérésének más módjai' }))
      .toHaveAttribute('href', `${SITE.repositoryUrl}/blob/${SITE.repositoryBranch}/CONTRIBUTING.md#without-a-github-account`);
  });

  test('says so when the address is not a provider page', async ({ page }) => {
    const form = await builder(page, '/hu/contribute/');
    await form.getByLabel('A szervezet oldalának címe').fill('https://example.org/valami');
    await form.getByRole('button', { name: 'Bejegyzés betöltése' }).click();
    await expect(form.getByText('Ez nem egy szervezet oldalának címe ezen a webhelyen')).toBeVisible();
    await form.getByLabel('A szervezet oldalának címe').fill('/hu/providers/nincs-ilyen/');
    await form.getByRole('button', { name: 'Bejegyzés betöltése' }).click();
    await expect(form.getByText('Ezen a címen nem található bejegyzés.')).toBeVisible();
  });

  test('the map point: typed, or chosen on a map with the keyboard, without tiles', async ({ page }) => {
    test.setTimeout(90_000);
    // No tile server: the map must still work, and say the background is missing.
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    const form = await builder(page, '/en/contribute/');
    const place = form.getByRole('group', { name: 'Place 1' });
    await place.getByLabel('Latitude').fill('46.7712');
    await place.getByLabel('Longitude').fill('23.5921');
    await place.getByRole('button', { name: 'Choose the point on a map' }).click();
    await expect(place.getByRole('region', { name: 'Map for the point of place 1' })).toBeVisible();
    await expect(place.getByText('The map could not be loaded; type the point in the fields above.')).toBeVisible();
    const marker = place.getByRole('button', { name: 'Point of place 1: move it with the arrow keys' });
    await marker.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    const lng = Number(await place.getByLabel('Longitude').inputValue());
    const lat = Number(await place.getByLabel('Latitude').inputValue());
    expect(lng).toBeGreaterThan(23.5921);
    expect(lat).toBeGreaterThan(46.7712);
    await expect(marker).toBeFocused();
    // Typing moves the marker back.
    await place.getByLabel('Longitude').fill('23.59');
    expect((await new AxeBuilder({ page }).include('.entry-builder').analyze()).violations).toEqual([]);
  });

  test('without JavaScript the page explains the other ways in', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/contribute/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adăugați sau corectați o intrare');
    await expect(page.getByText('Formularul are nevoie de JavaScript')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Creați fișierul' })).toBeDisabled();
    await expect(page.getByRole('link', { name: 'Ghidul pentru contribuitori' })).toHaveAttribute('href', `${SITE.repositoryUrl}/blob/${SITE.repositoryBranch}/CONTRIBUTING.md`);
    await context.close();
  });

  test('the schema (zod) is loaded only by the builder page', async ({ page, request }) => {
    const scripts = new Set<string>();
    page.on('response', (r) => { if (r.request().resourceType() === 'script') scripts.add(r.url()); });
    for (const path of ['/', '/en/data/', providerPath(DIRECTIA), '/categories/elderly/']) await page.goto(path);
    for (const url of scripts) expect(await (await request.get(url)).text(), url).not.toContain('_zod');
    scripts.clear();
    await page.goto('/contribute/');
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    const bodies = await Promise.all([...scripts].map(async (u) => (await request.get(u)).text()));
    expect(bodies.some((b) => b.includes('_zod'))).toBe(true);
  });
});

test.describe('open data and metadata', () => {
  test('every download on the data page works and parses', async ({ page, request }) => {
    await page.goto('/en/data/');
    await expect(page.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', SITE.dataLicence.url);
    const rows = page.locator('table.data-files tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(10);
    let services = -1;
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      const href = await row.locator('a').getAttribute('href');
      const res = await request.get(href!);
      expect(res.status(), href!).toBe(200);
      const body = await res.body();
      expect(Number(await row.locator('[data-bytes]').getAttribute('data-bytes'))).toBe(body.length);
      const text = body.toString('utf8');
      if (href!.endsWith('.csv')) {
        expect(res.headers()['content-type']).toContain('text/csv');
        // UTF-8 with a byte order mark, so that Excel shows diacritics right.
        expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(text.slice(1).split('\r\n')[0]).toMatch(/^provider_id,provider_name,/);
      } else {
        const data = JSON.parse(text);
        if (href === '/data/providers.json') services = data.service_count;
        if (href === '/data/hsds/services.json') expect(data.total_items).toBe(services);
        if (href!.endsWith('.geojson')) expect(data.type).toBe('FeatureCollection');
      }
    }
    expect(services).toBeGreaterThan(0);
  });

  test('a provider page carries parseable JSON-LD and a correction link', async ({ page }) => {
    await page.goto(providerPath(DIRECTIA, 'en'));
    const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? '');
    expect(ld['@type']).toBe('GovernmentOrganization');
    expect(ld.name).toBe(DIRECTIA.name);
    expect(ld.hasOfferCatalog.itemListElement).toHaveLength(DIRECTIA.services.length);
    // Only the public places are places; the confidential centre is a service with no place.
    const publicStreets = (DIRECTIA.locations ?? []).filter((l) => !l.confidential).map((l) => l.address!.street);
    expect(ld.location.map((l: { address: { streetAddress: string } }) => l.address.streetAddress)).toEqual(publicStreets);
    expect(ld.location.map((l: { name?: string }) => l.name)).not.toContain(text(placeOf(DIRECTIA, PLACE.confidential).name, 'en'));
    await expect(page.getByRole('link', { name: 'Suggest a correction' })).toHaveAttribute('href', `${SITE.repositoryUrl}/edit/${SITE.repositoryBranch}/content/providers/${DIRECTIA.id}.yaml`);
  });

  test('a provider page offers a filled-in problem report, and says how to reach maintainers without GitHub', async ({ page }) => {
    await page.goto(providerPath(DIRECTIA, 'en'));
    const report = page.locator('section.report-problem');
    await expect(report.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
    const form = new URL(await report.getByRole('link', { name: 'Report a problem on GitHub' }).getAttribute('href') ?? '');
    expect(`${form.origin}${form.pathname}`).toBe(`${SITE.repositoryUrl}/issues/new`);
    expect(form.searchParams.get('template')).toBe('entry-problem.yml');
    expect(form.searchParams.get('entry')).toBe(DIRECTIA.id);
    expect(form.searchParams.get('page')).toBe(providerPath(DIRECTIA, 'en'));
    expect(form.searchParams.get('title')).toBe(`[Problem] ${DIRECTIA.name}`);
    const own = new URL(await report.getByRole('link', { name: /Correct your organisation's entry/ }).getAttribute('href') ?? '');
    expect(own.searchParams.get('template')).toBe('correct-my-entry.yml');
    // No maintainers' address is set (SITE.contactEmail): no e-mail link, and the way to CONTRIBUTING's section instead.
    await expect(report.locator('a[href^="mailto:"]')).toHaveCount(0);
    await expect(report.getByRole('link', { name: /How else to reach the maintainers/ })).toHaveAttribute('href', `${SITE.repositoryUrl}/blob/${SITE.repositoryBranch}/CONTRIBUTING.md#without-a-github-account`);
  });

  // The fixture site is built without SITE_URL, like a local build: it claims no address, so it has
  // no sitemap (a list of absolute URLs) and no canonical links. tests/e2e/base-path.spec.ts builds
  // one with an address and checks those.
  test('a site built without a public address has no sitemap and claims no address', async ({ page, request }) => {
    expect((await request.get('/sitemap.xml')).status()).toBe(404);
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toContain('Sitemap');
    await page.goto(providerPath(DIRECTIA, 'en'));
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][hreflang="hu-HU"]')).toHaveAttribute('href', providerPath(DIRECTIA, 'hu'));
  });

  test('the footer links to the open data and to adding an organisation', async ({ page }) => {
    await page.goto('/hu/');
    const footer = page.locator('footer');
    await footer.getByRole('link', { name: 'Adja hozzá szervezetét' }).click();
    await expect(page).toHaveURL(/\/hu\/contribute\/$/);
  });
});

test.describe('accessibility', () => {
  test('the downloads page and the builder with its errors have no axe violations', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/en/data/');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    for (const path of ['/contribute/', '/hu/contribute/', '/en/contribute/']) {
      await page.goto(path);
      await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
      await page.locator('.builder-form button[type="submit"]').click();
      await expect(page.getByRole('alert')).toBeVisible();
      // With a confidential place and a second service open too.
      await page.locator('.builder-form input[type="checkbox"][name$=".confidential"]').first().check();
      await page.locator('.builder-form .builder-group').last().locator('xpath=following-sibling::p[1]/button').click();
      expect((await new AxeBuilder({ page }).analyze()).violations, path).toEqual([]);
    }
  });
});
