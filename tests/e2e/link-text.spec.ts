/**
 * Text from a URL is never shown as if the site said it (issue 14, item 4). A crafted link to the
 * search page or to the referral sheet carries text meant to look like the site's own words (a fake
 * helpline, a fake instruction); the page counts what it did not recognise and shows none of it,
 * on screen and on paper. A shared selection is capped, fetched a few files at a time, and a
 * failure names its real cause.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { DIRECTIA, SERVICE, service, text } from './fixture';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });
// Requests are counted and cut off below: the service worker must not answer them first.
test.use({ serviceWorkers: 'block' });

/** What a scammer would like the page to say. */
const BAIT = 'SUNATI-URGENT-0799-123-456';
const BAIT_HTML = '<b>Sunați urgent la 0799 123 456</b>';
const SHELTER = SERVICE.shelter;
const selection = (...keys: string[]) => `${DIRECTIA.id}.${keys.map((k) => k.split('/')[1]).join('.')}`;

/** The page's text as shown on screen and as printed, with its visible notices. */
async function shownText(page: Page): Promise<{ screen: string; print: string }> {
  await page.emulateMedia({ media: 'screen' });
  const screen = await page.locator('body').innerText();
  await page.emulateMedia({ media: 'print' });
  const print = await page.locator('body').innerText();
  await page.emulateMedia({ media: 'screen' });
  return { screen, print };
}

for (const media of ['screen', 'print'] as const) {
  test(`search: unknown filter values are counted, not echoed (${media})`, async ({ page }) => {
    await page.goto(`/?cat=${encodeURIComponent(BAIT)},${encodeURIComponent(BAIT_HTML)},elderly&type=${encodeURIComponent(BAIT)}&${encodeURIComponent(BAIT)}=1`);
    await page.locator('.search-app[data-state="ready"]').waitFor();
    await page.emulateMedia({ media });
    const notice = page.locator('[data-unrecognised]');
    await expect(notice).toHaveText('4 părți ale acestui link nu au fost recunoscute și au fost ignorate.');
    const shown = await page.locator('body').innerText();
    expect(shown).not.toContain(BAIT);
    expect(shown).not.toContain('0799');
    // The known value still applies.
    await expect(page.locator('input[name="cat"][value="elderly"]')).toBeChecked();
  });

  test(`referral sheet: unreadable parts and unknown services are counted, not echoed (${media})`, async ({ page }) => {
    const value = `${selection(SHELTER)}_${BAIT}_${encodeURIComponent(BAIT_HTML)}_${BAIT.toLowerCase()}.apel-urgent-0799-123-456`;
    await page.goto(`/en/shortlist/sheet/?s=${value}`);
    await expect(page.locator('.referral-sheet[data-ready]')).toBeVisible();
    await expect(page.locator('.sheet-service h2')).toHaveText([text(service(SHELTER).name, 'en')]);
    await page.emulateMedia({ media });
    await expect(page.locator('[data-unreadable]')).toHaveText('2 parts of this link were not recognised and were left out.');
    await expect(page.locator('[data-unknown]')).toContainText('1 service in this link is not in the directory');
    const shown = await page.locator('body').innerText();
    for (const bait of [BAIT, BAIT.toLowerCase(), '0799', 'apel-urgent']) expect(shown, bait).not.toContain(bait);
  });
}

test('the printed sheet shows the count where the screen does, and neither shows the link text', async ({ page }) => {
  await page.goto(`/shortlist/sheet/?s=${selection(SHELTER)}_${BAIT}`);
  await expect(page.locator('.referral-sheet[data-ready]')).toBeVisible();
  const { screen, print } = await shownText(page);
  for (const t of [screen, print]) {
    expect(t).toContain('O parte a acestui link nu a fost recunoscută');
    expect(t).not.toContain(BAIT);
  }
});

test('a shared selection is capped at 50 services, says so, and fetches provider files a few at a time', async ({ page }) => {
  // 60 providers that do not exist plus one real service: 50 keys are kept, 11 are over the limit.
  const fake = Array.from({ length: 60 }, (_, i) => `furnizor-${i}.serviciu`).join('_');
  let inFlight = 0;
  let most = 0;
  let requests = 0;
  await page.route('**/data/shortlist/**', async (route) => {
    requests++;
    inFlight++;
    most = Math.max(most, inFlight);
    await new Promise((r) => setTimeout(r, 50));
    try { await route.continue(); } finally { inFlight--; }
  });
  await page.goto(`/en/shortlist/sheet/?s=${selection(SHELTER)}_${fake}`);
  await expect(page.locator('.referral-sheet[data-ready]')).toBeVisible();
  await expect(page.locator('[data-over-limit]')).toHaveText('This link holds more services than a sheet shows (50): the first 50 are shown, 11 were left out.');
  await expect(page.locator('[data-unknown]')).toContainText('49 services in this link are not in the directory');
  await expect(page.locator('.sheet-service')).toHaveCount(1);
  expect(requests).toBe(50);
  expect(most).toBeLessThanOrEqual(4);
});

test('a failure names its cause: the network, or the server', async ({ page }) => {
  await page.route(`**/data/shortlist/${DIRECTIA.id}.json`, (route) => route.abort('internetdisconnected'));
  await page.goto(`/en/shortlist/sheet/?s=${selection(SHELTER)}`);
  await expect(page.locator('[data-failure="network"]')).toHaveText('The details of 1 service could not be loaded: the network did not answer (you may be offline). Reload the page when you are connected.');
  await expect(page.locator('[data-unknown]')).toHaveCount(0);
  await page.unroute(`**/data/shortlist/${DIRECTIA.id}.json`);
  await page.route(`**/data/shortlist/${DIRECTIA.id}.json`, (route) => route.fulfill({ status: 503, body: 'busy' }));
  await page.reload();
  await expect(page.locator('[data-failure="server"]')).toContainText('the site answered with an error');
  await expect(page.getByText(/check your connection/i)).toHaveCount(0);
});
