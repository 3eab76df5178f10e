/**
 * Confidential by what the service is (src/lib/confidentiality/registry-rules.ts): the rule set on
 * examples and on all 2,186 records of the national registry file, and the importer applying it
 * across organisations.
 */
import { describe, expect, it } from 'vitest';
import { addressKey, decidePlaces, placeVerdict, REGISTRY_PLACE_RULES, streetParts, type PlaceRecord } from '../../src/lib/confidentiality/registry-rules';
import { importRegistry } from '../../scripts/import-registry/registry-import';
import { readRecord } from '../../scripts/import-registry/read';
import type { RegistryFile } from '../../scripts/import-registry/model';
import { realContent } from './helpers';
import { readSharedJson, sharedSet } from './shared-data';

const verdict = (name: string, cod = '', categorie: string[] = ['B1']) => placeVerdict({ name, cod, categorie });

describe('the place rules', () => {
  it('has one id per rule, and every rule says what it reads', () => {
    expect(new Set(REGISTRY_PLACE_RULES.map((r) => r.id)).size).toBe(REGISTRY_PLACE_RULES.length);
    for (const r of REGISTRY_PLACE_RULES) {
      expect(r.says.length, r.id).toBeGreaterThan(20);
      expect(r.codes || r.name, r.id).toBeTruthy();
    }
  });

  it.each([
    ['Centrul de urgență pentru femeia și copilul abuzat', '8790CR-MC-I'],
    ['Adăpost pentru femei și copii victime ale violenței domestice', '8891CZ-C-IV'],
    ['Centrul de primire în regim de urgență pentru copilul abuzat, neglijat, exploatat', '8790CR-C-II'],
    ['Centrul de recuperare pentru victimele violenței în familie', '8730CR-V-I'],
    ['Centrul de reabilitare socială și primire în regim de urgență a victimelor traficului de persoane', '8899CZ-PN-V'],
    ['Centrul de informare și consiliere socială', '8899CZ-VTP-I'],
    ['Casa Anastasia', '8790CR-VD-I'],
    ['Centrul de ocrotire pentru mame și copii', '8899CZ-PN-V'],
  ])('makes "%s" (%s) confidential', (name, cod) => {
    expect(verdict(name, cod).level).toBe('confidential');
  });

  it.each([
    ['Centrul maternal Phoenix Oradea', '8790CR-MC-I'],
    ['Casa Maternală', '8730CR-V-I'],
    ['Centrul de consiliere pentru copilul abuzat, neglijat, exploatat', '8899CZ-PN-V'],
    ['Centrul de zi pentru copii abuzați, neglijați, exploatați Sfântul Stelian', '8891CZ-C-II'],
    ['Centrul de primire în regim de urgență Deva', '8790CR-C-II'],
    ['Centrul de primire în regim de urgență Calafat', '8730CR-V-I'],
  ])('lists "%s" (%s) as one that MAY need it', (name, cod) => {
    expect(verdict(name, cod).level).toBe('review');
  });

  it.each([
    ['Compartiment asistență maternală', '8790SF-C'],
    ['Centrul de zi Mama Margareta', '8891CZ-C-II'],
    ['Centrul de consiliere pentru femeile cu sarcina neplanificată', '8899CZ-F-II'],
    ['Centrul social de urgență pentru persoane fără adăpost', '8730CR-V-I'],
    ['Cămin pentru persoane vârstnice Febe', '8730CR-V-I'],
  ])('publishes "%s" (%s)', (name, cod) => {
    expect(verdict(name, cod, ['B3', 'B4']).level).toBe('public');
  });

  it('reads beneficiary groups: an emergency reception is a question only when it is for children alone', () => {
    expect(verdict('Centrul de primire în regim de urgență Sfânta Maria', '8790CR-C-III', ['B1.2', 'B1.3']).level).toBe('review');
    expect(verdict('Centrul de primire în regim de urgență Sfânta Maria', '8790CR-C-III', ['B1.2', 'B3']).level).toBe('public');
  });

  it('reads a street into name and number, whatever the prefix', () => {
    expect(streetParts('Str. Avram Iancu nr. 2B')).toEqual({ name: 'avram iancu', number: '2' });
    expect(streetParts('Avram Iancu 2')).toEqual({ name: 'avram iancu', number: '2' });
    expect(streetParts('strada Avram Iancu, nr. 2')).toEqual({ name: 'avram iancu', number: '2' });
    expect(streetParts('B-dul 1 Decembrie 1918 nr. 83')).toEqual({ name: '1 decembrie 1918', number: '83' });
    expect(streetParts('Fabricii de Zahăr 49/51 B')).toEqual({ name: 'fabricii de zahar', number: '49' });
    expect(streetParts('Principală')).toEqual({ name: 'principala', number: '' });
    expect(addressKey('Viitorului 3', 'Deva')).toBe(addressKey('Str. Viitorului nr. 3', ' DEVA '));
    expect(addressKey('', 'Deva')).toBe('');
  });

  it('withholds an address for every record at it, from any organisation, and their coordinates', () => {
    const rec = (id: string, name: string, adresa: string, lat: string, cod = '8899CZ-PN-V'): PlaceRecord => ({ id, name, cod, categorie: ['B3'], adresa, oras: 'Deva', lat, lng: '22.9' });
    const d = decidePlaces([
      rec('1', 'Centru pentru victimele traficului de persoane', 'Str. Avram Iancu 2', '45.1'),
      rec('2', 'Îngrijire la domiciliu pentru vârstnici', 'Avram Iancu nr. 2', '45.2'),
      rec('3', 'Cantina socială', 'Avram Iancu 4', '45.3'),
    ]);
    expect([...d.secret]).toEqual(['1']);
    expect([...d.withheld].sort()).toEqual(['1', '2']);
    expect([...d.points.keys()].sort()).toEqual(['45.1,22.9', '45.2,22.9']);
    expect([...d.addresses.values()]).toEqual([expect.objectContaining({ key: 'deva|avram iancu|2', because: ['1'], records: ['1', '2'] })]);
  });

  it('follows a person\'s decision on a record that MAY need it; undecided, it is withheld', () => {
    const maternal: PlaceRecord = { id: '9', name: 'Centrul maternal', cod: '8790CR-MC-I', categorie: ['B1', 'B5'], adresa: 'Mare 1', oras: 'Deva', lat: '45', lng: '22' };
    expect(decidePlaces([maternal]).withheld.has('9')).toBe(true);
    expect(decidePlaces([maternal], { 9: { decision: 'public', reason: 'its own site publishes the address (test)' } }).withheld.has('9')).toBe(false);
  });
});

const DATA = sharedSet('registry-2016');
const national = readSharedJson<RegistryFile>(DATA, 'national.json', { ss: [], providers: [] });

describe.skipIf(!DATA)('the place rules on all 2,186 national records', { timeout: 60_000 }, () => {
  const records = national.providers.map((r) => readRecord(r)!).map((r) => ({ ...r, id: r.id.trim() }));
  const places = decidePlaces(records);
  const byId = new Map(records.map((r) => [r.id, r]));

  it('decides every record, and withholds every secret one', () => {
    expect(places.verdicts.size).toBe(2186);
    const confidential = [...places.verdicts.values()].filter((v) => v.level === 'confidential').length;
    expect(confidential).toBeGreaterThan(45);
    expect(places.review.length).toBeGreaterThan(30);
    for (const id of places.secret) expect(places.withheld.has(id)).toBe(true);
    for (const r of places.review) expect(places.secret.has(r.id), r.id).toBe(true);
  });

  it('makes the Deva shelter for women and abused children (record 911) confidential: the name, not the code, says so', () => {
    expect(byId.get('911')!.cod).toBe('8790CR-MC-I');
    expect(places.verdicts.get('911')).toMatchObject({ level: 'confidential', rules: expect.arrayContaining(['women-and-children-shelter', 'abused-children-reception']) });
  });

  it('makes emergency reception of abused, neglected or exploited children confidential (826, 1272, 1429)', () => {
    for (const id of ['826', '1272', '1429']) expect(places.verdicts.get(id)!.level, id).toBe('confidential');
  });

  it('withholds the trafficking counselling address (1385) for another organisation\'s record there too (2002), and its coordinates', () => {
    expect(byId.get('1385')!.furnizor).not.toBe(byId.get('2002')!.furnizor);
    expect(places.verdicts.get('1385')!.level).toBe('confidential');
    expect(places.verdicts.get('2002')!.level).toBe('public');
    expect(places.withheld.has('2002')).toBe(true);
    expect(places.addresses.get(addressKey('Avram Iancu 2', 'Deva'))!.records).toEqual(expect.arrayContaining(['1385', '2002']));
    expect(places.points.has(`${byId.get('2002')!.lat.trim()},${byId.get('2002')!.lng.trim()}`)).toBe(true);
  });

  it('lists maternal centres and counselling for abused children for a person to decide', () => {
    const review = new Map(places.review.map((r) => [r.id, r.rules]));
    expect(review.get('833')).toContain('maternal-centre');
    expect(review.get('774')).toEqual(['abused-children-counselling']);
  });

  it('writes no address or coordinates of a withheld place into any imported entry, from any organisation', () => {
    const result = importRegistry(national, { ...realContent.taxonomies, file: 'national.json' });
    expect(result.places.confidential.length + result.places.review.length).toBe(places.secret.size);
    const locations = result.entries.flatMap((e) => (e.locations ?? []).map((l) => ({ e, l })));
    for (const { e, l } of locations) {
      if (l.address) expect(places.addresses.has(addressKey(l.address.street, l.address.locality)), `${e.id}/${l.id}: ${l.address.street}, ${l.address.locality}`).toBe(false);
      if (l.latitude !== undefined) expect([...places.points.values()].some((p) => p.lat === l.latitude && p.lng === l.longitude), `${e.id}/${l.id}`).toBe(false);
    }
    // Every withheld record's service is at a confidential location or at none.
    let checked = 0;
    for (const e of result.entries) for (const s of e.services) {
      if (!places.withheld.has(result.recordOf[`${e.id}/${s.id}`]!)) continue;
      checked++;
      for (const id of s.locations ?? []) expect(e.locations!.find((l) => l.id === id)!.confidential, `${e.id}/${s.id}`).toBe(true);
    }
    expect(checked).toBe(places.withheld.size - result.report.filter((l) => l.level === 'error' && places.withheld.has(l.recordId)).length);
    // The contact route names a national line a person can call: domestic violence, trafficking, or 119 for children.
    const routeOf = (record: string) => {
      const e = result.entries.find((x) => x.services.some((s) => result.recordOf[`${x.id}/${s.id}`] === record))!;
      const s = e.services.find((x) => result.recordOf[`${e.id}/${x.id}`] === record)!;
      return e.locations!.find((l) => l.id === s.locations![0])!.contact_route!.ro;
    };
    expect(routeOf('911')).toMatch(/0800 500 333.*112/);
    expect(routeOf('1385')).toMatch(/0800 800 678/);
    expect(routeOf('826')).toMatch(/\b119\b/);
    const deva = result.entries.find((e) => e.services.some((s) => result.recordOf[`${e.id}/${s.id}`] === '2002'))!;
    expect(deva.locations ?? []).toEqual([]);
    expect(result.report.find((l) => l.recordId === '2002')!.reason).toMatch(/address of a confidential service \(record 1385\)/);
  });
});
