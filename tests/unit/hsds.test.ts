/** The HSDS export against the official HSDS 3.0 JSON Schemas (../shared/data/hsds-3.0), with Ajv. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { exportFiles, hsdsPagePath } from '../../src/lib/export';
import { hsdsTables, HSDS_TABLE_NAMES, type HsdsTables } from '../../src/lib/export/hsds';
import { freshInput, META } from './export-fixtures';
import { sharedSet } from './shared-data';

const DIR = sharedSet('hsds-3.0');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** The HSDS object schema (file in the specification) that each table's rows follow. */
const HSDS_TABLE_SCHEMA: Record<keyof HsdsTables, string> = {
  organizations: 'organization', organization_identifiers: 'organization_identifier', services: 'service', locations: 'location',
  addresses: 'address', accessibility: 'accessibility', service_at_locations: 'service_at_location', phones: 'phone',
  schedules: 'schedule', cost_options: 'cost_option', required_documents: 'required_document', languages: 'language',
  service_areas: 'service_area', taxonomies: 'taxonomy', taxonomy_terms: 'taxonomy_term', attributes: 'attribute',
};

// The files carry Frictionless keywords (constraints, datapackage_metadata...), hence strict: false;
// each is registered under its file name so that `$ref: "phone.json"` resolves.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const f of DIR ? readdirSync(DIR).filter((f) => f.endsWith('.json')) : []) ajv.addSchema(readJson(join(DIR!, f)), f);

function validate(schema: string, data: unknown): string[] {
  const v = ajv.getSchema(`${schema}.json`);
  if (!v) throw new Error(`no schema ${schema}`);
  return v(data) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe.skipIf(!DIR)('the official HSDS 3.0 schemas and examples', () => {
  it('loads every object schema', () => {
    for (const name of Object.values(HSDS_TABLE_SCHEMA)) expect(ajv.getSchema(`${name}.json`), name).toBeTruthy();
  });
  const examples: Array<[string, string]> = [
    ['service_full.json', 'service'], ['organization_full.json', 'organization'], ['service_at_location_full.json', 'service_at_location'],
    ['location.json', 'location'], ['taxonomy.json', 'taxonomy'], ['taxonomy_term.json', 'taxonomy_term'],
  ];
  for (const [file, schema] of examples) {
    it(`accepts the official example ${file}`, () => expect(validate(schema, readJson(join(DIR!, 'examples', file)))).toEqual([]));
  }
  // examples/tabular.json is not checked: upstream, its locations row gives external_identifier as a
  // number, which the schema's own type (string) rejects.
  it("rejects the failing mock feed of Open Referral UK's validator (bad url and e-mail)", () => {
    const errors = validate('service', readJson(join(DIR!, 'oruk-mocks/OpenReferralApi/Mocks/V3.0-UK-Fail/service_full.json')));
    expect(errors.join('\n')).toMatch(/\/url must match format "uri"/);
    expect(errors.join('\n')).toMatch(/\/email must match format "email"/);
  });
});

describe.skipIf(!DIR)('the HSDS export', () => {
  const input = freshInput();
  const files = exportFiles(input, META);
  const body = (path: string) => JSON.parse(files.find((f) => f.path === path)!.body());

  for (const [path, schema] of [
    ['data/hsds/services.json', 'service'], ['data/hsds/organizations.json', 'organization'], ['data/hsds/service_at_locations.json', 'service_at_location'],
    ['data/hsds/taxonomies.json', 'taxonomy'], ['data/hsds/taxonomy_terms.json', 'taxonomy_term'],
  ] as const) {
    it(`${path}: every item is a valid HSDS ${schema}`, () => {
      const page = body(path);
      expect(page.contents.length).toBeGreaterThan(0);
      expect(page.total_items).toBe(page.contents.length);
      for (const item of page.contents) expect(validate(schema, item), item.id).toEqual([]);
    });
  }

  it('a long list is published in pages shaped like the HSDS API, and the pages add up to the whole list', () => {
    const paged = exportFiles(freshInput(), { ...META, hsdsPageSize: 10 });
    const whole = body('data/hsds/services.json').contents.map((x: { id: string }) => x.id);
    expect(whole.length).toBeGreaterThan(20);
    const pages = paged.filter((f) => f.path === 'data/hsds/services.json' || f.path.startsWith('data/hsds/services/'));
    const total = Math.ceil(whole.length / 10);
    expect(pages.map((f) => f.path)).toEqual(Array.from({ length: total }, (_, i) => hsdsPagePath('services', i + 1)));
    const seen: string[] = [];
    pages.forEach((f, i) => {
      const page = JSON.parse(f.body());
      expect(f.page).toEqual({ number: i + 1, total });
      expect(page).toMatchObject({ total_items: whole.length, total_pages: total, page_number: i + 1, first_page: i === 0, last_page: i === total - 1, empty: false });
      expect(page.size).toBe(page.contents.length);
      expect(page.size).toBe(i < total - 1 ? 10 : whole.length - 10 * (total - 1));
      for (const item of page.contents) expect(validate('service', item), item.id).toEqual([]);
      seen.push(...page.contents.map((x: { id: string }) => x.id));
    });
    expect(seen).toEqual(whole);
    // Short lists stay one file.
    expect(paged.filter((f) => f.path.startsWith('data/hsds/taxonomies')).map((f) => f.path)).toEqual(['data/hsds/taxonomies.json']);
  });

  it('every row of every table is valid against its HSDS object schema', () => {
    const tables = hsdsTables(input);
    for (const name of HSDS_TABLE_NAMES) for (const r of tables[name]) expect(validate(HSDS_TABLE_SCHEMA[name], r), `${name} ${JSON.stringify(r)}`).toEqual([]);
    expect(tables.addresses.length).toBeGreaterThan(0);
    expect(tables.phones.length).toBeGreaterThan(0);
    expect(tables.schedules.length).toBeGreaterThan(0);
  });

  it('ids are unique UUIDs and references point at existing records', () => {
    const t = hsdsTables(input);
    const all = HSDS_TABLE_NAMES.flatMap((n) => t[n].map((r) => r.id));
    expect(new Set(all).size).toBe(all.length);
    const ids = (rows: Array<Record<string, unknown>>) => new Set(rows.map((r) => r.id));
    const services = ids(t.services), locations = ids(t.locations), orgs = ids(t.organizations), terms = ids(t.taxonomy_terms);
    for (const s of t.services) expect(orgs.has(s.organization_id)).toBe(true);
    for (const sal of t.service_at_locations) { expect(services.has(sal.service_id)).toBe(true); expect(locations.has(sal.location_id)).toBe(true); }
    for (const a of t.addresses) expect(locations.has(a.location_id)).toBe(true);
    for (const a of t.attributes) expect(terms.has(a.taxonomy_term_id)).toBe(true);
  });

  it('maps the Romanian nomenclature as a taxonomy of its own', () => {
    const taxonomies = body('data/hsds/taxonomies.json').contents;
    expect(taxonomies.map((x: { name: string }) => x.name)).toContain('Nomenclatorul serviciilor sociale (HG 867/2015)');
    const terms = body('data/hsds/taxonomy_terms.json').contents;
    const code = terms.find((x: { code: string }) => x.code === '8730CR-V-I');
    expect(code.taxonomy_detail.name).toMatch(/HG 867\/2015/);
  });

  it('a deliberately broken record fails the schema', () => {
    const service = structuredClone(body('data/hsds/services.json').contents[0]);
    expect(validate('service', service)).toEqual([]);
    service.id = 'dasm-cluj-napoca';
    service.status = 'open';
    delete service.name;
    const errors = validate('service', service).join('\n');
    expect(errors).toMatch(/\/id must match format "uuid"/);
    expect(errors).toMatch(/\/status must be equal to one of the allowed values/);
    expect(errors).toMatch(/must have required property 'name'/);
  });

  it('a confidential place has neither coordinates nor an address in HSDS', () => {
    const t = hsdsTables(input);
    const shelter = t.locations.find((l) => l.external_identifier === 'full-provider/adapost')!;
    expect(shelter.latitude).toBeUndefined();
    expect(shelter.longitude).toBeUndefined();
    expect(t.addresses.some((a) => a.location_id === shelter.id)).toBe(false);
  });
});
