/**
 * Checks that need more than one file: taxonomy ids, duplicate ids, coordinates inside Romania,
 * dates not in the future. The schema checks one file; these check the directory as a whole.
 */
import type { Provider } from '../../schemas/provider';
import type { TaxonomyTerm } from '../../schemas/taxonomy';
import { closest, type ContentProblem } from './friendly-errors';
import { checkDates } from './date-checks';

export interface Taxonomies {
  beneficiaryCategories: TaxonomyTerm[];
  serviceTypes: TaxonomyTerm[];
  areas: TaxonomyTerm[];
}

/** A generous box around Romania: a point outside it is a typo (swapped or mistyped degrees). */
export const ROMANIA_BOUNDS = { minLat: 43.5, maxLat: 48.35, minLng: 20.2, maxLng: 29.8 } as const;

export function isInRomania(lat: number, lng: number): boolean {
  const b = ROMANIA_BOUNDS;
  return lat >= b.minLat && lat <= b.maxLat && lng >= b.minLng && lng <= b.maxLng;
}

function unknownId(file: string, path: (string | number)[], id: string, known: string[], where: string): ContentProblem {
  const guess = closest(id, known);
  return { file, path, message: `'${id}' is not a known id in ${where}${guess ? `; did you mean '${guess}'?` : '; add it there or pick an existing one'}` };
}

/** Checks one parsed provider against the taxonomies and today's date. */
export function checkProvider(p: Provider, file: string, tax: Taxonomies, today: string, expectedId?: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (expectedId !== undefined && p.id !== expectedId)
    problems.push({ file, path: ['id'], message: `is '${p.id}' but the file is named '${expectedId}'; the id must equal the file name (rename one of them)` });
  const cats = tax.beneficiaryCategories.map((t) => t.id);
  const types = tax.serviceTypes.map((t) => t.id);
  const areas = tax.areas.map((t) => t.id);
  const catSet = new Set(cats);
  const typeSet = new Set(types);
  const areaSet = new Set(areas);
  if (p.assured_date !== undefined && p.assured_date > today)
    problems.push({ file, path: ['assured_date'], message: `is ${p.assured_date}, in the future (today is ${today}); write the day the entry was checked` });
  problems.push(...checkDates(p, file, today));
  p.sources.forEach((s, i) => {
    if (s.date !== undefined && s.date > today) problems.push({ file, path: ['sources', i, 'date'], message: `is ${s.date}, in the future (today is ${today})` });
  });
  p.locations?.forEach((l, i) => {
    if (l.latitude !== undefined && l.longitude !== undefined && !isInRomania(l.latitude, l.longitude)) {
      const swapped = isInRomania(l.longitude, l.latitude);
      problems.push({ file, path: ['locations', i, 'latitude'], message: `${l.latitude}, ${l.longitude} is outside Romania${swapped ? '; latitude and longitude look swapped' : '; check the coordinates (Cluj-Napoca is about 46.77, 23.59)'}` });
    }
    if (l.area !== undefined && !areaSet.has(l.area)) problems.push(unknownId(file, ['locations', i, 'area'], l.area, areas, 'content/taxonomy/areas.yaml'));
  });
  p.services.forEach((s, i) => {
    s.service_types.forEach((id, j) => { if (!typeSet.has(id)) problems.push(unknownId(file, ['services', i, 'service_types', j], id, types, 'content/taxonomy/service-types.yaml')); });
    s.beneficiary_categories.forEach((id, j) => { if (!catSet.has(id)) problems.push(unknownId(file, ['services', i, 'beneficiary_categories', j], id, cats, 'content/taxonomy/beneficiary-categories.yaml')); });
    s.areas_served?.forEach((id, j) => { if (!areaSet.has(id)) problems.push(unknownId(file, ['services', i, 'areas_served', j], id, areas, 'content/taxonomy/areas.yaml')); });
  });
  return problems;
}

/** Checks the taxonomies themselves: unique ids and parents that exist. */
export function checkTaxonomies(tax: Taxonomies, files: { [K in keyof Taxonomies]: string }): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const key of Object.keys(tax) as (keyof Taxonomies)[]) {
    const terms = tax[key];
    const ids = new Set<string>();
    terms.forEach((t, i) => {
      if (ids.has(t.id)) problems.push({ file: files[key], path: ['terms', i, 'id'], message: `'${t.id}' is used twice; ids must be unique` });
      ids.add(t.id);
    });
    terms.forEach((t, i) => {
      if (t.parent !== undefined && !ids.has(t.parent)) problems.push({ file: files[key], path: ['terms', i, 'parent'], message: `'${t.parent}' is not an id in this file` });
    });
  }
  return problems;
}

/** Finds ids used by more than one file (for example two files differing only in extension). */
export function checkDuplicateIds(entries: Array<{ id: string; file: string }>): ContentProblem[] {
  const byId = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const e of entries) {
    const first = byId.get(e.id);
    if (first) problems.push({ file: e.file, path: ['id'], message: `'${e.id}' is already used by ${first}; every provider needs its own id` });
    else byId.set(e.id, e.file);
  }
  return problems;
}
