/**
 * `npm run check:links`: the pure judgement (src/lib/ingest/link-check.ts) and the real checker
 * (scripts/check-links.ts) against LOCAL servers only: a site on 127.0.0.1 with good, dead,
 * redirected, looping, slow and parked pages, "another site" on 127.0.0.2 (Linux answers the whole
 * 127.0.0.0/8 on the loopback), and closed ports for refused connections. Never the internet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  collectLinks, judge, linkReport, linksByProvider, linkSummaryMarkdown, networkUnreachable, parkingSign, parseLinkReport, sameSite,
  type FetchOutcome, type LinkTarget,
} from '../../src/lib/ingest/link-check';
import { checkTargets, failureReason, runLinkCheck, USER_AGENT } from '../../scripts/check-links';

const target = (url: string, provider = 'p'): LinkTarget => ({ url, where: [{ provider, file: `content/providers/${provider}.yaml`, field: 'website.url' }] });
const response = (status: number, redirects: string[] = [], body = ''): FetchOutcome => ({ kind: 'response', status, redirects, body });

describe('which addresses are checked', () => {
  it('every website and web source, each address once with every place it appears', () => {
    const links = collectLinks([
      { id: 'a', file: 'content/providers/a.yaml', data: { website: { url: 'https://a.ro' }, sources: [{ url: 'https://a.ro' }, {}, { url: 'https://b.ro/p' }] } },
      { id: 'b', file: 'content/providers/b.yaml', data: { sources: [{ url: 'https://b.ro/p' }] } },
    ]);
    expect(links).toEqual([
      { url: 'https://a.ro', where: [{ provider: 'a', file: 'content/providers/a.yaml', field: 'website.url' }, { provider: 'a', file: 'content/providers/a.yaml', field: 'sources[0].url' }] },
      { url: 'https://b.ro/p', where: [{ provider: 'a', file: 'content/providers/a.yaml', field: 'sources[2].url' }, { provider: 'b', file: 'content/providers/b.yaml', field: 'sources[0].url' }] },
    ]);
  });
});

describe('what an answer means', () => {
  it('same site: www, http/https and sub-domains; not two sub-domains of a shared parent', () => {
    expect(sameSite('http://dasm.ro', 'https://www.dasm.ro/acasa')).toBe(true);
    expect(sameSite('https://www.dasm.ro', 'https://dasm.ro/')).toBe(true);
    expect(sameSite('https://x.ro', 'https://cluj.x.ro/')).toBe(true);
    expect(sameSite('https://anes.gov.ro', 'https://mmuncii.gov.ro/')).toBe(false);
    expect(sameSite('https://asociatia.ro', 'https://asociatia.org/')).toBe(false);
  });
  it('recognises parking services and for-sale pages, in English and Romanian', () => {
    expect(parkingSign('https://sedo.com/search?domain=x.ro', [], '')).toMatch(/sedo\.com/);
    expect(parkingSign('https://x.ro/', ['https://www.dan.com/buy-domain/x.ro'], '')).toMatch(/dan\.com/);
    expect(parkingSign('https://x.ro/', [], '<h1>This Domain Is For Sale</h1>')).toBe('the page says "domain is for sale"');
    expect(parkingSign('https://x.ro/', [], 'Domeniul este de vânzare. Contactați-ne.')).toMatch(/domeniul este de vânzare/);
    expect(parkingSign('https://jordan.com/', [], 'Welcome')).toBeUndefined();
  });
  it('judges status, redirects and failures', () => {
    expect(judge('https://a.ro/', response(200)).verdict).toBe('ok');
    // The review reads `status`: a redirect within the site is fine there; one to another site is what it calls redirected.
    expect(judge('http://a.ro/', response(200, ['https://a.ro/']))).toMatchObject({ verdict: 'redirected', status: 'ok', finalUrl: 'https://a.ro/' });
    expect(judge('https://a.ro/', response(200, ['https://b.ro/']))).toMatchObject({ verdict: 'moved', status: 'redirected' });
    expect(judge('https://a.ro/', response(404, ['https://b.ro/']))).toMatchObject({ verdict: 'dead', status: 'dead', note: 'redirects to another site: b.ro, which answers 404' });
    expect(judge('https://a.ro/', response(410))).toMatchObject({ verdict: 'dead', httpStatus: 410, note: 'answers 410' });
    expect(judge('https://a.ro/', response(200, [], 'buy this domain')).verdict).toBe('parked');
    expect(judge('https://a.ro/', { kind: 'error', reason: 'dns', message: 'ENOTFOUND', redirects: [] })).toMatchObject({ verdict: 'unreachable', status: 'dead', note: 'the name does not resolve: ENOTFOUND' });
    expect(judge('https://a.ro/', { kind: 'error', reason: 'other', message: 'bug', redirects: [] })).toMatchObject({ verdict: 'error', status: 'error' });
  });
  it('calls the network unreachable only when every request failed before any server answered', () => {
    const refused: FetchOutcome = { kind: 'error', reason: 'connect', message: 'ECONNREFUSED', redirects: [] };
    const dns: FetchOutcome = { kind: 'error', reason: 'dns', message: 'ENOTFOUND', redirects: [] };
    expect(networkUnreachable([refused, dns])).toBe(true);
    expect(networkUnreachable([refused, response(404)])).toBe(false);
    expect(networkUnreachable([refused, { kind: 'error', reason: 'tls', message: 'cert', redirects: [] }])).toBe(false);
    expect(networkUnreachable([])).toBe(false);
  });
  it('sorts Node errors by where the request failed', () => {
    expect(failureReason(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND x.ro' } })).reason).toBe('dns');
    expect(failureReason(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' } })).reason).toBe('connect');
    expect(failureReason(new DOMException('The operation was aborted due to timeout', 'TimeoutError')).reason).toBe('timeout');
    expect(failureReason(Object.assign(new TypeError('fetch failed'), { cause: { code: 'CERT_HAS_EXPIRED', message: 'certificate has expired' } })).reason).toBe('tls');
  });
});

describe('the results file', () => {
  const meta = { checkedAt: '2026-12-01T10:00:00.000Z', contentDir: 'content', userAgent: USER_AGENT };
  it('counts each verdict, and reads back', () => {
    const report = linkReport([target('https://a.ro/'), target('https://b.ro/', 'q')], [response(200), response(404)], meta);
    expect(report).toMatchObject({ version: 1, network: 'ok', summary: { ok: 1, dead: 1, moved: 0, unchecked: 0 } });
    expect(report.results.map((r) => [r.url, r.status, r.provider])).toEqual([['https://a.ro/', 'ok', 'p'], ['https://b.ro/', 'dead', 'q']]);
    expect(parseLinkReport(JSON.parse(JSON.stringify(report)))).toEqual(report);
    expect(() => parseLinkReport({ version: 2 })).toThrow(/version 2 is not one this code reads/);
    expect(linksByProvider(report).get('q')?.map((l) => l.verdict)).toEqual(['dead']);
  });
  it('carries what the review report reads: checkedAt, and results with url, status (its five values), httpStatus, finalUrl, provider, note', () => {
    const outcomes = [response(200), response(200, ['https://x.ro/']), response(404), response(200, [], 'buy this domain'), { kind: 'error', reason: 'other', message: 'x', redirects: [] } as FetchOutcome];
    const report = linkReport(outcomes.map((_, i) => target(`https://a${i}.ro/`)), outcomes, meta);
    expect(typeof report.checkedAt).toBe('string');
    expect(report.results.map((r) => r.status)).toEqual(['ok', 'redirected', 'dead', 'parked', 'error']);
    for (const r of report.results) {
      expect(typeof r.url).toBe('string');
      if (r.httpStatus !== undefined) expect(Number.isInteger(r.httpStatus)).toBe(true);
      for (const key of ['finalUrl', 'provider', 'note'] as const) if (r[key] !== undefined) expect(typeof r[key]).toBe('string');
    }
  });
  it('judges nothing when the network is unreachable, and says so in the summary', () => {
    const refused: FetchOutcome = { kind: 'error', reason: 'connect', message: 'ECONNREFUSED', redirects: [] };
    const report = linkReport([target('https://a.ro/'), target('https://b.ro/')], [refused, refused], meta);
    expect(report.network).toBe('unreachable');
    expect(report.summary).toMatchObject({ unchecked: 2, dead: 0, unreachable: 0 });
    expect(report.results).toEqual([]);
    expect(linkSummaryMarkdown(report)).toContain('2 addresses');
    expect(linkSummaryMarkdown(report)).toContain('**Network unreachable**');
  });
  it('lists what needs attention in the Markdown summary, worst first, with file and field', () => {
    const report = linkReport([target('https://a.ro/'), target('https://b.ro/', 'q'), target('https://c.ro/', 'r')], [response(200), response(404), response(200, [], 'domain is for sale')], meta);
    const md = linkSummaryMarkdown(report);
    expect(md.indexOf('## Parked')).toBeLessThan(md.indexOf('## Answers with an error'));
    expect(md).toContain('- https://b.ro/ — answers 404  \n  in `content/providers/q.yaml` website.url');
    expect(md).not.toContain('https://a.ro/ —');
  });
});

describe('the checker against local servers', () => {
  let site: Server;
  let other: Server;
  let closed: Server;
  let A = '';
  let B = '';
  let REFUSED = '';
  const agents: string[] = [];

  const listen = (server: Server, host: string) => new Promise<string>((res) => server.listen(0, host, () => res(`http://${host}:${(server.address() as AddressInfo).port}`)));

  beforeAll(async () => {
    other = createServer((req, res) => {
      if (req.url === '/welcome') res.writeHead(200, { 'Content-Type': 'text/html' }).end('<h1>Another organisation</h1>');
      else res.writeHead(404).end('gone');
    });
    B = await listen(other, '127.0.0.2');
    site = createServer((req, res) => {
      agents.push(req.headers['user-agent'] ?? '');
      const go = (status: number, location: string) => res.writeHead(status, { Location: location }).end();
      switch (req.url) {
        case '/good': return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<h1>Asociația</h1>');
        case '/missing': return res.writeHead(404).end('not found');
        case '/broken': return res.writeHead(500).end('error');
        case '/same': return go(301, '/good');
        case '/absolute-same': return go(308, `${A}/good`);
        case '/away': return go(302, `${B}/welcome`);
        case '/away-dead': return go(301, `${B}/nothing`);
        case '/parked': return res.writeHead(200, { 'Content-Type': 'text/html' }).end('<title>x.ro</title><p>This domain is for sale! Make an offer.</p>');
        case '/parked-ro': return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<p>Domeniul este de vânzare</p>');
        case '/loop': return go(302, '/loop');
        case '/slow': return; // never answers
        default: return res.writeHead(404).end();
      }
    });
    A = await listen(site, '127.0.0.1');
    // A port that was open and is now closed: connections to it are refused.
    closed = createServer();
    REFUSED = await listen(closed, '127.0.0.1');
    await new Promise((res) => closed.close(res));
  });

  afterAll(async () => {
    site.closeAllConnections();
    await Promise.all([site, other].map((s) => new Promise((res) => s.close(res))));
  });

  it('tells good, redirected, moved, parked, dead and unreachable addresses apart', async () => {
    const paths = ['/good', '/same', '/absolute-same', '/away', '/away-dead', '/parked', '/parked-ro', '/missing', '/broken', '/loop', '/slow'];
    const targets = [...paths.map((p) => target(`${A}${p}`)), target(`${REFUSED}/`)];
    const outcomes = await checkTargets(targets, { concurrency: 3, timeoutMs: 1500, maxRedirects: 5 });
    const report = linkReport(targets, outcomes, { checkedAt: 'now', contentDir: 'x', userAgent: USER_AGENT });
    const verdict = Object.fromEntries(report.results.map((l) => [l.url.replace(A, '').replace(REFUSED, 'refused'), [l.verdict, l.httpStatus ?? l.note]]));
    expect(verdict).toEqual({
      '/good': ['ok', 200],
      '/same': ['redirected', 200],
      '/absolute-same': ['redirected', 200],
      '/away': ['moved', 200],
      '/away-dead': ['dead', 404],
      '/parked': ['parked', 200],
      '/parked-ro': ['parked', 200],
      '/missing': ['dead', 404],
      '/broken': ['dead', 500],
      '/loop': ['dead', 302],
      '/slow': ['unreachable', 'no answer in time'],
      'refused/': ['unreachable', expect.stringMatching(/^the connection failed: ECONNREFUSED/)],
    });
    expect(report.results.find((l) => l.url.endsWith('/away'))).toMatchObject({ finalUrl: `${B}/welcome`, redirects: [`${B}/welcome`], note: 'redirects to another site: 127.0.0.2' });
    expect(report.network).toBe('ok');
    expect(new Set(agents)).toEqual(new Set([USER_AGENT]));
    expect(USER_AGENT).toMatch(/^servicii-sociale-cluj-link-check\/1 \(\+https:\/\/github\.com\//);
  }, 30_000);

  it('reports "network unreachable" instead of calling every site dead when nothing can be reached', async () => {
    const targets = [target(`${REFUSED}/a`), target(`${REFUSED}/b`), target(`${REFUSED}/c`)];
    const report = linkReport(targets, await checkTargets(targets, { timeoutMs: 1500 }), { checkedAt: 'now', contentDir: 'x', userAgent: USER_AGENT });
    expect(report.network).toBe('unreachable');
    expect(report.summary).toMatchObject({ unchecked: 3, dead: 0, unreachable: 0 });
    expect(report.results).toEqual([]);
  });

  it('reads a content folder and writes reports/links.json and links.md', async () => {
    const content = mkdtempSync(join(tmpdir(), 'links-content-'));
    cpSync('tests/fixtures/site/taxonomy', join(content, 'taxonomy'), { recursive: true });
    mkdirSync(join(content, 'providers'));
    writeFileSync(join(content, 'providers', 'asociatia-link.yaml'), [
      'id: asociatia-link', 'name: Asociația Link', 'kind: ngo',
      `website: { url: '${A}/good', source: site }`,
      'sources:', `  - { id: site, kind: web, title: Pagina, url: '${A}/good', date: '2026-10-30' }`, `  - { id: vechi, kind: web, title: Pagina veche, url: '${A}/missing', date: '2020-01-01' }`,
      'services:', '  - { id: consiliere, name: Consiliere, service_types: [counselling], beneficiary_categories: [elderly], sources: [site, vechi] }', '',
    ].join('\n'));
    const out = mkdtempSync(join(tmpdir(), 'links-out-'));
    const report = await runLinkCheck({ contentDir: content, outDir: out, timeoutMs: 1500 });
    expect(report.results.map((l) => [l.url.replace(A, ''), l.verdict, l.where.map((w) => w.field)])).toEqual([['/good', 'ok', ['website.url', 'sources[0].url']], ['/missing', 'dead', ['sources[1].url']]]);
    expect(parseLinkReport(JSON.parse(readFileSync(join(out, 'links.json'), 'utf8')))).toEqual(report);
    expect(readFileSync(join(out, 'links.md'), 'utf8')).toContain(`${A}/missing — answers 404`);
  }, 30_000);
});
