/**
 * WCAG 2.2 AA checks over every page type: axe with the WCAG A/AA tags (0 violations), then what
 * axe cannot judge alone: the skip link, visible focus, reflow at 320 CSS px with text at 200%,
 * reduced motion and the empty cells of the coverage view in words.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PAGES } from './pages';
import { DIRECTIA, PLACE, VECHE, providerPath } from './fixture';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Rules switched off, each with its reason. Keep this empty unless a rule is wrong for this site. */
const DISABLED_RULES: string[] = [];

async function open(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
}

test.describe('axe: WCAG 2.2 AA', () => {
  for (const p of PAGES) {
    test(`${p.name} (${p.path}) has no violations`, async ({ page }) => {
      // axe over a large table takes a while on a busy machine.
      test.setTimeout(180_000);
      await open(page, p.path, p.status);
      await p.prepare?.(page);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).disableRules(DISABLED_RULES).analyze();
      const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
      expect(summary, `axe violations on ${p.path}`).toEqual([]);
      // The run really looked at the page (a blank page would pass trivially).
      expect(results.passes.length).toBeGreaterThan(10);
    });
  }

});

test.describe('keyboard and focus', () => {
  test('the skip link is the first tab stop, becomes visible and moves focus to the main content', async ({ page }) => {
    await open(page, providerPath(DIRECTIA));
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip).toBeFocused();
    const box = await skip.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.width > 10).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator('main')).toBeFocused();
    // The next Tab goes to the first link inside main, not back to the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  test('every focused link and button has a visible focus indicator', async ({ page }) => {
    await open(page, '/categories/domestic-violence-victims/');
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const cs = getComputedStyle(el);
        return { tag: el.tagName, outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth), shadow: cs.boxShadow };
      });
      if (style.tag === 'BODY') continue;
      expect(style.outline !== 'none' && style.width >= 2, `${style.tag} outline`).toBe(true);
    }
  });
});

test.describe('reflow and resizing', () => {
  /** Elements that stick out to the right of the viewport, outside the data tables' own scroll regions. */
  async function overflowing(page: Page) {
    return page.evaluate(() => {
      const doc = document.documentElement;
      // Data tables may scroll inside their own region (WCAG 1.4.10 exception); the page may not.
      const wide = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => {
        if (el.closest('.coverage-scroll')) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > doc.clientWidth + 1;
      }).map((el) => `${el.tagName}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
      return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, wide: wide.slice(0, 5) };
    });
  }
  const REFLOW_PATHS = ['/', providerPath(DIRECTIA), providerPath(DIRECTIA, 'hu'), '/hu/categories/domestic-violence-victims/', '/hu/coverage/', '/no-such-page/'];

  for (const path of REFLOW_PATHS) {
    // 1.4.10 Reflow: 320 CSS px wide (a 1280 px screen at 400% zoom) needs no horizontal scrolling.
    test(`${path} reflows at 320 CSS px`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const o = await overflowing(page);
      expect(o.wide, 'elements wider than the viewport').toEqual([]);
      expect(o.scrollWidth).toBeLessThanOrEqual(o.clientWidth);
    });

    // 1.4.4 Resize text: text at 200% (on a 1280 px screen at 200% zoom, 640 CSS px) loses nothing.
    test(`${path} takes text at 200% without horizontal scrolling`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 640, height: 800 });
      await page.goto(path);
      const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main')!).fontSize));
      // The reader's browser text size setting, doubled (16 px → 32 px), as Chromium's settings page does it.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await page.reload();
      const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main')!).fontSize));
      expect(after / before, 'text sizes are relative (rem/em), so they follow the setting').toBeGreaterThan(1.7);
      const o = await overflowing(page);
      expect(o.wide, 'elements wider than the viewport').toEqual([]);
      expect(o.scrollWidth).toBeLessThanOrEqual(o.clientWidth);
    });
  }

  test('wide coverage tables scroll inside a keyboard-focusable region', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/coverage/');
    const region = page.locator('.coverage-scroll').first();
    await expect(region).toHaveAttribute('tabindex', '0');
    await region.focus();
    const before = await region.evaluate((el) => el.scrollLeft);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Chromium animates keyboard scrolling, so the position is read until it moves.
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
  });
});

test.describe('motion and colour', () => {
  test('with reduced motion there are no transitions, animations or smooth scrolling', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(providerPath(DIRECTIA));
    const moving = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('*')].filter((el) => {
      const cs = getComputedStyle(el);
      const durations = `${cs.transitionDuration},${cs.animationDuration}`.split(',').map((d) => parseFloat(d) || 0);
      return durations.some((d) => d > 0) || cs.scrollBehavior === 'smooth';
    }).map((el) => el.tagName));
    expect(moving).toEqual([]);
    await context.close();
  });

  test('empty coverage cells say "none" in words, not only by colour', async ({ page }) => {
    await page.goto('/en/coverage/');
    const empty = page.locator('#coverage-by-type td[data-services="0"]');
    expect(await empty.count()).toBeGreaterThan(0);
    for (const text of await empty.allInnerTexts()) expect(text).toMatch(/none/);
  });

  test('the stale-data and confidential markers are words, not colours', async ({ page }) => {
    await page.goto(providerPath(DIRECTIA));
    await expect(page.locator(`#location-${PLACE.confidential}`)).toContainText('Adresă confidențială');
    await expect(page.getByText(/^Unele informații de pe această pagină sunt vechi/)).toHaveCount(0);
    // Only an old (2016) source at the fixed build date: the page says so in words, and each old fact too.
    await page.goto(providerPath(VECHE));
    await expect(page.getByRole('note').first()).toContainText('Unele informații de pe această pagină sunt vechi');
    await expect(page.locator('.old-mark').first()).toHaveText('informație veche');
  });
});
