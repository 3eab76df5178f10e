/**
 * Towns and communes with JavaScript off: reachable from the home page, each listing what is
 * located there first, then what serves the whole county, then national services, with the same
 * counts as the coverage view (one meaning of "here": servesArea).
 */
import { expect, test } from '@playwright/test';
import { fixtureContent as content } from './fixture';

const door = content.providers.find((p) => p.id === 'primaria-floresti-fixture')!.data;
const national = content.providers.find((p) => p.id === 'linia-nationala-fixture')!.data;
const units = content.taxonomies.areas.filter((a) => a.parent === 'judetul-cluj' && ['municipality', 'town', 'commune'].includes(a.kind ?? ''));

test.describe('town and commune pages with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every town and commune is linked from the home page, and its page opens', async ({ page }) => {
    await page.goto('/en/');
    const links = page.locator('[data-county-id="judetul-cluj"] [data-unit-id] a');
    expect(await links.count()).toBe(units.length);
    for (const u of units) {
      const href = await page.locator(`[data-unit-id="${u.id}"] a`).first().getAttribute('href');
      expect(href).toBe(`/en/areas/judetul-cluj/${u.id}/`);
      const response = await page.request.get(href!);
      expect(response.status(), u.id).toBe(200);
    }
  });

  test('a commune lists its first door (in one of its villages) before county-wide and national services', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('[data-unit-id="floresti"] a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Florești');
    await expect(page.locator('main')).toContainText('Luna de Sus');
    const reaches = await page.locator('main section[data-reach]').evaluateAll((s) => s.map((x) => x.getAttribute('data-reach')));
    expect(reaches).toEqual(['located', 'county-wide', 'national']);
    await expect(page.locator('section[data-reach="located"]')).toContainText(door.name);
    await expect(page.locator('section[data-reach="national"]')).toContainText(national.name);
    // The national line is not a local service of Florești.
    await expect(page.locator('section[data-reach="located"]')).not.toContainText(national.name);
    await expect(page.locator('section[data-reach="located"] a[href="tel:+40700000501"]')).toBeVisible();
  });

  test('the county page names each commune\'s villages, so a villager finds their commune', async ({ page }) => {
    await page.goto('/areas/judetul-cluj/');
    await expect(page.locator('#units [data-unit-id="floresti"]')).toContainText('Luna de Sus');
    await page.locator('#units [data-unit-id="turda"] a').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Turda');
  });

  test('the coverage view counts each town and commune as its page does', async ({ page }) => {
    await page.goto('/en/coverage/');
    const row = page.locator('#coverage-by-unit tr[data-row-id="floresti"]');
    const counts = Object.fromEntries(await row.locator('td').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-column-id'), Number(td.getAttribute('data-services'))])));
    await page.goto('/en/areas/judetul-cluj/floresti/');
    for (const reach of ['located', 'county-wide', 'national']) {
      const listed = await page.locator(`section[data-reach="${reach}"] li[data-provider-id] > ul:not(.tag-list) > li`).count();
      expect(listed, reach).toBe(counts[reach]);
    }
    // National services are counted once, not once per county: no county column floods the table.
    await page.goto('/en/coverage/');
    await expect(page.locator('#coverage-by-area thead th[data-column-id="judetul-bihor"]')).toHaveCount(0);
    await expect(page.locator('#coverage-by-area thead th[data-column-id="national"]')).toHaveCount(1);
  });
});
