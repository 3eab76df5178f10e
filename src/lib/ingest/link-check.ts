/**
 * Checking the web addresses in content/ (each provider's website and web sources): which to check,
 * what an answer means, and the results file that `npm run check:links` writes and `npm run review`
 * reads. Pure: scripts/check-links.ts does the requests and hands their outcomes in here.
 *
 * The results file, `reports/links.json` (LINK_REPORT_FILE; the folder is gitignored), is a
 * LinkReport, version 1. Its `checkedAt` and `results[]` with `url`, `status`, `httpStatus`,
 * `finalUrl`, `provider` and `note` are the fields the review report reads (src/lib/review/links.ts
 * on p-fresh's branch); the others add detail for people and later tools:
 *
 *     {
 *       "version": 1,
 *       "checkedAt": "2026-12-01T10:00:00.000Z",       // when the run started (ISO 8601, UTC)
 *       "contentDir": "content",                        // what was checked
 *       "userAgent": "servicii-sociale-cluj-link-check/1 (+https://github.com/...)",
 *       "network": "ok",                                // or "unreachable": nothing answered, so results is empty
 *       "summary": { "ok": 40, "redirected": 3, "moved": 1, "parked": 0, "dead": 2, "unreachable": 1, "error": 0, "unchecked": 0 },
 *       "results": [{
 *         "url": "https://asociatia-x.example/contact",
 *         "status": "redirected",                       // ok | redirected (to another site) | dead | parked | error
 *         "verdict": "moved",                           // the finer finding, see Verdict
 *         "httpStatus": 200,                            // last HTTP status, when a server answered
 *         "finalUrl": "https://other.example/",         // where the redirects ended, when there were any
 *         "redirects": ["https://other.example/"],      // each Location followed, in order
 *         "note": "redirects to another site: other.example",
 *         "provider": "asociatia-x",                    // when one provider uses the address; see where
 *         "where": [{ "provider": "asociatia-x", "file": "content/providers/asociatia-x.yaml", "field": "website.url" }]
 *       }]
 *     }
 *
 * A reader treats a missing file as "not checked yet". When the network was unreachable, `results`
 * is empty and `summary.unchecked` counts the addresses: nothing was judged, nothing is reported.
 */

/** Where the checker writes its results, relative to the repository root. */
export const LINK_REPORT_FILE = 'reports/links.json';
/** The Markdown summary beside it, for people. */
export const LINK_SUMMARY_FILE = 'reports/links.md';

/**
 * What a check found:
 * - `ok`: the page answered 2xx, on the same site;
 * - `redirected`: it answered after redirects within the same site (http→https, www, another path): worth updating, not wrong;
 * - `moved`: the redirects end on another site: the organisation may have moved, or lost the domain;
 * - `parked`: the page is a parking or for-sale page: the domain no longer belongs to the organisation;
 * - `dead`: the site answered with an error (404, 410, 500...) or its redirects never end;
 * - `unreachable`: no answer (the name does not resolve, the connection fails, a bad certificate, too slow);
 * - `error`: the check itself failed in a way that says nothing about the site.
 */
export type Verdict = 'ok' | 'redirected' | 'moved' | 'parked' | 'dead' | 'unreachable' | 'error';
export const VERDICTS: readonly Verdict[] = ['ok', 'redirected', 'moved', 'parked', 'dead', 'unreachable', 'error'];

/** The coarse status the review report reads: a same-site redirect is fine, a move to another site is "redirected", no answer is "dead". */
export type LinkStatus = 'ok' | 'redirected' | 'dead' | 'parked' | 'error';
export const STATUS_OF: Readonly<Record<Verdict, LinkStatus>> = {
  ok: 'ok', redirected: 'ok', moved: 'redirected', parked: 'parked', dead: 'dead', unreachable: 'dead', error: 'error',
};

/** Where an address appears in content/. */
export interface LinkPlace {
  provider: string;
  file: string;
  /** The field, as validate names it: `website.url`, `sources[2].url`. */
  field: string;
}

/** One address to check, with every place it appears. */
export interface LinkTarget {
  url: string;
  where: LinkPlace[];
}

/** What one check found, before it is tied to the places the address appears. */
export interface Finding {
  url: string;
  status: LinkStatus;
  verdict: Verdict;
  httpStatus?: number;
  finalUrl?: string;
  redirects: string[];
  note?: string;
}

export interface LinkResult extends Finding {
  /** The provider using the address, when only one does (the review also matches by URL). */
  provider?: string;
  where: LinkPlace[];
}

export interface LinkReport {
  version: 1;
  checkedAt: string;
  contentDir: string;
  userAgent: string;
  network: 'ok' | 'unreachable';
  summary: Record<Verdict | 'unchecked', number>;
  results: LinkResult[];
}

/** What the request gave, as scripts/check-links.ts observed it. */
export type FetchOutcome =
  | {
    kind: 'response';
    /** The status of the last response. */
    status: number;
    /** Each Location followed, in order (absolute). */
    redirects: string[];
    /** The first few kilobytes of the last response's text, for signs of a parked domain. */
    body: string;
    /** True when the redirects did not end (a loop, or more than the checker follows). */
    tooManyRedirects?: boolean;
  }
  | {
    kind: 'error';
    /** DNS: the name does not resolve. connect: refused, reset, no route. timeout: no answer in time. tls: a certificate problem. */
    reason: 'dns' | 'connect' | 'timeout' | 'tls' | 'other';
    message: string;
    /** Redirects followed before the failure. */
    redirects: string[];
  };

interface ProviderLinks {
  id: string;
  file: string;
  data: { website?: { url: string }; sources: ReadonlyArray<{ url?: string }> };
}

/** Every web address in the providers' files, each once, with the places it appears; sorted by URL. */
export function collectLinks(providers: readonly ProviderLinks[]): LinkTarget[] {
  const byUrl = new Map<string, LinkPlace[]>();
  const add = (url: string | undefined, place: LinkPlace) => {
    if (!url) return;
    const list = byUrl.get(url) ?? [];
    list.push(place);
    byUrl.set(url, list);
  };
  for (const p of providers) {
    add(p.data.website?.url, { provider: p.id, file: p.file, field: 'website.url' });
    p.data.sources.forEach((s, i) => add(s.url, { provider: p.id, file: p.file, field: `sources[${i}].url` }));
  }
  return [...byUrl.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([url, where]) => ({ url, where }));
}

/** Hosts that serve domain parking or "for sale" pages for domains their owners let go. */
export const PARKING_HOSTS = [
  'sedo.com', 'sedoparking.com', 'dan.com', 'afternic.com', 'parkingcrew.net', 'bodis.com', 'above.com',
  'hugedomains.com', 'undeveloped.com', 'domainmarket.com', 'parklogic.com', 'voodoo.com', 'namebright.com',
  'uniregistry.com', 'efty.com', 'atom.com', 'squadhelp.com', 'sav.com', 'domainlore.uk', 'buydomains.com',
] as const;

/** Phrases of parking and for-sale pages (English and Romanian), matched case-insensitively. */
export const PARKING_PHRASES = [
  'domain is for sale', 'this domain may be for sale', 'buy this domain', 'domain for sale', 'this domain is parked',
  'parked free', 'parkingcrew', 'sedoparking', 'domain parking', 'make an offer on this domain',
  'domeniul este de vânzare', 'domeniu de vânzare', 'acest domeniu este de vânzare', 'cumpără acest domeniu',
] as const;

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
};

/** `a.b.ro` is on `b.ro`; `b.ro` is on `b.ro`. */
const onHost = (host: string, parent: string) => host === parent || host.endsWith(`.${parent}`);

/**
 * Two addresses are on the same site when their host names are equal once a leading `www.` is set
 * aside, or one is a sub-domain of the other (`dasm.ro` → `www.dasm.ro`, `ro.site.org`). Two
 * sub-domains of a shared parent (`anes.gov.ro`, `mmuncii.gov.ro`) are different sites.
 */
export function sameSite(a: string, b: string): boolean {
  const x = hostOf(a).replace(/^www\./, '');
  const y = hostOf(b).replace(/^www\./, '');
  return x !== '' && (onHost(x, y) || onHost(y, x));
}

/** The sign of a parked or for-sale domain in an answer, if any, in words. */
export function parkingSign(finalUrl: string, redirects: readonly string[], body: string): string | undefined {
  for (const url of [...redirects, finalUrl]) {
    const host = hostOf(url);
    const parking = PARKING_HOSTS.find((h) => onHost(host, h));
    if (parking) return `goes to ${parking}, a domain parking or sales service`;
  }
  const text = body.toLowerCase();
  const phrase = PARKING_PHRASES.find((p) => text.includes(p));
  return phrase ? `the page says "${phrase}"` : undefined;
}

/** What one outcome means for the address that was asked for. */
export function judge(url: string, outcome: FetchOutcome): Finding {
  const redirects = outcome.redirects;
  const finalUrl = redirects.at(-1) ?? url;
  const found = (verdict: Verdict, extra: { httpStatus?: number; note?: string }): Finding => ({
    url, status: STATUS_OF[verdict], verdict, ...(extra.httpStatus !== undefined ? { httpStatus: extra.httpStatus } : {}),
    ...(redirects.length ? { finalUrl } : {}), redirects, ...(extra.note ? { note: extra.note } : {}),
  });
  if (outcome.kind === 'error') {
    const words = { dns: 'the name does not resolve', connect: 'the connection failed', timeout: 'no answer in time', tls: 'certificate problem', other: 'the request failed' }[outcome.reason];
    const note = outcome.message && outcome.message !== words ? `${words}: ${outcome.message}` : words;
    return found(outcome.reason === 'other' ? 'error' : 'unreachable', { note });
  }
  const httpStatus = outcome.status;
  const parked = parkingSign(finalUrl, redirects, outcome.body);
  if (parked) return found('parked', { httpStatus, note: parked });
  if (outcome.tooManyRedirects) return found('dead', { httpStatus, note: 'the redirects do not end' });
  const away = redirects.find((r) => !sameSite(url, r));
  if (away) {
    const note = `redirects to another site: ${hostOf(away)}`;
    return httpStatus >= 400 ? found('dead', { httpStatus, note: `${note}, which answers ${httpStatus}` }) : found('moved', { httpStatus, note });
  }
  if (httpStatus >= 200 && httpStatus < 300) return redirects.length ? found('redirected', { httpStatus, note: `now at ${finalUrl}` }) : found('ok', { httpStatus });
  return found('dead', { httpStatus, note: `answers ${httpStatus}` });
}

/**
 * True when nothing could be reached at all: every request failed before any server answered
 * (no name resolved, no connection opened). Then the fault is where the check ran (no network, a
 * sandbox), not at the sites, and no link should be called dead.
 */
export function networkUnreachable(outcomes: readonly FetchOutcome[]): boolean {
  return outcomes.length > 0 && outcomes.every((o) => o.kind === 'error' && (o.reason === 'dns' || o.reason === 'connect' || o.reason === 'timeout'));
}

/** The whole report from the targets and their outcomes (same order). */
export function linkReport(targets: readonly LinkTarget[], outcomes: readonly FetchOutcome[], meta: { checkedAt: string; contentDir: string; userAgent: string }): LinkReport {
  const unreachable = networkUnreachable(outcomes);
  const summary = Object.fromEntries([...VERDICTS, 'unchecked'].map((v) => [v, 0])) as LinkReport['summary'];
  const results: LinkResult[] = [];
  if (unreachable) summary.unchecked = targets.length;
  else {
    targets.forEach((t, i) => {
      const providers = [...new Set(t.where.map((w) => w.provider))];
      const result: LinkResult = { ...judge(t.url, outcomes[i]!), ...(providers.length === 1 ? { provider: providers[0] } : {}), where: t.where };
      summary[result.verdict] += 1;
      results.push(result);
    });
  }
  return { version: 1, checkedAt: meta.checkedAt, contentDir: meta.contentDir, userAgent: meta.userAgent, network: unreachable ? 'unreachable' : 'ok', summary, results };
}

/** What needs a person's attention, worst first. */
const ATTENTION: readonly Verdict[] = ['parked', 'moved', 'dead', 'unreachable', 'error', 'redirected'];

const TITLES: Record<Verdict, string> = {
  parked: 'Parked or for sale: the domain no longer belongs to the organisation',
  moved: 'Moved to another site',
  dead: 'Answers with an error',
  unreachable: 'No answer',
  error: 'The check failed (says nothing about the site)',
  redirected: 'Redirected within the same site (update the address)',
  ok: 'Working',
};

/** The Markdown summary for people: counts, then each address that needs attention with where it appears. */
export function linkSummaryMarkdown(report: LinkReport): string {
  const count = report.results.length + report.summary.unchecked;
  const lines = [`# Link check, ${report.checkedAt.slice(0, 10)}`, '', `Content: \`${report.contentDir}\`. ${count} addresses.`, ''];
  if (report.network === 'unreachable') {
    lines.push('**Network unreachable**: no address could be reached from where the check ran (no name resolved, no connection opened), so no link was judged. Run it again with a network.', '');
    return `${lines.join('\n')}\n`;
  }
  lines.push('| Result | Addresses |', '| --- | --- |', ...VERDICTS.filter((v) => report.summary[v] > 0).map((v) => `| ${v} | ${report.summary[v]} |`), '');
  for (const verdict of ATTENTION) {
    const list = report.results.filter((l) => l.verdict === verdict);
    if (!list.length) continue;
    lines.push(`## ${TITLES[verdict]} (${list.length})`, '');
    for (const l of list) {
      const where = l.where.map((w) => `\`${w.file}\` ${w.field}`).join('; ');
      lines.push(`- ${l.url}${l.note ? ` — ${l.note}` : ''}  \n  in ${where}`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** The results that concern one provider, for the review report: `byProvider.get('asociatia-x')`. */
export function linksByProvider(report: LinkReport): Map<string, LinkResult[]> {
  const map = new Map<string, LinkResult[]>();
  for (const l of report.results) {
    for (const id of new Set(l.where.map((w) => w.provider))) map.set(id, [...(map.get(id) ?? []), l]);
  }
  return map;
}

/** Reads a results file's JSON back, refusing another version or shape with the reason. */
export function parseLinkReport(json: unknown): LinkReport {
  const r = json as Partial<LinkReport> | null;
  if (!r || typeof r !== 'object') throw new Error(`${LINK_REPORT_FILE}: not a JSON object; run npm run check:links again`);
  if (r.version !== 1) throw new Error(`${LINK_REPORT_FILE}: version ${String(r.version)} is not one this code reads (1); run npm run check:links again`);
  if (!Array.isArray(r.results) || (r.network !== 'ok' && r.network !== 'unreachable')) throw new Error(`${LINK_REPORT_FILE}: missing results or network; run npm run check:links again`);
  return r as LinkReport;
}
