/**
 * Phone first: on a 360 × 740 screen the search box and the first results are on the first screen,
 * the filters fold into a panel whose button says how many are on, and the header's navigation folds
 * behind a Menu button. Screenshots at 360 and 1280 px (baselines in phone.spec.ts-snapshots/, made
 * with `npx playwright test tests/e2e/phone.spec.ts --update-snapshots` on the fixture site) and axe
 * at both widths, on the home page with results.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
/** A Tuesday at 10:00 in Cluj-Napoca, inside the fixture site's hours window (BUILD_DATE 2026-11-25). */
const CLOCK = new Date('2026-11-24T08:00:00Z');
/** A query the fixture answers with a few services, so the screenshots hold results. */
const QUERY = 'adapost';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function homeWithResults(page: Page, viewport: { width: number; height: number }, query = QUERY) {
  await page.setViewportSize(viewport);
  await page.clock.setFixedTime(CLOCK);
  await page.goto(`/?q=${encodeURIComponent(query)}`);
  // Generous: the machine running the tests may be busy.
  await expect(page.locator('.search-app[data-state="ready"]')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.search-app__list > li').first()).toBeVisible();
}

/** Top and bottom of an element in page coordinates. */
async function span(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
  });
}

test.describe('at 360 × 740', () => {
  test('the search box and the first result are on the first screen, and nothing scrolls sideways', async ({ page }) => {
    await homeWithResults(page, PHONE);
    expect((await span(page, '#search-q')).bottom).toBeLessThan(PHONE.height);
    expect((await span(page, '.search-app__list > li')).top).toBeLessThan(PHONE.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  test('the box is on the first screen before any search too', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await expect(page.locator('.search-app[data-state="ready"]')).toBeVisible({ timeout: 20_000 });
    expect((await span(page, '#search-q')).bottom).toBeLessThan(PHONE.height);
  });

  test('the filters fold into a panel that the keyboard opens, and its button counts what is on', async ({ page }) => {
    await homeWithResults(page, PHONE);
    const toggle = page.locator('.search-app__panel-toggle');
    const panel = page.locator('#search-panel');
    await expect(toggle).toHaveText('Filtre');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toHaveAttribute('aria-controls', 'search-panel');
    await expect(panel).toBeHidden();
    // The results come right after the button, not after the filters.
    expect((await span(page, '.search-app__list > li')).top).toBeGreaterThan((await span(page, '.search-app__panel-toggle')).bottom);

    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(panel).toBeVisible();
    await expect(panel.getByLabel('Ordonează')).toBeVisible();
    await panel.getByRole('checkbox', { name: /^Gratuit/ }).check();
    await panel.getByLabel('Vârsta persoanei (ani)').fill('70');
    await expect(toggle).toHaveText('Filtre (2 active)');
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).toBeHidden();
    // Closed, the panel still says the list is narrowed.
    await expect(toggle).toHaveText('Filtre (2 active)');
    await expect(page).toHaveURL(/free=1/);
  });

  test('the navigation folds behind a Menu button', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    const menu = page.getByRole('button', { name: 'Meniu' });
    const nav = page.getByRole('navigation', { name: 'Navigare principală' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Hartă' })).toBeVisible();
  });

  test('screenshot: the home page with results', async ({ page }) => {
    await homeWithResults(page, PHONE);
    await expect(page).toHaveScreenshot('home-360.png', { animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.01 });
  });

  test('axe finds no violations, panel closed and open', async ({ page }) => {
    await homeWithResults(page, PHONE);
    for (const open of [false, true]) {
      if (open) await page.locator('.search-app__panel-toggle').click();
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), `panel ${open ? 'open' : 'closed'}`).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(10);
    }
  });
});

test.describe('at 1280 px', () => {
  test('the filters are open beside the results, and the navigation is shown', async ({ page }) => {
    await homeWithResults(page, DESKTOP);
    await expect(page.locator('.search-app__panel-toggle')).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#search-panel')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Meniu' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Navigare principală' })).toBeVisible();
    // Beside, not above: the first result starts level with the filters.
    const filters = await span(page, '#search-panel');
    expect((await span(page, '.search-app__list > li')).top).toBeLessThan(filters.bottom);
  });

  test('screenshot: the home page with results', async ({ page }) => {
    await homeWithResults(page, DESKTOP);
    await expect(page).toHaveScreenshot('home-1280.png', { animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.01 });
  });

  test('axe finds no violations', async ({ page }) => {
    await homeWithResults(page, DESKTOP);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });
  test('the navigation stays open and there is no dead Menu button', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Navigare principală' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Meniu' })).toBeHidden();
  });
});
