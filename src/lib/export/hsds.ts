/**
 * Open Referral HSDS 3.0 export. The content schema was designed after HSDS, so this is a mapping:
 *
 * | ours                              | HSDS 3.0                                                      |
 * | provider                          | organization (+ organization_identifier for legal_id)         |
 * | service                           | service (status, minimum_age/maximum_age ...; assured_date only where a person assured the entry) |
 * | location (public)                 | location + address (+ accessibility)                          |
 * | location (confidential)           | location without coordinates or address; description = contact route |
 * | service.locations                 | service_at_location                                           |
 * | phones / hours / cost / documents | phone / schedule / cost_option / required_document            |
 * | languages / areas_served          | language / service_area                                       |
 * | beneficiary categories, types     | taxonomy + taxonomy_term, linked by attribute                 |
 * | nomenclature codes (HG 867/2015)  | a third taxonomy; terms of the other two link to its codes by attribute |
 *
 * Every id is a deterministic UUID (see uuid.ts) of the table name and our slug ids.
 * `hsdsTables` gives the normalised tables (HSDS's tabular form); `hsdsApi` nests them the way
 * the HSDS API's `/services`, `/organizations`... endpoints return them (see the official examples).
 */
import type { TaxonomyTerm } from '../../schemas/taxonomy';
import { dataDate, isLocated, sortedById, ro, type ExportInput } from './model';
import { absoluteUrl, PAGES, providerPath, termPath } from '../routes';
import { hoursLine } from '../views/facts';
import { weeklyRules } from './schedule';
import { uuidV5 } from './uuid';

export type HsdsRow = Record<string, string | number | boolean | undefined>;

/** The tables, named as in HSDS's tabular data package (`organizations.csv` → `organizations`). */
export interface HsdsTables {
  organizations: HsdsRow[];
  organization_identifiers: HsdsRow[];
  services: HsdsRow[];
  locations: HsdsRow[];
  addresses: HsdsRow[];
  accessibility: HsdsRow[];
  service_at_locations: HsdsRow[];
  phones: HsdsRow[];
  schedules: HsdsRow[];
  cost_options: HsdsRow[];
  required_documents: HsdsRow[];
  languages: HsdsRow[];
  service_areas: HsdsRow[];
  taxonomies: HsdsRow[];
  taxonomy_terms: HsdsRow[];
  attributes: HsdsRow[];
}

export const HSDS_TABLE_NAMES = [
  'organizations', 'organization_identifiers', 'services', 'locations', 'addresses', 'accessibility', 'service_at_locations',
  'phones', 'schedules', 'cost_options', 'required_documents', 'languages', 'service_areas', 'taxonomies', 'taxonomy_terms', 'attributes',
] as const satisfies ReadonlyArray<keyof HsdsTables>;

export const HSDS_VERSION = '3.0';
export const HSDS_OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';

/** The stable UUID of a record: table name plus our ids. */
export function hsdsId(table: string, ...ids: Array<string | number>): string {
  return uuidV5(`${table}/${ids.join('/')}`);
}

const TAXONOMIES = {
  beneficiaryCategories: { key: 'beneficiary-categories', name: 'Beneficiary categories', description: 'Who a service is for (categorii de beneficiari), from content/taxonomy/beneficiary-categories.yaml of this directory.', linkType: 'beneficiary_category' },
  serviceTypes: { key: 'service-types', name: 'Service types', description: 'What kind of help a service gives (tipuri de servicii), in plain language, from content/taxonomy/service-types.yaml of this directory.', linkType: 'service_type' },
  nomenclature: { key: 'nomenclature-hg-867-2015', name: 'Nomenclatorul serviciilor sociale (HG 867/2015)', description: 'Codes of the Romanian national nomenclature of social services (Nomenclatorul serviciilor sociale, Government Decision 867/2015). Terms of the other two taxonomies link to the codes that fit them.', linkType: 'nomenclature_code' },
} as const;

const COST_OPTION: Record<string, string> = { free: 'Free', fee: 'Fee', means_tested: 'Means-tested: depends on income' };
const ACCESS: Record<string, string> = { walk_in: 'Walk in', appointment: 'By appointment', referral: 'By referral' };
const WHEELCHAIR: Record<string, string> = { yes: 'Wheelchair accessible', limited: 'Partly wheelchair accessible', no: 'Not wheelchair accessible' };

/** HSDS's URI fields must be absolute: a link back to the site only when its address is known. */
function hsdsUri(path: string, siteUrl: string | undefined): string | undefined {
  return siteUrl ? absoluteUrl(path, siteUrl) : undefined;
}

/** Drops undefined fields, so rows carry only what the content states. */
function row(fields: HsdsRow): HsdsRow {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

function termDescription(t: TaxonomyTerm): string {
  return t.description?.ro ?? t.description?.en ?? `${t.label.ro} (${t.label.en})`;
}

/** The normalised HSDS tables for the whole directory. */
export function hsdsTables(input: ExportInput): HsdsTables {
  const providers = sortedById(input.providers);
  const t: HsdsTables = {
    organizations: [], organization_identifiers: [], services: [], locations: [], addresses: [], accessibility: [], service_at_locations: [],
    phones: [], schedules: [], cost_options: [], required_documents: [], languages: [], service_areas: [], taxonomies: [], taxonomy_terms: [], attributes: [],
  };

  // Taxonomies first: services link to their terms.
  const termIds = { beneficiaryCategories: new Map<string, string>(), serviceTypes: new Map<string, string>(), nomenclature: new Map<string, string>() };
  for (const [which, tax] of Object.entries(TAXONOMIES) as [keyof typeof TAXONOMIES, (typeof TAXONOMIES)[keyof typeof TAXONOMIES]][]) {
    t.taxonomies.push(row({ id: hsdsId('taxonomy', tax.key), name: tax.name, description: tax.description, uri: which === 'nomenclature' ? undefined : hsdsUri(PAGES.data, input.siteUrl) }));
  }
  const taxonomyId = (which: keyof typeof TAXONOMIES) => hsdsId('taxonomy', TAXONOMIES[which].key);
  const codes = new Set<string>();
  for (const which of ['beneficiaryCategories', 'serviceTypes'] as const) {
    for (const term of input.taxonomies[which]) {
      const id = hsdsId('taxonomy_term', TAXONOMIES[which].key, term.id);
      termIds[which].set(term.id, id);
      t.taxonomy_terms.push(row({
        id, code: term.id, name: term.label.ro, description: termDescription(term), taxonomy: TAXONOMIES[which].name,
        language: 'ro', taxonomy_id: taxonomyId(which),
        term_uri: hsdsUri(termPath(which === 'beneficiaryCategories' ? 'beneficiary_categories' : 'service_types', term.id), input.siteUrl),
      }));
      for (const code of term.nomenclature ?? []) codes.add(code);
    }
  }
  for (const code of [...codes].sort()) {
    const id = hsdsId('taxonomy_term', TAXONOMIES.nomenclature.key, code);
    termIds.nomenclature.set(code, id);
    t.taxonomy_terms.push(row({
      id, code, name: code, description: `Cod din Nomenclatorul serviciilor sociale (HG 867/2015): ${code}`,
      taxonomy: TAXONOMIES.nomenclature.name, language: 'ro', taxonomy_id: taxonomyId('nomenclature'),
    }));
  }
  for (const which of ['beneficiaryCategories', 'serviceTypes'] as const) {
    for (const term of input.taxonomies[which]) {
      for (const code of term.nomenclature ?? []) {
        t.attributes.push(row({
          id: hsdsId('attribute', 'taxonomy_term', TAXONOMIES[which].key, term.id, code), link_id: termIds[which].get(term.id),
          taxonomy_term_id: termIds.nomenclature.get(code), link_type: TAXONOMIES.nomenclature.linkType, link_entity: 'taxonomy_term',
        }));
      }
    }
  }
  const areaLabel = new Map(input.taxonomies.areas.map((a) => [a.id, a.label.ro]));

  for (const p of providers) {
    const orgId = hsdsId('organization', p.id);
    t.organizations.push(row({
      id: orgId, name: p.name, alternate_name: p.alternate_name, description: ro(p.description) ?? '',
      email: p.emails?.[0]?.address, website: p.website?.url, tax_id: p.legal_id, uri: hsdsUri(providerPath(p.id), input.siteUrl),
    }));
    if (p.legal_id) {
      t.organization_identifiers.push(row({ id: hsdsId('organization_identifier', p.id, 'legal_id'), organization_id: orgId, identifier_type: 'Cod de identificare fiscală (CUI/CIF)', identifier: p.legal_id }));
    }
    p.phones?.forEach((ph, i) => t.phones.push(row({ id: hsdsId('phone', p.id, 'organization', i), organization_id: orgId, number: ph.number, type: 'voice', description: ro(ph.label) })));

    const locationIds = new Map<string, string>();
    for (const l of p.locations ?? []) {
      const locId = hsdsId('location', p.id, l.id);
      locationIds.set(l.id, locId);
      t.locations.push(row({
        id: locId, location_type: 'physical', organization_id: orgId, name: ro(l.name),
        // A confidential place keeps only how to reach it: never coordinates or an address.
        description: l.confidential ? ro(l.contact_route) : undefined,
        latitude: isLocated(l) ? l.latitude : undefined, longitude: isLocated(l) ? l.longitude : undefined,
        external_identifier: `${p.id}/${l.id}`, external_identifier_type: 'servicii-sociale-cluj location id',
      }));
      if (!l.confidential && l.address) {
        t.addresses.push(row({
          id: hsdsId('address', p.id, l.id), location_id: locId, address_1: l.address.street, city: l.address.locality,
          // HSDS requires postal_code; an empty string says "unknown" rather than inventing one.
          state_province: l.address.county, postal_code: l.address.postal_code ?? '', country: 'RO', address_type: 'physical',
        }));
      }
      if (!l.confidential && l.accessibility) {
        t.accessibility.push(row({
          id: hsdsId('accessibility', p.id, l.id), location_id: locId,
          description: l.accessibility.wheelchair ? WHEELCHAIR[l.accessibility.wheelchair] : undefined, details: ro(l.accessibility.note),
        }));
      }
    }

    for (const s of p.services) {
      const serviceId = hsdsId('service', p.id, s.id);
      const access = s.access ? [s.access.modes.map((m) => ACCESS[m]).join('; '), ro(s.access.how_to_refer)].filter(Boolean).join('. ') : undefined;
      const fees = s.cost ? [COST_OPTION[s.cost.kind], ro(s.cost.details)].filter(Boolean).join('. ') : undefined;
      t.services.push(row({
        id: serviceId, organization_id: orgId, name: ro(s.name)!, description: ro(s.description), url: hsdsUri(providerPath(p.id, { service: s.id }), input.siteUrl),
        email: s.emails?.[0]?.address, status: s.status, application_process: access, fees_description: fees,
        eligibility_description: ro(s.eligibility), minimum_age: s.age_min, maximum_age: s.age_max, assured_date: p.assured_date,
      }));
      s.phones?.forEach((ph, i) => t.phones.push(row({ id: hsdsId('phone', p.id, 'service', s.id, i), service_id: serviceId, number: ph.number, type: 'voice', description: ro(ph.label) })));
      if (s.hours) {
        const description = hoursLine(s.hours);
        const rules = weeklyRules(s.hours.opening_hours);
        if (rules) rules.forEach((r, i) => t.schedules.push(row({ id: hsdsId('schedule', p.id, s.id, i), service_id: serviceId, freq: 'WEEKLY', byday: r.byday, opens_at: r.opens_at, closes_at: r.closes_at, description })));
        else t.schedules.push(row({ id: hsdsId('schedule', p.id, s.id, 0), service_id: serviceId, description }));
      }
      if (s.cost) {
        t.cost_options.push(row({
          id: hsdsId('cost_option', p.id, s.id), service_id: serviceId, option: COST_OPTION[s.cost.kind],
          amount: s.cost.kind === 'free' ? 0 : undefined, currency: s.cost.kind === 'free' ? 'RON' : undefined, amount_description: ro(s.cost.details),
        }));
      }
      s.documents?.forEach((d, i) => t.required_documents.push(row({ id: hsdsId('required_document', p.id, s.id, i), service_id: serviceId, document: ro(d) })));
      s.languages?.forEach((code) => t.languages.push(row({ id: hsdsId('language', p.id, s.id, code), service_id: serviceId, code })));
      s.areas_served?.forEach((area) => t.service_areas.push(row({ id: hsdsId('service_area', p.id, s.id, area), service_id: serviceId, name: areaLabel.get(area) ?? area, description: area })));
      for (const [which, ids] of [['beneficiaryCategories', s.beneficiary_categories], ['serviceTypes', s.service_types]] as const) {
        for (const termId of ids) {
          t.attributes.push(row({
            id: hsdsId('attribute', 'service', p.id, s.id, TAXONOMIES[which].key, termId), link_id: serviceId,
            taxonomy_term_id: termIds[which].get(termId), link_type: TAXONOMIES[which].linkType, link_entity: 'service',
          }));
        }
      }
      for (const locSlug of s.locations ?? []) {
        const locId = locationIds.get(locSlug);
        if (locId) t.service_at_locations.push(row({ id: hsdsId('service_at_location', p.id, s.id, locSlug), service_id: serviceId, location_id: locId }));
      }
    }
  }
  return t;
}

/** An HSDS API list response (the OpenAPI `Page` object): one page of `contents` and where it sits. */
export interface HsdsPage<T> { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: T[] }

/** How many records one static page of an HSDS list holds: a national list is hundreds of megabytes. */
export const HSDS_PAGE_SIZE = 1000;

/** `items` split into HSDS API pages of `perPage` (always at least one page, empty when there is nothing). */
export function hsdsPages<T>(items: T[], perPage: number = HSDS_PAGE_SIZE): Array<HsdsPage<T>> {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: totalPages }, (_, i) => {
    const contents = items.slice(i * perPage, (i + 1) * perPage);
    return { total_items: items.length, total_pages: totalPages, page_number: i + 1, size: contents.length, first_page: i === 0, last_page: i === totalPages - 1, empty: contents.length === 0, contents };
  });
}

function groupBy<R extends Record<string, unknown>>(rows: R[], key: string): Map<unknown, R[]> {
  const m = new Map<unknown, R[]>();
  for (const r of rows) {
    const k = r[key];
    if (k === undefined) continue;
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list && list.length ? list : undefined;
}

/**
 * The HSDS API responses, as static files: `/` (version), `/services` and `/service_at_locations`
 * fully nested, `/organizations`, `/taxonomies`, `/taxonomy_terms`, each as pages of HSDS_PAGE_SIZE.
 * Nested objects are shared, not copied: they only become JSON text. `t` is `hsdsTables(input)`.
 */
export function hsdsApi(input: ExportInput, profile: string, t: HsdsTables = hsdsTables(input), perPage: number = HSDS_PAGE_SIZE) {
  const taxonomyById = new Map(t.taxonomies.map((x) => [x.id, x]));
  const terms: Array<Record<string, unknown>> = t.taxonomy_terms.map((term) => ({ ...term, taxonomy_detail: taxonomyById.get(term.taxonomy_id) }));
  const termById = new Map(terms.map((x) => [x.id, x]));
  const addresses = groupBy(t.addresses, 'location_id');
  const accessibility = groupBy(t.accessibility, 'location_id');
  const locations: Array<Record<string, unknown> & { id?: HsdsRow[string] }> = t.locations.map((l) => ({ ...l, addresses: nonEmpty(addresses.get(l.id)), accessibility: nonEmpty(accessibility.get(l.id)) }));
  const locationById = new Map(locations.map((l) => [l.id, l]));
  const salByService = groupBy(t.service_at_locations, 'service_id');
  const phonesByService = groupBy(t.phones, 'service_id');
  const phonesByOrg = groupBy(t.phones, 'organization_id');
  const by = (rows: HsdsRow[]) => groupBy(rows, 'service_id');
  const schedules = by(t.schedules), costs = by(t.cost_options), documents = by(t.required_documents), languages = by(t.languages), areas = by(t.service_areas);
  const attributes = groupBy(t.attributes, 'link_id');
  const identifiers = groupBy(t.organization_identifiers, 'organization_id');
  const locationsByOrg = groupBy(locations, 'organization_id');
  const organizations = t.organizations.map((o) => ({
    ...o, phones: nonEmpty(phonesByOrg.get(o.id)), locations: nonEmpty(locationsByOrg.get(o.id)), organization_identifiers: nonEmpty(identifiers.get(o.id)),
  }));
  const orgById = new Map(t.organizations.map((o) => [o.id, o]));
  const serviceAtLocations = t.service_at_locations.map((sal) => ({ ...sal, location: locationById.get(sal.location_id) }));
  const services = t.services.map((s) => ({
    ...s,
    phones: nonEmpty(phonesByService.get(s.id)), schedules: nonEmpty(schedules.get(s.id)), service_areas: nonEmpty(areas.get(s.id)),
    service_at_locations: nonEmpty((salByService.get(s.id) ?? []).map((sal) => ({ ...sal, location: locationById.get(sal.location_id) }))),
    languages: nonEmpty(languages.get(s.id)), organization: orgById.get(s.organization_id), cost_options: nonEmpty(costs.get(s.id)),
    required_documents: nonEmpty(documents.get(s.id)),
    attributes: nonEmpty((attributes.get(s.id) ?? []).map((a) => ({ ...a, taxonomy_term: termById.get(a.taxonomy_term_id) }))),
  }));
  return {
    index: { version: HSDS_VERSION, profile, openapi_url: HSDS_OPENAPI_URL, data_date: dataDate(input.providers) },
    organizations: hsdsPages(organizations, perPage),
    services: hsdsPages(services, perPage),
    service_at_locations: hsdsPages(serviceAtLocations, perPage),
    taxonomies: hsdsPages(t.taxonomies, perPage),
    taxonomy_terms: hsdsPages(terms, perPage),
  };
}
