/** The coverage view: counts that match the content, proper table markup, and the CSV download. */
import { expect, test } from '@playwright/test';
import { FARA_CONTACT, fixtureContent as content } from './fixture';

// Active services, except those of the organisation nobody can reach (listed apart, as on every list).
const services = content.providers.filter((p) => p.id !== FARA_CONTACT.id).flatMap((p) => p.data.services).filter((s) => s.status !== 'inactive');

test('every category × type cell counts the active services that name both', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/en/coverage/');
  const table = page.locator('#coverage-by-type');
  const cells = await table.locator('tbody td').evaluateAll((tds) => tds.map((td) => ({
    row: td.closest('tr')!.getAttribute('data-row-id')!, col: td.getAttribute('data-column-id')!, services: Number(td.getAttribute('data-services')), text: (td as HTMLElement).innerText,
  })));
  const { beneficiaryCategories, serviceTypes } = content.taxonomies;
  expect(cells).toHaveLength(beneficiaryCategories.length * (serviceTypes.length + 1));
  for (const cell of cells) {
    const inRow = services.filter((s) => s.beneficiary_categories.includes(cell.row));
    const expected = cell.col === 'total' ? inRow.length : inRow.filter((s) => s.service_types.includes(cell.col)).length;
    expect(cell.services, `${cell.row} × ${cell.col}`).toBe(expected);
    // The number shown is the number counted; empty cells say so in words.
    expect(cell.text, `${cell.row} × ${cell.col}`).toMatch(expected === 0 ? /none/ : new RegExp(`^${expected}\\b`));
  }
  // Capacity: a cell with a service that states places says how many.
  const withCapacity = services.filter((s) => s.capacity && s.capacity.unit === 'places');
  expect(withCapacity.length, 'the fixture has a service with places').toBeGreaterThan(0);
  const s = withCapacity[0]!;
  const cell = table.locator(`tr[data-row-id="${s.beneficiary_categories[0]}"] td[data-column-id="${s.service_types[0]}"]`);
  await expect(cell).toContainText(`${s.capacity!.value} places`);
});

test('the tables have a caption and scoped row and column headers', async ({ page }) => {
  await page.goto('/hu/coverage/');
  for (const id of ['#coverage-by-type', '#coverage-by-area']) {
    const table = page.locator(id);
    await expect(table.locator('caption')).not.toBeEmpty();
    expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThan(3);
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(content.taxonomies.beneficiaryCategories.length);
    expect(await table.locator('tbody td:not([data-services])').count()).toBe(0);
  }
  await expect(page.locator('#coverage-by-area thead')).toContainText('Nincs megadott terület');
});

test('the CSV download has one line per cell and the same counts as the page', async ({ page, request }) => {
  await page.goto('/coverage/');
  const href = await page.getByRole('link', { name: /CSV/ }).getAttribute('href');
  expect(href).toBe('/data/coverage.csv');
  const response = await request.get(href!);
  expect(response.headers()['content-type']).toContain('text/csv');
  const text = await response.text();
  expect(text.charCodeAt(0), 'UTF-8 byte order mark, for Excel').toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split('\r\n');
  const header = lines[0]!.split(',');
  const rows = lines.slice(1).map((l) => l.split(','));
  const byType = rows.filter((r) => r[0] === 'by_service_type');
  const { beneficiaryCategories, serviceTypes } = content.taxonomies;
  expect(byType).toHaveLength(beneficiaryCategories.length * serviceTypes.length);
  const iServices = header.indexOf('services');
  for (const r of byType) {
    const expected = services.filter((s) => s.beneficiary_categories.includes(r[1]!) && s.service_types.includes(r[5]!)).length;
    expect(Number(r[iServices]), `${r[1]} × ${r[5]}`).toBe(expected);
  }
  expect(rows.some((r) => r[0] === 'by_area')).toBe(true);
});
