/**
 * Classifying step: which kind of organisation runs a service, which service types and beneficiary
 * categories it has, and whether its place must stay secret. The decisions are data
 * (`ClassifyRules`, with the taxonomies' nomenclature codes and registry groups) read by one
 * function, `classifyService`; another rule set can be passed as `ImportOptions.rules`.
 */
import type { TaxonomyTerm } from '../../src/schemas/taxonomy';
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
  /** Categories read from the service's own name (folded: lower-case ASCII, single spaces). */
  nameCategories: ReadonlyArray<{ category: string; name: RegExp }>;
  /** Categories whose nomenclature codes make a service's place secret. */
  confidentialCategories: readonly string[];
  /** A service whose folded name matches has a secret place, whatever its code. */
  confidentialName: RegExp;
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
  // The record's own name is evidence too: a centre 'for victims of domestic violence' is for them.
  nameCategories: [
    { category: 'domestic-violence-victims', name: /violen\w* (in familie|domestic\w*|familial\w*)|\bvvd\b/ },
    { category: 'trafficking-victims', name: /trafic\w* de persoane/ },
  ],
  confidentialCategories: ['domestic-violence-victims', 'trafficking-victims'],
  confidentialName: /violen\w* (in familie|domestic\w*|familial\w*)|victime\w* (ale )?violen|\bvvd\b|victime\w* (ale )?trafic|traficului de persoane|agresiun\w* sexual/,
};

/** The rules joined with the taxonomies and the file's nomenclature: the lookups `classifyService` reads. */
export interface Classifier {
  rules: ClassifyRules;
  nomenclature: ReadonlySet<string>;
  typesByCode: ReadonlyMap<string, string[]>;
  catsByCode: ReadonlyMap<string, TaxonomyTerm[]>;
  catsByGroup: ReadonlyMap<string, string[]>;
  categoryIds: ReadonlySet<string>;
  confidentialCodes: ReadonlySet<string>;
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

export function makeClassifier(rules: ClassifyRules, taxonomies: Pick<ImportOptions, 'beneficiaryCategories' | 'serviceTypes'>, nomenclature: ReadonlySet<string>): Classifier {
  const typesByCode = new Map<string, string[]>();
  for (const t of taxonomies.serviceTypes) for (const c of t.nomenclature ?? []) append(typesByCode, c, t.id);
  const catsByCode = new Map<string, TaxonomyTerm[]>();
  for (const t of taxonomies.beneficiaryCategories) for (const c of t.nomenclature ?? []) append(catsByCode, c, t);
  const catsByGroup = new Map<string, string[]>();
  for (const t of taxonomies.beneficiaryCategories) for (const g of t.registry_groups ?? []) append(catsByGroup, g, t.id);
  const confidentialCodes = new Set(taxonomies.beneficiaryCategories.filter((t) => rules.confidentialCategories.includes(t.id)).flatMap((t) => t.nomenclature ?? []));
  return { rules, nomenclature, typesByCode, catsByCode, catsByGroup, categoryIds: new Set(taxonomies.beneficiaryCategories.map((t) => t.id)), confidentialCodes };
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

/** True for services whose place must stay secret: domestic-violence and trafficking-victim services. */
export function isConfidentialService(name: string, code: string, c: Pick<Classifier, 'rules' | 'confidentialCodes'>): boolean {
  return c.confidentialCodes.has(code) || c.rules.confidentialName.test(fold(name));
}

/** Service types from the nomenclature code and from the organisational form; an error when neither gives one. */
export function serviceTypesOf(rec: RegistryRecord, c: Classifier): { types: string[]; warnings: string[]; error?: string } {
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
  const types = uniq([...codeTypes, ...(typeService ? [typeService] : [])]);
  if (types.length === 0) {
    return { types, warnings, error: `no service type: ${code ? `code '${code}'` : 'no code'}${codeKnown ? ' has no mapping' : codeTypes.length ? '' : code ? ' is unknown' : ''} and organisational form '${rec.type}' is not one of 1-9` };
  }
  return { types, warnings };
}

/** Beneficiary categories from the groups B1..B7, from the code when consistent, and from the name; an error when none. */
export function categoriesOf(rec: RegistryRecord, name: string, c: Classifier): { categories: string[]; warnings: string[]; error?: string } {
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
  const folded = fold(name);
  const nameCats = c.rules.nameCategories.filter((r) => r.name.test(folded)).map((r) => r.category);
  const categories = uniq([...groupCats, ...codeCats, ...nameCats.filter((id) => c.categoryIds.has(id))]);
  if (categories.length === 0) return { categories, warnings, error: `no beneficiary category: groups [${rec.categorie.join(', ')}] and code '${code}' give none` };
  return { categories, warnings };
}

export interface Classification {
  serviceTypes: string[];
  categories: string[];
  confidential: boolean;
  warnings: string[];
  /** Set when the record cannot be imported; then the other fields are not meaningful. */
  error?: string;
}

/** Applies the rules to one record: its service types, categories and whether its place is secret. */
export function classifyService(rec: RegistryRecord, name: string, c: Classifier): Classification {
  const types = serviceTypesOf(rec, c);
  if (types.error) return { serviceTypes: [], categories: [], confidential: false, warnings: types.warnings, error: types.error };
  const cats = categoriesOf(rec, name, c);
  const warnings = [...types.warnings, ...cats.warnings];
  if (cats.error) return { serviceTypes: types.types, categories: [], confidential: false, warnings, error: cats.error };
  return { serviceTypes: types.types, categories: cats.categories, confidential: isConfidentialService(name, rec.cod, c), warnings };
}
