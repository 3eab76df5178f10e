/**
 * "Send to a phone": SMS and WhatsApp links on a provider page's services, the shortlist and the
 * referral sheet, each carrying a short plain-text summary in the page's language with an absolute
 * link, and nothing else: no script of a third party, no tracking parameter.
 */
import { expect, test, type Locator } from '@playwright/test';
import { SITE } from '../../src/config';
import { DIRECTIA, PLACE, SERVICE, placeOf, providerPath, service, text } from './fixture';

const expectSlow = expect.configure({ timeout: 20_000 });
/** The public address links start with: the site setting when the build has one, else the page's own. */
const base = (baseURL: string | undefined) => (SITE.url as string | undefined) ?? baseURL!;
const body = async (link: Locator) => {
  const href = (await link.getAttribute('href'))!;
  return href.startsWith('sms:') ? decodeURIComponent(href.slice('sms:?&body='.length)) : new URL(href).searchParams.get('text')!;
};
const serviceId = (key: string) => key.split('/')[1]!;

test('a service on its provider page: SMS and WhatsApp with name, address, phone, hours and its link', async ({ page, baseURL }) => {
  await page.goto(providerPath(DIRECTIA));
  const section = page.locator(`#service-${serviceId(SERVICE.dayCentre)}`);
  const sms = section.getByRole('link', { name: `Trimiteți prin SMS: ${text(service(SERVICE.dayCentre).name)}` });
  const whatsapp = section.getByRole('link', { name: `Trimiteți pe WhatsApp: ${text(service(SERVICE.dayCentre).name)}` });
  const message = await body(sms);
  expect(message).toContain(text(service(SERVICE.dayCentre).name));
  expect(message).toContain(`Adresa: ${placeOf(DIRECTIA, PLACE.office).address!.street}`);
  expect(message).toContain(`Telefon: ${DIRECTIA.phones![0]!.number}`);
  expect(message).toContain('Program: Mo-Fr 08:00-16:00');
  expect(message.split('\n').at(-1)).toBe(`${base(baseURL)}${providerPath(DIRECTIA)}#service-${serviceId(SERVICE.dayCentre)}`);
  expect(await body(whatsapp)).toBe(message);
  expect(new URL((await whatsapp.getAttribute('href'))!).origin).toBe('https://wa.me');
});

test('the message about a confidential service names no place, only how to call', async ({ page }) => {
  await page.goto(providerPath(DIRECTIA));
  const message = await body(page.locator(`#service-${serviceId(SERVICE.domesticViolence)} [data-share="sms"]`));
  expect(message).toContain('Adresă confidențială; sunați la 0700 000 101');
  expect(message).not.toContain(placeOf(DIRECTIA, PLACE.office).address!.street);
});

test('in Hungarian the message is Hungarian', async ({ page }) => {
  await page.goto(providerPath(DIRECTIA, 'hu'));
  const message = await body(page.locator(`#service-${serviceId(SERVICE.dayCentre)} [data-share="sms"]`));
  expect(message).toContain('Cím: ');
  expect(message).toContain('Nyitvatartás: ');
  expect(message).toContain('/hu/providers/');
});

test('the shortlist and the referral sheet send their services, in the shortlist order', async ({ page, baseURL }) => {
  await page.goto(providerPath(DIRECTIA));
  for (const key of [SERVICE.recovery, SERVICE.shelter]) await page.locator(`button[data-shortlist-key="${key}"]`).click();
  await page.goto('/shortlist/');
  const item = page.locator(`.shortlist-items li[data-key="${SERVICE.recovery}"]`);
  const one = await body(item.locator('[data-share="sms"]'));
  expect(one.split('\n')[0]).toContain(text(service(SERVICE.recovery).name));
  expect(one.split('\n').at(-1)).toBe(`${base(baseURL)}${providerPath(DIRECTIA)}#service-${serviceId(SERVICE.recovery)}`);

  await page.getByRole('link', { name: 'Fă fișa de trimitere' }).click();
  await expectSlow(page.locator('.sheet-service')).toHaveCount(2);
  const sheet = await body(page.getByRole('link', { name: 'Trimiteți prin SMS: Fișă de trimitere' }));
  expect(sheet.startsWith('Fișă de trimitere: 2 servicii')).toBe(true);
  expect(sheet.indexOf(text(service(SERVICE.recovery).name))).toBeLessThan(sheet.indexOf(text(service(SERVICE.shelter).name)));
  expect(sheet.split('\n').at(-1)).toBe(`${base(baseURL)}${new URL(page.url()).pathname}${new URL(page.url()).search}`);
  await expect(page.getByRole('link', { name: 'Trimiteți pe WhatsApp: Fișă de trimitere' })).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=/);
});
