/** Validate refuses what would expose a shelter (issue 14, item 2): the rules, levels of areas and the cross-file address check. */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confidentialPlaceReason } from '../../src/lib/confidentiality/sheltered-services';
import { areaLevels, checkWithheldStreets, confidentialPlaceOf, withheldPlacesFromRecords } from '../../src/lib/ingest/checks';
import { addressKey } from '../../src/lib/confidentiality/registry-rules';
import { formatProblem } from '../../src/lib/ingest/friendly-errors';
import { validateProviderText } from '../../src/lib/ingest/validate-provider';
import { loadContent } from '../../src/build/content-files';
import { loadRegistryPlaces } from '../../src/build/registry-extract';
import type { TaxonomyTerm } from '../../src/schemas/taxonomy';
import { realContent, TODAY } from './helpers';

const validate = (text: string, file: string) =>
  validateProviderText(text, { file, taxonomies: realContent.taxonomies, today: TODAY }).problems.map(formatProblem);

describe('which services must be at confidential places', () => {
  const reason = (service_types: string[], beneficiary_categories: string[]) => confidentialPlaceReason({ service_types, beneficiary_categories });
  it('housing for domestic-violence or trafficking victims, and children\'s emergency reception', () => {
    for (const type of ['residential-care', 'shelter', 'emergency-shelter', 'protected-housing']) {
      expect(reason([type], ['domestic-violence-victims']), type).toBe(`it is a '${type}' for 'domestic-violence-victims'`);
      expect(reason(['counselling', type], ['elderly', 'trafficking-victims']), type).toBeDefined();
    }
    expect(reason(['emergency-shelter'], ['children-and-families'])).toMatch(/children's emergency reception/);
  });
  it('not counselling, helplines or day centres, nor shelters for other people', () => {
    expect(reason(['counselling', 'helpline'], ['domestic-violence-victims'])).toBeUndefined();
    expect(reason(['day-centre'], ['trafficking-victims'])).toBeUndefined();
    expect(reason(['shelter'], ['homeless'])).toBeUndefined();
    expect(reason(['residential-care'], ['children-and-families'])).toBeUndefined();
    // A night shelter that also takes children is not a children's emergency reception (registry record 991).
    expect(reason(['shelter', 'emergency-shelter'], ['children-and-families', 'adults-in-difficulty', 'homeless'])).toBeUndefined();
  });
  it('reads the name with the importer\'s place rules, whatever ids the author picked', () => {
    const named = (name: string | { ro: string; en?: string }) => confidentialPlaceReason({ service_types: ['day-centre'], beneficiary_categories: ['adults-in-difficulty'], name });
    // Registry record 911's wording, which a name check missed before (issue 14).
    expect(named('Centrul de urgență pentru femeia și copilul abuzat')).toMatch(/'women-and-children-shelter'/);
    expect(named({ ro: 'Adăpost pentru victimele violenței în familie', en: 'Shelter' })).toMatch(/'domestic-violence-name'/);
    expect(named('Consiliere pentru victimele traficului de persoane')).toMatch(/'trafficking-name'/);
    // Rules that only ask for a person's review do not refuse: a maternal centre may be public.
    expect(named('Centrul maternal Sf. Maria')).toBeUndefined();
    expect(named('Centrul de zi pentru vârstnici')).toBeUndefined();
  });
  it('refuses a hand-written service named as a shelter at a public address, with the rule and the fix', () => {
    const problems = validate(`id: asociatia-exemplu
name: Asociația Exemplu
kind: ngo
sources:
  - { id: site, kind: web, title: Site-ul asociației, url: 'https://example.org/', accessed: '2026-11-20' }
locations:
  - id: sediu
    address: { street: Str. Exemplului nr. 1, locality: Cluj-Napoca, county: Cluj }
    source: site
services:
  - id: centru
    name: Centrul de urgență pentru femeia și copilul abuzat
    service_types: [day-centre]
    beneficiary_categories: [adults-in-difficulty]
    locations: [sediu]
    sources: [site]
`, 'content/providers/asociatia-exemplu.yaml');
    expect(problems).toEqual([expect.stringMatching(/^content\/providers\/asociatia-exemplu\.yaml:\d+:\d+ services\[0\]\.locations\[0\]: names the public location 'sediu', but this service must be at confidential places only \(its name matches the place rules .*'women-and-children-shelter'.*Mark location 'sediu' confidential: true/)]);
  });
});

describe('levels of areas', () => {
  const t = (id: string, parent?: string, kind?: string) => ({ id, label: { ro: id, en: id, hu: id }, ...(parent ? { parent } : {}), ...(kind ? { kind } : {}) }) as TaxonomyTerm;
  it('by depth when the taxonomy does not say: country and county above, then localities, then their parts', () => {
    const levels = areaLevels([t('romania'), t('judetul-cluj', 'romania'), t('cluj-napoca', 'judetul-cluj'), t('marasti', 'cluj-napoca')]);
    expect(Object.fromEntries(levels)).toEqual({ romania: 'above', 'judetul-cluj': 'above', 'cluj-napoca': 'locality', marasti: 'below' });
  });
  it('by kind when the taxonomy says: a village inside a commune is a locality, a neighbourhood is not', () => {
    const levels = areaLevels([t('romania', undefined, 'country'), t('judetul-cluj', 'romania', 'county'), t('floresti', 'judetul-cluj', 'commune'), t('luna-de-sus', 'floresti', 'locality'), t('marasti', 'cluj-napoca', 'neighbourhood')]);
    expect(levels.get('luna-de-sus')).toBe('locality');
    expect(levels.get('floresti')).toBe('locality');
    expect(levels.get('marasti')).toBe('below');
  });
});

describe('confidential locations name their locality and nothing finer', () => {
  const minimal = readFileSync('tests/fixtures/invalid/confidential-locality-unknown.yaml', 'utf8');
  const withLocality = (locality: string) => minimal.replace('locality: Cluj-Napocaa', `locality: ${JSON.stringify(locality)}`);
  const file = 'content/providers/confidential-locality-unknown.yaml';
  it('accepts the locality as areas.yaml writes it', () => {
    expect(validate(withLocality('Cluj-Napoca'), file)).toEqual([]);
  });
  it('refuses a different spelling, an address, a neighbourhood and a county, each with its fix', () => {
    expect(validate(withLocality('Cluj Napoca'), file)).toEqual([`${file}:11:15 locations[0].locality: is written 'Cluj-Napoca' in content/taxonomy/areas.yaml; write it the same way`]);
    expect(validate(withLocality('Str. X 13, ap. 4, Cluj-Napoca'), file)).toEqual([
      `${file}:11:15 locations[0].locality: looks like an address, and a confidential location names only its locality (this repository is public); write just the locality: 'Cluj-Napoca'`,
    ]);
    expect(validate(withLocality('Mărăști'), file)).toEqual([`${file}:11:15 locations[0].locality: is a part of Cluj-Napoca, and a confidential location names at most its locality; write 'Cluj-Napoca'`]);
    expect(validate(withLocality('Județul Cluj'), file)[0]).toContain('is a county or a larger area, not a locality');
  });
});

describe('what the importer writes of a confidential place passes the same rule', () => {
  const areas = realContent.taxonomies.areas;
  it('the locality as areas.yaml writes it, else the county\'s area, else nothing', () => {
    expect(confidentialPlaceOf('Cluj Napoca', 'Cluj', areas)).toEqual({ locality: 'Cluj-Napoca' });
    expect(confidentialPlaceOf('Nowhere-on-the-map', 'Hunedoara', areas)).toEqual({ area: 'judetul-hunedoara' });
    expect(confidentialPlaceOf('Nowhere-on-the-map', 'Județul Hunedoara', areas)).toEqual({ area: 'judetul-hunedoara' });
    expect(confidentialPlaceOf(undefined, undefined, areas)).toEqual({});
  });
});

describe('public_address lets a published office stand beside a confidential shelter', () => {
  const text = readFileSync('tests/fixtures/valid/shelter-with-public-office.yaml', 'utf8');
  const file = 'content/providers/shelter-with-public-office.yaml';
  it('accepts the office that states why its address is public', () => {
    expect(validate(text, file)).toEqual([]);
  });
  it('refuses the same office without it, on the line of the link', () => {
    const without = text.replace(/ {4}public_address:\n.*\n.*\n/, '');
    // Its name says whom it is for, so the place rules hold it to confidential places...
    expect(validate(without, file)).toEqual([
      expect.stringMatching(/:29:17 services\[1\]\.locations\[0\]: names the public location 'birou-consiliere', but this service must be at confidential places only \(its name matches the place rules .*'domestic-violence-name'/),
    ]);
    // ...and, named plainly, it is still linked to the shelter's confidential place.
    expect(validate(without.replace('name: Consiliere pentru victimele violenței domestice', 'name: Consiliere'), file)).toEqual([
      `${file}:29:17 services[1].locations[0]: names the public location 'birou-consiliere' beside the confidential location 'adapost': a public address linked to a confidential place leads people to it. Link the service to its confidential location only, or: Mark location 'birou-consiliere' confidential: true (then remove its address and coordinates and give a contact_route), or, if the organisation itself publishes this address (a counselling office away from the shelter), add public_address to location 'birou-consiliere' with the reason and the source`,
    ]);
  });
  it('needs a source that the file lists', () => {
    expect(validate(text.replace('      source: site\nservices', '      source: nowhere\nservices'), file)[0]).toMatch(/locations\[1\]\.public_address\.source: names source 'nowhere', which is not in this file's sources/);
  });
});

describe('an address withheld in one place is public nowhere', () => {
  it('compares street and number in a locality, whatever the spelling', () => {
    // The guard's comparison (registry-rules.ts), so validate refuses what the build would fail on.
    expect(addressKey('Str. Avram Iancu nr. 2', 'Deva')).toBe(addressKey('Avram Iancu 2', 'DEVA'));
    expect(addressKey('Avram Iancu 2', 'Deva')).not.toBe(addressKey('Avram Iancu 4', 'Deva'));
    expect(addressKey('Avram Iancu 2', 'Deva')).not.toBe(addressKey('Avram Iancu 2', 'Hunedoara'));
  });

  it('learns the withheld addresses from the registry records that confidential locations cite, and refuses them elsewhere', () => {
    const dir = mkdtempSync(join(tmpdir(), 'withheld-'));
    try {
      cpSync('tests/fixtures/site/taxonomy', join(dir, 'taxonomy'), { recursive: true });
      mkdirSync(join(dir, 'providers'));
      const head = (id: string) => `id: ${id}\nname: Exemplu ${id}\nkind: ngo\nsources:\n  - { id: registru, kind: registry, title: Registrul 2016, record: '1385', date: '2016-01-01' }\n`;
      writeFileSync(join(dir, 'providers', 'asociatia-a.yaml'), `${head('asociatia-a')}locations:
  - id: confidential-1385
    confidential: true
    locality: Cluj-Napoca
    contact_route: Sunați la 0700 000 000.
services:
  - id: consiliere
    name: Consiliere pentru victimele violenței
    service_types: [counselling]
    beneficiary_categories: [domestic-violence-victims]
    locations: [confidential-1385]
    sources: [registru]
`);
      writeFileSync(join(dir, 'providers', 'asociatia-b.yaml'), `${head('asociatia-b')}locations:
  - id: sediu
    address: { street: Str. Avram Iancu nr. 2, locality: Cluj-Napoca, county: Cluj }
    source: registru
services:
  - id: ingrijire
    name: Îngrijire la domiciliu
    service_types: [home-care]
    beneficiary_categories: [elderly]
    locations: [sediu]
    sources: [registru]
`);
      const registry = { file: 'registry.json', record: (id: string) => (id === '1385' ? { street: 'Avram Iancu 2', locality: 'Cluj Napoca' } : undefined) };
      const { problems } = loadContent(dir, TODAY, { registry });
      expect(problems.map(formatProblem).map((l) => l.replace(/^\S*providers\//, '').replace(/ of \S*providers\//, ' of '))).toEqual([
        "asociatia-b.yaml:8:24 locations[0].address.street: is the address of a confidential place (registry record 1385, the confidential location 'confidential-1385' of asociatia-a.yaml), and an address withheld in one place may not be public in another. Mark location 'sediu' confidential: true (then remove its address and coordinates and give a contact_route), or correct the address if this is another building",
      ]);
      // Without the registry, the same content passes this check (validate says it could not run).
      expect(loadContent(dir, TODAY, { registry: null }).problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a public location at an address the place rules withhold in the registry, as the build\'s guard would', () => {
    const dir = mkdtempSync(join(tmpdir(), 'withheld-rules-'));
    try {
      cpSync('tests/fixtures/site/taxonomy', join(dir, 'taxonomy'), { recursive: true });
      mkdirSync(join(dir, 'providers'));
      writeFileSync(join(dir, 'providers', 'asociatia-c.yaml'), `id: asociatia-c
name: Asociația C
kind: ngo
sources:
  - { id: site, kind: web, title: Site-ul asociației, url: 'https://example.org/', accessed: '2026-11-20' }
locations:
  - id: sediu
    address: { street: Strada Viitorului 3, locality: Cluj-Napoca, county: Cluj }
    source: site
services:
  - id: ingrijire
    name: Îngrijire la domiciliu
    service_types: [home-care]
    beneficiary_categories: [elderly]
    locations: [sediu]
    sources: [site]
`);
      const registryDir = join(dir, 'registry');
      mkdirSync(registryDir);
      const record = (id: number, name: string, adresa: string) => ({ id, name, cod: '', categorie: ['B4'], adresa, oras: 'Cluj Napoca', lat: '', lng: '' });
      writeFileSync(join(registryDir, 'national.json'), JSON.stringify({ providers: [
        record(911, 'Centrul de urgență pentru femeia și copilul abuzat', 'Str. Viitorului nr. 3'),
        record(912, 'Centrul de zi pentru vârstnici', 'Str. Viitorului nr. 5'),
      ] }));
      const registry = loadRegistryPlaces(registryDir);
      expect(registry?.withheld?.map((w) => w.street)).toEqual(['Str. Viitorului nr. 3']);
      const { problems } = loadContent(dir, TODAY, { registry });
      expect(problems.map(formatProblem).map((l) => l.replace(/^\S*providers\//, ''))).toEqual([
        expect.stringMatching(/^asociatia-c\.yaml:\d+:\d+ locations\[0\]\.address\.street: is the address of a confidential place \(registry record 911: abused-children-reception, women-and-children-shelter, withheld by the place rules/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes withheld addresses from other decisions too, and ignores confidential places without a registry record', () => {
    const provider = { file: 'b.yaml', data: { sources: [], services: [], locations: [{ id: 'x', confidential: false, address: { street: 'Viitorului 3', locality: 'Deva', county: 'Hunedoara' } }] } } as never;
    expect(checkWithheldStreets([provider], [{ street: 'Str. Viitorului nr. 3', locality: 'Deva', why: 'registry record 911, withheld by the importer' }]).map((p) => p.path)).toEqual([['locations', 0, 'address', 'street']]);
    expect(withheldPlacesFromRecords([{ file: 'a.yaml', data: realContent.providers[0]!.data }], () => undefined)).toEqual([]);
  });
});

describe('the entry builder, which passes taxonomy ids without labels', () => {
  it('gets the same refusal, and no crash', async () => {
    const { buildEntry, emptyForm } = await import('../../src/lib/ingest/entry-builder');
    const form = {
      ...emptyForm(TODAY), name: 'Asociația Test', id: 'asociatia-test', source_title: 'Pagina', source_url: 'https://example.org/contact',
      street: 'Strada Exemplu nr. 1', postal_code: '400001', service_name: 'Adăpost', service_types: ['shelter'], beneficiary_categories: ['domestic-violence-victims'],
    };
    const ids = (list: { id: string }[]) => list.map((t) => t.id);
    const tax = realContent.taxonomies;
    const result = buildEntry(form, { beneficiaryCategories: ids(tax.beneficiaryCategories), serviceTypes: ids(tax.serviceTypes), areas: ids(tax.areas) }, TODAY);
    expect(result.valid).toBe(false);
    expect(Object.values(result.errors).flat().join('\n')).toContain('but this service must be at confidential places only');
  });
});
