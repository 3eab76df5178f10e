/**
 * Walks the built site in Chromium with JavaScript off, the way someone on a basic phone would:
 * home → a county → its next page → a provider, a category page, and the map's list: /map/ → a
 * county's places. Checks that the county index accounts for every provider a person can act on
 * (as the home and county pages count them: the organisations listed apart are named, not counted),
 * and that no paged list carries more than PAGE_SIZE rows. The home page of a small directory lists
 * everyone on one page (up to HOME_LIST_MAX), as designed; above that it names the counties only.
 */
import type { Browser, Page } from '@playwright/test';
import { HOME_LIST_MAX, PAGE_SIZE } from '../../src/lib/catalogue/catalogue';

export interface Browsable { ok: boolean; detail: string }

const count = (text: string | null) => Number(/\(([\d.,\s]+)\)\s*$/.exec(text ?? '')?.[1]?.replace(/\D/g, '') ?? NaN);

async function rows(page: Page): Promise<number> {
  return page.locator('main .provider-list > li, .provider-list > li').count();
}

export async function browsableWithoutJs(browser: Browser, base: string): Promise<Browsable> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const steps: string[] = [];
  const fail = (why: string): Browsable => ({ ok: false, detail: [...steps, `FAILED: ${why}`].join('; ') });
  try {
    const home = await page.goto(`${base}/`);
    if (!home?.ok()) return fail('home page did not load');
    const total = count(await page.locator('#all').textContent());
    const counties = page.locator('#counties a');
    const n = await counties.count();
    const listsAll = (await page.locator('#catalogue').count()) > 0;
    if (listsAll) {
      const listed = await page.locator('#catalogue > li').count();
      steps.push(`home lists all ${listed} providers`);
      if (listed !== total) return fail(`home lists ${listed} of ${total}`);
      if (listed > HOME_LIST_MAX) return fail(`home lists ${listed} providers, more than ${HOME_LIST_MAX}`);
      if (n === 0) return { ok: true, detail: steps.join('; ') };
    } else if (n === 0) return fail('home page lists neither the providers nor the counties');
    const texts = await counties.allTextContents();
    const sum = texts.reduce((acc, t) => acc + count(t), 0);
    steps.push(`home: ${n} counties, ${sum} of ${total} providers`);
    if (sum !== total) return fail('the county index does not account for every provider');
    // A big directory's home page names the counties, not the providers.
    if (!listsAll && (await rows(page)) > PAGE_SIZE) return fail('home page lists too many rows');
    // The biggest county: most likely to have several pages.
    const biggest = texts.map((t, i) => ({ i, c: count(t) })).sort((a, b) => b.c - a.c)[0]!;
    await counties.nth(biggest.i).click();
    const first = await rows(page);
    steps.push(`${new URL(page.url()).pathname}: ${first} rows`);
    if (first === 0 || first > PAGE_SIZE) return fail(`county page has ${first} rows`);
    if (biggest.c > PAGE_SIZE) {
      await page.locator('a[rel="next"]').first().click();
      const second = await rows(page);
      steps.push(`${new URL(page.url()).pathname}: ${second} rows`);
      if (!/\/2\/$/.test(page.url()) || second === 0 || second > PAGE_SIZE) return fail('next page missing or wrong');
    }
    await page.locator('.provider-list > li h3 a').first().click();
    const h1 = (await page.locator('h1').first().textContent())?.trim();
    steps.push(`provider page '${h1?.slice(0, 40)}'`);
    if (!h1 || !/\/providers\/[^/]+\/$/.test(page.url())) return fail('provider page did not open');
    await page.goto(`${base}/`);
    await page.locator('#by-category + ul a').first().click();
    const cat = await rows(page);
    steps.push(`${new URL(page.url()).pathname}: ${cat} rows`);
    if (cat === 0 || cat > PAGE_SIZE) return fail(`category page has ${cat} rows`);
    // The map's list: a big directory names counties on /map/, each with its own list of places.
    await page.goto(`${base}/map/`);
    const mapCounties = page.locator('#map-counties a');
    if ((await mapCounties.count()) > 0) {
      await mapCounties.first().click();
      const places = await page.locator('#map-county-list > li').count();
      steps.push(`${new URL(page.url()).pathname}: ${places} rows`);
      if (places === 0 || places > PAGE_SIZE) return fail(`a county's map list has ${places} rows`);
    }
    return { ok: true, detail: steps.join('; ') };
  } catch (e) {
    return fail((e as Error).message.split('\n')[0]!);
  } finally {
    await context.close();
  }
}
