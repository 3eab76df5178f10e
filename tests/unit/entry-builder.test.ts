import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildEntry, emptyForm, emptyLocation, emptyService, formFromSource, formToProvider, slugify, type EntryForm,
} from '../../src/lib/ingest/entry-builder';
import { MESSAGE_CATALOGUES } from '../../src/lib/ingest/message-catalogues';
import { providerSource } from '../../src/lib/ingest/provider-source';
import { publicProvider } from '../../src/lib/confidentiality/public-provider';
import { validateProviderText } from '../../src/lib/ingest/validate-provider';
import { mailtoUrl } from '../../src/lib/ingest/repository';
import type { Lang } from '../../src/locales';
import { fixtureSite, realContent, TODAY, validateFile } from './helpers';

const taxonomies = {
  beneficiaryCategories: realContent.taxonomies.beneficiaryCategories.map((t) => t.id),
  serviceTypes: realContent.taxonomies.serviceTypes.map((t) => t.id),
  areas: realContent.taxonomies.areas.map((t) => ({ id: t.id, parent: t.parent, ro: t.label.ro })),
};
const options = (lang: Lang = 'en') => ({ lang, messages: MESSAGE_CATALOGUES[lang] });

function filled(overrides: Partial<EntryForm> = {}): EntryForm {
  const form = emptyForm(TODAY);
  const place = { ...form.locations[0]!, name: 'Sediu', street: 'Strada Exemplu nr. 1', postal_code: '400001', area: 'centru' };
  return {
    ...form,
    id: 'asociatia-test', name: 'Asociația Test', description: 'Sprijin pentru familii.', website: 'https://example.org', emails: 'contact@example.org', phones: '0264 111 222',
    source_title: 'Pagina de contact', source_url: 'https://example.org/contact',
    locations: [place],
    services: [{ ...form.services[0]!, locations: [place.key], name: 'Consiliere pentru părinți', service_types: ['counselling'], beneficiary_categories: ['children-and-families'], cost: 'free', access: ['appointment'], hours: 'Mo-Fr 09:00-17:00' }],
    ...overrides,
  };
}

/** Validates the text as `npm run validate` would, from a file of that name. */
function validateText(text: string, name: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'builder-')), name);
  writeFileSync(file, text);
  return validateFile(file);
}

describe('entry builder: a new entry', () => {
  it('makes ids from names', () => {
    expect(slugify('Asociația „Sf. Ioan” Cluj')).toBe('asociatia-sf-ioan-cluj');
    expect(slugify('  --Fundația  Ștefan & Țara--  ')).toBe('fundatia-stefan-tara');
  });

  it('a complete form gives a file that passes the same checks as npm run validate', () => {
    const result = buildEntry(filled(), taxonomies, TODAY, options());
    expect(result.errors).toEqual({});
    expect(result.valid).toBe(true);
    expect(result.fileName).toBe('content/providers/asociatia-test.yaml');
    expect(validateText(result.text, 'asociatia-test.yaml').problems).toEqual([]);
    expect(result.text).toMatch(/^assured_date: '\d{4}-\d{2}-\d{2}'$/m);
  });

  it('writes several services, each at the places it names, with unique ids', () => {
    const form = filled();
    const second = { ...emptyService([]), name: 'Consiliere pentru părinți', service_types: ['food-aid'], beneficiary_categories: ['people-in-poverty'] };
    const { provider } = formToProvider({ ...form, services: [...form.services, second] });
    const services = provider.services as Array<{ id: string; locations?: string[] }>;
    expect(services.map((s) => s.id)).toEqual(['consiliere-pentru-parinti', 'consiliere-pentru-parinti-2']);
    expect(services[0]!.locations).toEqual(['sediu']);
    expect(services[1]!.locations).toBeUndefined();
    expect(buildEntry({ ...form, services: [...form.services, second] }, taxonomies, TODAY, options()).valid).toBe(true);
  });

  it('converts hours typed in Romanian or Hungarian and says what it will write', () => {
    const form = filled();
    const ro = buildEntry({ ...form, services: [{ ...form.services[0]!, hours: 'Luni-Vineri 12-14' }] }, taxonomies, TODAY, options('ro'));
    expect(ro.valid).toBe(true);
    expect(ro.convertedHours).toEqual(['Mo-Fr 12:00-14:00']);
    expect(ro.text).toContain("opening_hours: Mo-Fr 12:00-14:00");
    const hu = buildEntry({ ...form, services: [{ ...form.services[0]!, hours: 'H-P 8:00-16:00' }] }, taxonomies, TODAY, options('hu'));
    expect(hu.convertedHours).toEqual(['Mo-Fr 08:00-16:00']);
    const valid = buildEntry(form, taxonomies, TODAY, options());
    expect(valid.convertedHours).toEqual([undefined]);
  });

  it('keeps a confidential place: no street asked, a contact route required, never an address', () => {
    const form = filled();
    const shelter = { ...emptyLocation(), name: 'Adăpost', confidential: true, street: 'Strada Secretă 9', latitude: '46.77', longitude: '23.6', area: 'centru' };
    const services = [{ ...form.services[0]!, locations: [shelter.key] }];
    const missing = buildEntry({ ...form, locations: [shelter], services }, taxonomies, TODAY, options('ro'));
    expect(missing.errors['locations.0.contact_route']).toEqual(['lipsește: pentru un loc confidențial spuneți cum poate lua cineva legătura cu serviciul fără să-i știe adresa']);
    // A neighbourhood narrows down where the place is: the builder refuses it as validate does, in the page's language.
    const inNeighbourhood = buildEntry({ ...form, locations: [{ ...shelter, contact_route: 'Sunați la 0264 111 222.' }], services }, taxonomies, TODAY, options('ro'));
    expect(inNeighbourhood.errors).toEqual({ 'locations.0.area': [expect.stringContaining('„centru” este un cartier din Cluj-Napoca')] });
    const withRoute = buildEntry({ ...form, locations: [{ ...shelter, area: 'cluj-napoca', contact_route: 'Sunați la 0264 111 222.' }], services }, taxonomies, TODAY, options('ro'));
    expect(withRoute.errors).toEqual({});
    expect(withRoute.text).not.toContain('Secretă');
    expect(withRoute.text).not.toContain('46.77');
    const saved = validateText(withRoute.text, 'asociatia-test.yaml').data as { locations: Array<{ confidential: boolean; contact_route: string; locality: string }> };
    expect(saved.locations[0]).toMatchObject({ confidential: true, contact_route: 'Sunați la 0264 111 222.', locality: 'Cluj-Napoca' });
  });

  it('writes a map point typed with a decimal comma, and asks how precise it is', () => {
    const form = filled();
    const place = { ...form.locations[0]!, latitude: '46,7712', longitude: '23,5921' };
    const result = buildEntry({ ...form, locations: [place] }, taxonomies, TODAY, options('hu'));
    expect(result.errors).toEqual({ 'locations.0.precision': ['hiányzik: adja meg, mennyire pontos a térképi pont (az épület, az utca vagy a környék)'] });
    const done = buildEntry({ ...form, locations: [{ ...place, precision: 'exact' }] }, taxonomies, TODAY, options('hu'));
    expect(done.valid).toBe(true);
    expect(done.text).toContain('latitude: 46.7712');
  });

  it('does not write a place left blank, but refuses a place with a name and no street', () => {
    const form = filled();
    expect(formToProvider({ ...form, locations: [emptyLocation()] }).provider.locations).toBeUndefined();
    const named = buildEntry({ ...form, locations: [{ ...emptyLocation(), name: 'Punct de lucru' }] }, taxonomies, TODAY, options('ro'));
    expect(named.errors['locations.0.street']).toEqual(['lipsește: scrieți strada și numărul sau marcați locul ca fiind confidențial']);
  });

  it('puts each error on its field, in the page language', () => {
    const form = filled();
    const broken = { ...form, emails: 'contact@example.org\ncontact@', phones: '0264 111 222\n12', services: [{ ...form.services[0]!, hours: 'Mo-Fr 8-16 și ceva', service_types: [] }], locations: [{ ...form.locations[0]!, postal_code: '4000' }] };
    const en = buildEntry(broken, taxonomies, TODAY, options());
    expect(en.valid).toBe(false);
    expect(en.errors.emails).toEqual(["'contact@' is not a valid e-mail address; write it like 'contact@example.ro'"]);
    expect(en.errors.phones).toEqual(["'12' is missing its leading 0: write it as people dial it in Romania, like '0264 599 316', '0722 123 456' or '0800 800 678'"]);
    expect(en.errors['locations.0.postal_code']).toEqual(["must be a Romanian postal code of 6 digits, like '400133'"]);
    expect(en.errors['services.0.service_types']).toEqual(['is empty: name at least one service type from content/taxonomy/service-types.yaml']);
    const ro = buildEntry(broken, taxonomies, TODAY, options('ro'));
    expect(ro.errors['services.0.service_types']).toEqual(['nu ați ales niciun tip de ajutor; alegeți cel puțin unul']);
    expect(ro.errors['services.0.hours']?.[0]).toMatch(/^„Mo-Fr 8-16 și ceva” nu este un program pe care îl putem citi/);
    const hu = buildEntry(broken, taxonomies, TODAY, options('hu'));
    expect(hu.errors.emails).toEqual(["'contact@': nem érvényes e-mail-cím; így írja: kapcsolat@pelda.ro"]);
  });

  it('an empty form lists what is required', () => {
    const { errors } = buildEntry(emptyForm(TODAY), taxonomies, TODAY, options());
    expect(Object.keys(errors).sort()).toEqual(['id', 'name', 'services.0.beneficiary_categories', 'services.0.name', 'services.0.service_types', 'source_title'].sort());
  });

  it('offers the Markdown form: fields, then the description as paragraphs', () => {
    const result = buildEntry(filled({ format: 'markdown', description: 'Primul paragraf.\n\nAl doilea paragraf.' }), taxonomies, TODAY, options());
    expect(result.fileName).toBe('content/providers/asociatia-test.md');
    expect(result.text).toMatch(/^---\nid: asociatia-test\n[\s\S]*\n---\n\nPrimul paragraf\.\n\nAl doilea paragraf\.\n$/);
    expect(result.valid).toBe(true);
    expect(validateText(result.text, 'asociatia-test.md').problems).toEqual([]);
  });
});

describe('entry builder: correcting an existing entry', () => {
  const directia = fixtureSite.providers.find((p) => p.id === 'directia-exemplu-fixture')!;
  const source = providerSource(publicProvider(directia.data), directia.fileName);
  const base = { ...options('ro'), base: source };

  it('fills the form from the file, hours in the volunteer\'s words, places and services linked', () => {
    const form = formFromSource(source, 'ro', TODAY);
    expect(form.name).toBe(directia.data.name);
    expect(form.phones).toBe('0700 000 101');
    expect(form.assured_date).toBe(TODAY);
    expect(form.services.map((s) => s.name)[0]).toBe('Centrul de zi Exemplu pentru vârstnici');
    expect(form.services[0]!.hours).toBe('Luni-vineri 08:00-16:00; Sărbători legale închis');
    expect(form.locations.find((l) => l.confidential)).toMatchObject({ street: '', latitude: '', contact_route: expect.stringMatching(/^Adresa nu este publică/) });
    const dv = form.services.find((s) => s.base?.id === 'centru-violenta-domestica')!;
    expect(dv.locations).toEqual([form.locations.find((l) => l.confidential)!.key]);
  });

  it('without changes gives the same provider back, plus the volunteer\'s source and date', () => {
    const form = { ...formFromSource(source, 'ro', TODAY), source_kind: 'self' as const, source_title: 'Verificare telefonică' };
    const result = buildEntry(form, taxonomies, TODAY, base);
    const fixtureTaxonomies = { beneficiaryCategories: fixtureSite.taxonomies.beneficiaryCategories.map((t) => t.id), serviceTypes: fixtureSite.taxonomies.serviceTypes.map((t) => t.id), areas: fixtureSite.taxonomies.areas.map((t) => ({ id: t.id, parent: t.parent, ro: t.label.ro })) };
    const checked = buildEntry(form, fixtureTaxonomies, TODAY, base);
    expect(checked.errors).toEqual({});
    expect(result.fileName).toBe('content/providers/directia-exemplu-fixture.yaml');
    const after = validateProviderText(checked.text, { file: result.fileName, today: TODAY }).provider!;
    const before = publicProvider(directia.data);
    expect({ ...after, assured_date: before.assured_date, sources: before.sources }).toEqual(before);
    expect(after.assured_date).toBe(TODAY);
    expect(after.sources.at(-1)).toEqual({ id: `sursa-${TODAY}`, kind: 'self', title: 'Verificare telefonică', date: TODAY });
  });

  it('a changed fact points at the new source; unchanged facts keep theirs; fields the form does not show stay', () => {
    const form = { ...formFromSource(source, 'ro', TODAY), source_kind: 'self' as const, source_title: 'Verificare telefonică', phones: '0700 000 101\n0700 000 199' };
    form.services = form.services.map((s, i) => (i === 0 ? { ...s, hours: 'L-V 9-17' } : s));
    const { provider } = formToProvider(form, 'ro', source.provider);
    const phones = provider.phones as Array<Record<string, unknown>>;
    expect(phones[0]).toEqual(directia.data.phones![0]);
    expect(phones[1]).toEqual({ number: '0700 000 199', source: `sursa-${TODAY}` });
    const services = provider.services as Array<Record<string, unknown>>;
    expect(services[0]!.hours).toEqual({ opening_hours: 'Mo-Fr 09:00-17:00', source: `sursa-${TODAY}` });
    expect(services[0]!.sources).toEqual(['fisa-exemplu', `sursa-${TODAY}`]);
    expect(services[0]!.capacity).toEqual(directia.data.services[0]!.capacity);
    expect(services[1]!.sources).toEqual(directia.data.services[1]!.sources);
    expect(provider.legal_id).toBe(directia.data.legal_id);
    expect(provider.alternate_name).toBe(directia.data.alternate_name);
  });

  it('keeps the Markdown form of a Markdown provider', () => {
    const paragrafe = fixtureSite.providers.find((p) => p.fileName.endsWith('.md'))!;
    const md = providerSource(publicProvider(paragrafe.data), paragrafe.fileName);
    const form = { ...formFromSource(md, 'hu', TODAY), source_title: 'Weboldal', source_url: 'https://example.org/paragrafe' };
    const result = buildEntry(form, taxonomies, TODAY, { ...options('hu'), base: md });
    expect(result.fileName).toBe(`content/providers/${paragrafe.fileName}`);
    expect(result.format).toBe('markdown');
    expect(result.text).toMatch(/\n---\n\nAsociație fictivă/);
    expect(validateProviderText(result.text, { file: result.fileName, today: TODAY }).provider?.description).toEqual(paragrafe.data.description);
  });
});

describe('e-mail for people without GitHub', () => {
  it('puts the entry in the body of a mail to the maintainers', () => {
    const url = mailtoUrl('echipa@example.org', 'Intrare nouă: x', 'id: x\nname: "A & B"\n');
    expect(url.startsWith('mailto:echipa@example.org?')).toBe(true);
    const params = new URLSearchParams(url.split('?')[1]);
    expect(params.get('subject')).toBe('Intrare nouă: x');
    // Line breaks as CRLF, as mail wants them (RFC 6068).
    expect(params.get('body')).toBe('id: x\r\nname: "A & B"\r\n');
  });
});
