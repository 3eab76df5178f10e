import { describe, expect, it } from 'vitest';
import { providerSchema } from '../../src/schemas/provider';
import { publicProvider } from '../../src/lib/confidentiality/public-provider';
import { referralProviderFile, referralService, termLabels } from '../../src/lib/shortlist/service-view';
import { localizeReferral, shortlistProviderFile } from '../../src/lib/shortlist/provider-file';
import { SHORTLIST_STRING_KEYS } from '../../src/lib/shortlist/strings';
import { pickStrings } from '../../src/lib/i18n/catalogues';
import { translator } from '../../src/lib/i18n/translator';
import { LANGS } from '../../src/locales';
import { locationView } from '../../src/lib/views/location';
import { shortlistDataPath } from '../../src/lib/routes';
import type { TaxonomyTerm } from '../../src/schemas/taxonomy';

// A synthetic provider, through the real schema so it cannot drift from what content may hold.
const provider = providerSchema.parse({
  id: 'asociatia-test',
  name: 'Asociația Test',
  alternate_name: 'AT',
  kind: 'ngo',
  assured_date: '2026-11-01',
  sources: [
    { id: 'site', kind: 'web', title: 'Site', url: 'https://example.org', date: '2026-10-01' },
    { id: 'vechi', kind: 'web', title: 'Old', url: 'https://example.org/old', date: '2019-01-01' },
  ],
  phones: [{ number: '0264 000 000', source: 'site' }],
  emails: [{ address: 'contact@example.org', source: 'site' }],
  locations: [
    { id: 'sediu', address: { street: 'Strada Test nr. 1', postal_code: '400001', locality: 'Cluj-Napoca', county: 'Cluj' }, latitude: 46.77, longitude: 23.59, precision: 'exact', accessibility: { wheelchair: 'yes', source: 'site' }, source: 'site' },
    { id: 'adapost', name: 'Adăpost', confidential: true, locality: 'Cluj-Napoca', contact_route: { ro: 'Sunați la 0264 000 000.', en: 'Call 0264 000 000.' } },
  ],
  services: [
    {
      id: 'consiliere',
      name: { ro: 'Consiliere', en: 'Counselling' },
      service_types: ['counselling'],
      beneficiary_categories: ['elderly'],
      age_min: 65,
      cost: { kind: 'free', source: 'site' },
      access: { modes: ['appointment', 'referral'], how_to_refer: { ro: 'Cerere scrisă', en: 'A written request' }, source: 'site' },
      documents: ['Carte de identitate'],
      capacity: { value: 12, unit: 'places', source: 'site' },
      languages: ['ro', 'hu'],
      hours: { opening_hours: 'Mo-Fr 08:00-16:00', source: 'site' },
      locations: ['sediu'],
      phones: [{ number: '0744 000 000', source: 'site' }, { number: '0264 000 000', source: 'site' }],
      sources: ['site'],
    },
    {
      id: 'adapost',
      name: 'Adăpost',
      service_types: ['shelter'],
      beneficiary_categories: ['domestic-violence-victims'],
      locations: ['adapost'],
      sources: ['vechi'],
    },
  ],
});

const term = (id: string, ro: string, en: string): TaxonomyTerm => ({ id, label: { ro, en, hu: ro } }) as TaxonomyTerm;
const terms = {
  categories: new Map([['elderly', term('elderly', 'Persoane vârstnice', 'Elderly people')]]),
  types: new Map([['counselling', term('counselling', 'Consiliere', 'Counselling')]]),
  areas: new Map<string, TaxonomyTerm>(),
};
const pub = publicProvider(provider);

describe('referral view of a service', () => {
  it('formats every fact in the reader language', () => {
    const s = referralService(pub, pub.services[0]!, 'en', terms, '2026-11-24', 24);
    expect(s).toMatchObject({
      key: 'asociatia-test/consiliere',
      name: 'Counselling',
      providerName: 'Asociația Test (AT)',
      url: '/en/providers/asociatia-test/#service-consiliere',
      forWhom: ['Elderly people'],
      ages: 'from 65 years',
      cost: 'Free',
      access: 'By appointment, By referral',
      howToRefer: 'A written request',
      documents: ['Carte de identitate'],
      capacity: '12 places',
      hours: 'Mo-Fr 08:00-16:00',
      languages: ['Romanian', 'Hungarian'],
      assured: '1 November 2026',
      newestSource: '1 October 2026',
      stale: false,
    });
    expect(s.places).toEqual([{ name: undefined, confidential: false, address: 'Strada Test nr. 1, 400001 Cluj-Napoca, Cluj', directions: 'https://www.openstreetmap.org/directions?to=46.77000%2C23.59000', accessibility: 'Wheelchair accessible' }]);
    // The service's own number first, the organisation's once.
    expect(s.phones.map((p) => p.number)).toEqual(['0744 000 000', '0264 000 000']);
    expect(s.emails).toEqual([{ address: 'contact@example.org', href: 'mailto:contact@example.org' }]);
  });

  it('leaves unknown facts out, so the page can say "unknown"', () => {
    const s = referralService(pub, pub.services[1]!, 'ro', terms, '2026-11-24', 24);
    for (const field of ['cost', 'access', 'howToRefer', 'capacity', 'hours', 'languages', 'eligibility', 'ages'] as const) expect(s[field]).toBeUndefined();
    expect(s.documents).toEqual([]);
  });

  it('takes freshness from the sources behind what it shows, and names the old facts', () => {
    const s = referralService(pub, pub.services[1]!, 'en', terms, '2026-11-24', 24);
    // What the shelter is comes from a 2019 page; the organisation's phone it shows, from 2026.
    expect(s).toMatchObject({ oldestSource: '1 January 2019', newestSource: '1 October 2026', stale: true, oldFacts: ['what the service is'] });
    const fresh = referralService(pub, pub.services[0]!, 'en', terms, '2026-11-24', 24);
    expect(fresh).toMatchObject({ stale: false, oldFacts: [] });
  });

  it('says "verified" only where a person assured the entry', () => {
    expect(referralService(pub, pub.services[0]!, 'en', terms, '2026-11-24', 24).assured).toBe('1 November 2026');
    const unassured = publicProvider(providerSchema.parse({ ...provider, assured_date: undefined }));
    expect(referralService(unassured, unassured.services[0]!, 'en', terms, '2026-11-24', 24).assured).toBeUndefined();
  });

  it('dates a page without its own date by the day a person read it (accessed)', () => {
    const read = publicProvider(providerSchema.parse({
      ...provider,
      assured_date: undefined,
      sources: [{ id: 'site', kind: 'web', title: 'Site', url: 'https://example.org', accessed: '2026-11-20' }, provider.sources[1]],
    }));
    const s = referralService(read, read.services[0]!, 'en', terms, '2026-11-24', 24);
    expect(s).toMatchObject({ newestSource: '20 November 2026', oldestSource: '20 November 2026', stale: false });
    expect(s.assured).toBeUndefined();
    // The language-neutral file carries the same dates (ISO), so the browser words them alike.
    expect(shortlistProviderFile(read, '2026-11-24', 24, () => undefined)!.services[0]).toMatchObject({ newestSource: '2026-11-20' });
  });

  it('never carries a confidential address: only its contact route', () => {
    const file = referralProviderFile(pub, 'en', terms, '2026-11-24', 24);
    const shelter = file.services.find((s) => s.id === 'adapost')!;
    expect(shelter.places).toEqual([{
      name: 'Adăpost', confidential: true, contactRoute: 'Call 0264 000 000.',
      contactRouteParts: [{ text: 'Call ' }, { text: '0264 000 000', href: 'tel:+40264000000', kind: 'phone' }, { text: '.' }],
    }]);
    expect(JSON.stringify(file)).not.toMatch(/latitude|longitude/);
  });

  it('words each place as the location presenter does, in every language (address, directions, contact route and its language)', () => {
    for (const lang of LANGS) for (const s of pub.services) {
      const expected = (pub.locations ?? []).filter((l) => s.locations?.includes(l.id)).map((l) => locationView(l, lang)).map((v) => (v.confidential
        ? { name: v.name, confidential: true, contactRoute: v.contactRoute, contactRouteParts: v.contactRouteParts, contactRouteLang: v.contactRouteLang }
        : { name: v.name, confidential: false, address: v.address, directions: v.directions, accessibility: v.accessibility }));
      expect(referralService(pub, s, lang, terms, '2026-11-24', 24).places, `${lang} ${s.id}`).toEqual(expected);
    }
    // The shelter's route has no Hungarian text: the Romanian one is shown, marked as Romanian.
    expect(referralService(pub, pub.services[1]!, 'hu', terms, '2026-11-24', 24).places[0]).toMatchObject({ contactRouteLang: 'ro' });
  });

  it('lives at a static, per-provider address, one file for every language', () => {
    expect(shortlistDataPath('asociatia-test')).toBe('/data/shortlist/asociatia-test.json');
  });
});

describe('the language-neutral shortlist file', () => {
  const areaLabel = (id: string) => terms.areas.get(id)?.label;
  const file = shortlistProviderFile(pub, '2026-11-24', 24, areaLabel)!;

  it('holds the facts once, texts in the languages they were written in, terms by id', () => {
    const text = JSON.stringify(file);
    expect(text).toContain('"en":"Counselling"');
    expect(text).toContain('"categories":["elderly"]');
    expect(text).not.toContain('Elderly people');
    expect(text).not.toMatch(/latitude|longitude|"lang"/);
  });

  it('words a service in the browser exactly as the build does, in every language', () => {
    for (const lang of LANGS) {
      const t = translator(pickStrings(lang, SHORTLIST_STRING_KEYS), lang);
      expect(localizeReferral(file, lang, t, termLabels(terms, lang)), lang).toEqual(pub.services.map((s) => referralService(pub, s, lang, terms, '2026-11-24', 24)));
    }
  });

  it('is written only for providers with documented services', () => {
    expect(shortlistProviderFile({ ...pub, services: [] }, '2026-11-24', 24, areaLabel)).toBeUndefined();
  });
});
