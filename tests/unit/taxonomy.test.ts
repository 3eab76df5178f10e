import { describe, expect, it } from 'vitest';
import { realContent } from './helpers';
import { readSharedJson, sharedSet } from './shared-data';

const REGISTRY = sharedSet('registry-2016');
const nomenclature = new Set(readSharedJson<Array<{ cod: string }>>(REGISTRY, 'nomenclature.json', []).map((n) => n.cod));
const { beneficiaryCategories, serviceTypes, areas } = realContent.taxonomies;

describe('taxonomies', () => {
  it('load without problems', () => {
    expect(realContent.problems).toEqual([]);
  });

  it('cover every vulnerable group named in the seed documents', () => {
    const ids = beneficiaryCategories.map((t) => t.id);
    for (const id of ['children-and-families', 'children-with-disabilities', 'adults-with-disabilities', 'elderly', 'homeless', 'domestic-violence-victims', 'trafficking-victims', 'people-with-addictions', 'mental-health', 'people-leaving-prison', 'young-people-leaving-care', 'children-with-parents-abroad', 'roma-marginalised-communities', 'terminally-ill', 'migrants', 'people-in-poverty'])
      expect(ids).toContain(id);
  });

  it('has the plain-language service types the directory needs', () => {
    const ids = serviceTypes.map((t) => t.id);
    for (const id of ['day-centre', 'residential-care', 'shelter', 'emergency-shelter', 'home-care', 'food-aid', 'counselling', 'legal-advice', 'medical-recovery', 'early-intervention', 'education-support', 'employment', 'housing', 'helpline', 'outreach', 'respite', 'benefits', 'addiction-services'])
      expect(ids).toContain(id);
  });

  it('labels every term in Romanian, English and Hungarian', () => {
    for (const t of [...beneficiaryCategories, ...serviceTypes, ...areas]) {
      expect(t.label.ro, t.id).toBeTruthy();
      expect(t.label.en, t.id).toBeTruthy();
      expect(t.label.hu, t.id).toBeTruthy();
    }
  });

  it.skipIf(!REGISTRY)('uses only nomenclature codes that exist in the registry nomenclature', () => {
    for (const t of [...beneficiaryCategories, ...serviceTypes]) for (const code of t.nomenclature ?? []) expect(nomenclature, `${t.id}: ${code}`).toContain(code);
  });

  it.skipIf(!REGISTRY)('gives every nomenclature code a service type, so imported records can be classified', () => {
    const typed = new Set(serviceTypes.flatMap((t) => t.nomenclature ?? []));
    const missing = [...nomenclature].filter((c) => !typed.has(c));
    expect(missing).toEqual([]);
  });

  it('maps every registry beneficiary group B1..B7 to a category', () => {
    const groups = new Set(beneficiaryCategories.flatMap((t) => t.registry_groups ?? []));
    for (const g of ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7']) expect(groups).toContain(g);
  });

  it('places every neighbourhood inside Cluj-Napoca with a centre point', () => {
    const neighbourhoods = areas.filter((t) => t.parent === 'cluj-napoca' && t.kind === 'neighbourhood');
    expect(neighbourhoods.length).toBeGreaterThan(10);
    for (const a of neighbourhoods) {
      expect(a.latitude, a.id).toBeGreaterThan(46.7);
      expect(a.longitude, a.id).toBeGreaterThan(23.5);
    }
  });

  it('says what kind of area each term is, and keys the counties and Cluj county\'s places by SIRUTA code', () => {
    for (const a of areas) expect(a.kind, a.id).toBeDefined();
    for (const a of areas.filter((t) => t.kind !== 'neighbourhood' && t.kind !== 'country')) expect(a.siruta, a.id).toBeTypeOf('number');
    expect(areas.filter((t) => t.kind === 'county')).toHaveLength(42);
  });
});
