/**
 * The presenters in src/lib/views: how a provider, a service and a place read in each language.
 * Every page, island and export renders through them, so these tests pin the wording once.
 */
import { describe, expect, it } from 'vitest';
import { providerSchema } from '../../src/schemas/provider';
import type { TaxonomyTerm } from '../../src/schemas/taxonomy';
import { publicProvider, type PublicLocation } from '../../src/lib/confidentiality/public-provider';
import { makeT } from '../../src/lib/i18n/catalogues';
import { accessibilityText, addressLine, agesText, hoursLine, languageName } from '../../src/lib/views/facts';
import { locationView } from '../../src/lib/views/location';
import { serviceView } from '../../src/lib/views/service';
import { providerView } from '../../src/lib/views/provider';
import { directionsHref, serviceContacts } from '../../src/lib/views/contact';
import { providerJsonLd } from '../../src/lib/views/json-ld';
import { referralService } from '../../src/lib/shortlist/service-view';
import { mapListRows } from '../../src/lib/map/points';
import { exportFiles } from '../../src/lib/export';
import { freshInput, META } from './export-fixtures';

// A synthetic provider, through the real schema so it cannot drift from what content may hold.
const provider = providerSchema.parse({
  id: 'asociatia-test',
  name: 'Asociația Test',
  kind: 'ngo',
  description: { ro: 'Ajutăm **vârstnicii**.' },
  assured_date: '2026-11-01',
  sources: [
    { id: 'site', kind: 'web', title: 'Site', url: 'https://example.org', date: '2026-10-01' },
    { id: 'scrisoare', kind: 'self', title: 'Scrisoare' },
  ],
  phones: [{ number: '0264 000 000', label: { ro: 'Centrală', en: 'Switchboard' }, source: 'site' }],
  emails: [{ address: 'contact@example.org', source: 'site' }],
  locations: [
    {
      id: 'sediu', name: { ro: 'Sediul', en: 'Head office' },
      address: { street: 'Strada Test nr. 1', postal_code: '400001', locality: 'Cluj-Napoca', county: 'Cluj' },
      latitude: 46.77, longitude: 23.59, precision: 'street',
      accessibility: { note: { ro: 'Rampă în spate', en: 'Ramp at the back' }, source: 'site' }, source: 'site',
    },
    { id: 'adapost', name: 'Adăpost', confidential: true, locality: 'Cluj-Napoca', contact_route: { ro: 'Sunați la 0264 000 000.', en: 'Call 0264 000 000.' } },
  ],
  services: [
    {
      id: 'consiliere',
      name: { ro: 'Consiliere', en: 'Counselling', hu: 'Tanácsadás' },
      service_types: ['counselling'],
      beneficiary_categories: ['elderly'],
      age_min: 18, age_max: 64,
      cost: { kind: 'means_tested', details: { ro: 'Contribuție de 10%', en: 'A 10% contribution' }, source: 'site' },
      access: { modes: ['walk_in', 'appointment'], how_to_refer: 'Cerere scrisă', source: 'site' },
      capacity: { value: 1200, unit: 'per_month', source: 'site' },
      languages: ['ro', 'hu'],
      hours: { opening_hours: 'Mo-Fr 08:00-16:00', note: 'Programări telefonic', source: 'site' },
      areas_served: ['cluj-napoca'],
      locations: ['sediu', 'adapost'],
      phones: [{ number: '0744 000 000', source: 'site' }],
      sources: ['site'],
    },
    { id: 'adapost', name: 'Adăpost', status: 'inactive', service_types: ['shelter'], beneficiary_categories: ['elderly'], locations: ['adapost'], sources: ['scrisoare'] },
  ],
});
const pub = publicProvider(provider);
const [sediu, adapost] = pub.locations! as [PublicLocation, PublicLocation];

const term = (id: string, ro: string, en: string, hu: string) => ({ id, label: { ro, en, hu } }) as TaxonomyTerm;
const terms = {
  categories: new Map([['elderly', term('elderly', 'Persoane vârstnice', 'Elderly people', 'Idős személyek')]]),
  types: new Map([['counselling', term('counselling', 'Consiliere', 'Counselling', 'Tanácsadás')]]),
  areas: new Map([['cluj-napoca', term('cluj-napoca', 'Cluj-Napoca', 'Cluj-Napoca', 'Kolozsvár')]]),
};

describe('facts', () => {
  it('writes an address on one line, with or without a postal code', () => {
    expect(addressLine({ street: 'Str. Albac nr. 2', postal_code: '400459', locality: 'Cluj-Napoca', county: 'Cluj' })).toBe('Str. Albac nr. 2, 400459 Cluj-Napoca, Cluj');
    expect(addressLine({ street: 'Str. Albac nr. 2', locality: 'Florești', county: 'Cluj' })).toBe('Str. Albac nr. 2, Florești, Cluj');
  });

  it('says the ages a service takes, or nothing when the entry does not', () => {
    const t = makeT('en');
    expect(agesText(t, 0, 18)).toBe('0–18 years');
    expect(agesText(t, 65, undefined)).toBe('from 65 years');
    expect(agesText(t, undefined, 3)).toBe('up to 3 years');
    expect(agesText(t, undefined, undefined)).toBeUndefined();
    expect(agesText(makeT('ro'), 0, 18)).toBe('0–18 ani');
  });

  it('names languages in the reader language through Intl.DisplayNames', () => {
    expect(languageName('hu', 'en')).toBe('Hungarian');
    expect(languageName('hu', 'hu')).toBe('magyar');
    expect(languageName('ro', 'ro')).toBe('română');
  });

  it('gives accessibility in words, the note alone when wheelchair access is not stated', () => {
    const t = makeT('en');
    expect(accessibilityText({ wheelchair: 'limited', note: 'Lift', source: 's' }, 'en', t)).toBe('Partly wheelchair accessible — Lift');
    expect(accessibilityText({ note: { ro: 'Rampă', en: 'Ramp' }, source: 's' }, 'en', t)).toBe('Ramp');
    expect(accessibilityText(undefined, 'en', t)).toBeUndefined();
  });

  it('writes opening hours on one line for data files', () => {
    expect(hoursLine({ opening_hours: 'Mo-Fr 08:00-16:00', note: 'Programări telefonic' })).toBe('Mo-Fr 08:00-16:00 — Programări telefonic');
    expect(hoursLine({ opening_hours: '24/7' })).toBe('24/7');
  });
});

describe('location view', () => {
  it('gives a public place its address, precision, accessibility and directions', () => {
    expect(locationView(sediu, 'en')).toEqual({
      id: 'sediu', anchor: 'location-sediu', name: 'Head office', label: 'Head office', confidential: false,
      address: 'Strada Test nr. 1, 400001 Cluj-Napoca, Cluj',
      precision: 'location on the street, approximate',
      accessibility: 'Ramp at the back',
      // A point on the street is not the door: directions go to the street address.
      directions: 'https://www.openstreetmap.org/directions?to=Strada%20Test%20nr.%201%2C%20Cluj-Napoca',
    });
  });

  it('sends directions to the street address unless the coordinates are exact', () => {
    const at = { latitude: 46.78, longitude: 23.61, query: 'Strada X nr. 10, Cluj-Napoca' };
    expect(directionsHref({ ...at, precision: 'exact' })).toBe('https://www.openstreetmap.org/directions?to=46.78000%2C23.61000');
    for (const precision of ['street', 'approximate', undefined] as const)
      expect(directionsHref({ ...at, precision })).toBe('https://www.openstreetmap.org/directions?to=Strada%20X%20nr.%2010%2C%20Cluj-Napoca');
    // No street known: the point is the best there is.
    expect(directionsHref({ latitude: 46.78, longitude: 23.61, precision: 'approximate' })).toBe('https://www.openstreetmap.org/directions?to=46.78000%2C23.61000');
    expect(directionsHref({})).toBeUndefined();
  });

  it('gives a confidential place its contact route only, never an address', () => {
    expect(locationView(adapost, 'en')).toEqual({
      id: 'adapost', anchor: 'location-adapost', name: 'Adăpost', label: 'Adăpost', confidential: true, locality: 'Cluj-Napoca', contactRoute: 'Call 0264 000 000.',
      contactRouteParts: [{ text: 'Call ' }, { text: '0264 000 000', href: 'tel:+40264000000', kind: 'phone' }, { text: '.' }],
    });
  });

  it('marks a contact route shown in Romanian for want of a translation, so pages can say so', () => {
    const hu = locationView(adapost, 'hu');
    expect(hu.contactRoute).toBe('Sunați la 0264 000 000.');
    expect(hu.contactRouteLang).toBe('ro');
    expect(locationView(adapost, 'en').contactRouteLang).toBeUndefined();
    expect(locationView(adapost, 'ro').contactRouteLang).toBeUndefined();
    // The shortlist and the referral sheet carry the mark along with the text.
    const place = referralService(pub, pub.services[0]!, 'hu', terms, '2026-11-24', 24).places.find((p) => p.confidential);
    expect(place).toMatchObject({ contactRoute: 'Sunați la 0264 000 000.', contactRouteLang: 'ro' });
  });

  it('leaves out an address a caller passed on a confidential place by mistake', () => {
    const leaked = { ...adapost, address: { street: 'Strada Secretă nr. 9', postal_code: '400999', locality: 'Cluj-Napoca', county: 'Cluj' }, latitude: 46.7, longitude: 23.5, precision: 'exact' as const };
    const text = JSON.stringify(locationView(leaked, 'ro'));
    for (const secret of ['Secretă', '400999', '46.7', '23.5', 'directions']) expect(text).not.toContain(secret);
  });
});

describe('service view', () => {
  it('presents every fact in the reader language, with links in that language', () => {
    const s = serviceView(pub, pub.services[0]!, 'en', terms);
    expect(s).toMatchObject({
      id: 'consiliere', key: 'asociatia-test/consiliere', anchor: 'service-consiliere',
      href: '/en/providers/asociatia-test/#service-consiliere',
      name: 'Counselling',
      inactive: false,
      forWhom: [{ id: 'elderly', label: 'Elderly people', href: '/en/categories/elderly/' }],
      types: [{ id: 'counselling', label: 'Counselling', href: '/en/service-types/counselling/' }],
      ages: '18–64 years',
      cost: 'Depends on income — A 10% contribution',
      access: 'Walk in, By appointment',
      howToRefer: 'Cerere scrisă',
      capacity: '1,200 people a month',
      hours: { openingHours: 'Mo-Fr 08:00-16:00', note: 'Programări telefonic' },
      languages: ['Romanian', 'Hungarian'],
      areas: ['Cluj-Napoca'],
      phones: [{ number: '0744 000 000', href: 'tel:+40744000000' }],
      unknown: [],
    });
    expect(s.locations.map((l) => [l.id, l.confidential, l.address])).toEqual([['sediu', false, 'Strada Test nr. 1, 400001 Cluj-Napoca, Cluj'], ['adapost', true, undefined]]);
  });

  it('uses the Romanian page for Romanian and names what is not known', () => {
    const s = serviceView(pub, pub.services[1]!, 'ro', terms);
    expect(s.href).toBe('/providers/asociatia-test/#service-adapost');
    expect(s.inactive).toBe(true);
    expect(s.unknown).toEqual(['Program', 'Cost', 'Cum ajungeți la serviciu', 'Capacitate']);
    for (const field of ['ages', 'cost', 'access', 'capacity', 'hours', 'languages', 'areas', 'description'] as const) expect(s[field]).toBeUndefined();
  });

  it('is what the shortlist, the compare table and the referral sheet show', () => {
    const s = serviceView(pub, pub.services[0]!, 'hu', terms);
    const r = referralService(pub, pub.services[0]!, 'hu', terms, '2026-11-24', 24);
    expect(r).toMatchObject({ name: s.name, url: s.href, ages: s.ages, cost: s.cost, access: s.access, capacity: s.capacity, languages: s.languages, areas: s.areas });
    expect(r.places.map((p) => p.address)).toEqual(s.locations.map((l) => l.address));
  });
});

describe('provider view', () => {
  const v = providerView(pub, 'en', { terms, asOf: '2026-11-24', staleAfterMonths: 24 });

  it('gives contacts as links, the organisation apart from its services, each with its source', () => {
    const site = { id: 'site', anchor: 'source-site', text: 'example.org, 1 October 2026', date: '2026-10-01', old: false };
    expect(v.phones).toEqual([{ number: '0264 000 000', href: 'tel:+40264000000', label: 'Switchboard', source: site }]);
    expect(v.emails).toEqual([{ address: 'contact@example.org', href: 'mailto:contact@example.org', source: site }]);
    // The referral sheet merges them: the service's own number first, the organisation's once.
    expect(serviceContacts(pub, pub.services[0]!, 'en').phones.map((p) => p.number)).toEqual(['0744 000 000', '0264 000 000']);
  });

  it('says how fresh the information is, and dates every source', () => {
    expect(v.freshness).toEqual({ assured: '1 November 2026', oldestSource: '1 October 2026', newestSource: '1 October 2026', stale: false, review: { state: 'never', intervalMonths: 12 } });
    expect(v.sources.map((s) => s.date)).toEqual(['1 October 2026', 'undated']);
  });

  it('dates each fact by its own source and marks the old ones, whatever the newest source says', () => {
    const mixed = publicProvider(providerSchema.parse({
      ...provider,
      sources: [...provider.sources, { id: 'registru', kind: 'registry', title: 'Registrul serviciilor sociale, extras 2016', file: 'cluj-county.json', record: '292', date: '2016-12-31' }],
      locations: [{ ...provider.locations![0]!, source: 'registru' }, provider.locations![1]!],
    }));
    const m = providerView(mixed, 'en', { terms, asOf: '2026-11-24', staleAfterMonths: 24 });
    expect(m.locations[0]!.source).toMatchObject({ text: 'from the 2016 licensing registry', old: true });
    expect(m.phones[0]!.source).toMatchObject({ old: false });
    expect(m.freshness).toMatchObject({ stale: true, oldestSource: '31 December 2016', newestSource: '1 October 2026' });
    const counselling = m.services[0]!;
    expect(counselling).toMatchObject({ stale: true, oldFacts: ['address'] });
    expect(counselling.factSources.hours).toMatchObject({ text: 'example.org, 1 October 2026', old: false });
    // File names and record ids are for maintainers: in the details, never in what is read beside a fact.
    expect(m.sources.at(-1)).toMatchObject({ title: 'Registrul serviciilor sociale, extras 2016', date: '31 December 2016', details: 'file cluj-county.json, record 292' });
    expect(JSON.stringify(m.services)).not.toContain('cluj-county.json');
  });

  it('reads a web page by its site and the day it was read', () => {
    const read = publicProvider(providerSchema.parse({ ...provider, sources: [{ id: 'site', kind: 'web', title: 'Formulare', url: 'https://www.dasmclujnapoca.ro/formulare/', accessed: '2026-08-18' }, provider.sources[1]!] }));
    expect(providerView(read, 'en', { terms, asOf: '2026-11-24', staleAfterMonths: 24 }).phones[0]!.source!.text).toBe('dasmclujnapoca.ro, read 18 August 2026');
    expect(providerView(read, 'ro', { terms, asOf: '2026-11-24', staleAfterMonths: 24 }).phones[0]!.source!.text).toBe('dasmclujnapoca.ro, citit pe 18 august 2026');
  });

  it('says plainly when no service is documented', () => {
    const empty = publicProvider(providerSchema.parse({ ...provider, locations: undefined, services: [] }));
    expect(providerView(empty, 'en', { terms, asOf: '2026-11-24', staleAfterMonths: 24 }).undocumented).toBe(true);
    expect(v.undocumented).toBe(false);
  });

  it('marks a description shown in Romanian for want of a translation', () => {
    expect(v).toMatchObject({ href: '/en/providers/asociatia-test/', kind: 'Non-governmental organisation', description: 'Ajutăm **vârstnicii**.', descriptionLang: 'ro' });
    expect(providerView(pub, 'ro', { terms, asOf: '2026-11-24', staleAfterMonths: 24 }).descriptionLang).toBeUndefined();
  });
});

describe('every output reads a place the same way', () => {
  const line = 'Strada Test nr. 1, 400001 Cluj-Napoca, Cluj';

  it('the map list, the JSON-LD and the provider page agree', () => {
    expect(mapListRows([pub], 'en')[0]!.places[0]!.address).toBe(line);
    const ld = providerJsonLd(pub, { pageUrl: 'https://x.test/en/providers/asociatia-test/', lang: 'en', categories: terms.categories, serviceTypes: terms.types, areas: terms.areas });
    expect(JSON.stringify(ld)).not.toContain('Adăpost');
    const offer = (ld.hasOfferCatalog as { itemListElement: Array<{ itemOffered: Record<string, unknown> }> }).itemListElement[0]!.itemOffered;
    expect(offer).toMatchObject({ name: 'Counselling', '@id': 'https://x.test/en/providers/asociatia-test/#service-consiliere', audience: [{ '@type': 'Audience', audienceType: 'Elderly people' }], areaServed: ['Cluj-Napoca'] });
  });

  it('the GeoJSON export writes the one-line address of the pages', () => {
    const input = freshInput();
    const geojson = exportFiles(input, META).find((f) => f.path === 'data/services.geojson')!;
    const features = JSON.parse(geojson.body()).features as Array<{ properties: { address?: string } }>;
    const withPostalCode = features.map((f) => f.properties.address).filter((a): a is string => a !== undefined && /\d{6}/.test(a));
    expect(withPostalCode.length).toBeGreaterThan(0);
    for (const address of withPostalCode) expect(address).toMatch(/, \d{6} [^,]+, [^,]+$/);
  });
});
