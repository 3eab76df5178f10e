/**
 * The registry importer step by step (scripts/import-registry/): each step on small inputs built
 * from a real record of the 2016 extract, so a change to one step shows where it happened.
 * tests/unit/registry-import.test.ts runs the whole importer on the real files.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nomenclatureCodes, readRecord, readRecords, selectRecords } from '../../scripts/import-registry/read';
import { contactsOf, streetKey } from '../../scripts/import-registry/normalise';
import { categoriesOf, classifyService, makeClassifier, REGISTRY_RULES, serviceTypesOf } from '../../scripts/import-registry/classify';
import { coordinateFacts, placeOf } from '../../scripts/import-registry/place';
import { convertRecord, identify } from '../../scripts/import-registry/convert';
import { assignProviderIds, groupByProvider, providerEntry } from '../../scripts/import-registry/group';
import { mergedFileText, newFileText } from '../../scripts/import-registry/merge';
import { countsAddUp, reportLines } from '../../scripts/import-registry/report';
import { importRegistry } from '../../scripts/import-registry/registry-import';
import type { ConvertedRecord, RegistryFile, RegistryRecord } from '../../scripts/import-registry/model';
import { decidePlaces } from '../../src/lib/confidentiality/registry-rules';
import { realContent, TODAY } from './helpers';
import { readSharedJson, sharedSet } from './shared-data';

const DATA = sharedSet('registry-2016');
const cluj = readSharedJson<RegistryFile>(DATA, 'cluj-county.json', { ss: [], providers: [] });
const raw193 = cluj.providers.find((r) => String((r as { id: unknown }).id) === '193') ?? {};
const rec193 = readRecord(raw193)!;
const record = (change: Partial<RegistryRecord>): RegistryRecord => ({ ...rec193, ...change });
const classifier = makeClassifier(REGISTRY_RULES, realContent.taxonomies, nomenclatureCodes(cluj));
const noFacts = { streetsAt: new Map(), secretPoints: new Set<string>() };
const converted = (change: Partial<RegistryRecord>): ConvertedRecord => convertRecord({ raw: {}, rec: record(change), index: 0 }, classifier, noFacts).converted!;
const cite = { file: 'cluj-county.json', extractDate: '2016-12-31', assuredDate: TODAY };

describe.skipIf(!DATA)('read', () => {
  it('reads numbers as text and a single phone as a list, and refuses what is not a record', () => {
    expect(rec193).toMatchObject({ id: '193', phone: ['264430286'], categorie: ['B3', 'B4', 'B5'], oras: 'Cluj Napoca' });
    expect(readRecord({ id: 7, phone: '0264 000 000', cod: ' 8899CZ-PN-V ' })).toMatchObject({ id: '7', phone: ['0264 000 000'], cod: '8899CZ-PN-V', name: '' });
    for (const bad of [null, 'text', [1], 3]) expect(readRecord(bad)).toBeUndefined();
  });

  it('keeps the records of the place asked for, and every entry that is not a record', () => {
    const items = readRecords({ ss: [], providers: [raw193, { ...raw193, id: 2, oras: 'Dej' }, 'not a record'] });
    const { selected, skipped } = selectRecords(items, { locality: 'cluj-napoca' });
    expect(selected.map((i) => i.rec?.id ?? `#${i.index + 1}`)).toEqual(['193', '#3']);
    expect(skipped).toBe(1);
    expect(selectRecords(items, {}).skipped).toBe(0);
  });

  it('lists the nomenclature codes of the file', () => {
    expect(nomenclatureCodes(cluj).has('8899CZ-PN-V')).toBe(true);
  });
});

describe.skipIf(!DATA)('normalise', () => {
  it('restores phones, reads capacities and e-mails, and names what it leaves out', () => {
    expect(contactsOf(record({ capacitate: '25 /zi', phone: ['264430286', '#ERROR!'], email: 'a@b.ro; nu-are' }))).toEqual({
      capacity: { value: 25, unit: 'per_day' },
      phones: ['0264 430 286'],
      emails: ['a@b.ro'],
      warnings: ["phone '#ERROR!' is not a Romanian phone number; left out", "e-mail 'nu-are' is not a valid address; left out"],
    });
  });

  it('reads a street without its numbers', () => {
    expect(streetKey('Fabricii de Zahăr 49/51 B')).toBe(streetKey('Fabricii de zahăr 49-51'));
  });
});

describe.skipIf(!DATA)('classify', () => {
  it('takes the service type from the form when the code contradicts it', () => {
    const r = serviceTypesOf(record({ cod: '8730CR-V-I', type: '6' }), classifier);
    expect(r.types).toEqual(['community-services']);
    expect(r.warnings).toEqual(["code '8730CR-V-I' (residential) contradicts organisational form 6 (community-services); the service type comes from the form only"]);
  });

  it('reads sub-groups as their group and categories from the name', () => {
    const r = categoriesOf(record({ categorie: ['B3.1', 'X'] }), 'Centru pentru victimele violenței în familie', classifier);
    expect(r.categories).toContain('domestic-violence-victims');
    expect(r.warnings).toEqual(["beneficiary group 'X' is not one of B1..B7"]);
    expect(r.error).toBeUndefined();
  });

  it('makes a domestic-violence service confidential, by its code or by its name', () => {
    expect(classifyService(record({}), rec193.name, classifier).confidential).toBe(false);
    expect(classifyService(record({}), 'Adăpost pentru victimele violenței domestice', classifier).confidential).toBe(true);
  });

  it('applies another rule set when given one', () => {
    const rules = { ...REGISTRY_RULES, placeRules: [{ id: 'test', level: 'confidential' as const, says: 'a test rule', name: /sfantul vasile/ }] };
    expect(classifyService(record({}), rec193.name, makeClassifier(rules, realContent.taxonomies, nomenclatureCodes(cluj))).confidential).toBe(true);
    const entry = importRegistry({ ss: cluj.ss, providers: [raw193] }, { ...realContent.taxonomies, ...cite, rules }).entries[0]!;
    expect(entry.locations).toEqual([expect.objectContaining({ confidential: true })]);
    expect(JSON.stringify(entry)).not.toContain('Tipografiei');
  });
});

describe.skipIf(!DATA)('identify', () => {
  it('reports a record without an organisation or whose kind the name does not tell', () => {
    expect(identify(record({ furnizor: ' ' }), 'x')).toEqual({ error: 'has no provider organisation (furnizor)' });
    expect(identify(record({ furnizor: 'Centrul Diecezan Caritas' }), 'x')).toMatchObject({ error: expect.stringMatching(/cannot tell from the provider name/) });
    expect(identify(record({}), 'x')).toMatchObject({ kind: 'ngo', providerKey: 'societatea-femeilor-ortodoxe-din-arhiepiscopia-vadului-feleacului-si-clujului' });
  });
});

describe.skipIf(!DATA)('place', () => {
  it('drops coordinates that the file gives to two streets, or to a confidential service', () => {
    const items = readRecords({ ss: [], providers: [raw193, { ...raw193, id: 2, adresa: 'Alta 1' }, { ...raw193, id: 3, lat: '46.8', adresa: 'A treia 2' }] });
    const facts = coordinateFacts(items, decidePlaces(items.map((i) => i.rec!), { 3: { decision: 'confidential', reason: 'a test decision for record 3' } }));
    expect(placeOf(items[0]!.rec!, false, facts).warnings[0]).toMatch(/shared by 2 different streets/);
    expect(placeOf(record({ lat: '46.8', adresa: 'Alta 3' }), false, facts).warnings[0]).toMatch(/are those of a confidential service/);
    expect(placeOf(record({}), false, noFacts)).toEqual({ street: 'Tipografiei 23', locality: 'Cluj-Napoca', county: 'Cluj', coords: { lat: 46.7733099, lng: 23.5908019 }, warnings: [] });
  });

  it('gives a confidential service no coordinates, without a warning', () => {
    expect(placeOf(record({}), true, noFacts)).toMatchObject({ coords: undefined, warnings: [] });
  });

  it('keeps an address a spreadsheet may have turned into a date, and says so', () => {
    expect(placeOf(record({ adresa: 'Str. Mare 12/3/2015' }), false, noFacts).warnings[0]).toMatch(/turned into a date by a spreadsheet/);
  });
});

describe.skipIf(!DATA)('group', () => {
  const a = converted({});
  const b = converted({ id: '194', name: 'Alt serviciu', phone: ['264430286'], lat: '', lng: '' });
  const secret = converted({ id: '195', name: 'Adăpost pentru victimele violenței domestice' });

  it('gives the id an alias names, and numbers ids that would collide', () => {
    const groups = groupByProvider([a, { ...a, providerKey: 'x', providerName: 'Société' }, { ...a, providerKey: 'x-2', providerName: 'Alias' }]);
    expect([...groups.keys()]).toEqual(['societatea-femeilor-ortodoxe-din-arhiepiscopia-vadului-feleacului-si-clujului', 'x', 'x-2']);
    expect([...assignProviderIds(groups, { Alias: 'x' }).values()]).toEqual(['societatea-femeilor-ortodoxe-din-arhiepiscopia-vadului-feleacului-si-clujului', 'x-2', 'x']);
  });

  it('shares one location between records at one address and moves a common phone to the organisation', () => {
    const { entry, recordOf } = providerEntry('sfo', [b, a], cite);
    expect(entry.locations).toEqual([{ id: 'tipografiei-23', address: { street: 'Tipografiei 23', locality: 'Cluj-Napoca', county: 'Cluj' }, latitude: 46.7733099, longitude: 23.5908019, precision: 'approximate', source: 'registru-193' }]);
    expect(entry.services.map((s) => s.locations)).toEqual([['tipografiei-23'], ['tipografiei-23']]);
    expect(entry.phones).toEqual([{ number: '0264 430 286', source: 'registru-193' }]);
    expect(entry.services.some((s) => s.phones)).toBe(false);
    // Service ids are cut at a word within 70 characters.
    expect(recordOf).toEqual({ 'sfo/programul-sfantul-vasile-cel-mare-de-servicii-sociale-acordate-in': '193', 'sfo/alt-serviciu': '194' });
  });

  it('hides the address of a confidential service from every service of the organisation', () => {
    const { entry, report } = providerEntry('sfo', [a, secret], cite);
    expect(entry.locations).toEqual([expect.objectContaining({ id: 'confidential-195', confidential: true, locality: 'Cluj-Napoca' })]);
    expect(entry.locations![0]!.contact_route!.ro).toMatch(/0800 500 333.*112/);
    expect(JSON.stringify(entry)).not.toContain('Tipografiei');
    expect(report).toEqual([expect.objectContaining({ recordId: '193', level: 'warning', reason: expect.stringMatching(/address of a confidential service/) })]);
  });
});

describe.skipIf(!DATA)('merge', () => {
  const result = importRegistry({ ss: cluj.ss, providers: [raw193] }, { ...realContent.taxonomies, ...cite });
  const entry = result.entries[0]!;
  const text = newFileText(entry, '../schema.json', 'cluj-county.json');

  it('writes a new file with its header, short objects on one line and text that looks like numbers quoted', () => {
    expect(text.split('\n').slice(0, 3)).toEqual([
      '# yaml-language-server: $schema=../schema.json',
      '# Generated by `npm run import:registry` from the licensed social services registry (2016 extract,',
      '# cluj-county.json). It may be edited by hand: a later import only adds what is missing here.',
    ]);
    expect(text).toContain("phones:\n  - { number: '0264 430 286', source: registru-193 }");
    expect(text).toContain("record: '193'");
    expect(parse(text)).toEqual(entry);
  });

  it('adds nothing to a file it wrote, appends what is missing, and leaves a broken file alone', () => {
    expect(mergedFileText(text, entry, result.recordOf)).toEqual({ status: 'unchanged' });
    const withoutPhones = text.replace(/^phones:\n.*\n/m, '');
    const merged = mergedFileText(withoutPhones, entry, result.recordOf);
    expect(withoutPhones).not.toContain('phones');
    expect(merged.status).toBe('updated');
    const text2 = (merged as { text: string }).text;
    // Appended at the end; the rest of the file is as it was.
    expect(text2.startsWith(withoutPhones.trimEnd())).toBe(true);
    expect(parse(text2)).toEqual({ ...parse(withoutPhones), phones: entry.phones });
    expect(mergedFileText('a: [', entry, result.recordOf)).toMatchObject({ status: 'invalid' });
  });
});

describe.skipIf(!DATA)('report', () => {
  it('lists what was not imported and ends with the count line', () => {
    const result = importRegistry({ ss: cluj.ss, providers: [raw193, { ...raw193, id: 9, furnizor: '' }] }, { ...realContent.taxonomies, ...cite });
    const lines = reportLines(result, { input: 'x.json', locality: 'Cluj-Napoca', outName: 'out', written: { created: 1, updated: 0, unchanged: 0 } });
    expect(lines.join('\n')).toBe([
      'Registry import from x.json (locality Cluj-Napoca); 0 records of other places skipped.',
      '\nNot imported (1):',
      '  record 9 "Programul Sfântul Vasile cel Mare de servicii sociale acordate în comunitate persoanelor adulte": has no provider organisation (furnizor)',
      '\nImported without some facts (0 notes on 0 records):',
      '\nName and code disagree (1 records; the name is read too, see src/lib/catalogue/service-name-rules.ts):',
      `  record 193 "${rec193.name}": name and code disagree: the name rules out children-and-families (given by the groups) [rules: adults-not-children]`,
      '\nConfidential places (0 records; address and coordinates withheld, a contact route instead):',
      '\nMay need a confidential place (0 records, 0 not yet decided and withheld until a person decides in scripts/registry-aliases.json "places"):',
      'Withheld: 0 records at 0 addresses publish no address, and 0 coordinate pairs are withheld wherever they appear.',
      '\n1 providers: 1 new files, 0 updated, 0 unchanged in out',
      'records in: 2 = services out: 1 + reported: 1',
    ].join('\n'));
    expect(countsAddUp(result)).toBe(true);
    expect(countsAddUp({ ...result, counts: { ...result.counts, services: 2 } })).toBe(false);
  });
});
