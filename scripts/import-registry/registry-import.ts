/**
 * Turns records of the licensed social services registry (the 2016 extract kept in
 * data/registry-2016/, shape `{ ss: [...], providers: [...] }`) into provider entries.
 *
 * Pure: no file system. The CLI (scripts/import-registry/main.ts) reads and writes files.
 *
 * Rules, in short (each is a decision about real, messy public data):
 * - One provider per organisation (`furnizor`), one service per record, one location per
 *   distinct address. Every record becomes a service or an `error` line in the report; a record
 *   missing an optional fact is imported without it and gets a `warning` line. So
 *   records in = services out + errors, always.
 * - Nothing is invented: an empty address gives no location, a capacity that is not a number gives
 *   no capacity, a malformed phone or e-mail is left out. Each of these is a warning.
 * - Documented normalisations only: phone numbers are stored without their leading 0 (9 digits),
 *   so the 0 is restored; "Cluj Napoca" is written "Cluj-Napoca"; sub-groups such as "B1.3" are
 *   read as their group "B1"; capacities written "25 /zi" are 25 a day and "45 /L" 45 a month.
 * - Coordinates are of unknown precision, so they are kept as `approximate`. A coordinate pair
 *   that the file gives to more than one street is a geocoding fallback, not a place: it is dropped.
 * - Services for victims of domestic violence or trafficking get a confidential location: no
 *   address, no coordinates, only a contact route.
 */
import { emailSchema } from '../../src/schemas/common';
import type { TaxonomyTerm } from '../../src/schemas/taxonomy';
import { isInRomania } from '../../src/lib/ingest/checks';

/**
 * The date cited for the extract. Its README says the data is the map of licensed services "as
 * published in 2016-2017" and calls it the 2016 extract; the day is not documented. We date it
 * to the last day of 2016, the year it documents, and the title of the source says "2016 extract"
 * so that no reader takes the day for a publication date.
 */
export const REGISTRY_EXTRACT_DATE = '2016-12-31';
export const REGISTRY_SOURCE_TITLE = 'Registrul serviciilor sociale licențiate (Ministerul Muncii), extras 2016';

/** One record as published (all strings). Fields are read defensively: real files are messy. */
export interface RegistryRecord {
  id: string;
  name: string;
  furnizor: string;
  adresa: string;
  oras: string;
  jud: string;
  cod: string;
  type: string;
  categorie: string[];
  capacitate: string;
  email: string;
  phone: string[];
  lat: string;
  lng: string;
}

export interface NomenclatureEntry {
  id: string;
  cod: string;
  desc: string;
}

export interface RegistryFile {
  ss: NomenclatureEntry[];
  providers: unknown[];
}

export interface ImportOptions {
  beneficiaryCategories: TaxonomyTerm[];
  serviceTypes: TaxonomyTerm[];
  /** File name cited in each source, like 'cluj-county.json'. */
  file: string;
  /** Date cited for the registry; defaults to REGISTRY_EXTRACT_DATE. */
  extractDate?: string;
  /** The day of the import, written as each entry's assured_date. */
  assuredDate: string;
  /** Keep only records of this locality ('Cluj-Napoca' also matches 'Cluj Napoca'). */
  locality?: string;
  /** Keep only records of this county. */
  county?: string;
  /** Provider id to use for an organisation, keyed by its name as the registry writes it. */
  providerIds?: Record<string, string>;
}

export interface ReportLine {
  recordId: string;
  name: string;
  /** 'error': the record was not imported; 'warning': imported without the fact named. */
  level: 'error' | 'warning';
  reason: string;
}

/** A provider entry as it will be written to YAML (the input shape of providerSchema). */
export interface ImportedProvider {
  id: string;
  name: string;
  kind: 'public' | 'ngo' | 'religious' | 'private';
  emails?: Array<{ address: string; source: string }>;
  phones?: Array<{ number: string; source: string }>;
  assured_date: string;
  sources: Array<{ id: string; kind: 'registry'; title: string; file: string; record: string; date: string }>;
  locations?: ImportedLocation[];
  services: ImportedService[];
}

export interface ImportedLocation {
  id: string;
  name?: string;
  confidential?: true;
  contact_route?: { ro: string; en: string };
  locality?: string;
  address?: { street: string; locality: string; county: string };
  latitude?: number;
  longitude?: number;
  precision?: 'approximate';
  source?: string;
}

export interface ImportedService {
  id: string;
  name: string;
  service_types: string[];
  beneficiary_categories: string[];
  capacity?: { value: number; unit: 'places' | 'per_day' | 'per_month'; source: string };
  locations?: string[];
  phones?: Array<{ number: string; source: string }>;
  emails?: Array<{ address: string; source: string }>;
  sources: string[];
}

export interface ImportResult {
  entries: ImportedProvider[];
  report: ReportLine[];
  /** The registry record id behind each service, keyed `<provider id>/<service id>`. */
  recordOf: Record<string, string>;
  counts: { in: number; services: number; reported: number; skipped: number };
}

/**
 * National lines named in the contact route of confidential services. Both are sourced in the
 * directory: content/providers/agentia-nationala-pentru-egalitatea-de-sanse-intre-femei-si-barbati.yaml
 * and content/providers/agentia-nationala-impotriva-traficului-de-persoane.yaml.
 */
const HELPLINES = {
  domesticViolence: { ro: '0800 500 333 (linia națională pentru victimele violenței domestice, non-stop)', en: '0800 500 333 (the national domestic-violence helpline, day and night)' },
  trafficking: { ro: '0800 800 678 (numărul pentru semnalarea traficului de persoane)', en: '0800 800 678 (the number for reporting human trafficking)' },
};

/** Organisational forms 1-9 of the registry, as service types. */
const TYPE_SERVICE: Record<string, string> = {
  '1': 'residential-care',
  '2': 'residential-care',
  '3': 'protected-housing',
  '4': 'day-centre',
  '5': 'home-care',
  '6': 'community-services',
  '7': 'food-aid',
  '8': 'food-aid',
  '9': 'medical-recovery',
};
const RESIDENTIAL_TYPES = new Set(['1', '2', '3']);
const NON_RESIDENTIAL_TYPES = new Set(['4', '5', '6', '7', '8']);

/** Lower-case ASCII with single spaces: 'Cluj Napoca', 'cluj-napoca' and 'CLUJ-NAPOCA' fold alike. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** ASCII kebab-case, like 'asociatia-caritas-eparhial-greco-catolic-cluj'. */
export function slugify(s: string, max = 80): string {
  const full = fold(s).replace(/ /g, '-');
  if (full.length <= max) return full;
  const cut = full.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

const CANONICAL_LOCALITIES: Record<string, string> = { 'cluj napoca': 'Cluj-Napoca' };

/** The locality as it is officially written: 'Cluj Napoca' becomes 'Cluj-Napoca'; others are kept. */
export function normaliseLocality(s: string): string {
  const clean = s.trim().replace(/\s+/g, ' ');
  return CANONICAL_LOCALITIES[fold(clean)] ?? clean;
}

/** Registry phones drop the leading 0: '264430286' becomes '0264 430 286'. Returns undefined when not a phone. */
export function normalisePhone(raw: string): string | undefined {
  const s = raw.trim();
  if (!/^[0-9 ./+-]+$/.test(s)) return undefined;
  let digits = s.replace(/\D/g, '');
  if (digits.startsWith('40') && digits.length === 11) digits = digits.slice(2);
  if (digits.length === 9 && !digits.startsWith('0')) digits = `0${digits}`;
  if (digits.length !== 10 || !digits.startsWith('0')) return undefined;
  // Bucharest numbers (021, 031) are read 3-3-4, all others 4-3-3.
  return /^0[23]1/.test(digits)
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
    : `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
}

/** The same check as the provider schema, so an address kept here always validates. */
const isEmail = (s: string) => emailSchema.shape.address.safeParse(s).success;

/** Splits 'a@x.ro, b@y.ro' and keeps valid addresses as written; the rest is returned as rejected. */
export function parseEmails(raw: string): { valid: string[]; rejected: string[] } {
  const parts = raw.split(/[,;\s]+/).map((p) => p.trim()).filter(Boolean);
  return { valid: parts.filter(isEmail), rejected: parts.filter((p) => !isEmail(p)) };
}

/** '20' -> 20 places; '25 /zi' -> 25 a day; '45 /L' -> 45 a month (L = lună). Anything else: undefined. */
export function parseCapacity(raw: string): { value: number; unit: 'places' | 'per_day' | 'per_month' } | undefined {
  const s = raw.trim();
  const m = /^(\d+)\s*(?:\/\s*(zi|l))?$/i.exec(s);
  if (!m) return undefined;
  const value = Number(m[1]);
  if (!Number.isSafeInteger(value) || value <= 0) return undefined;
  const unit = m[2] === undefined ? 'places' : m[2].toLowerCase() === 'zi' ? 'per_day' : 'per_month';
  return { value, unit };
}

/** The organisation's kind, read from its legal form in the name; undefined when the name does not say. */
export function providerKind(name: string): ImportedProvider['kind'] | undefined {
  const f = ` ${fold(name)} `;
  if (/ (srl|s r l) |^ s ?c | s ?a $/.test(f) && !/^ (asociatia|fundatia) /.test(f)) return 'private';
  if (/^ (asociatia|fundatia|organizatia|societatea|uniunea|federatia|alianta|filiala|clubul|liga|congregatia|comunitatea) /.test(f)) {
    // A religious denomination registered as such (for example a federation that is a 'cult').
    return / cultul /.test(f) ? 'religious' : 'ngo';
  }
  if (/^ (parohia|arhiepiscopia|episcopia|mitropolia|protopopiatul|manastirea|biserica|eparhia|cultul) /.test(f)) return 'religious';
  if (/^ (directia|primaria|consiliul|agentia|administratia|penitenciarul|serviciul public|spitalul|unitatea administrativ|autoritatea|ministerul|casa de ajutor|centrul judetean|institutia|liceul|scoala) /.test(f)) return 'public';
  if (/ (primaria|consiliul local|consiliul judetean|u a t|uat|municipiul|orasul|comuna) /.test(f)) return 'public';
  return undefined;
}

const DV_OR_TRAFFICKING_NAME = /violen\w* (in familie|domestic\w*|familial\w*)|victime\w* (ale )?violen|\bvvd\b|victime\w* (ale )?trafic|traficului de persoane|agresiun\w* sexual/;

/** True for services whose place must stay secret: domestic-violence and trafficking-victim services. */
export function isConfidentialService(name: string, code: string, confidentialCodes: Set<string>): boolean {
  return confidentialCodes.has(code) || DV_OR_TRAFFICKING_NAME.test(fold(name).replace(/ /g, ' '));
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function strList(v: unknown): string[] {
  return Array.isArray(v) ? v.map(str).filter((s) => s.trim() !== '') : typeof v === 'string' && v.trim() ? [v] : [];
}

/** Reads one raw record into strings; never throws. */
function readRecord(raw: unknown): RegistryRecord | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  return {
    id: str(r.id),
    name: str(r.name),
    furnizor: str(r.furnizor),
    adresa: str(r.adresa),
    oras: str(r.oras),
    jud: str(r.jud),
    cod: str(r.cod).trim(),
    type: str(r.type).trim(),
    categorie: strList(r.categorie),
    capacitate: str(r.capacitate),
    email: str(r.email),
    phone: strList(r.phone),
    lat: str(r.lat),
    lng: str(r.lng),
  };
}

function streetKey(address: string): string {
  // 'Fabricii de Zahăr 49/51 B' and 'Fabricii de zahăr 49-51' are the same street.
  return fold(address).split(' ').filter((w) => !/\d/.test(w) && w.length > 1).join(' ');
}

interface Converted {
  rec: RegistryRecord;
  recordId: string;
  name: string;
  providerKey: string;
  providerName: string;
  kind: ImportedProvider['kind'];
  serviceTypes: string[];
  categories: string[];
  capacity?: { value: number; unit: 'places' | 'per_day' | 'per_month' };
  phones: string[];
  emails: string[];
  confidential: boolean;
  street?: string;
  locality: string;
  county: string;
  coords?: { lat: number; lng: number };
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** Converts the registry file into provider entries plus a report; see the module comment for the rules. */
export function importRegistry(file: RegistryFile, opts: ImportOptions): ImportResult {
  const report: ReportLine[] = [];
  const extractDate = opts.extractDate ?? REGISTRY_EXTRACT_DATE;
  const nomenclature = new Map((Array.isArray(file.ss) ? file.ss : []).map((n) => [str(n?.cod).trim(), n]));
  const typesByCode = new Map<string, string[]>();
  for (const t of opts.serviceTypes) for (const c of t.nomenclature ?? []) typesByCode.set(c, [...(typesByCode.get(c) ?? []), t.id]);
  const catsByCode = new Map<string, TaxonomyTerm[]>();
  for (const t of opts.beneficiaryCategories) for (const c of t.nomenclature ?? []) catsByCode.set(c, [...(catsByCode.get(c) ?? []), t]);
  const catsByGroup = new Map<string, string[]>();
  for (const t of opts.beneficiaryCategories) for (const g of t.registry_groups ?? []) catsByGroup.set(g, [...(catsByGroup.get(g) ?? []), t.id]);
  const confidentialCodes = new Set(
    opts.beneficiaryCategories.filter((t) => t.id === 'domestic-violence-victims' || t.id === 'trafficking-victims').flatMap((t) => t.nomenclature ?? []),
  );
  const idOverrides = new Map(Object.entries(opts.providerIds ?? {}).map(([k, v]) => [fold(k), v]));

  const raws = Array.isArray(file.providers) ? file.providers : [];
  const all = raws.map((raw, i) => ({ raw, rec: readRecord(raw), index: i }));

  // Coordinates given to more than one street anywhere in the file are a geocoder's fallback point.
  const streetsAt = new Map<string, Set<string>>();
  for (const { rec } of all) {
    if (!rec) continue;
    const key = `${rec.lat.trim()},${rec.lng.trim()}`;
    if (!rec.lat.trim() || !rec.lng.trim()) continue;
    const set = streetsAt.get(key) ?? new Set<string>();
    set.add(`${fold(rec.oras)}|${streetKey(rec.adresa)}`);
    streetsAt.set(key, set);
  }

  // Coordinates of a confidential service are secret wherever they appear, even on another record.
  const secretPoints = new Set<string>();
  for (const { rec } of all) if (rec && rec.lat.trim() && isConfidentialService(rec.name, rec.cod.trim(), confidentialCodes)) secretPoints.add(`${rec.lat.trim()},${rec.lng.trim()}`);

  const localityKey = opts.locality ? fold(opts.locality) : undefined;
  const countyKey = opts.county ? fold(opts.county) : undefined;
  let skipped = 0;
  const converted: Converted[] = [];
  let counted = 0;

  for (const { raw, rec, index } of all) {
    if (rec && ((localityKey && fold(rec.oras) !== localityKey) || (countyKey && fold(rec.jud) !== countyKey))) {
      skipped++;
      continue;
    }
    counted++;
    const recordId = rec?.id.trim() || `#${index + 1}`;
    const name = rec?.name.trim().replace(/\s+/g, ' ') ?? '';
    const error = (reason: string) => report.push({ recordId, name, level: 'error', reason });
    if (!rec) {
      error(`is not a record object (found ${raw === null ? 'null' : Array.isArray(raw) ? 'a list' : typeof raw})`);
      continue;
    }
    if (localityKey === undefined && countyKey === undefined && !rec.oras.trim() && !rec.jud.trim()) {
      // Nothing to filter on; fall through: the record is still imported with what it has.
    }
    const warnings: string[] = [];
    if (!name) { error('has no name'); continue; }
    if (!rec.id.trim()) { error('has no id, so no source can cite it'); continue; }
    const providerName = rec.furnizor.trim().replace(/\s+/g, ' ');
    if (!providerName) { error('has no provider organisation (furnizor)'); continue; }
    const providerKey = slugify(providerName, 1000);
    if (!providerKey) { error(`provider name '${providerName}' has no letters or digits to make an id from`); continue; }
    const kind = providerKind(providerName);
    if (!kind) { error(`cannot tell from the provider name '${providerName}' whether it is public, an NGO, religious or private`); continue; }

    // Service types: from the nomenclature code and from the organisational form.
    const code = rec.cod;
    const codeKnown = nomenclature.has(code);
    let codeTypes = codeKnown ? typesByCode.get(code) ?? [] : [];
    if (!code) warnings.push('has no nomenclature code');
    else if (!codeKnown) warnings.push(`code '${code}' is not in the nomenclature`);
    else if (codeTypes.length === 0) warnings.push(`code '${code}' has no service type in content/taxonomy/service-types.yaml`);
    const typeService = TYPE_SERVICE[rec.type];
    if (!typeService) warnings.push(`organisational form '${rec.type}' is not one of the registry's forms 1-9; the service type comes from the code only`);
    const codeResidential = /^\d{4}CR/.test(code);
    const codeNonResidential = /^\d{4}(CZ|ID|CPDH|SIS)/.test(code);
    if (codeTypes.length && ((codeResidential && NON_RESIDENTIAL_TYPES.has(rec.type)) || (codeNonResidential && RESIDENTIAL_TYPES.has(rec.type)))) {
      warnings.push(`code '${code}' (${codeResidential ? 'residential' : 'non-residential'}) contradicts organisational form ${rec.type} (${typeService}); the service type comes from the form only`);
      codeTypes = [];
    }
    const serviceTypes = uniq([...codeTypes, ...(typeService ? [typeService] : [])]);
    if (serviceTypes.length === 0) {
      error(`no service type: ${code ? `code '${code}'` : 'no code'}${codeKnown ? ' has no mapping' : codeTypes.length ? '' : code ? ' is unknown' : ''} and organisational form '${rec.type}' is not one of 1-9`);
      continue;
    }

    // Beneficiary categories: from the groups B1..B7 (sub-groups like B1.3 read as B1), and from the code when consistent.
    const groups: string[] = [];
    for (const g of rec.categorie) {
      const m = /^\s*(B[1-7])(?:\.\d*)?\s*$/.exec(g);
      if (m) groups.push(m[1]!);
      else warnings.push(`beneficiary group '${g}' is not one of B1..B7`);
    }
    const groupCats = uniq(groups).flatMap((g) => catsByGroup.get(g) ?? []);
    const codeCats: string[] = [];
    for (const t of codeKnown ? catsByCode.get(code) ?? [] : []) {
      const tg = t.registry_groups ?? [];
      if (tg.length === 0 || groups.length === 0 || tg.some((g) => groups.includes(g))) codeCats.push(t.id);
      else warnings.push(`code '${code}' is for '${t.id}', but the record's groups are ${uniq(groups).join(', ')}; '${t.id}' left out`);
    }
    // The record's own name is evidence too: a centre 'for victims of domestic violence' is for them.
    const nameCats: string[] = [];
    const folded = fold(name);
    if (/violen\w* (in familie|domestic\w*|familial\w*)|\bvvd\b/.test(folded)) nameCats.push('domestic-violence-victims');
    if (/trafic\w* de persoane/.test(folded)) nameCats.push('trafficking-victims');
    const categories = uniq([...groupCats, ...codeCats, ...nameCats.filter((id) => opts.beneficiaryCategories.some((t) => t.id === id))]);
    if (categories.length === 0) {
      error(`no beneficiary category: groups [${rec.categorie.join(', ')}] and code '${code}' give none`);
      continue;
    }

    // Capacity.
    const capRaw = rec.capacitate.trim();
    const capacity = capRaw ? parseCapacity(capRaw) : undefined;
    if (capRaw && !capacity) warnings.push(`capacity '${capRaw}' is not a number; left out`);

    // Contacts.
    const phones: string[] = [];
    for (const p of rec.phone) {
      const n = normalisePhone(p);
      if (n) phones.push(n);
      else warnings.push(`phone '${p}' is not a Romanian phone number; left out`);
    }
    const { valid: emails, rejected } = parseEmails(rec.email);
    for (const e of rejected) warnings.push(`e-mail '${e}' is not a valid address; left out`);

    // Place.
    const confidential = isConfidentialService(name, code, confidentialCodes);
    const street = rec.adresa.trim().replace(/\s+/g, ' ') || undefined;
    const locality = normaliseLocality(rec.oras);
    const county = rec.jud.trim().replace(/\s+/g, ' ');
    let coords: Converted['coords'];
    if (!confidential) {
      if (!street) warnings.push('has no address; no location');
      else if (!locality || !county) warnings.push(`address '${street}' has no ${locality ? 'county' : 'locality'}; no location`);
      else {
        if (/\d+\/\d+\/(19|20)\d\d$/.test(street)) warnings.push(`address '${street}' may have been turned into a date by a spreadsheet; kept as written`);
        const lat = Number(rec.lat.trim());
        const lng = Number(rec.lng.trim());
        const hasCoords = rec.lat.trim() !== '' && rec.lng.trim() !== '' && Number.isFinite(lat) && Number.isFinite(lng);
        if (!rec.lat.trim() && !rec.lng.trim()) warnings.push('has no coordinates');
        else if (!hasCoords) warnings.push(`coordinates '${rec.lat}', '${rec.lng}' are not numbers; left out`);
        else if (!isInRomania(lat, lng)) warnings.push(`coordinates ${lat}, ${lng} are outside Romania; left out`);
        else if (secretPoints.has(`${rec.lat.trim()},${rec.lng.trim()}`))
          warnings.push(`coordinates ${lat}, ${lng} are those of a confidential service; left out`);
        else if ((streetsAt.get(`${rec.lat.trim()},${rec.lng.trim()}`)?.size ?? 0) > 1)
          warnings.push(`coordinates ${lat}, ${lng} are shared by ${streetsAt.get(`${rec.lat.trim()},${rec.lng.trim()}`)!.size} different streets in the file (a geocoding fallback, not this address); left out`);
        else coords = { lat, lng };
      }
    }
    for (const w of warnings) report.push({ recordId, name, level: 'warning', reason: w });
    converted.push({ rec, recordId, name, providerKey, providerName, kind, serviceTypes, categories, capacity, phones, emails, confidential, street, locality, county, coords });
  }

  // Group by organisation; ids are assigned in a sorted order so they are stable across runs.
  const byProvider = new Map<string, Converted[]>();
  for (const c of converted) byProvider.set(c.providerKey, [...(byProvider.get(c.providerKey) ?? []), c]);
  const keys = [...byProvider.keys()].sort();
  const usedIds = new Set<string>();
  const providerIdOf = new Map<string, string>();
  for (const key of keys) {
    const first = byProvider.get(key)![0]!;
    const override = idOverrides.get(fold(first.providerName));
    if (override) { providerIdOf.set(key, override); usedIds.add(override); }
  }
  for (const key of keys) {
    if (providerIdOf.has(key)) continue;
    const base = slugify(key, 80);
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    providerIdOf.set(key, id);
  }

  const recordOf: Record<string, string> = {};
  const entries: ImportedProvider[] = [];
  for (const key of keys) {
    const recs = [...byProvider.get(key)!].sort((a, b) => compareIds(a.recordId, b.recordId));
    const id = providerIdOf.get(key)!;
    const sourceId = (c: Converted) => `registru-${slugify(c.recordId) || 'x'}`;
    const sources: ImportedProvider['sources'] = recs.map((c) => ({
      id: sourceId(c),
      kind: 'registry',
      title: REGISTRY_SOURCE_TITLE,
      file: opts.file,
      record: c.recordId,
      date: extractDate,
    }));

    // A phone or e-mail that is the only one the organisation's records give is the organisation's.
    const allPhones = uniq(recs.flatMap((c) => c.phones));
    const allEmails = uniq(recs.flatMap((c) => c.emails));
    const orgPhone = allPhones.length === 1 ? allPhones[0] : undefined;
    const orgEmail = allEmails.length === 1 ? allEmails[0] : undefined;

    const locations: ImportedLocation[] = [];
    const locationIdOf = new Map<string, string>();
    const usedLoc = new Set<string>();
    const newLocId = (base: string) => {
      let lid = base || 'loc';
      for (let n = 2; usedLoc.has(lid); n++) lid = `${base || 'loc'}-${n}`;
      usedLoc.add(lid);
      return lid;
    };
    const usedSvc = new Set<string>();
    const nameCount = new Map<string, number>();
    for (const c of recs) nameCount.set(slugify(c.name, 70), (nameCount.get(slugify(c.name, 70)) ?? 0) + 1);
    const services: ImportedService[] = [];
    const contactRoute = (c: Converted) => {
      const ways = [orgPhone, orgEmail].filter(Boolean).join(', ');
      const org = recs[0]!.providerName;
      const line = c.categories.includes('domestic-violence-victims') ? HELPLINES.domesticViolence : c.categories.includes('trafficking-victims') ? HELPLINES.trafficking : undefined;
      return {
        ro: `Adresa nu este publică. Contactați ${org}${ways ? `: ${ways}` : ''}${line ? `, sau sunați gratuit la ${line.ro}` : ''}. În caz de pericol imediat sunați la 112.`,
        en: `The address is not public. Contact ${org}${ways ? `: ${ways}` : ''}${line ? `, or call ${line.en} free of charge` : ''}. In immediate danger call 112.`,
      };
    };

    // An address where a confidential service is must not appear for any service of the organisation.
    const secretStreets = new Set(recs.filter((c) => c.confidential && c.street).map((c) => fold(c.street!)));
    for (const c of recs) {
      const src = sourceId(c);
      let locId: string | undefined;
      if (c.confidential) {
        locId = newLocId(`confidential-${slugify(c.recordId)}`);
        locations.push({ id: locId, name: c.name, confidential: true, contact_route: contactRoute(c), ...(c.locality ? { locality: c.locality } : {}) });
      } else if (c.street && secretStreets.has(fold(c.street))) {
        report.push({ recordId: c.recordId, name: c.name, level: 'warning', reason: 'is at the address of a confidential service of the same organisation; address and coordinates left out' });
      } else if (c.street && c.locality && c.county) {
        const k = `${fold(c.street)}|${fold(c.locality)}`;
        locId = locationIdOf.get(k);
        if (!locId) {
          locId = newLocId(slugify(c.street, 50));
          locationIdOf.set(k, locId);
          locations.push({
            id: locId,
            address: { street: c.street, locality: c.locality, county: c.county },
            ...(c.coords ? { latitude: c.coords.lat, longitude: c.coords.lng, precision: 'approximate' as const } : {}),
            source: src,
          });
        } else {
          const loc = locations.find((l) => l.id === locId)!;
          if (loc.latitude === undefined && c.coords) Object.assign(loc, { latitude: c.coords.lat, longitude: c.coords.lng, precision: 'approximate' as const });
        }
      }
      const base = slugify(c.name, 70) || 'serviciu';
      let sid = (nameCount.get(base) ?? 0) > 1 ? `${base}-${slugify(c.recordId)}` : base;
      for (let n = 2; usedSvc.has(sid); n++) sid = `${base}-${n}`;
      usedSvc.add(sid);
      const phones = c.phones.filter((p) => p !== orgPhone).map((number) => ({ number, source: src }));
      const emails = c.emails.filter((e) => e !== orgEmail).map((address) => ({ address, source: src }));
      services.push({
        id: sid,
        name: c.name,
        service_types: c.serviceTypes,
        beneficiary_categories: c.categories,
        ...(c.capacity ? { capacity: { ...c.capacity, source: src } } : {}),
        ...(locId ? { locations: [locId] } : {}),
        ...(phones.length ? { phones } : {}),
        ...(emails.length ? { emails } : {}),
        sources: [src],
      });
      recordOf[`${id}/${sid}`] = c.recordId;
    }
    const firstWith = (pred: (c: Converted) => boolean) => sourceId(recs.find(pred)!);
    entries.push({
      id,
      name: recs[0]!.providerName,
      kind: recs[0]!.kind,
      ...(orgEmail ? { emails: [{ address: orgEmail, source: firstWith((c) => c.emails.includes(orgEmail)) }] } : {}),
      ...(orgPhone ? { phones: [{ number: orgPhone, source: firstWith((c) => c.phones.includes(orgPhone)) }] } : {}),
      assured_date: opts.assuredDate,
      sources,
      ...(locations.length ? { locations } : {}),
      services,
    });
  }
  entries.sort((a, b) => a.id.localeCompare(b.id));
  report.sort((a, b) => compareIds(a.recordId, b.recordId) || (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
  const reported = report.filter((r) => r.level === 'error').length;
  return { entries, report, recordOf, counts: { in: counted, services: converted.length, reported, skipped } };
}

function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.localeCompare(b);
}

/** One change to an existing provider file: append `value` to the list at `path` (created when missing). */
export interface MergeOp {
  path: (string | number)[];
  value: unknown;
}

/**
 * Merges an imported entry into an existing, possibly hand-written one without changing any
 * existing fact: it only appends sources, locations, services and contacts that are not there.
 * `serviceMap` names, by registry record id, an existing service that a record describes; that
 * service then gains the registry as a source and the record's location, and keeps everything else.
 */
export function mergeOps(existing: { sources?: Array<{ id: string }>; locations?: Array<{ id: string }>; services?: Array<{ id: string; sources?: string[]; locations?: string[]; emails?: Array<{ address: string }>; phones?: Array<{ number: string }> }>; emails?: Array<{ address: string }>; phones?: Array<{ number: string }> }, imported: ImportedProvider, recordOf: Record<string, string>, serviceMap: Record<string, string> = {}): MergeOp[] {
  const ops: MergeOp[] = [];
  const digits = (s: string) => s.replace(/\D/g, '');
  const has = <T>(list: T[] | undefined, pred: (x: T) => boolean) => (list ?? []).some(pred);
  const sourceIds = new Set((existing.sources ?? []).map((s) => s.id));
  for (const s of imported.sources) if (!sourceIds.has(s.id)) ops.push({ path: ['sources'], value: s });
  // The organisation's own contacts, when the file has some, win over the registry's old ones.
  if (!existing.emails?.length) for (const e of imported.emails ?? []) ops.push({ path: ['emails'], value: e });
  if (!existing.phones?.length) for (const p of imported.phones ?? []) ops.push({ path: ['phones'], value: p });
  const locIds = new Set((existing.locations ?? []).map((l) => l.id));
  for (const l of imported.locations ?? []) if (!locIds.has(l.id)) ops.push({ path: ['locations'], value: l });
  const services = existing.services ?? [];
  for (const s of imported.services) {
    const record = recordOf[`${imported.id}/${s.id}`];
    const mapped = record !== undefined ? serviceMap[record] : undefined;
    let index = mapped === undefined ? -1 : services.findIndex((x) => x.id === mapped);
    if (index < 0) index = services.findIndex((x) => x.id === s.id);
    if (index < 0) {
      ops.push({ path: ['services'], value: s });
      continue;
    }
    const target = services[index]!;
    for (const src of s.sources) if (!target.sources?.includes(src)) ops.push({ path: ['services', index, 'sources'], value: src });
    for (const l of s.locations ?? []) if (!target.locations?.includes(l)) ops.push({ path: ['services', index, 'locations'], value: l });
    for (const e of s.emails ?? []) if (!has(target.emails, (x) => x.address.toLowerCase() === e.address.toLowerCase()) && !has(existing.emails, (x) => x.address.toLowerCase() === e.address.toLowerCase())) ops.push({ path: ['services', index, 'emails'], value: e });
    for (const p of s.phones ?? []) if (!has(target.phones, (x) => digits(x.number) === digits(p.number)) && !has(existing.phones, (x) => digits(x.number) === digits(p.number))) ops.push({ path: ['services', index, 'phones'], value: p });
  }
  return ops;
}
