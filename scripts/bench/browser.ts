/**
 * Browser figures: bytes downloaded before the first search result, ours and Pagefind's over the
 * same built site. Bytes are the gzip and brotli sizes of each requested file as it is on disk
 * (the test server does not compress; a static host would), so both sides are counted the same
 * way; Pagefind's own files are already compressed and count at about their size.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { fileCompressed, urlToFile, type Compressed } from './bytes';
import { percentiles } from './table';
import type { Selectors } from './hooks';

export function chromiumPath(): string | undefined {
  const setting = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : 'playwright');
  return setting === 'playwright' ? undefined : setting;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Serves a built folder with the project's static server; resolves once it answers. */
export async function serve(dist: string, port: number): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve-static.ts', dist, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ready, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`static server exited with ${code}; is port ${port} taken? use --port`)));
    child.stdout!.once('data', () => ready());
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => { child.removeAllListeners('exit'); child.kill(); } };
}

/** gzip and brotli bytes by kind of file. */
export interface Transfer { js: Compressed; css: Compressed; html: Compressed; data: Compressed; total: Compressed; requests: number; urls: string[] }

function classify(url: string): keyof Omit<Transfer, 'total' | 'requests' | 'urls'> {
  if (/\.m?js$/.test(url)) return 'js';
  if (/\.css$/.test(url)) return 'css';
  if (/(\/|\.html)$/.test(url)) return 'html';
  return 'data';
}

/** Sums the compressed bytes of the same-origin files `urls` map to in `dist`; `keep` filters paths. */
export function transfer(dist: string, origin: string, urls: string[], keep: (path: string) => boolean = () => true): Transfer {
  const zero = (): Compressed => ({ raw: 0, gzip: 0, brotli: 0 });
  const t: Transfer = { js: zero(), css: zero(), html: zero(), data: zero(), total: zero(), requests: 0, urls: [] };
  for (const u of new Set(urls)) {
    if (!u.startsWith(origin)) continue;
    const path = new URL(u).pathname;
    if (!keep(path)) continue;
    const file = urlToFile(dist, path);
    if (!file) continue;
    const c = fileCompressed(file);
    for (const sum of [t[classify(file)], t.total]) { sum.raw += c.raw; sum.gzip += c.gzip; sum.brotli += c.brotli; }
    t.requests++;
    t.urls.push(path);
  }
  return t;
}

function record(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

export interface FirstResult { transfer: Transfer; ms: number }

/** Opens the home page, types `query`, and counts what was downloaded until a result shows. */
export async function oursFirstResult(browser: Browser, base: string, dist: string, query: string, sel: Selectors, keep?: (path: string) => boolean): Promise<FirstResult | { missing: string }> {
  const page = await browser.newPage();
  try {
    const urls = record(page);
    const started = Date.now();
    await page.goto(`${base}/`, { waitUntil: 'load' });
    const input = page.locator(sel.input).first();
    // The search field may be rendered by an island after load: give it time to appear.
    try { await input.waitFor({ state: 'visible', timeout: 60_000 }); } catch { return { missing: 'search not merged: no search field on the home page' }; }
    await input.fill(query);
    await page.locator(sel.result).first().waitFor({ state: 'visible', timeout: 30_000 });
    return { transfer: transfer(dist, base, [...urls], keep), ms: Date.now() - started };
  } catch (e) {
    return { missing: `search did not show a result: ${(e as Error).message.split('\n')[0]}` };
  } finally {
    await page.close();
  }
}

/** JavaScript the home page loads on its own (after load and a quiet network), with a filter for map code. */
export async function homeJs(browser: Browser, base: string, dist: string, keep?: (path: string) => boolean): Promise<Transfer> {
  const page = await browser.newPage();
  const urls = record(page);
  await page.goto(`${base}/`, { waitUntil: 'networkidle' });
  await page.close();
  return transfer(dist, base, urls, keep);
}

export const PEER_DIR = '_pagefind_peer';

/** Indexes the Romanian provider pages with Pagefind into `<dist>/_pagefind_peer/` and writes a harness page. */
export async function buildPagefind(dist: string): Promise<{ seconds: number; ok: boolean; log: string }> {
  rmSync(join(dist, PEER_DIR), { recursive: true, force: true });
  const started = performance.now();
  const bin = join('node_modules', '.bin', 'pagefind');
  const child = spawn(bin, ['--site', dist, '--output-subdir', PEER_DIR, '--glob', 'providers/**/*.html', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => { log += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { log += d.toString(); });
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  mkdirSync(join(dist, PEER_DIR), { recursive: true });
  // The harness: an empty Romanian page that loads Pagefind's JS API and shows results as they come.
  // It carries no policy of the site's: Pagefind's WebAssembly needs 'wasm-unsafe-eval', which the
  // site itself never allows (astro.config.mjs), and the bench's server sends no CSP header.
  writeFileSync(join(dist, PEER_DIR, 'harness.html'), `<!doctype html><html lang="ro"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><input id="q" type="search"><ol id="r"></ol>
<script type="module">
const pagefind = await import('/${PEER_DIR}/pagefind.js');
await pagefind.options({ basePath: '/${PEER_DIR}/' });
const list = document.getElementById('r');
window.pfQuery = async (q, count = 10) => {
  const t0 = performance.now();
  const search = await pagefind.search(q);
  const data = await Promise.all(search.results.slice(0, count).map((r) => r.data()));
  const ms = performance.now() - t0;
  list.replaceChildren(...data.map((d) => { const li = document.createElement('li'); li.dataset.result = ''; li.textContent = d.meta?.title ?? d.url; return li; }));
  return { ms, results: search.results.length };
};
window.pfReady = true;
</script></body></html>`);
  return { seconds: (performance.now() - started) / 1000, ok: code === 0, log };
}

export interface PagefindFigures { firstResult: FirstResult; query?: { median: number; p95: number }; results: number }

/** Bytes until Pagefind shows a first result for `query`, then per-keystroke query time. */
export async function pagefindFirstResult(browser: Browser, base: string, dist: string, query: string): Promise<PagefindFigures | { missing: string }> {
  if (!existsSync(join(dist, PEER_DIR, 'pagefind.js'))) return { missing: 'Pagefind index missing' };
  const page = await browser.newPage();
  try {
    const urls = record(page);
    const started = Date.now();
    await page.goto(`${base}/${PEER_DIR}/harness.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { pfReady?: boolean }).pfReady === true);
    const first = await page.evaluate((q) => (window as unknown as { pfQuery: (q: string, n: number) => Promise<{ results: number }> }).pfQuery(q, 1), query);
    await page.locator('[data-result]').first().waitFor({ state: 'visible' });
    const bytes = transfer(dist, base, [...urls].filter((u) => !u.endsWith('/harness.html')));
    // Per keystroke: each prefix of the query (and of a second one), ten results' data each time.
    const times: number[] = [];
    for (const q of [query, 'centrul de zi']) {
      for (let i = 1; i <= q.length; i++) {
        const r = await page.evaluate((p) => (window as unknown as { pfQuery: (q: string) => Promise<{ ms: number }> }).pfQuery(p), q.slice(0, i));
        times.push(r.ms);
      }
    }
    return { firstResult: { transfer: bytes, ms: Date.now() - started }, query: percentiles(times), results: first.results };
  } catch (e) {
    return { missing: `Pagefind harness failed: ${(e as Error).message.split('\n')[0]}` };
  } finally {
    await page.close();
  }
}
