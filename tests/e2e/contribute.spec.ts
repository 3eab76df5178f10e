import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../src/build/content-files';
import { SITE } from '../../src/config';
import { DIRECTIA, FIXTURE_CONTENT, PLACE, placeOf, providerPath, text } from './fixture';

test.describe('entry builder', () => {
  test('shows friendly errors next to the fields, then produces a file that passes validation', async ({ page }) => {
    // Many steps, each re-validating the whole entry; slow shared CI machines need the room.
    test.setTimeout(120_000);
    await page.goto('/en/contribute/');
    const form = page.locator('form.entry-builder');
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await expect(page.getByText('The form needs JavaScript')).toHaveCount(0);
    await form.getByLabel('Official name').fill('Asociația Test Contribuție');
    await expect(form.getByLabel('Identifier (the file name)')).toHaveValue('asociatia-test-contributie');
    await form.getByLabel('E-mail').fill('contact@');
    await form.getByLabel('Phone').fill('0264 111 222');
    await form.getByLabel('Title of the source').fill('The association’s contact page');
    await form.getByLabel('Address of the page').fill('https://example.org/contact');
    await form.getByLabel('Street and number').fill('Strada Exemplu nr. 1');
    await form.getByLabel('Postal code').fill('400001');
    await form.getByLabel('Name of the service').fill('Counselling for parents');
    await form.getByRole('group', { name: 'Type of help' }).getByLabel('Counselling').check();
    await form.getByRole('group', { name: 'Who it is for' }).getByLabel('Children and families').check();
    await form.getByLabel('Cost').selectOption('free');
    await form.getByRole('group', { name: 'How people get in' }).getByLabel('By appointment').check();
    await form.getByLabel('Opening hours').fill('Mo-Fr 8-16');

    // Errors as you type: the e-mail field was touched, so its message is already there.
    await expect(page.locator('#email-error')).toContainText("is not a valid e-mail address; write it like 'contact@example.ro'");
    await expect(form.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
    await form.getByRole('button', { name: 'Make the file' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Fix the following');
    await expect(summary).toContainText("'Mo-Fr 8-16' is not valid opening hours; write 'Mo-Fr 08:00-16:00'");
    await expect(page.locator('#hours-error')).toContainText("write 'Mo-Fr 08:00-16:00'");
    await expect(page.locator('#entry-yaml')).toHaveCount(0);

    await form.getByLabel('E-mail').fill('contact@example.org');
    await form.getByLabel('Opening hours').fill('Mo-Fr 08:00-16:00');
    await expect(page.locator('#email-error')).toHaveCount(0);
    await expect(page.locator('#hours-error')).toHaveCount(0);
    await form.getByRole('button', { name: 'Make the file' }).click();
    await expect(page.getByRole('heading', { name: 'The file is ready' })).toBeFocused();
    const yaml = await page.locator('#entry-yaml').inputValue();
    expect(yaml).toContain('id: asociatia-test-contributie');

    const github = new URL(await page.getByRole('link', { name: 'Open on GitHub as a new file' }).getAttribute('href') ?? '');
    expect(`${github.origin}${github.pathname}`).toBe(`${SITE.repositoryUrl}/new/${SITE.repositoryBranch}`);
    expect(github.searchParams.get('filename')).toBe('content/providers/asociatia-test-contributie.yaml');
    expect(github.searchParams.get('value')).toBe(yaml);

    // The real validator, on a content folder holding only this file and the taxonomies the site was built with.
    const dir = mkdtempSync(join(tmpdir(), 'contribute-'));
    cpSync(join(FIXTURE_CONTENT, 'taxonomy'), join(dir, 'taxonomy'), { recursive: true });
    mkdirSync(join(dir, 'providers'));
    writeFileSync(join(dir, 'providers', 'asociatia-test-contributie.yaml'), yaml);
    const content = loadContent(dir);
    expect(content.problems).toEqual([]);
    expect(content.providers).toHaveLength(1);
    expect(content.providers[0]!.data.services[0]!.hours?.opening_hours).toBe('Mo-Fr 08:00-16:00');
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
    await page.goto('/en/contribute/');
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Make the file' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});
