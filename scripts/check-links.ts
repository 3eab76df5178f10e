/**
 * `npm run check:links`: asks every website and web source in content/ whether it still answers,
 * and writes reports/links.json (the shape is documented in src/lib/ingest/link-check.ts) and
 * reports/links.md. A few requests at a time, each with a time limit, following redirects by hand
 * so that each hop is recorded, with a User-Agent that names the project and where to read about it.
 * Exits 0 whatever the links say (it is a report); 1 on a usage or content error.
 *
 * Usage: npm run check:links [-- --content <dir>] [--out <dir>] [--concurrency 4] [--timeout 15000]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent, problemReport } from '../src/build/content-files';
import {
  collectLinks, LINK_REPORT_FILE, LINK_SUMMARY_FILE, linkReport, linkSummaryMarkdown, type FetchOutcome, type LinkReport, type LinkTarget,
} from '../src/lib/ingest/link-check';
import { SITE } from '../src/config';

export const USER_AGENT = `servicii-sociale-cluj-link-check/1 (+${SITE.repositoryUrl})`;

export interface CheckOptions {
  concurrency?: number;
  /** Per request, in milliseconds. */
  timeoutMs?: number;
  maxRedirects?: number;
  userAgent?: string;
}

/** Enough of a page to see a parking notice, without downloading whole sites. */
const BODY_BYTES = 64 * 1024;

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const CONNECT = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'EPIPE', 'UND_ERR_SOCKET', 'EADDRNOTAVAIL']);
const TIMEOUT = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

/** Sorts a failed request by where it failed, from Node's error and its cause. */
export function failureReason(error: unknown): { reason: 'dns' | 'connect' | 'timeout' | 'tls' | 'other'; message: string } {
  const e = error as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string; name?: string } };
  const code = e.cause?.code ?? e.code ?? '';
  const message = e.cause?.message ?? e.message ?? String(error);
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || e.cause?.name === 'TimeoutError' || TIMEOUT.has(code)) return { reason: 'timeout', message: 'no answer in time' };
  if (DNS.has(code)) return { reason: 'dns', message: `${code} ${message}`.trim() };
  if (CONNECT.has(code)) return { reason: 'connect', message: `${code} ${message}`.trim() };
  if (/CERT|SSL|TLS/i.test(code) || /certificate/i.test(message)) return { reason: 'tls', message: `${code} ${message}`.trim() };
  return { reason: 'other', message: `${code} ${message}`.trim() };
}

async function readStart(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < BODY_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks).subarray(0, BODY_BYTES));
}

/** Asks one address, following redirects one hop at a time. */
export async function fetchOutcome(url: string, o: Required<Omit<CheckOptions, 'concurrency'>>): Promise<FetchOutcome> {
  const redirects: string[] = [];
  let current = url;
  for (;;) {
    let response: Response;
    try {
      response = await fetch(current, {
        redirect: 'manual',
        signal: AbortSignal.timeout(o.timeoutMs),
        headers: { 'User-Agent': o.userAgent, Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8', 'Accept-Language': 'ro,en;q=0.8,hu;q=0.6' },
      });
    } catch (error) {
      return { kind: 'error', ...failureReason(error), redirects };
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel().catch(() => undefined);
      if (redirects.length >= o.maxRedirects) return { kind: 'response', status: response.status, redirects, body: '', tooManyRedirects: true };
      current = new URL(location, current).toString();
      redirects.push(current);
      continue;
    }
    let body = '';
    try {
      body = await readStart(response);
    } catch {
      // The status says enough; the body only helps to spot parking pages.
    }
    return { kind: 'response', status: response.status, redirects, body };
  }
}

/** Checks every target, at most `concurrency` at a time; outcomes in the targets' order. */
export async function checkTargets(targets: readonly LinkTarget[], options: CheckOptions = {}): Promise<FetchOutcome[]> {
  const o = { timeoutMs: options.timeoutMs ?? 15_000, maxRedirects: options.maxRedirects ?? 10, userAgent: options.userAgent ?? USER_AGENT };
  const outcomes: FetchOutcome[] = new Array(targets.length);
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const i = next++;
      outcomes[i] = await fetchOutcome(targets[i]!.url, o);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, targets.length)) }, worker));
  return outcomes;
}

/** Loads content, checks its links and writes the two report files; returns the report. */
export async function runLinkCheck(o: { contentDir: string; outDir: string } & CheckOptions): Promise<LinkReport> {
  const content = loadContent(o.contentDir);
  if (content.problems.length) throw new Error(`the content has problems; fix them first (npm run validate):\n${problemReport(content.problems)}`);
  const targets = collectLinks(content.providers.map((p) => ({ id: p.id, file: relative(process.cwd(), p.file) || p.file, data: p.data })));
  const checkedAt = new Date().toISOString();
  const outcomes = await checkTargets(targets, o);
  const report = linkReport(targets, outcomes, { checkedAt, contentDir: relative(process.cwd(), o.contentDir) || o.contentDir, userAgent: o.userAgent ?? USER_AGENT });
  const json = join(o.outDir, basename(LINK_REPORT_FILE));
  const md = join(o.outDir, basename(LINK_SUMMARY_FILE));
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(md, linkSummaryMarkdown(report));
  return report;
}

async function main() {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' }, out: { type: 'string' }, concurrency: { type: 'string' }, timeout: { type: 'string' },
    },
  });
  const contentDir = resolve(values.content ?? process.env.CONTENT_DIR ?? 'content');
  const outDir = resolve(values.out ?? dirname(LINK_REPORT_FILE));
  const report = await runLinkCheck({ contentDir, outDir, concurrency: Number(values.concurrency ?? 4), timeoutMs: Number(values.timeout ?? 15_000) });
  const where = relative(process.cwd(), outDir) || '.';
  if (report.network === 'unreachable') {
    console.log(`Network unreachable: none of the ${report.summary.unchecked} addresses could be reached from here (no name resolved, no connection opened), so no link was judged. Results in ${where}/.`);
    return;
  }
  const s = report.summary;
  console.log(`${report.results.length} addresses: ${s.ok} ok, ${s.redirected} redirected within their site, ${s.moved} moved to another site, ${s.parked} parked, ${s.dead} dead, ${s.unreachable} unreachable, ${s.error} not checked (the check failed). Results in ${where}/links.json and links.md.`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(`check:links: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
