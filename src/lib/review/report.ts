/**
 * The review report: which entries are due for their complete review, by county, with what a
 * maintainer needs to phone them: what is unknown, what is old, the numbers and addresses to use,
 * and what the link check found. `npm run review` writes it as Markdown and CSV, and one issue body
 * per county, which the monthly workflow posts (one open issue per county, updated in place).
 */
import type { Provider } from '../../schemas/provider';
import type { TaxonomyTerm } from '../../schemas/taxonomy';
import { localize } from '../i18n/localize';
import { countyOf } from '../catalogue/catalogue';
import { toCsv } from '../export/csv';
import { editFileUrl, type Repository } from '../ingest/repository';
import { oldFactKinds, providerFacts, serviceFacts, type FactKind, type FreshnessContext } from '../views/freshness';
import { reviewStatus, type ReviewState, type ReviewStatus } from './cycle';
import { linkProblemsFor, type LinkCheckFile, type LinkResult } from './links';

/** The states a maintainer acts on, most urgent first. */
export const ACTION_STATES = ['overdue', 'never', 'due'] as const satisfies readonly ReviewState[];
const STATE_TITLE: Record<(typeof ACTION_STATES)[number], string> = { overdue: 'Overdue', never: 'Never reviewed', due: 'Due within a month' };

export interface ReviewEntry {
  id: string;
  name: string;
  file: string;
  status: ReviewStatus;
  /** What no listed service says, with how many services lack it: "hours (3 of 4)". */
  unknown: string[];
  /** Kinds of fact resting on old sources. */
  oldFacts: FactKind[];
  /** Numbers and addresses to reach the organisation (its own, then its services'), with their labels. */
  phones: string[];
  emails: string[];
  website?: string;
  links: LinkResult[];
}

export interface ReviewCounty {
  id: string;
  label: string;
  entries: ReviewEntry[];
}

export interface ReviewReport {
  asOf: string;
  /** When the link check ran, if its results were read. */
  linksCheckedAt?: string;
  totals: Record<ReviewState, number>;
  /** Counties with something to review, in the areas taxonomy's order; entries most urgent first. */
  counties: ReviewCounty[];
}

export interface ReviewInput {
  providers: ReadonlyArray<{ file: string; data: Provider }>;
  areas: readonly TaxonomyTerm[];
  fresh: FreshnessContext;
  links?: LinkCheckFile;
}

const UNKNOWN_FIELDS = ['hours', 'cost', 'access', 'documents', 'eligibility', 'capacity'] as const;

function unknownFacts(p: Provider): string[] {
  const listed = p.services.filter((s) => s.status !== 'inactive');
  if (listed.length === 0) return ['services (none documented)'];
  const out: string[] = [];
  for (const f of UNKNOWN_FIELDS) {
    const missing = listed.filter((s) => (f === 'documents' ? !s.documents?.length : s[f] === undefined)).length;
    if (missing) out.push(`${f} (${missing} of ${listed.length})`);
  }
  const noContact = (p.phones?.length ?? 0) + (p.emails?.length ?? 0) === 0 && listed.every((s) => !s.phones?.length && !s.emails?.length);
  if (noContact) out.push('phone or e-mail');
  return out;
}

function entry(file: string, p: Provider, input: ReviewInput): ReviewEntry {
  const label = (ph: { number: string; label?: Parameters<typeof localize>[0] }) => { const l = localize(ph.label, 'en'); return l ? `${ph.number} (${l})` : ph.number; };
  const phones = [...new Set([...(p.phones ?? []), ...p.services.flatMap((s) => s.phones ?? [])].map(label))];
  const emails = [...new Set([...(p.emails ?? []), ...p.services.flatMap((s) => s.emails ?? [])].map((e) => e.address))];
  const facts = [...providerFacts(p), ...p.services.flatMap((s) => serviceFacts(p, s))];
  const urls = [p.website?.url, ...p.sources.map((s) => s.url)].filter((u): u is string => u !== undefined);
  const e: ReviewEntry = {
    id: p.id, name: p.name, file, status: reviewStatus(p, input.fresh.asOf),
    unknown: unknownFacts(p), oldFacts: oldFactKinds(facts, p.sources, input.fresh),
    phones, emails, links: linkProblemsFor(p.id, urls, input.links),
  };
  if (p.website) e.website = p.website.url;
  return e;
}

export function reviewReport(input: ReviewInput): ReviewReport {
  const areas = new Map(input.areas.map((a) => [a.id, a]));
  const totals: Record<ReviewState, number> = { current: 0, due: 0, overdue: 0, never: 0 };
  const byCounty = new Map<string, ReviewEntry[]>();
  for (const { file, data: p } of input.providers) {
    const e = entry(file, p, input);
    totals[e.status.state]++;
    if (e.status.state === 'current') continue;
    const county = countyOf(p, areas);
    const list = byCounty.get(county);
    if (list) list.push(e); else byCounty.set(county, [e]);
  }
  const rank = (s: ReviewState) => (ACTION_STATES as readonly ReviewState[]).indexOf(s);
  const order = [...input.areas.map((a) => a.id), ...[...byCounty.keys()].filter((id) => !areas.has(id))];
  const counties = order.filter((id) => byCounty.has(id)).map((id) => ({
    id,
    label: areas.get(id)?.label.ro ?? id,
    // Most urgent first; the longest overdue first within a state; then by name.
    entries: byCounty.get(id)!.sort((a, b) => rank(a.status.state) - rank(b.status.state) || (a.status.dueDate ?? '').localeCompare(b.status.dueDate ?? '') || a.name.localeCompare(b.name, 'ro')),
  }));
  const report: ReviewReport = { asOf: input.fresh.asOf, totals, counties };
  if (input.links) report.linksCheckedAt = input.links.checkedAt;
  return report;
}

function entryLines(e: ReviewEntry, repo?: Repository): string[] {
  const s = e.status;
  const when = s.state === 'never' ? 'never reviewed' : s.state === 'overdue' ? `overdue since ${s.dueDate} (last review ${s.lastReview}${s.reviewedBy ? ` by ${s.reviewedBy}` : ''})` : `due by ${s.dueDate} (last review ${s.lastReview})`;
  const lines = [`- **${e.name}** (\`${e.id}\`): ${when}; every ${s.intervalMonths} months.`];
  const sub = (text: string) => lines.push(`  - ${text}`);
  sub(e.phones.length ? `Phone: ${e.phones.join('; ')}` : 'Phone: none known');
  if (e.emails.length) sub(`E-mail: ${e.emails.join('; ')}`);
  if (e.website) sub(`Website: ${e.website}`);
  if (e.unknown.length) sub(`Unknown: ${e.unknown.join(', ')}`);
  if (e.oldFacts.length) sub(`Old information: ${e.oldFacts.join(', ')}`);
  for (const l of e.links) sub(`Link check: ${l.url} is ${l.status}${l.httpStatus ? ` (HTTP ${l.httpStatus})` : ''}${l.finalUrl ? ` → ${l.finalUrl}` : ''}${l.note ? `: ${l.note}` : ''}`);
  sub(repo ? `Entry: [${e.file}](${editFileUrl(repo, e.file)})` : `Entry: ${e.file}`);
  return lines;
}

function countyLines(c: ReviewCounty, repo?: Repository, heading = '##'): string[] {
  const out: string[] = [];
  for (const state of ACTION_STATES) {
    const list = c.entries.filter((e) => e.status.state === state);
    if (!list.length) continue;
    out.push('', `${heading} ${STATE_TITLE[state]} (${list.length})`, '');
    for (const e of list) out.push(...entryLines(e, repo));
  }
  return out;
}

const HOW = 'A complete review checks every fact of an entry against a source read that day (its web page, or a call to the organisation recorded as a `kind: self` source with the date), then sets `reviewed: { date, by }`. Partial updates change `assured_date` or a fact\'s source, not `reviewed`.';

/** The whole report as Markdown. */
export function reviewMarkdown(r: ReviewReport, repo?: Repository): string {
  const t = r.totals;
  const out = [
    '# Entries to review', '',
    `As of ${r.asOf}: ${t.overdue} overdue, ${t.never} never reviewed, ${t.due} due within a month, ${t.current} current.${r.linksCheckedAt ? ` Link check of ${r.linksCheckedAt} included.` : ' No link-check results were found (`npm run check:links`).'}`,
    '', HOW,
  ];
  if (r.counties.length === 0) out.push('', 'Nothing is due.');
  for (const c of r.counties) out.push('', `## ${c.label} (${c.entries.length})`, ...countyLines(c, repo, '###'));
  return `${out.join('\n')}\n`;
}

export const REVIEW_CSV_COLUMNS = ['county', 'provider_id', 'provider_name', 'state', 'last_review', 'reviewed_by', 'due_date', 'interval_months', 'phones', 'emails', 'website', 'unknown', 'old_facts', 'link_problems', 'file'] as const;

/** One row per entry to review, for a spreadsheet. */
export function reviewCsv(r: ReviewReport): string {
  return toCsv(REVIEW_CSV_COLUMNS, r.counties.flatMap((c) => c.entries.map((e) => ({
    county: c.label, provider_id: e.id, provider_name: e.name, state: e.status.state,
    last_review: e.status.lastReview, reviewed_by: e.status.reviewedBy, due_date: e.status.dueDate, interval_months: e.status.intervalMonths,
    phones: e.phones.join('; '), emails: e.emails.join('; '), website: e.website, unknown: e.unknown.join('; '), old_facts: e.oldFacts.join('; '),
    link_problems: e.links.map((l) => `${l.url} ${l.status}`).join('; '), file: e.file,
  }))));
}

export interface ReviewIssue {
  county: string;
  /** Stable, so the workflow finds the county's open issue and updates it instead of opening another. */
  title: string;
  body: string;
  count: number;
}

/** The issue title of a county: the workflow searches for it, so it never carries counts or dates. */
export function reviewIssueTitle(countyLabel: string): string {
  return `Review: ${countyLabel}`;
}

/** One issue body per county with something to review. */
export function reviewIssues(r: ReviewReport, repo?: Repository): ReviewIssue[] {
  return r.counties.map((c) => {
    const overdue = c.entries.filter((e) => e.status.state !== 'due').length;
    const body = [
      `<!-- review-report county=${c.id} -->`,
      `Entries in ${c.label} due for their complete review, as of ${r.asOf}: ${c.entries.length} (${overdue} overdue or never reviewed). This issue is updated each month by the review workflow; close it only when the list is empty.`,
      '', HOW,
      ...countyLines(c, repo, '###'),
    ].join('\n');
    return { county: c.id, title: reviewIssueTitle(c.label), body: `${body}\n`, count: c.entries.length };
  });
}
