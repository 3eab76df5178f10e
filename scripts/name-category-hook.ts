/**
 * Where the content report (and validate) get the name→category rule check: a service named for
 * people with disabilities carries a disability category, and so on for every category a name can
 * reveal. The rules are one reviewed table, src/lib/catalogue/service-name-rules.ts, which the
 * registry importer reads too.
 */
import type { NameCategoryCheck } from '../src/lib/report/content-report';
import { nameContradictions } from '../src/lib/catalogue/service-name-rules';

export const nameCategoryCheck: NameCategoryCheck | undefined = (p) =>
  p.services.flatMap((s) => nameContradictions(typeof s.name === 'string' ? s.name : s.name.ro, s.beneficiary_categories).map((message) => ({ provider: p.id, service: s.id, message })));
