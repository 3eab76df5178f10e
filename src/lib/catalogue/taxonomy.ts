/** Taxonomy lookups shared by pages, search data and exports. */
import type { TaxonomyTerm } from '../../schemas/taxonomy';
import type { Lang } from '../../locales';

/** The two taxonomies a service names terms of, by their field in the content. */
export type TermField = 'beneficiary_categories' | 'service_types';

export function termLabel(terms: ReadonlyMap<string, TaxonomyTerm>, id: string, lang: Lang): string {
  return terms.get(id)?.label[lang] ?? id;
}

/** Counts services per term id across providers (a service counts once per term it names). */
export function countServicesByTerm(providers: ReadonlyArray<{ services: ReadonlyArray<Record<'service_types' | 'beneficiary_categories', string[]>> }>, field: TermField): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of providers) for (const s of p.services) for (const id of new Set(s[field])) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
