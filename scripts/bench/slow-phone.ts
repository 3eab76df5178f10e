/**
 * "First result on a slow phone": what a new reader on a cheap phone and a slow network waits for.
 *
 * Chromium emulates slow 4G (1.6 Mbps down, 750 kbps up, 150 ms round trip, via CDP
 * Network.emulateNetworkConditions) and a CPU four times slower (Emulation.setCPUThrottlingRate),
 * with a cold cache (a new browser context per load), the service worker blocked, and the site served
 * gzipped (scripts/serve-static.ts). Each load opens `/?q=<query>` and times, from navigation start,
 * the first result row drawn (a MutationObserver in the page, then the next animation frame).
 *
 * Three sides, each the median of `runs` cold loads:
 * - ours: the home page with its search;
 * - Pagefind's default UI (pagefind-ui.js, as its documentation shows it) over the same built site,
 *   placed in a copy of our home page where our search island was, reading `?q=` with `triggerSearch`;
 * - the floor: the same home page with JavaScript off, to its first paint and its load event.
 *
 * Every request made before our first result is kept, so the bench can say whether anything the
 * first result does not need (fuse.js, the map, the shortlist page) was fetched before it.
 *
 * Runnable alone: npx tsx scripts/bench/slow-phone.ts <built site dir> [--query cantina] [--port 4436] [--runs 3]
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { PEER_DIR, buildPagefind, launch, serve } from './browser';

export const SLOW_4G = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 } as const;
export const CPU_SLOWDOWN = 4;

/** Where the first result shows, per side. */
export const RESULT_SELECTORS = { ours: '.search-app__list > li, [data-search-result]', pagefind: '.pagefind-ui__result' } as const;

/** Files that the first result does not need: fetching one before it is a defect. */
export const NOT_BEFORE_FIRST_RESULT = /\/(fuse|map-engine|map-index|map-assets|MapView|MapPage|leaflet[^/]*|ShortlistApp|ReferralSheet|EntryBuilder)[.-][^/]*$/;

export interface Load {
  /** Navigation start to the first result drawn, ms; undefined when none showed. */
  firstResultMs?: number;
  /** First contentful paint and load event, ms from navigation start. */
  fcpMs?: number;
  loadMs?: number;
  /** Our page's own marks (src/client/search/start-data.ts): search data in hand, and the engine's build time, ms. */
  dataMs?: number;
  engineMs?: number;
  /** Same-origin requests started before the first result (or before load for the floor), paths with their start in ms. */
  requests: Array<{ path: string; startMs: number }>;
  error?: string;
}

export interface SideFigures { medianMs?: number; fcpMedianMs?: number; loadMedianMs?: number; dataMedianMs?: number; engineMedianMs?: number; runs: Load[] }

export interface SlowPhoneFigures {
  query: string;
  ours: SideFigures;
  pagefind: SideFigures | { missing: string };
  floor: SideFigures;
  /** Requests before our first result that it does not need (from every run). */
  early: string[];
}

const median = (xs: Array<number | undefined>): number | undefined => {
  const v = xs.filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
};

/** Installed before any page script: records when the first element matching `selector` is drawn. */
const WATCH = `(selector) => {
  const w = window;
  w.__firstResult = undefined;
  const check = () => {
    const el = document.querySelector(selector);
    if (!el || w.__firstResult !== undefined) return false;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return false;
    requestAnimationFrame(() => { if (w.__firstResult === undefined) w.__firstResult = performance.now(); });
    return true;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}`;

async function emulate(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/** One cold load of `url`; waits for `selector` when given, else for the load event. */
export async function coldLoad(browser: Browser, url: string, selector: string | undefined, javaScript = true): Promise<Load> {
  const context = await browser.newContext({ serviceWorkers: 'block', javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const requests: Array<{ url: string; epoch: number }> = [];
  page.on('request', (r) => { if (r.url().startsWith(origin)) requests.push({ url: r.url(), epoch: Date.now() }); });
  try {
    await emulate(context, page);
    if (selector) await page.addInitScript(`(${WATCH})(${JSON.stringify(selector)})`);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (selector) await page.waitForFunction(() => (window as unknown as { __firstResult?: number }).__firstResult !== undefined, undefined, { timeout: 120_000, polling: 100 });
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const data = performance.getEntriesByName('search-data', 'mark')[0];
      const engine = performance.getEntriesByName('search-engine', 'measure')[0];
      return { origin: performance.timeOrigin, first: (window as unknown as { __firstResult?: number }).__firstResult, fcp: fcp?.startTime, load: nav?.loadEventStart, data: data?.startTime, engine: engine?.duration };
    });
    const until = t.first ?? t.load ?? Infinity;
    return {
      ...(t.first !== undefined ? { firstResultMs: t.first } : {}),
      ...(t.fcp !== undefined ? { fcpMs: t.fcp } : {}),
      ...(t.load !== undefined ? { loadMs: t.load } : {}),
      ...(t.data !== undefined ? { dataMs: t.data } : {}),
      ...(t.engine !== undefined ? { engineMs: t.engine } : {}),
      // Request events reach Node a little late; the page's clock places them, within a few ms.
      requests: requests.map((r) => ({ path: new URL(r.url).pathname, startMs: r.epoch - t.origin })).filter((r) => r.startMs <= until),
    };
  } catch (e) {
    return { requests: [], error: (e as Error).message.split('\n')[0] ?? 'failed' };
  } finally {
    await context.close();
  }
}

async function side(browser: Browser, url: string, selector: string | undefined, runs: number, javaScript = true): Promise<SideFigures> {
  const loads: Load[] = [];
  for (let i = 0; i < runs; i++) loads.push(await coldLoad(browser, url, selector, javaScript));
  return {
    ...(selector ? { medianMs: median(loads.map((l) => l.firstResultMs)) } : {}),
    fcpMedianMs: median(loads.map((l) => l.fcpMs)),
    loadMedianMs: median(loads.map((l) => l.loadMs)),
    dataMedianMs: median(loads.map((l) => l.dataMs)),
    engineMedianMs: median(loads.map((l) => l.engineMs)),
    runs: loads,
  };
}

const PEER_PAGE = 'ui/index.html';

/**
 * Writes Pagefind's default UI into a copy of our home page (`/_pagefind_peer/ui/`): our island out,
 * Pagefind's documented snippet in, plus `triggerSearch` for `?q=`. Our meta CSP goes, since its
 * hashes do not cover Pagefind's inline start-up script.
 */
export function writePagefindUiPage(dist: string): string | undefined {
  const home = join(dist, 'index.html');
  if (!existsSync(join(dist, PEER_DIR, 'pagefind-ui.js')) || !existsSync(home)) return undefined;
  const html = readFileSync(home, 'utf8')
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
    .replace(/<astro-island[\s\S]*?<\/astro-island>/, `<link href="/${PEER_DIR}/pagefind-ui.css" rel="stylesheet">
<script src="/${PEER_DIR}/pagefind-ui.js"></script>
<div id="pagefind-search"></div>
<script>
  window.addEventListener('DOMContentLoaded', () => {
    const ui = new PagefindUI({ element: '#pagefind-search', showSubResults: true });
    const q = new URLSearchParams(location.search).get('q');
    if (q) ui.triggerSearch(q);
  });
</script>`);
  mkdirSync(join(dist, PEER_DIR, 'ui'), { recursive: true });
  writeFileSync(join(dist, PEER_DIR, PEER_PAGE), html);
  return `/${PEER_DIR}/ui/`;
}

/** Ours, Pagefind's UI and the HTML alone, `runs` cold loads each, over the site served at `base`. */
export async function measureSlowPhone(browser: Browser, base: string, dist: string, query: string, runs = 3): Promise<SlowPhoneFigures> {
  const q = `?q=${encodeURIComponent(query)}`;
  const ours = await side(browser, `${base}/${q}`, RESULT_SELECTORS.ours, runs);
  const peerPath = writePagefindUiPage(dist);
  const pagefind = peerPath ? await side(browser, `${base}${peerPath}${q}`, RESULT_SELECTORS.pagefind, runs) : { missing: 'Pagefind index missing' };
  const floor = await side(browser, `${base}/${q}`, undefined, runs, false);
  const early = [...new Set(ours.runs.flatMap((r) => r.requests.map((x) => x.path)).filter((p) => NOT_BEFORE_FIRST_RESULT.test(p)))];
  return { query, ours, pagefind, floor, early };
}

/** The requests of the run with the median time, as `path@ms`: the waterfall behind the figure. */
export function medianWaterfall(s: SideFigures): string {
  const done = s.runs.filter((r) => r.firstResultMs !== undefined).sort((a, b) => a.firstResultMs! - b.firstResultMs!);
  const run = done[Math.floor((done.length - 1) / 2)];
  if (!run) return '';
  return run.requests.map((r) => `${r.path.replace(/^\/_astro\//, '').replace(/\.[\w-]{8}\.js$/, '.js')}@${Math.round(r.startMs)}`).join(', ');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const get = (name: string) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
  const dist = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')) ?? 'dist';
  if (!existsSync(join(dist, PEER_DIR, 'pagefind-ui.js'))) await buildPagefind(dist);
  const server = await serve(dist, Number(get('port') ?? process.env.BENCH_PORT ?? 4436));
  const browser = await launch();
  try {
    const f = await measureSlowPhone(browser, server.url, dist, get('query') ?? 'cantina', Number(get('runs') ?? 3));
    const s = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
    const runs = (x: SideFigures, key: 'firstResultMs' | 'fcpMs') => x.runs.map((r) => r.error ?? s(r[key])).join(' / ');
    console.log(`ours:     first result ${s(f.ours.medianMs)} (${runs(f.ours, 'firstResultMs')}); first paint ${s(f.ours.fcpMedianMs)}; data in ${s(f.ours.dataMedianMs)}, engine built in ${s(f.ours.engineMedianMs)}`);
    if ('runs' in f.pagefind) console.log(`pagefind: first result ${s(f.pagefind.medianMs)} (${runs(f.pagefind, 'firstResultMs')}); first paint ${s(f.pagefind.fcpMedianMs)}`);
    else console.log(`pagefind: ${f.pagefind.missing}`);
    console.log(`floor:    first paint ${s(f.floor.fcpMedianMs)} (${runs(f.floor, 'fcpMs')}); load ${s(f.floor.loadMedianMs)}`);
    console.log(`before our first result (median run): ${medianWaterfall(f.ours)}`);
    console.log(`not needed but fetched before it: ${f.early.join(', ') || 'none'}`);
  } finally {
    await browser.close();
    server.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
