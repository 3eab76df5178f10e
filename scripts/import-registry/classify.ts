/**
 * Classifying step: which kind of organisation runs a service, which service types and beneficiary
 * categories it has, and whether its place must stay secret. The decisions are data read by one
 * function, `classifyService`: `ClassifyRules` (forms, codes and groups, with the taxonomies'
 * nomenclature codes and registry groups), the name table of src/lib/catalogue/service-name-rules.ts
 * and the place rules of src/lib/confidentiality/registry-rules.ts, which the build's leak guard
 * reads too. Another rule set can be passed as `ImportOptions.rules`.
 */
import type { TaxonomyTerm } from '../../src/schemas/taxonomy';
import { applyNameRules, categoriesFromName, SERVICE_NAME_RULES, type NameRule } from '../../src/lib/catalogue/service-name-rules';
import { isSecretPlace, placeVerdict, REGISTRY_PLACE_RULES, type PlaceDecision, type PlaceRule, type PlaceVerdict } from '../../src/lib/confidentiality/registry-rules';
import { fold, uniq } from './normalise';
import type { ImportedProvider, ImportOptions, RegistryRecord } from './model';

/** The rules of one registry, as data. */
export interface ClassifyRules {
  /** Organisational forms of the registry, as service types. */
  formServiceTypes: Record<string, string>;
  /** Forms that are residential, and forms that are not: a code saying the opposite is not trusted. */
  residentialForms: readonly string[];
  nonResidentialForms: readonly string[];
  /** Nomenclature codes of residential and of non-residential services. */
  residentialCode: RegExp;
  nonResidentialCode: RegExp;
  /** A beneficiary group as written ('B1', 'B1.3'); the first capture is the group read ('B1'). */
  group: RegExp;
  /** What a service's name says about whom it is for (src/lib/catalogue/service-name-rules.ts). */
  nameRules: readonly NameRule[];
  /** Which places must stay secret, by code, name and groups (src/lib/confidentiality/registry-rules.ts). */
  placeRules: readonly PlaceRule[];
}

/** The rules for the 2016 extract of the licensed social services registry. */
export const REGISTRY_RULES: ClassifyRules = {
  formServiceTypes: {
    '1': 'residential-care',
    '2': 'residential-care',
    '3': 'protected-housing',
    '4': 'day-centre',
    '5': 'home-care',
    '6': 'community-services',
    '7': 'food-aid',
    '8': 'food-aid',
    '9': 'medical-recovery',
  },
  residentialForms: ['1', '2', '3'],
  nonResidentialForms: ['4', '5', '6', '7', '8'],
  residentialCode: /^\d{4}CR/,
  nonResidentialCode: /^\d{4}(CZ|ID|CPDH|SIS)/,
  // Sub-groups such as B1.3 are read as their group B1.
  group: /^\s*(B[1-7])(?:\.\d*)?\s*$/,
  // The record's own name is evidence too: a 'day centre for children with disabilities' is for them.
  nameRules: SERVICE_NAME_RULES,
  placeRules: REGISTRY_PLACE_RULES,
};

/** The rules joined with the taxonomies and the file's nomenclature: the lookups `classifyService` reads. */
export interface Classifier {
  rules: ClassifyRules;
  nomenclature: ReadonlySet<string>;
  typesByCode: ReadonlyMap<string, string[]>;
  catsByCode: ReadonlyMap<string, TaxonomyTerm[]>;
  catsByGroup: ReadonlyMap<string, string[]>;
  categoryIds: ReadonlySet<string>;
  typeIds: ReadonlySet<string>;
  /** A person's decisions on places the rules say MAY need to be secret, by record id. */
  placeDecisions: Readonly<Record<string, PlaceDecision>>;
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

export function makeClassifier(rules: ClassifyRules, taxonomies: Pick<ImportOptions, 'beneficiaryCategories' | 'serviceTypes'>, nomenclature: ReadonlySet<string>, placeDecisions: Readonly<Record<string, PlaceDecision>> = {}): Classifier {
  const typesByCode = new Map<string, string[]>();
  for (const t of taxonomies.serviceTypes) for (const c of t.nomenclature ?? []) append(typesByCode, c, t.id);
  const catsByCode = new Map<string, TaxonomyTerm[]>();
  for (const t of taxonomies.beneficiaryCategories) for (const c of t.nomenclature ?? []) append(catsByCode, c, t);
  const catsByGroup = new Map<string, string[]>();
  for (const t of taxonomies.beneficiaryCategories) for (const g of t.registry_groups ?? []) append(catsByGroup, g, t.id);
  return { rules, nomenclature, typesByCode, catsByCode, catsByGroup, categoryIds: new Set(taxonomies.beneficiaryCategories.map((t) => t.id)), typeIds: new Set(taxonomies.serviceTypes.map((t) => t.id)), placeDecisions };
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

/** What the place rules and a person's decision say of one record (see registry-rules.ts). */
export function placeOfRecord(rec: Pick<RegistryRecord, 'id' | 'name' | 'cod' | 'categorie'>, c: Pick<Classifier, 'rules' | 'placeDecisions'>): PlaceVerdict & { secret: boolean } {
  const v = placeVerdict(rec, c.rules.placeRules);
  return { ...v, secret: isSecretPlace(v, c.placeDecisions[rec.id.trim()]) };
}

/** True for services whose place must stay secret: by the place rules, or undecided 'may need' ones. */
export function isConfidentialService(rec: Pick<RegistryRecord, 'id' | 'name' | 'cod' | 'categorie'>, c: Pick<Classifier, 'rules' | 'placeDecisions'>): boolean {
  return placeOfRecord(rec, c).secret;
}

/** Service types from the nomenclature code and from the organisational form; an error when neither gives one. */
export function serviceTypesOf(rec: RegistryRecord, c: Classifier): { types: string[]; fromName: string[]; warnings: string[]; error?: string } {
  const { rules } = c;
  const warnings: string[] = [];
  const code = rec.cod;
  const codeKnown = c.nomenclature.has(code);
  let codeTypes = codeKnown ? c.typesByCode.get(code) ?? [] : [];
  if (!code) warnings.push('has no nomenclature code');
  else if (!codeKnown) warnings.push(`code '${code}' is not in the nomenclature`);
  else if (codeTypes.length === 0) warnings.push(`code '${code}' has no service type in content/taxonomy/service-types.yaml`);
  const typeService = rules.formServiceTypes[rec.type];
  if (!typeService) warnings.push(`organisational form '${rec.type}' is not one of the registry's forms 1-9; the service type comes from the code only`);
  const codeResidential = rules.residentialCode.test(code);
  const codeNonResidential = rules.nonResidentialCode.test(code);
  if (codeTypes.length && ((codeResidential && rules.nonResidentialForms.includes(rec.type)) || (codeNonResidential && rules.residentialForms.includes(rec.type)))) {
    warnings.push(`code '${code}' (${codeResidential ? 'residential' : 'non-residential'}) contradicts organisational form ${rec.type} (${typeService}); the service type comes from the form only`);
    codeTypes = [];
  }
  const recordTypes = uniq([...codeTypes, ...(typeService ? [typeService] : [])]);
  // The name adds what it shows (a 'cantină' gives food aid), but never stands alone for a record the registry does not type.
  const fromName = recordTypes.length ? categoriesFromName(rec.name, rules.nameRules).types.filter((t) => c.typeIds.has(t) && !recordTypes.includes(t)) : [];
  const types = [...recordTypes, ...fromName];
  if (types.length === 0) {
    return { types, fromName, warnings, error: `no service type: ${code ? `code '${code}'` : 'no code'}${codeKnown ? ' has no mapping' : codeTypes.length ? '' : code ? ' is unknown' : ''} and organisational form '${rec.type}' is not one of 1-9` };
  }
  return { types, fromName, warnings };
}

/** Beneficiary categories from the groups B1..B7, from the code when consistent, and from the name; an error when none. */
export function categoriesOf(rec: RegistryRecord, name: string, c: Classifier): { categories: string[]; warnings: string[]; disagreement?: string; error?: string } {
  const warnings: string[] = [];
  const code = rec.cod;
  const groups: string[] = [];
  for (const g of rec.categorie) {
    const m = c.rules.group.exec(g);
    if (m) groups.push(m[1]!);
    else warnings.push(`beneficiary group '${g}' is not one of B1..B7`);
  }
  const groupCats = uniq(groups).flatMap((g) => c.catsByGroup.get(g) ?? []);
  const codeCats: string[] = [];
  for (const t of c.nomenclature.has(code) ? c.catsByCode.get(code) ?? [] : []) {
    const tg = t.registry_groups ?? [];
    if (tg.length === 0 || groups.length === 0 || tg.some((g) => groups.includes(g))) codeCats.push(t.id);
    else warnings.push(`code '${code}' is for '${t.id}', but the record's groups are ${uniq(groups).join(', ')}; '${t.id}' left out`);
  }
  const fromRecord = uniq([...groupCats, ...codeCats]);
  const named = applyNameRules(name, fromRecord, c.rules.nameRules);
  const categories = named.categories.filter((id) => c.categoryIds.has(id));
  if (categories.length === 0) return { categories, warnings, error: `no beneficiary category: groups [${rec.categorie.join(', ')}] and code '${code}' give none` };
  const disagreement = nameDisagreement(name, code, codeCats, named.added.filter((id) => c.categoryIds.has(id)), named.removed, c);
  return { categories, warnings, ...(disagreement ? { disagreement } : {}) };
}

/**
 * Where the name and the code (or the groups) disagree, in words; undefined when they agree.
 * Broad categories that the registry's groups B1..B7 give (children-and-families, elderly...) are
 * not expected to be in the name; a specific one from the code (domestic-violence-victims on
 * 'Cămin pentru persoane vârstnice') is, when the name says what the service is for.
 */
export function nameDisagreement(name: string, code: string, codeCats: readonly string[], added: readonly string[], removed: readonly string[], c: Pick<Classifier, 'rules' | 'catsByCode'>): string | undefined {
  const ev = categoriesFromName(name, c.rules.nameRules);
  const broad = new Set([...c.catsByCode.values()].flat().filter((t) => (t.registry_groups ?? []).length > 0).map((t) => t.id));
  const named = new Set(ev.requires.flatMap((r) => r.anyOf));
  const unsupported = named.size ? codeCats.filter((id) => !broad.has(id) && !named.has(id)) : [];
  const parts = [
    added.length ? `the name adds ${added.join(', ')}` : '',
    removed.length ? `the name rules out ${removed.join(', ')} (given by the ${removed.some((id) => codeCats.includes(id)) ? 'code' : 'groups'})` : '',
    unsupported.length ? `code '${code}' gives ${unsupported.join(', ')}, which the name does not say` : '',
  ].filter(Boolean);
  return parts.length ? `name and code disagree: ${parts.join('; ')} [rules: ${ev.rules.join(', ')}]` : undefined;
}

export interface Classification {
  serviceTypes: string[];
  categories: string[];
  confidential: boolean;
  /** The place rules that matched (see registry-rules.ts) and whether they only ask a person to decide. */
  place: PlaceVerdict;
  warnings: string[];
  /** Set when the name and the code or groups disagree (see nameDisagreement). */
  disagreement?: string;
  /** Set when the record cannot be imported; then the other fields are not meaningful. */
  error?: string;
}

/** Applies the rules to one record: its service types, categories and whether its place is secret. */
export function classifyService(rec: RegistryRecord, name: string, c: Classifier): Classification {
  const place = placeOfRecord({ ...rec, name }, c);
  const { secret, ...verdict } = place;
  const types = serviceTypesOf(rec, c);
  if (types.error) return { serviceTypes: [], categories: [], confidential: secret, place: verdict, warnings: types.warnings, error: types.error };
  const cats = categoriesOf(rec, name, c);
  const warnings = [...types.warnings, ...cats.warnings];
  if (cats.error) return { serviceTypes: types.types, categories: [], confidential: secret, place: verdict, warnings, error: cats.error };
  // Types the name adds (a 'cantină' is food aid) are not listed: a name naming what the service does is not a contradiction.
  return { serviceTypes: types.types, categories: cats.categories, confidential: secret, place: verdict, warnings, ...(cats.disagreement ? { disagreement: cats.disagreement } : {}) };
}
