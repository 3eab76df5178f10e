/**
 * Synthetic providers for benchmarks and scale tests. Deterministic: the same count and seed give
 * byte-identical files (a seeded PRNG, no Math.random, no clock). Every entry is unmistakably fake:
 * "[SINTETIC]" name prefix, a single source `{kind: self, title: 'Synthetic test data'}`,
 * e-mails on `.example`, phones in 0700 000 xxx, made-up street names.
 */
import { COUNTIES, DESCRIPTION_PARTS, DOCUMENTS, ELIGIBILITY, HOURS, HOURS_NOTES, NGO_WORDS, SAINTS, STREETS, TYPE_NAMES, type County } from './data';
import { areaLevels, ROMANIA_BOUNDS } from '../../src/lib/ingest/checks';
import { confidentialPlaceReason } from '../../src/lib/confidentiality/sheltered-services';
import type { ProviderInput } from '../../src/schemas/provider';
import type { TaxonomyTerm } from '../../src/schemas/taxonomy';

export const SYNTHETIC_PREFIX = '[SINTETIC] ';
export const SYNTHETIC_SOURCE = { id: 'sintetic', kind: 'self', title: 'Synthetic test data', date: '2026-01-15' } as const;

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rand {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number { return min + Math.floor(this.next() * (max - min + 1)); }
  pick<T>(items: readonly T[]): T { return items[Math.floor(this.next() * items.length)]!; }
  chance(p: number): boolean { return this.next() < p; }
  /** k distinct items, in list order. */
  some<T>(items: readonly T[], k: number): T[] {
    const idx = new Set<number>();
    while (idx.size < Math.min(k, items.length)) idx.add(Math.floor(this.next() * items.length));
    return [...idx].sort((a, b) => a - b).map((i) => items[i]!);
  }
  weighted<T extends { weight: number }>(items: readonly T[], total: number): T {
    let r = this.next() * total;
    for (const item of items) { r -= item.weight; if (r < 0) return item; }
    return items[items.length - 1]!;
  }
}

export interface SyntheticTaxonomy {
  serviceTypes: TaxonomyTerm[];
  beneficiaryCategories: TaxonomyTerm[];
  areas: TaxonomyTerm[];
}

const CHILD_CATEGORIES = new Set(['children-and-families', 'children-with-disabilities', 'children-with-parents-abroad', 'young-people-leaving-care']);
const SECRET_CATEGORIES = new Set(['domestic-violence-victims', 'trafficking-victims']);

function clamp(v: number, lo: number, hi: number): number { return Math.min(hi, Math.max(lo, v)); }

function round(v: number, digits: number): number { const f = 10 ** digits; return Math.round(v * f) / f; }

/** ASCII kebab-case, for ids. */
export function slugify(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function providerName(r: Rand, kind: ProviderInput['kind'], county: County, town: string): string {
  switch (kind) {
    case 'public':
      return r.pick([
        `Direcția de Asistență Socială ${town}`,
        `Serviciul Public de Asistență Socială ${town}`,
        `Direcția Generală de Asistență Socială și Protecția Copilului ${county.name}`,
        `Centrul de Îngrijire și Asistență ${town}`,
      ]);
    case 'ngo':
      return `${r.pick(['Asociația', 'Fundația', 'Asociația', 'Federația'])} „${r.pick(NGO_WORDS)}” ${town}`;
    case 'religious':
      return r.pick([
        `Parohia Ortodoxă „${r.pick(SAINTS)}” ${town}`,
        `Fundația Caritas ${town}`,
        `Parohia Romano-Catolică ${town}`,
        `Asociația Diaconală Reformată ${town}`,
      ]);
    case 'private':
      return `${r.pick(['Cămin pentru Vârstnici', 'Îngrijire la Domiciliu', 'Centrul Medico-Social'])} ${r.pick(NGO_WORDS)} SRL`;
  }
}

/** One provider, fully determined by `index` and the PRNG state. */
function provider(r: Rand, index: number, tax: SyntheticTaxonomy, counties: County[], totalWeight: number, cityAreas: string[], localities: ReadonlySet<string>): ProviderInput {
  const county = r.weighted(counties, totalWeight);
  const town = r.chance(0.6) ? county.towns[0]! : r.pick(county.towns);
  const kind = r.weighted([
    { kind: 'public' as const, weight: 3 }, { kind: 'ngo' as const, weight: 5 }, { kind: 'religious' as const, weight: 1 }, { kind: 'private' as const, weight: 1 },
  ], 10).kind;
  const name = SYNTHETIC_PREFIX + providerName(r, kind, county, town);
  const id = `sintetic-${county.id}-${String(index + 1).padStart(5, '0')}`;
  const src = SYNTHETIC_SOURCE.id;
  const phone = () => `0700 000 ${String(r.int(0, 999)).padStart(3, '0')}`;

  // Locations: 1-3 places; a shelter for victims of violence or trafficking is confidential.
  const serviceCount = r.weighted([{ n: 1, weight: 3 }, { n: 2, weight: 3 }, { n: 3, weight: 2 }, { n: 4, weight: 1 }, { n: 5, weight: 0.6 }, { n: 6, weight: 0.4 }], 10).n;
  const services: ProviderInput['services'] = [];
  const locations: NonNullable<ProviderInput['locations']> = [];
  const b = ROMANIA_BOUNDS;
  const addLocation = (confidential: boolean): string => {
    const locId = `loc-${locations.length + 1}`;
    if (confidential) {
      // A confidential place names its locality only when the areas taxonomy knows it (validate's rule).
      locations.push({
        id: locId, confidential: true, ...(localities.has(town) ? { locality: town } : {}), area: `judetul-${county.id}`,
        contact_route: { ro: `Adresa nu este publică. Sunați la ${phone()}; în caz de pericol imediat sunați la 112.`, en: 'The address is not public. Call the number above; in immediate danger call 112.' },
      });
      return locId;
    }
    // A city centre for the county seat, a wider spread for the other towns of the county.
    const spread = town === county.towns[0] ? 0.04 : 0.3;
    const lat = round(clamp(county.lat + (r.next() * 2 - 1) * spread, b.minLat + 0.01, b.maxLat - 0.01), 5);
    const lng = round(clamp(county.lng + (r.next() * 2 - 1) * spread * 1.4, b.minLng + 0.01, b.maxLng - 0.01), 5);
    const area = town === 'Cluj-Napoca' && r.chance(0.7) ? r.pick(cityAreas) : `judetul-${county.id}`;
    locations.push({
      id: locId,
      ...(r.chance(0.3) ? { name: `Sediul ${locations.length + 1}` } : {}),
      address: { street: `${r.pick(STREETS)} nr. ${r.int(1, 120)}`, locality: town, county: county.name },
      area, latitude: lat, longitude: lng,
      precision: r.pick(['exact', 'street', 'approximate'] as const),
      ...(r.chance(0.4) ? { accessibility: { wheelchair: r.pick(['yes', 'limited', 'no'] as const), source: src } } : {}),
      source: src,
    });
    return locId;
  };
  const main = addLocation(false);

  const types = tax.serviceTypes.map((t) => t.id);
  const cats = tax.beneficiaryCategories.map((t) => t.id);
  const catLabel = new Map(tax.beneficiaryCategories.map((t) => [t.id, t.label.ro.toLowerCase()]));
  for (let k = 0; k < serviceCount; k++) {
    const serviceTypes = r.some(types, r.chance(0.75) ? 1 : 2);
    const categories = r.some(cats, r.chance(0.6) ? 1 : r.int(2, 3));
    const first = serviceTypes[0]!;
    const helpline = first === 'helpline';
    // Validate's rule decides which services must be at a confidential place; others sometimes are too.
    const serviceName = `${TYPE_NAMES[first] ?? first} pentru ${catLabel.get(categories[0]!) ?? categories[0]}`;
    const secret = confidentialPlaceReason({ service_types: serviceTypes, beneficiary_categories: categories, name: serviceName }) !== undefined
      || (categories.some((c) => SECRET_CATEGORIES.has(c)) && (first === 'shelter' || first === 'emergency-shelter' || r.chance(0.3)));
    let where: string[] | undefined;
    if (secret) where = [addLocation(true)];
    else if (!helpline) where = [locations.length < 3 && r.chance(0.25) ? addLocation(false) : main];
    const child = categories.some((c) => CHILD_CATEGORIES.has(c));
    const elderly = categories.includes('elderly');
    const service: ProviderInput['services'][number] = {
      id: `${slugify(TYPE_NAMES[first] ?? first)}-${k + 1}`,
      name: serviceName,
      ...(r.chance(0.8) ? { description: r.some(DESCRIPTION_PARTS, r.int(1, 3)).join(' ') } : {}),
      service_types: serviceTypes,
      beneficiary_categories: categories,
      ...(child ? { age_min: 0, age_max: 18 } : elderly ? { age_min: 65 } : {}),
      ...(r.chance(0.4) ? { eligibility: r.pick(ELIGIBILITY) } : {}),
      ...(r.chance(0.7) ? { cost: { kind: r.weighted([{ k: 'free' as const, weight: 5 }, { k: 'fee' as const, weight: 2 }, { k: 'means_tested' as const, weight: 3 }], 10).k, source: src } } : {}),
      ...(r.chance(0.4) ? { documents: r.some(DOCUMENTS, r.int(1, 3)) } : {}),
      ...(r.chance(0.8) ? { access: {
        modes: r.chance(0.35) ? ['walk_in' as const, ...(r.chance(0.5) ? ['appointment' as const] : [])] : r.chance(0.5) ? ['appointment' as const] : ['referral' as const, 'appointment' as const],
        ...(r.chance(0.3) ? { how_to_refer: 'Trimitere de la asistentul social al primăriei.' } : {}),
        source: src,
      } } : {}),
      ...(r.chance(0.5) ? { capacity: { value: r.int(5, 120), unit: r.pick(['places', 'beds', 'per_day', 'per_month'] as const), source: src } } : {}),
      languages: ['ro', ...(county.hu && r.chance(0.6) ? ['hu'] : []), ...(r.chance(0.05) ? ['rom'] : [])],
      ...(r.chance(0.8) ? { hours: { opening_hours: helpline ? r.pick(['24/7', 'Mo-Fr 08:00-20:00']) : r.pick(HOURS), ...(r.chance(0.15) ? { note: r.pick(HOURS_NOTES) } : {}), source: src } } : {}),
      areas_served: [helpline && r.chance(0.5) ? 'romania' : `judetul-${county.id}`],
      ...(where ? { locations: where } : {}),
      ...(helpline ? { phones: [{ number: phone(), free: true, source: src }] } : {}),
      sources: [src],
    };
    services.push(service);
  }

  return {
    id,
    name,
    kind,
    ...(r.chance(0.7) ? { description: `Furnizor de servicii sociale din ${town}, județul ${county.name}. Date de test generate automat.` } : {}),
    ...(r.chance(0.5) ? { website: { url: `https://${id}.example`, source: src } } : {}),
    emails: [{ address: `contact@${id}.example`, source: src }],
    phones: [{ number: phone(), source: src }],
    // About 30% assured on the day of their one source, which is all a person could have checked;
    // the draw stays, so the same seed keeps giving the same providers.
    ...(r.int(0, 1400) < 420 ? { assured_date: SYNTHETIC_SOURCE.date } : {}),
    sources: [{ ...SYNTHETIC_SOURCE }],
    locations,
    services,
  };
}

/** `count` synthetic providers; the same (count, seed, taxonomy) always gives the same list. */
export function generateProviders(count: number, seed: number, tax: SyntheticTaxonomy): ProviderInput[] {
  const r = new Rand(prng(seed));
  const areaIds = new Set(tax.areas.map((a) => a.id));
  const counties = COUNTIES.filter((c) => areaIds.has(`judetul-${c.id}`));
  if (counties.length === 0) throw new Error('the areas taxonomy has no judetul-* terms');
  const totalWeight = counties.reduce((n, c) => n + c.weight, 0);
  // Neighbourhoods only (not the city's SIRUTA locality), so the same seed gives the same providers as before the county's localities arrived.
  const cityAreas = tax.areas.filter((a) => a.parent === 'cluj-napoca' && (a.kind === undefined || a.kind === 'neighbourhood')).map((a) => a.id);
  const levels = areaLevels(tax.areas);
  const localities = new Set(tax.areas.filter((a) => levels.get(a.id) === 'locality').map((a) => a.label.ro));
  const out: ProviderInput[] = [];
  for (let i = 0; i < count; i++) out.push(provider(r, i, tax, counties, totalWeight, cityAreas.length ? cityAreas : ['judetul-cluj'], localities));
  return out;
}
