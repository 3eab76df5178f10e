/**
 * The entry builder's logic: a flat form → a provider file (YAML) → the same checks as
 * `npm run validate` (schema, friendly errors, taxonomy ids), with each problem tied to a form field.
 * Pure and browser-safe; the React island only renders it.
 */
import { stringify } from 'yaml';
import type { TaxonomyTerm } from '../../schemas/taxonomy';
import { validateProviderText } from './validate-provider';
import { formatPath, type ContentProblem } from './friendly-errors';

export const SOURCE_ID = 'sursa';
export const LOCATION_ID = 'sediu';

export interface EntryForm {
  id: string;
  name: string;
  kind: string;
  description: string;
  website: string;
  email: string;
  phone: string;
  assured_date: string;
  source_kind: 'web' | 'self';
  source_title: string;
  source_url: string;
  location_name: string;
  street: string;
  postal_code: string;
  locality: string;
  county: string;
  service_name: string;
  service_types: string[];
  beneficiary_categories: string[];
  cost: string;
  access: string[];
  hours: string;
}

export type FieldName = keyof EntryForm;

export function emptyForm(today: string): EntryForm {
  return {
    id: '', name: '', kind: 'ngo', description: '', website: '', email: '', phone: '', assured_date: today,
    source_kind: 'web', source_title: '', source_url: '', location_name: '', street: '', postal_code: '', locality: 'Cluj-Napoca', county: 'Cluj',
    service_name: '', service_types: [], beneficiary_categories: [], cost: '', access: [], hours: '',
  };
}

/**
 * An id from a name: ASCII lower case, hyphens.
 * @example slugify('Asociația „Sf. Ioan” Cluj') // 'asociatia-sf-ioan-cluj'
 */
export function slugify(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
}

const trim = (s: string) => s.trim();
const opt = (s: string) => (trim(s) ? trim(s) : undefined);

/** The provider object the form describes; empty optional fields are left out. */
export function formToProvider(f: EntryForm): Record<string, unknown> {
  const source = SOURCE_ID;
  const hasLocation = Boolean(trim(f.street));
  const service: Record<string, unknown> = {
    id: slugify(f.service_name) || 'serviciu',
    name: trim(f.service_name),
    service_types: f.service_types,
    beneficiary_categories: f.beneficiary_categories,
    cost: f.cost ? { kind: f.cost, source } : undefined,
    access: f.access.length ? { modes: f.access, source } : undefined,
    hours: opt(f.hours) ? { opening_hours: trim(f.hours), source } : undefined,
    locations: hasLocation ? [LOCATION_ID] : undefined,
    sources: [source],
  };
  const provider: Record<string, unknown> = {
    // Empty required fields are left out, so the message says "is missing" with an example.
    id: opt(f.id),
    name: opt(f.name),
    kind: f.kind,
    description: opt(f.description),
    website: opt(f.website) ? { url: trim(f.website), source } : undefined,
    emails: opt(f.email) ? [{ address: trim(f.email), source }] : undefined,
    phones: opt(f.phone) ? [{ number: trim(f.phone), source }] : undefined,
    assured_date: trim(f.assured_date),
    sources: [{
      id: source,
      kind: f.source_kind,
      title: opt(f.source_title),
      url: f.source_kind === 'web' ? opt(f.source_url) : undefined,
      // The day the volunteer checked: when they read the page, or when the organisation said it.
      ...(f.source_kind === 'web' ? { accessed: trim(f.assured_date) || undefined } : { date: trim(f.assured_date) || undefined }),
    }],
    locations: hasLocation ? [{
      id: LOCATION_ID,
      name: opt(f.location_name),
      address: { street: trim(f.street), postal_code: opt(f.postal_code), locality: trim(f.locality), county: trim(f.county) },
      source,
    }] : undefined,
    services: [service],
  };
  return JSON.parse(JSON.stringify(provider)) as Record<string, unknown>;
}

/** The file as it will be committed: a schema line for editors, then the YAML. */
export function providerYaml(provider: Record<string, unknown>): string {
  // Dates in quotes, as in every content file, so that no YAML 1.1 tool reads them as timestamps.
  const text = stringify(provider, { lineWidth: 0 }).replace(/^(\s*(?:- )?(?:assured_date|date|accessed): )(\d{4}-\d{2}-\d{2})$/gm, "$1'$2'");
  return `# yaml-language-server: $schema=../../public/schema/provider.schema.json\n${text}`;
}

const FIELD_FOR_PATH: Array<[RegExp, FieldName]> = [
  [/^id$/, 'id'], [/^name$/, 'name'], [/^kind$/, 'kind'], [/^description/, 'description'],
  [/^website/, 'website'], [/^emails/, 'email'], [/^phones/, 'phone'], [/^assured_date$/, 'assured_date'],
  [/^sources\[0\]\.url/, 'source_url'], [/^sources\[0\]\.title/, 'source_title'], [/^sources\[0\]\.kind/, 'source_kind'], [/^sources\[0\]\.(?:date|accessed)/, 'assured_date'],
  [/^locations\[0\]\.name/, 'location_name'], [/^locations\[0\]\.address\.street/, 'street'], [/^locations\[0\]\.address\.postal_code/, 'postal_code'],
  [/^locations\[0\]\.address\.locality/, 'locality'], [/^locations\[0\]\.address\.county/, 'county'], [/^locations/, 'street'],
  [/^services\[0\]\.name/, 'service_name'], [/^services\[0\]\.id/, 'service_name'], [/^services\[0\]\.service_types/, 'service_types'],
  [/^services\[0\]\.beneficiary_categories/, 'beneficiary_categories'], [/^services\[0\]\.cost/, 'cost'], [/^services\[0\]\.access/, 'access'],
  [/^services\[0\]\.hours/, 'hours'],
];

/** The form field a problem belongs to, or undefined for problems about the file as a whole. */
export function fieldForProblem(p: ContentProblem): FieldName | undefined {
  const path = formatPath(p.path);
  return FIELD_FOR_PATH.find(([re]) => re.test(path))?.[1];
}

export interface BuilderTaxonomies {
  beneficiaryCategories: string[];
  serviceTypes: string[];
  areas: string[];
}

export interface BuildResult {
  yaml: string;
  fileName: string;
  /** Problems by form field; `general` holds those that belong to no single field. */
  errors: Partial<Record<FieldName | 'general', string[]>>;
  valid: boolean;
}

/** Builds the file and checks it exactly as `npm run validate` would, as of `today`. */
export function buildEntry(form: EntryForm, taxonomies: BuilderTaxonomies, today: string): BuildResult {
  const provider = formToProvider(form);
  const yaml = providerYaml(provider);
  const id = String(provider.id ?? '');
  const fileName = `content/providers/${id || 'entry'}.yaml`;
  const asTerms = (ids: string[]) => ids.map((x) => ({ id: x }) as TaxonomyTerm);
  const { problems } = validateProviderText(yaml, {
    file: fileName,
    taxonomies: { beneficiaryCategories: asTerms(taxonomies.beneficiaryCategories), serviceTypes: asTerms(taxonomies.serviceTypes), areas: asTerms(taxonomies.areas) },
    today,
    expectedId: id,
  });
  const errors: BuildResult['errors'] = {};
  for (const p of problems) {
    const field = fieldForProblem(p) ?? 'general';
    const text = field === 'general' ? `${formatPath(p.path) || fileName}: ${p.message}` : p.message;
    const list = (errors[field] ??= []);
    if (!list.includes(text)) list.push(text);
  }
  return { yaml, fileName, errors, valid: problems.length === 0 };
}
