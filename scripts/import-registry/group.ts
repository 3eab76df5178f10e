/**
 * Grouping step: one provider per organisation (`furnizor`), one service per record, one location
 * per distinct address. Ids are given in a sorted order, so they do not depend on the order of the
 * file. Services for victims of domestic violence or trafficking get a confidential location: no
 * address, no coordinates, only a contact route; no other service of the organisation shows the
 * address where one is.
 */
import { compareIds, fold, slugify, uniq } from './normalise';
import { REGISTRY_SOURCE_TITLE, type ConvertedRecord, type ImportedLocation, type ImportedProvider, type ImportedService, type ReportLine } from './model';
import { confidentialPlaceOf } from '../../src/lib/ingest/checks';
import type { TaxonomyTerm } from '../../src/schemas/taxonomy';

/**
 * National lines named in the contact route of confidential services. Each is sourced in the
 * directory: content/providers/agentia-nationala-pentru-egalitatea-de-sanse-intre-femei-si-barbati.yaml,
 * content/providers/agentia-nationala-impotriva-traficului-de-persoane.yaml and, for 119,
 * content/providers/directia-generala-de-asistenta-sociala-si-protectia-copilului-cluj.yaml
 * (service telefonul-copilului-119, source dgaspc-prezentare).
 */
const HELPLINES = {
  domesticViolence: { ro: '0800 500 333 (linia națională pentru victimele violenței domestice, non-stop)', en: '0800 500 333 (the national domestic-violence helpline, day and night)' },
  trafficking: { ro: '0800 800 678 (numărul pentru semnalarea traficului de persoane)', en: '0800 800 678 (the number for reporting human trafficking)' },
  children: { ro: '119 (numărul național pentru cazurile de abuz asupra copiilor)', en: '119 (the national number for cases of child abuse)' },
};

const CHILDREN = ['children-and-families', 'children-with-disabilities', 'children-with-parents-abroad'];

/** The records of each organisation, keyed by its grouping key; keys in sorted order. */
export function groupByProvider(converted: readonly ConvertedRecord[]): Map<string, ConvertedRecord[]> {
  const byProvider = new Map<string, ConvertedRecord[]>();
  for (const c of converted) byProvider.set(c.providerKey, [...(byProvider.get(c.providerKey) ?? []), c]);
  return new Map([...byProvider.keys()].sort().map((key) => [key, byProvider.get(key)!]));
}

/**
 * A provider id for each organisation: the one `overrides` gives for its name (an existing file),
 * else that of an existing file citing one of its records (`byRecord`: a re-import finds the file by
 * record, whatever its name), else its name in kebab-case, numbered when two organisations would share one.
 */
export function assignProviderIds(groups: ReadonlyMap<string, readonly ConvertedRecord[]>, overrides: Record<string, string> = {}, byRecord: Record<string, string> = {}): Map<string, string> {
  const byName = new Map(Object.entries(overrides).map(([k, v]) => [fold(k), v]));
  const usedIds = new Set<string>();
  const idOf = new Map<string, string>();
  for (const [key, recs] of groups) {
    const sorted = [...recs].sort((a, b) => compareIds(a.recordId, b.recordId));
    const override = byName.get(fold(recs[0]!.providerName)) ?? sorted.map((c) => byRecord[c.recordId]).find((id) => id !== undefined && !usedIds.has(id));
    if (override) { idOf.set(key, override); usedIds.add(override); }
  }
  for (const key of groups.keys()) {
    if (idOf.has(key)) continue;
    const base = slugify(key, 80);
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    idOf.set(key, id);
  }
  return new Map([...groups.keys()].map((key) => [key, idOf.get(key)!]));
}

/** The id of the source that cites one record. */
export const sourceId = (c: ConvertedRecord) => `registru-${slugify(c.recordId) || 'x'}`;

/** How to reach a confidential service without its address: the organisation, its contacts, a national line, 112. */
export function contactRoute(c: ConvertedRecord, org: string, ways: string): { ro: string; en: string } {
  const line = c.categories.includes('domestic-violence-victims') ? HELPLINES.domesticViolence
    : c.categories.includes('trafficking-victims') ? HELPLINES.trafficking
    : c.categories.some((id) => CHILDREN.includes(id)) ? HELPLINES.children : undefined;
  return {
    ro: `Adresa nu este publică. Contactați ${org}${ways ? `: ${ways}` : ''}${line ? `, sau sunați gratuit la ${line.ro}` : ''}. În caz de pericol imediat sunați la 112.`,
    en: `The address is not public. Contact ${org}${ways ? `: ${ways}` : ''}${line ? `, or call ${line.en} free of charge` : ''}. In immediate danger call 112.`,
  };
}

/** Gives out location ids unique within one provider: `base`, then `base-2`, `base-3`... (`loc` when base is empty). */
function locationIds(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let id = base || 'loc';
    for (let n = 2; used.has(id); n++) id = `${base || 'loc'}-${n}`;
    used.add(id);
    return id;
  };
}

/** The locations of one organisation's records (sorted by record id), and the location of each record. */
export function locationsOf(recs: readonly ConvertedRecord[], route: (c: ConvertedRecord) => { ro: string; en: string }, areas?: readonly TaxonomyTerm[]): { locations: ImportedLocation[]; locationOf: Map<ConvertedRecord, string | undefined>; report: ReportLine[] } {
  const locations: ImportedLocation[] = [];
  const locationOf = new Map<ConvertedRecord, string | undefined>();
  const report: ReportLine[] = [];
  const byAddress = new Map<string, string>();
  const newLocId = locationIds();
  // An address where a confidential service is must not appear for any service of the organisation.
  const secretStreets = new Set(recs.filter((c) => c.confidential && c.street).map((c) => fold(c.street!)));
  for (const c of recs) {
    let locId: string | undefined;
    if (c.confidential) {
      locId = newLocId(`confidential-${slugify(c.recordId)}`);
      const where = areas ? confidentialPlaceOf(c.locality, c.county, areas) : c.locality ? { locality: c.locality } : {};
      locations.push({ id: locId, name: c.name, confidential: true, contact_route: route(c), ...where });
    } else if (c.street && secretStreets.has(fold(c.street))) {
      report.push({ recordId: c.recordId, name: c.name, level: 'warning', reason: 'is at the address of a confidential service of the same organisation; address and coordinates left out' });
    } else if (c.street && c.locality && c.county) {
      const k = `${fold(c.street)}|${fold(c.locality)}`;
      locId = byAddress.get(k);
      if (!locId) {
        locId = newLocId(slugify(c.street, 50));
        byAddress.set(k, locId);
        locations.push({
          id: locId,
          address: { street: c.street, locality: c.locality, county: c.county },
          ...(c.coords ? { latitude: c.coords.lat, longitude: c.coords.lng, precision: 'approximate' as const } : {}),
          source: sourceId(c),
        });
      } else {
        const loc = locations.find((l) => l.id === locId)!;
        // Appended after `source`, as in files written before the importer was split: the output stays byte for byte the same.
        if (loc.latitude === undefined && c.coords) Object.assign(loc, { latitude: c.coords.lat, longitude: c.coords.lng, precision: 'approximate' as const });
      }
    }
    locationOf.set(c, locId);
  }
  return { locations, locationOf, report };
}

/** One service per record, with the contacts that are not the organisation's own. */
export function servicesOf(recs: readonly ConvertedRecord[], locationOf: ReadonlyMap<ConvertedRecord, string | undefined>, org: { phone?: string; email?: string }): ImportedService[] {
  const used = new Set<string>();
  const nameCount = new Map<string, number>();
  for (const c of recs) nameCount.set(slugify(c.name, 70), (nameCount.get(slugify(c.name, 70)) ?? 0) + 1);
  return recs.map((c) => {
    const src = sourceId(c);
    const locId = locationOf.get(c);
    const base = slugify(c.name, 70) || 'serviciu';
    // Records sharing a name are told apart by their record id; what still collides is numbered.
    let sid = (nameCount.get(base) ?? 0) > 1 ? `${base}-${slugify(c.recordId)}` : base;
    for (let n = 2; used.has(sid); n++) sid = `${base}-${n}`;
    used.add(sid);
    const phones = c.phones.filter((p) => p !== org.phone).map((number) => ({ number, source: src }));
    const emails = c.emails.filter((e) => e !== org.email).map((address) => ({ address, source: src }));
    return {
      id: sid,
      name: c.name,
      service_types: c.serviceTypes,
      beneficiary_categories: c.categories,
      ...(c.capacity ? { capacity: { ...c.capacity, source: src } } : {}),
      ...(locId ? { locations: [locId] } : {}),
      ...(phones.length ? { phones } : {}),
      ...(emails.length ? { emails } : {}),
      sources: [src],
    };
  });
}

/** One organisation's records as a provider entry; `recordOf` maps `<provider id>/<service id>` to the record id. */
export function providerEntry(id: string, records: readonly ConvertedRecord[], cite: { file: string; extractDate: string; areas?: readonly TaxonomyTerm[] }): { entry: ImportedProvider; recordOf: Record<string, string>; report: ReportLine[] } {
  const recs = [...records].sort((a, b) => compareIds(a.recordId, b.recordId));
  const org = recs[0]!.providerName;
  // A phone or e-mail that is the only one the organisation's records give is the organisation's.
  const allPhones = uniq(recs.flatMap((c) => c.phones));
  const allEmails = uniq(recs.flatMap((c) => c.emails));
  const orgPhone = allPhones.length === 1 ? allPhones[0] : undefined;
  const orgEmail = allEmails.length === 1 ? allEmails[0] : undefined;
  const ways = [orgPhone, orgEmail].filter(Boolean).join(', ');
  const { locations, locationOf, report } = locationsOf(recs, (c) => contactRoute(c, org, ways), cite.areas);
  const services = servicesOf(recs, locationOf, { phone: orgPhone, email: orgEmail });
  const recordOf = Object.fromEntries(services.map((s, i) => [`${id}/${s.id}`, recs[i]!.recordId]));
  const firstWith = (pred: (c: ConvertedRecord) => boolean) => sourceId(recs.find(pred)!);
  const entry: ImportedProvider = {
    id,
    name: org,
    kind: recs[0]!.kind,
    ...(orgEmail ? { emails: [{ address: orgEmail, source: firstWith((c) => c.emails.includes(orgEmail)) }] } : {}),
    ...(orgPhone ? { phones: [{ number: orgPhone, source: firstWith((c) => c.phones.includes(orgPhone)) }] } : {}),
    sources: recs.map((c) => ({ id: sourceId(c), kind: 'registry', title: REGISTRY_SOURCE_TITLE, file: cite.file, record: c.recordId, date: cite.extractDate })),
    ...(locations.length ? { locations } : {}),
    services,
  };
  return { entry, recordOf, report };
}
