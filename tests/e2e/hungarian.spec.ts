/** Hungarian pages: Romanian content says it is Romanian, lists follow the Hungarian alphabet, dates have one full stop. */
import { expect, test } from '@playwright/test';
import { DIRECTIA, providerPath, text } from './fixture';

test('a text shown in Romanian on a Hungarian page is marked lang="ro" and followed by a note saying so', async ({ page }) => {
  await page.goto(providerPath(DIRECTIA, 'hu'));
  // DIRECTIA's description has no Hungarian text.
  const description = page.locator('main').getByText(text(DIRECTIA.description, 'ro'));
  await expect(description).toBeVisible();
  const block = description.locator('xpath=ancestor-or-self::*[@lang="ro"][1]');
  await expect(block.locator('xpath=following-sibling::*[1]')).toHaveText('(román nyelvű szöveg)');
  // Romanian pages show the content in its own language: nothing to excuse.
  await page.goto(providerPath(DIRECTIA));
  await expect(page.locator('main .translation-note')).toHaveCount(0);
});

test('lists on Hungarian pages are in Hungarian alphabetical order', async ({ page }) => {
  const hu = new Intl.Collator('hu-HU', { sensitivity: 'base' });
  for (const path of ['/hu/categories/', '/hu/service-types/', '/hu/']) {
    await page.goto(path);
    // The first list of links: on the home page the first results' (empty until a search) term list comes before it.
    const labels = await page.locator('main ul.term-grid').filter({ has: page.locator('li > a') }).first().locator('li > a').evaluateAll((as) => as.map((a) => a.firstChild?.textContent?.trim() ?? ''));
    expect(labels.length, path).toBeGreaterThan(2);
    expect(labels, path).toEqual([...labels].sort(hu.compare));
  }
});

test('a Hungarian date ends with one full stop, even at the end of a sentence', async ({ page }) => {
  await page.goto('/hu/');
  const footer = await page.locator('footer').innerText();
  expect(footer).toMatch(/Készült: \d{4}\. [a-zá-ű]+ \d{1,2}\./);
  expect(footer).not.toMatch(/\d\.\./);
});
