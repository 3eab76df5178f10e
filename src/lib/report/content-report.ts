/**
 * The content report: how much of what a person needs the directory actually says, and where it
 * is old or missing. `npm run report:content` writes it as Markdown and JSON; `npm run validate`
 * prints its short form. Pure: the script gives it the loaded providers and the day.
 */
import type { Provider } from '../../schemas/provider';
import { FACT_KINDS, informationDate, oldFactKinds, providerFacts, serviceFacts, type FactKind, type FreshnessContext } from '../views/freshness';
import { reviewStatus, type ReviewState } from '../review/cycle';
import { isUndocumented } from '../catalogue/undocumented';
import { serviceIsReachable } from '../ingest/reach-checks';
import { namesReachableContact } from '../views/contact-text';

/** The facts whose coverage the report counts, over listed (active) services. */
export const COVERAGE_FIELDS = ['hours', 'cost', 'access', 'documents', 'eligibility', 'capacity', 'contact', 'reachable'] as const;
export type CoverageField = (typeof COVERAGE_FIELDS)[number];

/** What each coverage field means, for the report's readers. */
export const COVERAGE_MEANING: Record<CoverageField, string> = {
  hours: 'opening hours',
  cost: 'cost (free, fee, means-tested)',
  access: 'how to get in or be referred',
  documents: 'documents to bring',
  eligibility: 'who qualifies',
  capacity: 'capacity',
  contact: 'a phone number or e-mail (the service\'s or the organisation\'s)',
  reachable: 'some way to reach it (phone, e-mail, website or a contact route with a number)',
};

/** A disagreement between a service's name and its categories, as the name→category rules report it. */
export interface NameCategoryDisagreement {
  provider: string;
  service: string;
  message: string;
}

/**
 * The name→category rule check (src/lib/catalogue/, being built with the importer's rules). Until it
 * is wired in, the report says the check did not run rather than reporting zero disagreements.
 */
export type NameCategoryCheck = (p: Provider) => NameCategoryDisagreement[];

export interface ReportInput {
  providers: ReadonlyArray<{ file: string; data: Provider }>;
  /** The report's day (YYYY-MM-DD) and the old-data age. */
  fresh: FreshnessContext;
  nameCategoryCheck?: NameCategoryCheck;
  /** Problems and warnings validate found, counted in the summary. */
  problems?: number;
  warnings?: number;
}

export interface Count {
  count: number;
  of: number;
  /** Whole percent, for people; `count` and `of` are exact. */
  percent: number;
}

export interface ContentReport {
  asOf: string;
  staleAfterMonths: number;
  providers: number;
  services: number;
  /** Active services of organisations a person can act on: what lists and search show as services. */
  listedServices: number;
  /**
   * Active services of organisations listed apart (undocumented.ts: none of their services can be
   * reached): the site names the organisation, not the services, so they are not counted as listed.
   */
  servicesListedApart: number;
  coverage: Record<CoverageField, Count>;
  facts: {
    /** Every sourced fact (a phone, an address, hours...). */
    total: number;
    /** Facts whose source is older than the old-data age. */
    old: Count;
    /** Facts whose source has no date at all. */
    undated: number;
    /** Old facts by kind. */
    oldByKind: Partial<Record<FactKind, number>>;
  };
  /** Listed services with at least one old fact, and providers with one anywhere. */
  staleServices: Count;
  staleProviders: Count;
  assured: Count;
  reviews: Record<ReviewState, number>;
  /** Organisations listed apart on the site: no documented service, or none a person can reach. */
  providersWithoutServices: string[];
  unreachableServices: Array<{ provider: string; service: string }>;
  /** Confidential places whose contact route names no number or e-mail in its text (in some language). */
  routesWithoutNumber: Array<{ provider: string; location: string; languages: string[]; orgHasContact: boolean }>;
  /** Undefined when the name→category check is not wired in yet. */
  nameCategory?: NameCategoryDisagreement[];
  problems: number;
  warnings: number;
}

function count(n: number, of: number): Count {
  return { count: n, of, percent: of === 0 ? 0 : Math.round((n * 100) / of) };
}

function variants(text: unknown): Array<[string, string]> {
  if (typeof text === 'string') return [['ro', text]];
  if (text && typeof text === 'object') return Object.entries(text).filter((e): e is [string, string] => typeof e[1] === 'string');
  return [];
}

export function contentReport(input: ReportInput): ContentReport {
  const { fresh } = input;
  const providers = input.providers.map((p) => p.data);
  const active = providers.flatMap((p) => p.services.filter((s) => s.status !== 'inactive').map((s) => ({ p, s })));
  const apart = new Set(providers.filter(isUndocumented));
  const listed = active.filter(({ p }) => !apart.has(p));
  const has: Record<CoverageField, (x: (typeof listed)[number]) => boolean> = {
    hours: ({ s }) => s.hours !== undefined,
    cost: ({ s }) => s.cost !== undefined,
    access: ({ s }) => s.access !== undefined,
    documents: ({ s }) => (s.documents?.length ?? 0) > 0,
    eligibility: ({ s }) => s.eligibility !== undefined,
    capacity: ({ s }) => s.capacity !== undefined,
    contact: ({ p, s }) => (s.phones?.length ?? 0) + (s.emails?.length ?? 0) + (p.phones?.length ?? 0) + (p.emails?.length ?? 0) > 0,
    reachable: ({ p, s }) => serviceIsReachable(p, s),
  };
  const coverage = Object.fromEntries(COVERAGE_FIELDS.map((f) => [f, count(listed.filter(has[f]).length, listed.length)])) as Record<CoverageField, Count>;

  // Each fact once: the organisation's own, then each service's own (not the organisation's contacts again).
  let total = 0, old = 0, undated = 0;
  const oldByKind: Partial<Record<FactKind, number>> = {};
  for (const p of providers) {
    const byId = new Map(p.sources.map((s) => [s.id, s]));
    const own = p.services.flatMap((s) => serviceFacts({ ...p, phones: undefined, emails: undefined, locations: undefined }, { ...s, locations: undefined }));
    for (const ref of [...providerFacts(p), ...own]) {
      total++;
      const src = byId.get(ref.source);
      const date = src && informationDate(src);
      if (!date) { undated++; continue; }
      if (oldFactKinds([ref], p.sources, fresh).length) { old++; oldByKind[ref.fact] = (oldByKind[ref.fact] ?? 0) + 1; }
    }
  }
  const staleServices = listed.filter(({ p, s }) => oldFactKinds(serviceFacts(p, s), p.sources, fresh).length > 0).length;
  const staleProviders = providers.filter((p) => oldFactKinds(providerFacts(p), p.sources, fresh).length > 0 || p.services.some((s) => oldFactKinds(serviceFacts(p, s), p.sources, fresh).length > 0)).length;

  const reviews: Record<ReviewState, number> = { current: 0, due: 0, overdue: 0, never: 0 };
  for (const p of providers) reviews[reviewStatus(p, fresh.asOf).state]++;

  const routesWithoutNumber: ContentReport['routesWithoutNumber'] = [];
  for (const p of providers) for (const l of p.locations ?? []) {
    if (!l.confidential) continue;
    const languages = variants(l.contact_route).filter(([, text]) => !namesReachableContact(text)).map(([lang]) => lang);
    if (languages.length) routesWithoutNumber.push({ provider: p.id, location: l.id, languages, orgHasContact: (p.phones?.length ?? 0) + (p.emails?.length ?? 0) > 0 });
  }

  const report: ContentReport = {
    asOf: fresh.asOf,
    staleAfterMonths: fresh.staleAfterMonths,
    providers: providers.length,
    services: providers.reduce((n, p) => n + p.services.length, 0),
    listedServices: listed.length,
    servicesListedApart: active.length - listed.length,
    coverage,
    facts: { total, old: count(old, total), undated, oldByKind: Object.fromEntries(FACT_KINDS.filter((k) => oldByKind[k]).map((k) => [k, oldByKind[k]])) },
    staleServices: count(staleServices, listed.length),
    staleProviders: count(staleProviders, providers.length),
    assured: count(providers.filter((p) => p.assured_date !== undefined).length, providers.length),
    reviews,
    providersWithoutServices: [...apart].map((p) => p.id),
    // Over every active service, listed apart or not: each is a warning of validate for its contributor.
    unreachableServices: active.filter(({ p, s }) => !has.reachable({ p, s })).map(({ p, s }) => ({ provider: p.id, service: s.id })),
    routesWithoutNumber,
    problems: input.problems ?? 0,
    warnings: input.warnings ?? 0,
  };
  if (input.nameCategoryCheck) report.nameCategory = providers.flatMap(input.nameCategoryCheck);
  return report;
}

const pct = (c: Count) => `${c.count} of ${c.of} (${c.percent}%)`;

/** The few lines `npm run validate` prints after its verdict. */
export function shortReport(r: ContentReport): string {
  const cov = COVERAGE_FIELDS.map((f) => `${f} ${r.coverage[f].percent}%`).join(', ');
  return [
    `Content report (${r.asOf}; full: npm run report:content):`,
    `  ${r.listedServices} listed services: ${cov}`,
    ...(r.servicesListedApart ? [`  ${r.servicesListedApart} more service${r.servicesListedApart === 1 ? '' : 's'} of organisations listed apart (nobody can reach them from the directory), not counted above`] : []),
    `  old facts (over ${r.staleAfterMonths} months): ${pct(r.facts.old)}; services with an old fact: ${pct(r.staleServices)}`,
    `  assured by a person: ${pct(r.assured)}; reviews: ${r.reviews.current} current, ${r.reviews.due} due, ${r.reviews.overdue} overdue, ${r.reviews.never} never reviewed`,
    `  organisations listed apart: ${r.providersWithoutServices.length}; active services nobody can reach: ${r.unreachableServices.length}; contact routes without a number: ${r.routesWithoutNumber.length}`,
    `  name/category disagreements: ${r.nameCategory ? r.nameCategory.length : 'not checked (the name→category rules are not wired in yet)'}`,
  ].join('\n');
}

/** The whole report as Markdown, for a maintainer or an issue. */
export function reportMarkdown(r: ContentReport): string {
  const out: string[] = [];
  out.push(`# Content report`, '', `As of ${r.asOf}. Information older than ${r.staleAfterMonths} months is old. ${r.providers} providers, ${r.services} services, ${r.listedServices} listed (active, of organisations a person can reach), ${r.servicesListedApart} of organisations listed apart.`, '');
  if (r.problems || r.warnings) out.push(`Validation: ${r.problems} problems, ${r.warnings} warnings (\`npm run validate\`).`, '');
  out.push('## Coverage of listed services', '', '| Field | What it is | Services | % |', '| --- | --- | --- | --- |');
  for (const f of COVERAGE_FIELDS) out.push(`| ${f} | ${COVERAGE_MEANING[f]} | ${r.coverage[f].count} of ${r.coverage[f].of} | ${r.coverage[f].percent}% |`);
  out.push('', '## Old information', '');
  out.push(`- Facts past the old-data age: ${pct(r.facts.old)}; undated facts: ${r.facts.undated}.`);
  const kinds = Object.entries(r.facts.oldByKind).map(([k, n]) => `${k} ${n}`).join(', ');
  if (kinds) out.push(`- Old facts by kind: ${kinds}.`);
  out.push(`- Listed services with an old fact: ${pct(r.staleServices)}; providers with one: ${pct(r.staleProviders)}.`);
  out.push('', '## Checks and reviews', '');
  out.push(`- Assured by a person against a source read that day: ${pct(r.assured)}.`);
  out.push(`- Complete reviews: ${r.reviews.current} current, ${r.reviews.due} due, ${r.reviews.overdue} overdue, ${r.reviews.never} never reviewed (\`npm run review\` lists them by county).`);
  const list = (title: string, items: string[], none: string) => {
    out.push('', `## ${title} (${items.length})`, '');
    out.push(...(items.length ? items.map((x) => `- ${x}`) : [none]));
  };
  list('Organisations listed apart (no documented service, or none anybody can reach)', r.providersWithoutServices, 'None.');
  list('Active services nobody can reach from the directory (an organisation none of whose services can be reached is listed apart)', r.unreachableServices.map((u) => `${u.provider} / ${u.service}`), 'None: every active service has a phone, e-mail, website or contact route.');
  list('Confidential contact routes without a number or e-mail in their text', r.routesWithoutNumber.map((x) => `${x.provider} / ${x.location} (${x.languages.join(', ')})${x.orgHasContact ? ': the organisation\'s own contacts are shown beside it' : ''}`), 'None.');
  if (r.nameCategory) list('Names that disagree with their categories', r.nameCategory.map((d) => `${d.provider} / ${d.service}: ${d.message}`), 'None.');
  else out.push('', '## Names that disagree with their categories', '', 'Not checked: the name→category rules (src/lib/catalogue/) are not wired into this report yet.');
  return `${out.join('\n')}\n`;
}
