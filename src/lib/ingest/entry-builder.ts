/**
 * The entry builder's logic: a form (an organisation, its places, its services) → a provider file
 * (YAML, or Markdown with the description as paragraphs) → the same checks as `npm run validate`,
 * with each problem tied to a form field and said in the page's language. Pure and browser-safe;
 * the React island (src/components/islands/EntryBuilder.tsx) only renders it.
 *
 * Correcting an existing entry starts from its file (/data/providers/<id>.json): what the form does
 * not show is kept as it was, a fact the volunteer leaves unchanged keeps its source, and a fact
 * they change points at the source they name now. Nothing of the old file is dropped silently.
 */
import { stringify } from 'yaml';
import type { TaxonomyTerm } from '../../schemas/taxonomy';
import { DEFAULT_LANG, type Lang } from '../../locales';
import { hoursFromText, hoursToText } from '../hours/typed-hours';
import { isValidOpeningHours } from '../hours/syntax';
import { validateProviderText } from './validate-provider';
import { FORMAT_EXTENSION, providerMarkdown, type ProviderFormat } from './markdown-file';
import { providerFilePath } from './repository';
import { renderMessage, type MessageCatalogue } from './messages';
import type { ContentProblem, PathSegment } from './friendly-errors';
import type { ProviderSource } from './provider-source';

/** The id of the source a new entry names. */
export const SOURCE_ID = 'sursa';
export const LOCATION_ID = 'sediu';

type Fields = Record<string, unknown>;

export interface LocationForm {
  /** Stable key for the form (not written). */
  key: string;
  /** The location as the existing file holds it, when correcting. */
  base?: Fields;
  name: string;
  /** The address must not be published: no street, a contact route instead. */
  confidential: boolean;
  contact_route: string;
  street: string;
  postal_code: string;
  locality: string;
  county: string;
  /** An id from the areas taxonomy, or ''. */
  area: string;
  latitude: string;
  longitude: string;
  precision: '' | 'exact' | 'street' | 'approximate';
}

export interface ServiceForm {
  key: string;
  base?: Fields;
  name: string;
  service_types: string[];
  beneficiary_categories: string[];
  cost: string;
  access: string[];
  /** As typed: the syntax, or Romanian/Hungarian/English words ("Luni-Vineri 8-16"). */
  hours: string;
  /** Keys of the form's locations where the service is delivered. */
  locations: string[];
}

export interface EntryForm {
  id: string;
  name: string;
  kind: string;
  description: string;
  website: string;
  /** One e-mail address per line. */
  emails: string;
  /** One phone number per line. */
  phones: string;
  assured_date: string;
  source_kind: 'web' | 'self';
  source_title: string;
  source_url: string;
  locations: LocationForm[];
  services: ServiceForm[];
  format: ProviderFormat;
}

/** The fields of the organisation and its source; places and services are addressed as `services.<n>.<field>`. */
export type TopField = Exclude<keyof EntryForm, 'locations' | 'services' | 'format'>;

export const LOCATION_FIELDS = ['name', 'confidential', 'contact_route', 'street', 'postal_code', 'locality', 'county', 'area', 'latitude', 'longitude', 'precision'] as const;
export const SERVICE_FIELDS = ['name', 'service_types', 'beneficiary_categories', 'cost', 'access', 'hours', 'locations'] as const;

let keys = 0;
const nextKey = (prefix: string) => `${prefix}${++keys}`;

export function emptyLocation(): LocationForm {
  return { key: nextKey('l'), name: '', confidential: false, contact_route: '', street: '', postal_code: '', locality: 'Cluj-Napoca', county: 'Cluj', area: '', latitude: '', longitude: '', precision: '' };
}

export function emptyService(locations: string[] = []): ServiceForm {
  return { key: nextKey('s'), name: '', service_types: [], beneficiary_categories: [], cost: '', access: [], hours: '', locations };
}

export function emptyForm(today: string): EntryForm {
  const place = emptyLocation();
  return {
    id: '', name: '', kind: 'ngo', description: '', website: '', emails: '', phones: '', assured_date: today,
    source_kind: 'web', source_title: '', source_url: '', locations: [place], services: [emptyService([place.key])], format: 'yaml',
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
const lines = (s: string) => s.split(/\r?\n/).map(trim).filter(Boolean);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isFields = (v: unknown): v is Fields => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The Romanian text of a localised value. */
function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  return isFields(v) && typeof v[DEFAULT_LANG] === 'string' ? (v[DEFAULT_LANG] as string) : '';
}

/** A localised value with its Romanian text set: translations stay (the volunteer sees only Romanian). */
function withText(base: unknown, text: string): unknown {
  const t = text.trim();
  if (t === textOf(base).trim()) return base;
  if (!t) return undefined;
  return isFields(base) ? { ...base, [DEFAULT_LANG]: t } : t;
}

/** A number typed with a comma or a dot ("46,7712"); anything else is kept, so the schema says what is wrong. */
function coordinate(s: string): number | string | undefined {
  const t = s.trim().replace(',', '.');
  if (!t) return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

/**
 * Hours as the file will hold them: the value itself when it is already in the syntax, else the
 * typed words converted ("Luni-Vineri 12-14" → "Mo-Fr 12:00-14:00"), else the text as typed (the
 * schema then explains the syntax).
 */
export function hoursValue(typed: string, lang: Lang): string | undefined {
  const t = typed.trim();
  if (!t) return undefined;
  if (isValidOpeningHours(t)) return t;
  return hoursFromText(t, lang) ?? t;
}

/** A location is blank (and not written) when nothing of it was filled in besides the default town. */
export function isBlankLocation(l: LocationForm): boolean {
  return !l.base && !l.confidential && ![l.name, l.street, l.postal_code, l.area, l.latitude, l.longitude, l.contact_route].some((v) => v.trim());
}

/** Where each written location and service came from in the form, and which source is the volunteer's. */
export interface FormMap {
  locations: number[];
  services: number[];
  /** Index of the volunteer's source in `sources`. */
  source: number;
}

function unique(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The provider the form describes (with `base`, the existing file it corrects), and where each of
 * its places and services sits in the form.
 */
export function formToProvider(f: EntryForm, lang: Lang = DEFAULT_LANG, base?: Fields): { provider: Fields; map: FormMap } {
  const baseSources = Array.isArray(base?.sources) ? (base.sources as Fields[]) : [];
  const sourceIds = new Set(baseSources.map((s) => String(s.id)));
  const source = base ? unique(`${SOURCE_ID}-${trim(f.assured_date) || 'noua'}`, sourceIds) : SOURCE_ID;
  const mine = <T extends Fields>(fact: T) => ({ ...fact, source });

  // Places: ids kept for existing ones, made from the name for new ones.
  const locationIds = new Set((f.locations.map((l) => l.base?.id).filter(Boolean) as string[]));
  const written: Array<{ form: LocationForm; index: number; id: string }> = [];
  f.locations.forEach((l, index) => {
    if (isBlankLocation(l)) return;
    const id = typeof l.base?.id === 'string' ? l.base.id : unique(slugify(l.name) || (written.length ? `${LOCATION_ID}-${written.length + 1}` : LOCATION_ID), locationIds);
    written.push({ form: l, index, id });
  });
  const idOfKey = new Map(written.map((w) => [w.form.key, w.id]));
  const locations = written.map(({ form: l, id }) => locationFields(l, id, source));

  const serviceIds = new Set((f.services.map((s) => s.base?.id).filter(Boolean) as string[]));
  const services = f.services.map((s) => serviceFields(s, serviceIds, idOfKey, source, lang));

  const website = opt(f.website);
  const baseWebsite = base?.website as Fields | undefined;
  const keepOr = <T>(list: unknown, value: string, field: string, make: (v: string) => T) =>
    (Array.isArray(list) ? (list as Fields[]) : []).find((x) => x[field] === value) ?? make(value);
  const emails = lines(f.emails).map((a) => keepOr(base?.emails, a, 'address', (v) => mine({ address: v })));
  const phones = lines(f.phones).map((n) => keepOr(base?.phones, n, 'number', (v) => mine({ number: v })));
  const date = trim(f.assured_date) || undefined;
  const ownSource = JSON.parse(JSON.stringify({
    id: source, kind: f.source_kind, title: opt(f.source_title), url: f.source_kind === 'web' ? opt(f.source_url) : undefined,
    // The day the volunteer checked: when they read the page, or when the organisation said it.
    ...(f.source_kind === 'web' ? { accessed: date } : { date }),
  })) as Fields;

  const provider: Fields = {
    ...base,
    // Empty required fields are left out, so the message says "is missing" with an example.
    id: opt(f.id),
    name: opt(f.name),
    kind: f.kind,
    description: withText(base?.description, f.description),
    website: website ? (baseWebsite?.url === website ? baseWebsite : mine({ url: website })) : undefined,
    emails: emails.length ? emails : undefined,
    phones: phones.length ? phones : undefined,
    assured_date: date,
    sources: [...baseSources, ownSource],
    locations: locations.length ? locations : undefined,
    services,
  };
  return {
    provider: JSON.parse(JSON.stringify(provider)) as Fields,
    map: { locations: written.map((w) => w.index), services: f.services.map((_, i) => i), source: baseSources.length },
  };
}

function locationFields(l: LocationForm, id: string, source: string): Fields {
  const base = l.base ?? {};
  const { address: baseAddress, latitude: _lat, longitude: _lng, precision: _p, locality: _loc, contact_route: _route, ...rest } = base;
  const out: Fields = { ...rest, id, name: withText(base.name, l.name), area: opt(l.area) };
  if (l.confidential) {
    // Nothing that locates the place: the repository is public.
    return { ...out, confidential: true, contact_route: withText(base.contact_route, l.contact_route), locality: opt(l.locality) };
  }
  delete out.confidential;
  const address = JSON.parse(JSON.stringify({ street: opt(l.street), postal_code: opt(l.postal_code), locality: opt(l.locality), county: opt(l.county) })) as Fields;
  const point = { latitude: coordinate(l.latitude), longitude: coordinate(l.longitude), precision: l.precision || undefined };
  const basePoint = { latitude: base.latitude, longitude: base.longitude, precision: base.precision };
  const unchanged = same(address, baseAddress) && same(JSON.parse(JSON.stringify(point)), JSON.parse(JSON.stringify(basePoint))) && base.confidential !== true;
  return { ...out, address: l.street.trim() || baseAddress ? address : undefined, ...point, source: unchanged ? base.source : source };
}

function serviceFields(s: ServiceForm, ids: Set<string>, idOfKey: Map<string, string>, source: string, lang: Lang): Fields {
  const base = s.base ?? {};
  const id = typeof base.id === 'string' ? base.id : unique(slugify(s.name) || 'serviciu', ids);
  const mine = <T extends Fields>(fact: T) => ({ ...fact, source });
  const baseCost = base.cost as Fields | undefined;
  const baseAccess = base.access as Fields | undefined;
  const baseHours = base.hours as Fields | undefined;
  const hours = hoursValue(s.hours, lang);
  const locations = s.locations.map((k) => idOfKey.get(k)).filter((x): x is string => x !== undefined);
  const out: Fields = {
    ...base,
    id,
    name: withText(base.name, s.name),
    service_types: s.service_types,
    beneficiary_categories: s.beneficiary_categories,
    cost: !s.cost ? undefined : baseCost?.kind === s.cost ? baseCost : mine({ kind: s.cost }),
    access: !s.access.length ? undefined : same(baseAccess?.modes, s.access) ? baseAccess : mine({ ...baseAccess, modes: s.access }),
    hours: hours === undefined ? undefined : baseHours?.opening_hours === hours ? baseHours : mine({ ...baseHours, opening_hours: hours }),
    locations: locations.length ? locations : undefined,
  };
  const changed = !s.base || SERVICE_FIELDS.some((k) => !same(out[k], base[k]));
  const sources = Array.isArray(base.sources) ? (base.sources as string[]) : [];
  out.sources = changed && !sources.includes(source) ? [...sources, source] : sources;
  return out;
}

/** YAML text for a provider's fields: dates in quotes, as in every content file, so no YAML 1.1 tool reads them as timestamps. */
function yamlText(fields: Fields): string {
  return stringify(fields, { lineWidth: 0 }).replace(/^(\s*(?:- )?(?:assured_date|date|accessed): )(\d{4}-\d{2}-\d{2})$/gm, "$1'$2'");
}

/** The file as it will be committed: a schema line for editors, then the YAML. */
export function providerYaml(provider: Fields): string {
  return `# yaml-language-server: $schema=../../public/schema/provider.schema.json\n${yamlText(provider)}`;
}

/** The file's text in the chosen form. */
export function providerText(provider: Fields, format: ProviderFormat): string {
  return format === 'markdown' ? providerMarkdown(provider, yamlText) : providerYaml(provider);
}

/**
 * The form field a problem belongs to: a field of the organisation (`name`), of a place or a
 * service (`services.1.hours`), a whole place or service (`locations.0`), or `general`.
 */
export function fieldForProblem(path: readonly PathSegment[], map: FormMap): string {
  const [head, index, ...rest] = path;
  switch (head) {
    case 'id': case 'name': case 'kind': case 'assured_date': case 'description': case 'website': case 'emails': case 'phones':
      return head;
    case 'sources': {
      if (index !== map.source) return 'general';
      const f = rest[0];
      return f === 'url' ? 'source_url' : f === 'kind' ? 'source_kind' : f === 'date' || f === 'accessed' ? 'assured_date' : 'source_title';
    }
    case 'locations': {
      const k = typeof index === 'number' ? map.locations[index] : undefined;
      if (k === undefined) return 'general';
      const f = rest[0] === 'address' ? (rest[1] ?? 'street') : rest[0];
      return (LOCATION_FIELDS as readonly unknown[]).includes(f) ? `locations.${k}.${String(f)}` : `locations.${k}`;
    }
    case 'services': {
      const k = typeof index === 'number' ? map.services[index] : undefined;
      if (k === undefined) return 'general';
      const f = rest[0] === 'id' ? 'name' : rest[0];
      return (SERVICE_FIELDS as readonly unknown[]).includes(f) ? `services.${k}.${String(f)}` : `services.${k}`;
    }
    default:
      return 'general';
  }
}

/** An area as the builder knows it: its id, and where it sits (its parent, its Romanian name) for the rules of confidential places. */
export interface BuilderArea {
  id: string;
  parent?: string;
  ro?: string;
}

export interface BuilderTaxonomies {
  beneficiaryCategories: string[];
  serviceTypes: string[];
  /** Ids, or areas with their parent and Romanian name (then a confidential place's locality is checked as validate checks it). */
  areas: Array<string | BuilderArea>;
}

export interface BuildOptions {
  /** The page's language: how typed hours are read. */
  lang: Lang;
  /** The messages in the page's language. */
  messages: MessageCatalogue;
  /** The existing file being corrected. */
  base?: ProviderSource;
}

export interface BuildResult {
  /** The file's text. */
  text: string;
  /** The file from the repository root: the one to create, or the existing one to replace. */
  fileName: string;
  format: ProviderFormat;
  /** Messages by form field (see fieldForProblem), in the page's language. */
  errors: Record<string, string[]>;
  valid: boolean;
  /** Per service, the hours as the file will hold them, when they differ from what was typed. */
  convertedHours: Array<string | undefined>;
}

/** Builds the file and checks it exactly as `npm run validate` would, as of `today`. */
export function buildEntry(form: EntryForm, taxonomies: BuilderTaxonomies, today: string, options: BuildOptions): BuildResult {
  const { provider, map } = formToProvider(form, options.lang, options.base?.provider);
  const format = options.base?.format ?? form.format;
  const text = providerText(provider, format);
  const id = String(provider.id ?? '');
  const fileName = options.base?.file ?? providerFilePath(id || 'entry', `${id || 'entry'}.${FORMAT_EXTENSION[format]}`);
  const asTerms = (ids: string[]) => ids.map((x) => ({ id: x }) as TaxonomyTerm);
  const areaTerm = (a: string | BuilderArea) =>
    (typeof a === 'string' ? { id: a } : { id: a.id, ...(a.parent ? { parent: a.parent } : {}), ...(a.ro ? { label: { ro: a.ro } } : {}) }) as TaxonomyTerm;
  const { problems } = validateProviderText(text, {
    file: fileName,
    taxonomies: { beneficiaryCategories: asTerms(taxonomies.beneficiaryCategories), serviceTypes: asTerms(taxonomies.serviceTypes), areas: taxonomies.areas.map(areaTerm) },
    today,
    expectedId: id,
    format,
  });
  const errors: Record<string, string[]> = {};
  for (const p of problems) {
    const field = fieldForProblem(p.path, map);
    const list = (errors[field] ??= []);
    const text = say(p, provider, options.messages);
    if (!list.includes(text)) list.push(text);
  }
  const convertedHours = form.services.map((s) => {
    const value = hoursValue(s.hours, options.lang);
    return value !== undefined && value !== s.hours.trim() ? value : undefined;
  });
  return { text, fileName, format, errors, valid: problems.length === 0, convertedHours };
}

/** A problem in the page's language; in a list typed one per line, with the line's value in front. */
function say(p: ContentProblem, provider: Fields, messages: MessageCatalogue): string {
  const text = renderMessage({ key: p.key, params: p.params }, messages);
  const [head, index, field] = p.path;
  if ((head === 'phones' || head === 'emails') && typeof index === 'number' && p.path.length > 2) {
    const value = ((provider[head] as Fields[] | undefined)?.[index]?.[field as string]);
    if (typeof value === 'string') return renderMessage({ key: 'field.value-prefixed', params: { value: `'${value}'`, message: text } }, messages);
  }
  return text;
}

/**
 * The form for an existing provider's file, in the volunteer's language (hours in their day
 * names). The date of the check becomes today: the volunteer is checking it now.
 */
export function formFromSource(source: ProviderSource, lang: Lang, today: string): EntryForm {
  const p = source.provider;
  const baseLocations = Array.isArray(p.locations) ? (p.locations as Fields[]) : [];
  const locations: LocationForm[] = baseLocations.map((l) => {
    const address = (l.address as Fields | undefined) ?? {};
    const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
    return {
      key: nextKey('l'), base: l, name: textOf(l.name), confidential: l.confidential === true, contact_route: textOf(l.contact_route),
      street: str(address.street), postal_code: str(address.postal_code), locality: str(l.confidential === true ? l.locality : address.locality), county: str(address.county),
      area: str(l.area), latitude: str(l.latitude), longitude: str(l.longitude), precision: (str(l.precision) as LocationForm['precision']),
    };
  });
  const keyOfId = new Map(locations.map((l) => [String(l.base!.id), l.key]));
  const services: ServiceForm[] = (Array.isArray(p.services) ? (p.services as Fields[]) : []).map((s) => ({
    key: nextKey('s'), base: s, name: textOf(s.name),
    service_types: [...((s.service_types as string[] | undefined) ?? [])], beneficiary_categories: [...((s.beneficiary_categories as string[] | undefined) ?? [])],
    cost: String((s.cost as Fields | undefined)?.kind ?? ''), access: [...(((s.access as Fields | undefined)?.modes as string[] | undefined) ?? [])],
    hours: (s.hours as Fields | undefined)?.opening_hours ? hoursToText(String((s.hours as Fields).opening_hours), lang) : '',
    locations: ((s.locations as string[] | undefined) ?? []).map((id) => keyOfId.get(id)).filter((k): k is string => k !== undefined),
  }));
  const list = (v: unknown, field: string) => (Array.isArray(v) ? (v as Fields[]).map((x) => String(x[field])).join('\n') : '');
  return {
    id: source.id, name: String(p.name ?? ''), kind: String(p.kind ?? 'ngo'), description: textOf(p.description),
    website: String((p.website as Fields | undefined)?.url ?? ''), emails: list(p.emails, 'address'), phones: list(p.phones, 'number'),
    assured_date: today, source_kind: 'web', source_title: '', source_url: '',
    locations, services, format: source.format,
  };
}
