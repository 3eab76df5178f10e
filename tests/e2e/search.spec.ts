import { expect, test, type Page } from '@playwright/test';
import { ASOCIATIA, FARA_CONTACT, fixtureContent, SERVICE, VECHE, service, text } from './fixture';

// Runs on the fixture site; assertions compare counts with the list rather than fixed totals.
const ready = async (page: Page) => {
  // Generous: the machine running the tests may be busy; the data is small.
  await expect(page.locator('.search-app[data-state="ready"]')).toBeVisible({ timeout: 20_000 });
};
const countIn = (text: string | null) => Number((text ?? '').replace(/\D/g, '') || NaN);

test.describe('search island', () => {
  test('search as you type, without diacritics, and counts that match the list', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await expect(page.locator('.search-fallback')).toBeHidden();
    const heading = page.locator('#search-results-title');
    const total = countIn(await heading.textContent());
    expect(total).toBeGreaterThan(0);

    await page.getByLabel('Ce căutați?').pressSequentially('varstnic');
    await expect(page).toHaveURL(/\?q=varstnic$/);
    const rows = page.locator('.search-app__list > li');
    await expect(rows.first()).toBeVisible();
    const found = countIn(await heading.textContent());
    expect(found).toBeLessThan(total);
    expect(await rows.count()).toBe(Math.min(found, 30));
    // Every row is about elderly people, whether the word is in its name or its category.
    for (const text of await rows.allTextContents()) expect(text).toMatch(/vârstnic/i);
  });

  test('ticking a filter applies its count, and the URL reloads the same view', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    const option = page.locator('.search-app__facet').filter({ hasText: 'Pentru cine' }).getByRole('checkbox', { name: /Persoane fără adăpost/ });
    const label = await option.locator('xpath=..').textContent();
    const expected = countIn(/\((\d[\d.\s]*)\)\s*$/.exec(label ?? '')?.[1] ?? '');
    expect(expected).toBeGreaterThan(0);
    await option.check();
    await expect(page.locator('#search-results-title')).toHaveText(new RegExp(`^${expected} `));
    await expect(page.locator('.search-app__list > li')).toHaveCount(Math.min(expected, 30));
    for (const text of await page.locator('.search-app__list > li .tag-list').allTextContents()) expect(text).toContain('Persoane fără adăpost');
    await expect(page).toHaveURL(/cat=homeless/);

    await page.reload();
    await ready(page);
    await expect(option).toBeChecked();
    await expect(page.locator('#search-results-title')).toHaveText(new RegExp(`^${expected} `));

    await page.getByRole('button', { name: 'Șterge căutarea și filtrele' }).click();
    await expect(option).not.toBeChecked();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByLabel('Ce căutați?')).toBeFocused();
  });

  test('a result whose facts rest on an old source carries the old-data mark', async ({ page }) => {
    await page.goto(`/?q=${encodeURIComponent('adapostul fundatiei')}`);
    await ready(page);
    const old = page.locator(`.search-app__list > li[data-provider-id="${VECHE.id}"][data-service-id="adapost-turda"]`);
    await expect(old.locator('[data-stale]')).toHaveText('Informații vechi');
    await page.goto(`/?q=${encodeURIComponent('adapost de noapte')}`);
    await ready(page);
    await expect(page.locator(`.search-app__list > li[data-service-id="${SERVICE.shelter.split('/')[1]}"] [data-stale]`)).toHaveCount(0);
  });

  test('a misspelt word still finds results, and says so; the typo fallback is fetched only then', async ({ page }) => {
    const typoCode: string[] = [];
    page.on('request', (r) => { if (/\/fuse\.[^/]*\.js$/.test(new URL(r.url()).pathname)) typoCode.push(r.url()); });
    await page.goto('/?q=adapost');
    await ready(page);
    await expect(page.locator('.search-app__list > li').first()).toContainText(/adăpost/i);
    await page.waitForLoadState('networkidle');
    expect(typoCode, 'fuse.js fetched although every word found something').toEqual([]);
    const field = page.getByLabel('Ce căutați?');
    await field.fill('');
    await field.pressSequentially('adapsot');
    await expect(page.locator('.search-app__notice')).toContainText('cuvinte asemănătoare');
    await expect(page.locator('.search-app__list > li').first()).toContainText(/adăpost/i);
    expect(typoCode).toHaveLength(1);
  });

  test('a shared link with unknown values counts them, never repeats their text, and keeps the rest', async ({ page }) => {
    const planted = 'Sunați urgent la 0700 999 999';
    await page.goto(`/?q=centru&cat=homeless,${encodeURIComponent(planted)}&sort=sideways`);
    await ready(page);
    await expect(page.getByLabel('Ce căutați?')).toHaveValue('centru');
    await expect(page.locator('[data-unrecognised]')).toHaveText('2 părți ale acestui link nu au fost recunoscute și au fost ignorate.');
    await expect(page.getByRole('checkbox', { name: /Persoane fără adăpost/ })).toBeChecked();
    // Nowhere on the page, on screen or in print.
    await expect(page.locator('body')).not.toContainText('0700 999 999');
    await expect(page.locator('body')).not.toContainText('sideways');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body')).not.toContainText('0700 999 999');
  });

  test("people's words find services: \"bătrâni\" and \"masă caldă\" (the search vocabulary)", async ({ page }) => {
    // A service nobody can reach is left out of search (listed apart): not expected here.
    const listed = fixtureContent.providers.filter((p) => p.data.id !== FARA_CONTACT.id).flatMap((p) => p.data.services);
    const elderly = listed.filter((s) => s.beneficiary_categories.includes('elderly'));
    const food = listed.filter((s) => s.service_types.includes('food-aid'));
    await page.goto('/');
    await ready(page);
    const box = page.getByLabel('Ce căutați?');
    await box.pressSequentially('bătrâni');
    const rows = page.locator('.search-app__list > li');
    for (const s of elderly) await expect(rows.filter({ has: page.getByRole('heading', { name: text(s.name), exact: true }) })).toHaveCount(1);
    await box.fill('masa calda');
    // One of them is in another county: loaded when asked.
    await page.getByRole('button', { name: 'Caută în toată țara' }).click();
    for (const s of food) await expect(rows.filter({ has: page.getByRole('heading', { name: text(s.name), exact: true }) })).toHaveCount(1);
    // Found through what the words mean: the page says which category it read them as.
    await box.fill('pensionari');
    await expect(page.locator('.search-app__related')).toContainText('Persoane vârstnice');
    await expect(rows).toHaveCount(elderly.length);
    // A Hungarian word on the Romanian page: the other languages' words load after the first results.
    await box.fill('időseknek');
    await expect(page.locator('.search-app__related')).toContainText('Persoane vârstnice');
    await expect(rows).toHaveCount(elderly.length);
  });

  test('nothing found: one message, the closest categories and the helplines with call buttons', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await page.getByLabel('Ce căutați?').pressSequentially('xqzwv');
    const empty = page.locator('.search-app__empty');
    await expect(empty.getByRole('heading', { name: 'Nu am găsit niciun serviciu' })).toBeVisible();
    // Never two messages that contradict each other.
    await expect(page.locator('.search-app__notice')).toHaveCount(0);
    await expect(page.locator('.search-app__list > li')).toHaveCount(0);
    await expect(empty.getByRole('link', { name: /112/ })).toHaveAttribute('href', 'tel:112');
    const line = fixtureContent.providers.flatMap((p) => p.data.services).find((s) => s.service_types.includes('helpline'))!;
    const call = empty.getByRole('link', { name: new RegExp(`Sunați la ${line.phones![0]!.number}`) });
    await expect(call).toHaveAttribute('href', /^tel:\+40800000000$/);

    // Words that mean a category, with a filter that leaves nothing: the category is offered.
    await page.goto('/?q=b%C4%83tr%C3%A2ni&cat=homeless');
    await ready(page);
    const suggestion = page.locator('.search-app__empty').getByRole('button', { name: 'Persoane vârstnice' });
    await expect(suggestion).toBeVisible();
    await suggestion.click();
    await expect(page).toHaveURL(/\?cat=elderly$/);
    await expect(page.locator('.search-app__list > li').first()).toBeVisible();
  });

  test('can be used with the keyboard alone', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    for (let i = 0; i < 40 && !(await page.getByLabel('Ce căutați?').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(page.getByLabel('Ce căutați?')).toBeFocused();
    await page.keyboard.type('adapost');
    await expect(page.locator('.search-app__list > li').first()).toContainText(/adăpost/i);
    // Enter moves to the results; Tab reaches the first result link.
    await page.keyboard.press('Enter');
    await expect(page.locator('.search-app__list')).toBeFocused();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('href', /\/providers\/.+#service-/);
    // A filter checkbox toggles with Space.
    const firstCheckbox = page.locator('.search-app__filters input[type="checkbox"]').first();
    await firstCheckbox.focus();
    await page.keyboard.press('Space');
    await expect(firstCheckbox).toBeChecked();
  });

  test('announces the number of results politely', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    const heading = page.locator('#search-results-title');
    const before = await heading.textContent();
    await page.getByLabel('Ce căutați?').pressSequentially('adapost');
    await expect(heading).not.toHaveText(before ?? '');
    const live = page.locator('.search-app [aria-live="polite"]');
    // The live region catches up with the visible count once typing pauses.
    await expect(live).toHaveText((await heading.textContent()) ?? '');
    await expect(live).toHaveText(/\d+ (serviciu|servicii|de servicii) găsit/);
  });

  test('the map toggle loads the map for the same results', async ({ page }) => {
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.goto('/');
    await ready(page);
    await page.getByRole('button', { name: 'Hartă', exact: true }).click();
    await expect(page).toHaveURL(/view=map/);
    await expect(page.locator('.search-app .map-view')).toBeVisible();
    // The list stays beside the map: nothing is only on the map.
    await expect(page.locator('.search-app__list > li').first()).toBeVisible();
  });

  test("the search map's places are the map page's: same ids, same links", async ({ page }) => {
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.goto('/en/?view=map');
    await ready(page);
    const map = page.locator('.search-app .map-view__map');
    await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 15_000 });
    const file = (await (await page.request.get('/en/map/points.json')).json()) as { points: Array<[string, string, number, number, string, string]> };
    const hrefs = new Map(file.points.map((p) => [p[0], p[5]]));
    const markers = map.locator('[data-point-id]');
    await expect(markers.first()).toBeVisible();
    const ids = await markers.evaluateAll((els) => els.map((el) => el.getAttribute('data-point-id') ?? ''));
    for (const id of ids) expect(hrefs.has(id), `${id} is a point of the map page`).toBe(true);
    // A marker's popup links to its place on the provider page, as on the map page.
    await markers.first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(`.leaflet-popup a[href="${hrefs.get(ids[0]!)}"]`)).toBeVisible();
  });

  test('English page searches with English labels', async ({ page }) => {
    await page.goto('/en/');
    await ready(page);
    await page.getByLabel('What are you looking for?').pressSequentially('homeless');
    await expect(page.locator('#search-results-title')).toHaveText(/service(s)? found/);
    await expect(page.locator('.search-app__list > li').first()).toBeVisible();
  });
});

// "Open now" is computed in the browser from hours compiled at build time for a window that starts at
// BUILD_DATE (fixed for the fixture site); the browser clock is set to instants inside that window.
test.describe('open now follows the clock, public holidays included', () => {
  const dayCentre = text(service(SERVICE.dayCentre).name); // Mo-Fr 08:00-16:00; PH off
  const shelter = text(service(SERVICE.shelter).name); // 24/7
  const canteen = text(service(SERVICE.canteen).name); // hours unknown
  const dvCentre = text(service(SERVICE.domesticViolence).name); // hours unknown
  const row = (page: Page, name: string) => page.locator('.search-app__list > li').filter({ has: page.getByRole('heading', { name, exact: true }) });
  const cases = [
    { when: 'a Tuesday at 10:00', instant: '2026-11-24T08:00:00Z', dayCentreOpen: true },
    { when: 'National Day, Tuesday 1 December, at 10:00', instant: '2026-12-01T08:00:00Z', dayCentreOpen: false },
    { when: 'a Tuesday at 20:00', instant: '2026-11-24T18:00:00Z', dayCentreOpen: false },
  ];
  for (const c of cases) {
    test(`on ${c.when}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(c.instant));
      await page.goto('/?q=exemplu');
      await ready(page);
      await expect(row(page, dayCentre).locator('.search-app__hours')).toHaveText(c.dayCentreOpen ? 'Deschis acum' : 'Închis acum');
      await expect(row(page, shelter).locator('.search-app__hours')).toHaveText('Deschis acum');
      // Unknown hours are said, never guessed.
      await expect(row(page, canteen).locator('.search-app__hours')).not.toHaveText(/acum/);
      await page.getByRole('radio', { name: 'Deschis acum' }).check();
      await expect(row(page, shelter)).toHaveCount(1);
      await expect(row(page, dayCentre)).toHaveCount(c.dayCentreOpen ? 1 : 0);
      // Unknown hours are not "closed": the canteen stays, after the open ones, marked "call first".
      const unknownSection = page.locator('.search-app__section--unknown');
      await expect(unknownSection.locator('.search-app__list > li').filter({ has: page.getByRole('heading', { name: canteen, exact: true }) })).toHaveCount(1);
      await expect(row(page, canteen).locator('.search-app__hours')).toHaveText('Program necunoscut — sunați înainte');
      const unknownCount = await unknownSection.locator('.search-app__list > li').count();
      await expect(unknownSection.locator('.search-app__section-title')).toHaveText(new RegExp(`^${unknownCount} .*sunați înainte`));
      await expect(page.locator('.search-app__section--open .search-app__list > li').filter({ has: page.getByRole('heading', { name: shelter, exact: true }) })).toHaveCount(1);
      // Among them the domestic-violence centre: the search now touches it, so the quick exit shows
      // and the address keeps no trace of the search (the safety rule), until the switch hides it.
      await expect(unknownSection.locator('.search-app__list > li').filter({ has: page.getByRole('heading', { name: dvCentre, exact: true }) })).toHaveCount(1);
      await expect(page.getByRole('link', { name: 'Ieși rapid de pe site' })).toBeVisible();
      await expect(page).toHaveURL(/\/$/);
      // The switch hides them, with their count beside it.
      const hide = page.getByRole('checkbox', { name: new RegExp(`Ascunde serviciile cu program necunoscut \\(${unknownCount}\\)`) });
      await hide.check();
      await expect(page).toHaveURL(/[?&]open=now&.*hideunknown=1|[?&]hideunknown=1&.*open=now/);
      await expect(row(page, canteen)).toHaveCount(0);
      await expect(row(page, shelter)).toHaveCount(1);
    });
  }
});

test.describe('one meaning of "here"', () => {
  test('an area lists what is located there first, then what serves it from elsewhere, the county and the country apart', async ({ page }) => {
    await page.goto('/?area=manastur');
    await ready(page);
    const sections = page.locator('.search-app__section');
    // The first results may come before the island (a plain list); the sections are the island's.
    await expect(sections.locator('.search-app__section-title')).toHaveCount(4);
    const headings = await sections.locator('.search-app__section-title').allTextContents();
    expect(headings.map((h) => h.replace(/\s*\(\d+\)$/, ''))).toEqual([
      'În Mănăștur',
      'Deservesc și Mănăștur, cu sediul în altă parte sau pentru tot orașul',
      'Pentru tot județul',
      'Servicii și linii telefonice naționale',
    ]);
    // Home care has its office in Mănăștur; the helpline serves the whole country.
    const homeCare = text(ASOCIATIA.services.find((x) => x.id === 'ingrijire-la-domiciliu')!.name);
    const line = text(ASOCIATIA.services.find((x) => x.service_types.includes('helpline'))!.name);
    await expect(page.locator('.search-app__section--located').getByRole('heading', { name: homeCare, exact: true })).toBeVisible();
    await expect(page.locator('.search-app__section--national').getByRole('heading', { name: line, exact: true })).toBeVisible();
    // The area filter counts the local services only: located there or serving it.
    const local = await page.locator('.search-app__section--located .search-app__list > li, .search-app__section--serves-locality .search-app__list > li').count();
    await expect(page.locator('#search-area option:checked')).toHaveText(new RegExp(`Mănăștur \\(${local}\\)$`));
    for (const h of headings) expect(Number(/\((\d+)\)$/.exec(h)?.[1])).toBeGreaterThan(0);
  });
});

test.describe('a link to an area no service names', () => {
  // Turda the locality (not the municipality): in the taxonomy, named by no service, so the search
  // manifest leaves it to the area file, which such a link loads before the search starts.
  test('is understood, and lists what serves it from the county and the country', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    const manifest = await (await page.request.get('/data/search/ro/index.json')).json() as { areas: string[] };
    expect(manifest.areas).not.toContain('turda-55268');
    await page.goto('/?area=turda-55268');
    await ready(page);
    await expect(page.locator('[data-unrecognised]')).toHaveCount(0);
    await expect(page.locator('.search-app__section-title', { hasText: 'Pentru tot județul' })).toBeVisible();
    await expect(page.locator('#search-area option:checked')).toHaveText(/^Turda/);
    expect(asked).toContain('/data/search/ro/areas.json');
  });

  test('the home page itself carries no list of areas: the island fetches them after the first results', async ({ page }) => {
    const html = await (await page.request.get('/')).text();
    expect(html).not.toContain('turda-55268');
    await page.goto('/?q=cantina');
    await ready(page);
    await expect(page.locator('#search-area option', { hasText: 'Mănăștur' })).toHaveCount(1);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the home page still lists providers and explains search needs JavaScript', async ({ page }) => {
    await page.goto('/?q=batrani');
    expect(await page.locator('#catalogue > li').count()).toBeGreaterThan(0);
    await expect(page.locator('.search-fallback')).toBeVisible();
    await expect(page.locator('.search-fallback')).toContainText('Căutarea instantanee are nevoie de JavaScript');
    await expect(page.locator('.search-app')).toHaveCount(0);
    // Lists for browsing without JavaScript follow the search section.
    await page.getByRole('link', { name: /Persoane fără adăpost/ }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Persoane fără adăpost');
  });
});
