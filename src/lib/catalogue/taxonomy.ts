/** Taxonomy lookups shared by pages, search data and exports. */
import type { TaxonomyTerm } from '../../schemas/taxonomy';
import type { Lang } from '../../locales';

/** The two taxonomies a service names terms of, by their field in the content. */
export type TermField = 'beneficiary_categories' | 'service_types';

export function termLabel(terms: ReadonlyMap<string, TaxonomyTerm>, id: string, lang: Lang): string {
  return terms.get(id)?.label[lang] ?? id;
}

