/** "Send to a phone": the plain-text summary of a service or a sheet, and the SMS / WhatsApp links. */
import { describe, expect, it } from 'vitest';
import { providerSchema } from '../../src/schemas/provider';
import { publicProvider } from '../../src/lib/confidentiality/public-provider';
import { referralService } from '../../src/lib/shortlist/service-view';
import { serviceView } from '../../src/lib/views/service';
import { phoneViews } from '../../src/lib/views/contact';
import { makeT } from '../../src/lib/i18n/catalogues';
import { LANGS } from '../../src/locales';
import { serviceShareText, sheetShareText, shareFromReferral, shareFromServiceView, smsHref, whatsappHref, type ShareService } from '../../src/lib/views/share';
import { smsText } from '../../src/lib/views/share-links';
import { fixtureProvider, fixtureSite, realContent, TODAY } from './helpers';
import type { LoadedContent } from '../../src/build/content-files';

const URL_ = 'https://example.org/providers/x/#service-y';
const termsOf = (c: LoadedContent) => {
  const map = (list: Array<{ id: string }>) => new Map(list.map((x) => [x.id, x])) as never;
  return { categories: map(c.taxonomies.beneficiaryCategories), types: map(c.taxonomies.serviceTypes), areas: map(c.taxonomies.areas) };
};
const referralsOf = (c: LoadedContent, lang: (typeof LANGS)[number]) =>
  c.providers.flatMap(({ data }) => data.services.map((s) => referralService(publicProvider(data), s, lang, termsOf(c), TODAY, 24)));

// A shelter whose file (wrongly) holds a street and a point for its confidential place: what the gate must strip.
const leaky = providerSchema.parse({
  id: 'asociatia-test',
  name: 'Asociația Test',
  kind: 'ngo',
  sources: [{ id: 'site', kind: 'web', title: 'Site', url: 'https://example.org', date: '2026-10-01' }],
  phones: [{ number: '0264 000 000', source: 'site' }],
  locations: [
    {
      id: 'adapost', name: 'Adăpost', confidential: true, locality: 'Cluj-Napoca',
      contact_route: { ro: 'Adresa nu este publică. Sunați la 0700 000 555 sau la 112.', en: 'The address is not public. Call 0700 000 555 or 112.' },
    },
  ],
  services: [{ id: 'adapost', name: 'Adăpost', service_types: ['shelter'], beneficiary_categories: ['domestic-violence-victims'], locations: ['adapost'], sources: ['site'] }],
});
const SECRET = { street: 'Strada Secretă nr. 9', postal_code: '400999', locality: 'Cluj-Napoca', county: 'Cluj' };

describe('the summary of one service', () => {
  const directia = fixtureProvider('directia-exemplu-fixture');
  const pub = publicProvider(directia);
  const ro = makeT('ro');

  it('says the name, the provider, the address, a phone, the hours and the link, in that order', () => {
    const day = referralService(pub, directia.services.find((s) => s.id === 'centru-de-zi-varstnici')!, 'ro', termsOf(fixtureSite), TODAY, 24);
    const text = serviceShareText(shareFromReferral(day), ro, URL_);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`${day.name} — ${day.providerName}`);
    expect(lines[1]).toBe('Adresa: Strada Exemplu nr. 1, 400001 Cluj-Napoca, Cluj');
    expect(lines[2]).toBe('Telefon: 0700 000 101');
    expect(lines[3]).toMatch(/^Program: Mo-Fr 08:00-16:00/);
    expect(lines.at(-1)).toBe(URL_);
  });

  it('is worded in the page language', () => {
    const day = referralService(pub, directia.services.find((s) => s.id === 'centru-de-zi-varstnici')!, 'hu', termsOf(fixtureSite), TODAY, 24);
    const text = serviceShareText(shareFromReferral(day), makeT('hu'), URL_);
    expect(text).toContain('Cím: ');
    expect(text).toContain('Nyitvatartás: ');
    expect(text).not.toContain('Adresa');
  });

  it('reads the same from the provider page view as from the shortlist file', () => {
    const s = directia.services.find((x) => x.id === 'centru-de-zi-varstnici')!;
    const v = serviceView(pub, s, 'ro', termsOf(fixtureSite));
    const page = serviceShareText(shareFromServiceView(v, directia.alternate_name ? `${directia.name} (${directia.alternate_name})` : directia.name, phoneViews(directia.phones, 'ro')), ro);
    const list = serviceShareText(shareFromReferral(referralService(pub, s, 'ro', termsOf(fixtureSite), TODAY, 24)), ro);
    expect(page).toBe(list);
  });

  it('never carries a confidential address: the contact route numbers instead', () => {
    // Through the gate, as every page gets it, with the address and point the file should not hold.
    const raw = { ...leaky, locations: leaky.locations!.map((l) => ({ ...l, address: SECRET, latitude: 46.7, longitude: 23.5 })) } as typeof leaky;
    for (const lang of LANGS) {
      const r = referralService(publicProvider(raw), raw.services[0]!, lang, termsOf(realContent), TODAY, 24);
      const text = serviceShareText(shareFromReferral(r), makeT(lang), URL_);
      expect(text).toContain('0700 000 555');
      expect(text).toContain(makeT(lang)('provider.confidential'));
      for (const secret of ['Secretă', '400999', '46.7', '23.5']) expect(text, lang).not.toContain(secret);
    }
    // Even a caller that skipped the gate and passed the address along gets no address out.
    const bypass: ShareService = { name: 'Adăpost', providerName: 'Asociația Test', places: [{ confidential: true, address: 'Strada Secretă nr. 9', contactRoute: 'Sunați la 0700 000 555.' }], phones: [] };
    expect(serviceShareText(bypass, ro, URL_)).not.toContain('Secretă');
    expect(serviceShareText(bypass, ro, URL_)).toContain('Adresă confidențială; sunați la 0700 000 555');
    // The fixture's own shelter, as built.
    const dv = referralService(pub, directia.services.find((s) => s.id === 'centru-violenta-domestica')!, 'ro', termsOf(fixtureSite), TODAY, 24);
    expect(serviceShareText(shareFromReferral(dv), ro)).toContain('Adresă confidențială; sunați la 0700 000 101');
  });

  it('stays about one SMS for every service of the real content and the fixture, in every language', () => {
    for (const content of [realContent, fixtureSite])
      for (const lang of LANGS)
        for (const r of referralsOf(content, lang)) {
          const link = `https://servicii-sociale-cluj.example.org${r.url}`;
          const text = serviceShareText(shareFromReferral(r), makeT(lang), link);
          // At most 300 characters besides the link, each part clipped if it must be.
          expect(text.length - link.length - 1, `${r.key} (${lang}): ${text}`).toBeLessThanOrEqual(300);
          expect(text.length, `${r.key} (${lang}): ${text}`).toBeLessThanOrEqual(420);
        }
  });
});

describe('the summary of a sheet', () => {
  it('lists the services in the sheet order and ends with the sheet link', () => {
    const refs = referralsOf(fixtureSite, 'en').filter((r) => r.providerId === 'directia-exemplu-fixture').slice(0, 3).reverse();
    const text = sheetShareText(refs.map(shareFromReferral), makeT('en'), 'https://example.org/en/shortlist/sheet/?s=a.b');
    expect(text.startsWith('Referral sheet: 3 services\n\n')).toBe(true);
    const at = refs.map((r) => text.indexOf(r.name));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.endsWith('\nhttps://example.org/en/shortlist/sheet/?s=a.b')).toBe(true);
  });
});

describe('the links', () => {
  const text = 'Cantină — DASM\nTelefon: 0264 000 000 & more?\nhttps://example.org/p/#s';
  it('fill an SMS and a WhatsApp message with the text, to no one in particular', () => {
    expect(smsHref(text).startsWith('sms:?&body=')).toBe(true);
    expect(decodeURIComponent(smsHref(text).slice('sms:?&body='.length))).toBe(text);
    expect(whatsappHref(text).startsWith('https://wa.me/?text=')).toBe(true);
    expect(new URL(whatsappHref(text)).searchParams.get('text')).toBe(text);
    // Nothing but the text: no tracking parameter, no number.
    expect([...new URL(whatsappHref(text)).searchParams.keys()]).toEqual(['text']);
  });

  it('give back the text an SMS link carries (the page holds each message once, in its links)', () => {
    const text = 'Cantina socială — DASM & co. #1\nAdresa: Str. Ițcani 5\nProgram: 100% gratuit?';
    expect(smsText(smsHref(text))).toBe(text);
    expect(smsText(whatsappHref(text))).toBeUndefined();
  });
});
