import { expect, test, type Page } from '@playwright/test';
import { DIRECTIA, PLACE, SERVICE, placeOf, providerPath, service, text } from './fixture';

/** DIRECTIA's places: an exact named office, an approximate unnamed place, a confidential centre. */
const OFFICE = `${DIRECTIA.id}/${PLACE.office}`;
const APPROXIMATE = `${DIRECTIA.id}/${PLACE.approximate}`;
const CONFIDENTIAL = `${DIRECTIA.id}/${PLACE.confidential}`;
const officeStreet = placeOf(DIRECTIA, PLACE.office).address!.street;
const confidentialName = text(placeOf(DIRECTIA, PLACE.confidential).name);

/** Tests run without network: every tile request fails, as it would offline. */
async function blockTiles(page: Page): Promise<string[]> {
  const tileRequests: string[] = [];
  await page.route(/tile|openstreetmap/, (route) => {
    tileRequests.push(route.request().url());
    return route.abort();
  });
  return tileRequests;
}

const mapBox = (page: Page) => page.locator('.map-view__map');

/** Serves the English map page's data file with `points` instead of the real ones. */
async function mapPageWithPoints(page: Page, points: Array<{ id: string; name: string; lat: number; lng: number; precision: string; href: string }>): Promise<void> {
  await page.route('**/en/map/points.json', (route) =>
    route.fulfill({ json: { version: 1, points: points.map((p) => [p.id, p.name, p.lat, p.lng, p.precision, p.href]) } }));
}

/** A seeded spread of points around Cluj-Napoca. */
function syntheticPoints(n: number) {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: n }, (_, i) => ({
    id: `synthetic-${i}/loc`,
    name: `Synthetic service ${i}`,
    lat: 46.74 + rnd() * 0.06,
    lng: 23.54 + rnd() * 0.1,
    precision: i % 5 === 0 ? 'approximate' : 'exact',
    href: `/en/providers/synthetic-${i}/`,
  }));
}

// The map loads Leaflet on a shared 2-core machine; give each test room beyond the 30 s default.
test.describe.configure({ timeout: 60_000 });

test.describe('map page', () => {
  test('shows the located service as a labelled marker that the keyboard reaches and opens', async ({ page }) => {
    const tiles = await blockTiles(page);
    // The built data file, narrowed to one approximate place so that no neighbour clusters it away.
    await page.route('**/en/map/points.json', async (route) => {
      const file = (await (await route.fetch()).json()) as { points: Array<[string, ...unknown[]]> };
      await route.fulfill({ json: { ...file, points: file.points.filter((p) => p[0] === APPROXIMATE) } });
    });
    await page.goto('/en/map/');
    await expect(mapBox(page)).toHaveAttribute('data-map-ready', 'true', { timeout: 15_000 });
    const marker = mapBox(page).locator(`[data-point-id="${APPROXIMATE}"]`);
    await expect(marker).toHaveAttribute('role', 'button');
    await expect(marker).toHaveAttribute('tabindex', '0');
    await expect(marker).toHaveAttribute('aria-label', `${DIRECTIA.name} (approximate location)`);

    // Tab from the map into its first marker, Enter opens the popup, Enter on its link opens the provider page.
    await mapBox(page).focus();
    await page.keyboard.press('Tab');
    await expect(marker).toBeFocused();
    await page.keyboard.press('Enter');
    const link = page.locator(`.leaflet-popup a[href="${providerPath(DIRECTIA, 'en')}#location-${PLACE.approximate}"]`);
    await expect(link).toBeVisible();
    await expect(link).toBeFocused();
    // Escape closes the popup and gives focus back to the marker; Enter opens it again.
    await page.keyboard.press('Escape');
    await expect(page.locator('.leaflet-popup')).toHaveCount(0);
    await expect(marker).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${providerPath(DIRECTIA, 'en')}#location-${PLACE.approximate}`);

    // The tiles failed (no network) and the page said so, without breaking anything else.
    expect(tiles.length).toBeGreaterThan(0);
  });

  test('works when tiles cannot load: markers, list and a note', async ({ page }) => {
    await blockTiles(page);
    await page.goto('/en/map/');
    await expect(page.locator('.map-view__status')).toContainText('The map background could not load', { timeout: 15_000 });
    await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
    await expect(page.locator(`.map-list [data-point-id="${OFFICE}"]`)).toContainText(officeStreet);
  });

  test('draws approximate places differently from exact ones, not by colour alone', async ({ page }) => {
    await blockTiles(page);
    // Four places far apart, so none is clustered: two exact, two approximate.
    const corners: Array<[number, number]> = [[46.70, 23.45], [46.70, 23.75], [46.84, 23.45], [46.84, 23.75]];
    const spread = corners.map(([lat, lng], i) => ({
      id: `p${i}/loc`, name: `Place ${i}`, lat, lng, precision: i % 2 ? 'approximate' : 'exact', href: `/en/providers/p${i}/`,
    }));
    await mapPageWithPoints(page, spread);
    await page.goto('/en/map/');
    await expect(mapBox(page)).toHaveAttribute('data-map-ready', 'true', { timeout: 15_000 });
    const approx = mapBox(page).locator('.map-pin[data-precision="approximate"]');
    const exact = mapBox(page).locator('.map-pin[data-precision="exact"]');
    await expect(approx).toHaveCount(2);
    await expect(exact).toHaveCount(2);
    const style = (el: Element) => ({ border: getComputedStyle(el).borderTopStyle, width: (el as HTMLElement).offsetWidth });
    const a = await approx.first().evaluate(style);
    const e = await exact.first().evaluate(style);
    expect(a.border).toBe('dashed');
    expect(e.border).toBe('solid');
    expect(a.width).toBeGreaterThan(e.width);
    await expect(approx.first()).toHaveAttribute('aria-label', 'Place 1 (approximate location)');
    await expect(exact.first()).toHaveAttribute('aria-label', 'Place 0');
    await expect(page.locator('.map-view__legend')).toContainText('Hollow dashed circle: approximate location');
  });

  test('never shows a confidential location, on the map or in its list', async ({ page }) => {
    await blockTiles(page);
    await page.goto('/en/map/');
    await expect(mapBox(page)).toHaveAttribute('data-map-ready', 'true', { timeout: 15_000 });
    const ids = await mapBox(page).locator('[data-point-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-point-id')));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(CONFIDENTIAL);
    await expect(page.locator('main')).not.toContainText(text(placeOf(DIRECTIA, PLACE.confidential).name, 'en'));
    // Nor in the map's data file.
    const file = await (await page.request.get('/en/map/points.json')).text();
    expect(file).toContain(OFFICE);
    expect(file).not.toContain(PLACE.confidential);
    // The map shows exactly the places the list shows.
    const listed = await page.locator('.map-list [data-point-id]').count();
    await expect(mapBox(page)).toHaveAttribute('data-points', String(listed));
  });

  test('draws the built points as clusters and single pins, each point once', async ({ page }) => {
    await blockTiles(page);
    await page.goto('/en/map/');
    await expect(mapBox(page)).toHaveAttribute('data-map-ready', 'true', { timeout: 15_000 });
    const total = Number(await mapBox(page).getAttribute('data-points'));
    // The fixture's Cluj-Napoca places share a cluster at the first view; Turda and Oradea stand alone.
    await expect(page.locator('.map-cluster').first()).toBeVisible();
    await expect(page.locator('.map-pin').first()).toBeVisible();
    const clustered = await page.locator('.map-cluster').evaluateAll((els) => els.reduce((sum, el) => sum + Number(el.getAttribute('data-cluster-count')), 0));
    expect(clustered + await page.locator('.map-pin').count()).toBe(total);
  });

  // At 3,000 points the first view's clusters are built while Leaflet loads; they must be the ones drawn and opened.
  for (const n of [300, 3000]) test(`clusters ${n} points into labelled buttons; Enter zooms into a cluster`, async ({ page }) => {
    await blockTiles(page);
    const points = syntheticPoints(n);
    await mapPageWithPoints(page, points);
    await page.goto('/en/map/');
    await expect(mapBox(page)).toHaveAttribute('data-points', String(n), { timeout: 15_000 });
    const clusters = page.locator('.map-cluster');
    await expect(clusters.first()).toBeVisible();
    // Every point is either inside a cluster or drawn on its own: the map shows the whole set.
    const clusterTotal = await clusters.evaluateAll((els) => els.reduce((sum, el) => sum + Number(el.getAttribute('data-cluster-count')), 0));
    const singles = await page.locator('.map-pin').count();
    expect(clusterTotal + singles).toBe(n);

    const first = clusters.first();
    const count = Number(await first.getAttribute('data-cluster-count'));
    await expect(first).toHaveAttribute('role', 'button');
    await expect(first).toHaveAttribute('tabindex', '0');
    await expect(first).toHaveAttribute('aria-label', new RegExp(`^${count} services here`));
    const zoomBefore = Number(await mapBox(page).getAttribute('data-zoom'));
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => Number(await mapBox(page).getAttribute('data-zoom'))).toBeGreaterThan(zoomBefore);
    // Focus moves on to a marker of the closer view instead of being lost.
    await expect(page.locator('.leaflet-marker-icon:focus')).toHaveCount(1);
  });

  test('does not animate zooming when the reader asks for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await blockTiles(page);
    await page.goto('/en/map/');
    await expect(mapBox(page)).toHaveAttribute('data-map-ready', 'true', { timeout: 15_000 });
    await expect(mapBox(page)).not.toHaveClass(/leaflet-fade-anim/);
    await expect(mapBox(page)).not.toHaveClass(/leaflet-zoom-anim/);
  });

  test('the home page loads neither Leaflet nor its CSS', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('/en/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /leaflet|map-engine/.test(u))).toEqual([]);
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Map' })).toHaveAttribute('href', '/en/map/');
  });

  test('the home page starts loading the map when the reader reaches the Map button, before pressing it', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('/en/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /map-engine|leaflet/.test(u))).toEqual([]);
    const mapButton = page.getByRole('group', { name: 'View', exact: true }).getByRole('button', { name: 'Map' });
    await mapButton.focus();
    await expect.poll(() => requested.filter((u) => /map-engine/.test(u)).length).toBeGreaterThan(0);
    await expect.poll(() => requested.filter((u) => /leaflet.*\.css/.test(u)).length).toBeGreaterThan(0);
    await expect(mapButton).toHaveAttribute('aria-pressed', 'false');
  });

  test('a popup says what is offered there, the address, a number to tap and links to the page', async ({ page }) => {
    await blockTiles(page);
    // The built file, narrowed to the office so that no neighbour clusters it away.
    await page.route('**/en/map/points.json', async (route) => {
      const file = (await (await route.fetch()).json()) as { points: Array<[string, ...unknown[]]> };
      await route.fulfill({ json: { ...file, points: file.points.filter((p) => p[0] === OFFICE) } });
    });
    await page.goto('/en/map/');
    await expect(mapBox(page)).toHaveAttribute('data-map-ready', 'true', { timeout: 15_000 });
    await mapBox(page).locator(`[data-point-id="${OFFICE}"]`).click();
    const popup = page.locator('.leaflet-popup');
    await expect(popup.getByRole('link', { name: new RegExp(DIRECTIA.name) })).toHaveAttribute('href', `${providerPath(DIRECTIA, 'en')}#location-${PLACE.office}`);
    // The services at the office, by name; not the ones elsewhere.
    await expect(popup.locator('.map-popup__services li')).toHaveText([text(service(SERVICE.dayCentre).name, 'en'), text(service(SERVICE.recovery).name, 'en')]);
    await expect(popup.locator('address')).toContainText(officeStreet);
    const phone = DIRECTIA.phones![0]!.number;
    await expect(popup.getByRole('link', { name: `Call ${phone}` })).toHaveAttribute('href', 'tel:+40700000101');
    await expect(popup).toContainText('Exact location');
  });

  test('the legend explains what an approximate point means', async ({ page }) => {
    await blockTiles(page);
    await page.goto('/en/map/');
    await expect(mapBox(page)).toHaveAttribute('data-map-ready', 'true', { timeout: 15_000 });
    await expect(page.locator('.map-view__legend-note')).toHaveText(/only the area or the street, not the building/);
  });

  test('preloads the points file from the page head', async ({ page }) => {
    await page.goto('/en/map/');
    await expect(page.locator('head link[rel="preload"][as="fetch"]')).toHaveAttribute('href', '/en/map/points.json');
  });
});

test.describe('map page with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('still lists every located service with its address and a link', async ({ page }) => {
    await page.goto('/map/');
    const row = page.locator(`.map-list [data-point-id="${OFFICE}"]`);
    await expect(row).toContainText(officeStreet);
    await expect(row).toContainText('Cluj-Napoca');
    await expect(row.getByRole('link')).toHaveAttribute('href', `${providerPath(DIRECTIA)}#location-${PLACE.office}`);
    await expect(page.locator('.map-list')).not.toContainText(confidentialName);
    // A directory this small (at most the home page's 300 providers) lists places, not counties.
    await expect(page.locator('#map-counties')).toHaveCount(0);
  });

  test('a provider page keeps the address and says the map needs JavaScript', async ({ page }) => {
    await page.goto(providerPath(DIRECTIA));
    await expect(page.locator(`#location-${PLACE.office} address`)).toContainText(officeStreet);
    await expect(page.locator('.provider-map')).toContainText('Harta are nevoie de JavaScript');
  });
});

test.describe('provider page map', () => {
  test('loads only when scrolled into view and shows the public place, never the confidential one', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 400 });
    await blockTiles(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(providerPath(DIRECTIA, 'en'));
    // The address is in the HTML whatever happens to the map.
    await expect(page.locator(`#location-${PLACE.office} address`)).toContainText(officeStreet);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /leaflet.*\.css|map-engine/.test(u))).toEqual([]);

    const map = page.locator('provider-map [data-map]');
    await map.scrollIntoViewIfNeeded();
    await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 15_000 });
    await expect(page.locator('provider-map [data-no-js]')).toHaveCount(0);
    expect(requested.some((u) => /leaflet.*\.css/.test(u))).toBe(true);
    // Both public places are drawn, the approximate one said to be so; the confidential one never.
    await expect(map.locator(`[data-point-id="${APPROXIMATE}"]`)).toHaveAttribute('aria-label', /approximate location/);
    await expect(map.locator(`[data-point-id="${OFFICE}"]`)).not.toHaveAttribute('aria-label', /approximate/);
    await expect(map.locator(`[data-point-id="${CONFIDENTIAL}"]`)).toHaveCount(0);
  });

});

test.describe('directions', () => {
  test('go to the street address of an approximate place, and to the point of an exact one', async ({ page }) => {
    await page.goto(providerPath(DIRECTIA));
    const approximate = placeOf(DIRECTIA, PLACE.approximate);
    const office = placeOf(DIRECTIA, PLACE.office);
    await expect(page.locator(`#location-${PLACE.approximate}`).getByRole('link', { name: 'Cum ajung acolo (hartă)' }))
      .toHaveAttribute('href', `https://www.openstreetmap.org/directions?to=${encodeURIComponent(`${approximate.address!.street}, ${approximate.address!.locality}`)}`);
    await expect(page.locator(`#location-${PLACE.office}`).getByRole('link', { name: 'Cum ajung acolo (hartă)' }))
      .toHaveAttribute('href', `https://www.openstreetmap.org/directions?to=${office.latitude!.toFixed(5)}%2C${office.longitude!.toFixed(5)}`);
  });
});

test.describe('search map', () => {
  test('its popups carry the address from the map page and a number to tap', async ({ page }) => {
    await blockTiles(page);
    await page.goto(`/en/?q=${encodeURIComponent(text(service(SERVICE.shelter).name, 'en'))}&view=map`);
    const box = page.locator('.search-app .map-view__map');
    await expect(box).toHaveAttribute('data-map-ready', 'true', { timeout: 20_000 });
    await box.locator(`[data-point-id="${APPROXIMATE}"]`).click();
    const popup = page.locator('.leaflet-popup');
    await expect(popup.locator('address')).toContainText(placeOf(DIRECTIA, PLACE.approximate).address!.street);
    await expect(popup.locator('a[href^="tel:"]')).toHaveText(`Call ${DIRECTIA.phones![0]!.number}`);
  });
});

test.describe('map accessibility', () => {
  for (const [path, part] of [['/en/map/', '.map-view'], [providerPath(DIRECTIA), '.provider-map']] as const) {
    test(`axe finds no violations in the map of ${path}`, async ({ page }) => {
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      await blockTiles(page);
      await page.goto(path);
      const box = page.locator('[data-map-ready], .map-view__map, provider-map [data-map]').first();
      await box.scrollIntoViewIfNeeded();
      await expect(page.locator('[data-map-ready="true"]')).toHaveCount(1, { timeout: 15_000 });
      // Only the map's part of the page: the pages themselves are checked by the site-wide accessibility tests.
      const results = await new AxeBuilder({ page }).include(part).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
