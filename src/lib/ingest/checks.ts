/**
 * Checks that need more than one file: taxonomy ids, duplicate ids, coordinates inside Romania,
 * dates not in the future. The schema checks one file; these check the directory as a whole.
 */
import type { Provider } from '../../schemas/provider';
import type { TaxonomyTerm } from '../../schemas/taxonomy';
import { closest, problem, type ContentProblem } from './friendly-errors';
import { message, type MessageKey } from './messages';
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

function unknownId(file: string, path: (string | number)[], id: string, known: string[], key: MessageKey): ContentProblem {
  const guess = closest(id, known);
  return problem(file, path, key, { id, hint: guess ? message('check.did-you-mean', { guess }) : message('check.add-or-pick') });
}

/** Checks one parsed provider against the taxonomies and today's date. */
export function checkProvider(p: Provider, file: string, tax: Taxonomies, today: string, expectedId?: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (expectedId !== undefined && p.id !== expectedId)
    problems.push(problem(file, ['id'], 'check.id-file-name', { id: p.id, file: expectedId }));
  const cats = tax.beneficiaryCategories.map((t) => t.id);
  const types = tax.serviceTypes.map((t) => t.id);
  const areas = tax.areas.map((t) => t.id);
  const catSet = new Set(cats);
  const typeSet = new Set(types);
  const areaSet = new Set(areas);
  if (p.assured_date !== undefined && p.assured_date > today)
    problems.push(problem(file, ['assured_date'], 'check.assured-future', { date: p.assured_date, today }));
  problems.push(...checkDates(p, file, today));
  p.sources.forEach((s, i) => {
    if (s.date !== undefined && s.date > today) problems.push(problem(file, ['sources', i, 'date'], 'check.source-future', { date: s.date, today }));
  });
  p.locations?.forEach((l, i) => {
    if (l.latitude !== undefined && l.longitude !== undefined && !isInRomania(l.latitude, l.longitude)) {
      const swapped = isInRomania(l.longitude, l.latitude);
      problems.push(problem(file, ['locations', i, 'latitude'], 'check.outside-romania', { latitude: l.latitude, longitude: l.longitude, hint: message(swapped ? 'check.coordinates-swapped' : 'check.coordinates-hint') }));
    }
    if (l.area !== undefined && !areaSet.has(l.area)) problems.push(unknownId(file, ['locations', i, 'area'], l.area, areas, 'check.unknown-area'));
  });
  p.services.forEach((s, i) => {
    s.service_types.forEach((id, j) => { if (!typeSet.has(id)) problems.push(unknownId(file, ['services', i, 'service_types', j], id, types, 'check.unknown-service-type')); });
    s.beneficiary_categories.forEach((id, j) => { if (!catSet.has(id)) problems.push(unknownId(file, ['services', i, 'beneficiary_categories', j], id, cats, 'check.unknown-category')); });
    s.areas_served?.forEach((id, j) => { if (!areaSet.has(id)) problems.push(unknownId(file, ['services', i, 'areas_served', j], id, areas, 'check.unknown-area')); });
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
      if (ids.has(t.id)) problems.push(problem(files[key], ['terms', i, 'id'], 'taxonomy.id-twice', { id: t.id }));
      ids.add(t.id);
    });
    terms.forEach((t, i) => {
      if (t.parent !== undefined && !ids.has(t.parent)) problems.push(problem(files[key], ['terms', i, 'parent'], 'taxonomy.parent-unknown', { parent: t.parent }));
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
    if (first) problems.push(problem(e.file, ['id'], 'check.duplicate-provider', { id: e.id, file: first }));
    else byId.set(e.id, e.file);
  }
  return problems;
}
