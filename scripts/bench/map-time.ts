/**
 * Map ready time: how long from mounting the map until its markers and clusters are first drawn,
 * for this site's MapView (Leaflet + supercluster) and for the peer, Leaflet.markercluster, on the
 * same seeded synthetic points, in Chromium, with and without a 4x CPU slowdown.
 *
 *   npx tsx scripts/bench/map-time.ts                 # 1k, 10k, 50k; CPU 1x and 4x; 3 runs each
 *   npx tsx scripts/bench/map-time.ts 10000 --runs 5  # one size
 *
 * Both harness pages (scripts/bench/map-harness/) are bundled with Vite into .bench/map-harness and
 * served from a throw-away HTTP server on 127.0.0.1. Chromium resolves no other host name, so tile
 * requests fail at once, as offline (request interception would add its own delay to every file). "Ready" is the span between the page's `map-start` mark (set before
 * the map code is imported) and `map-ready` (MapView emits it when the first markers are drawn; the
 * peer page sets it when `addLayers` has returned and the group is on the map), so both include
 * loading Leaflet, its CSS, clustering and drawing, and neither includes generating the points.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MapPoint } from '../../src/lib/map/core';
// The synthetic generator's seeded PRNG: the same points on every run and machine.
import { prng } from '../synthetic/generate';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const HARNESS_SRC = join(ROOT, 'scripts/bench/map-harness');
const HARNESS_OUT = join(ROOT, '.bench/map-harness');

export type MapImpl = 'mapview' | 'markercluster';

export interface MapTimeOptions {
  /** Numbers of points; default 1,000, 10,000 and 50,000. */
  sizes?: number[];
  /** CPU slowdown factors (CDP Emulation.setCPUThrottlingRate); default 1 and 4. */
  cpuRates?: number[];
  /** Page loads per measurement; the median is reported. Default 3. */
  runs?: number;
  /** Which implementations; default both. */
  impls?: MapImpl[];
  /** Reuse an already bundled harness in .bench/map-harness. */
  skipBuild?: boolean;
  /** Give up on one page load after this many ms (the peer at 50k with 4x slowdown is slow). Default 120,000. */
  timeoutMs?: number;
  /** Print progress and the table (default true when run alone). */
  log?: boolean;
  /** Chromium to use; default as in playwright.config.ts. */
  executablePath?: string;
  /** Use these points instead of generated ones (the first `size` of them are used per size). */
  points?: MapPoint[];
}

export interface MapTimeResult {
  impl: MapImpl;
  size: number;
  cpuRate: number;
  /** Median ready time in ms, or undefined when every run failed or timed out. */
  medianMs?: number;
  runsMs: number[];
  /** Median of the part after the code and CSS have loaded (map-create → map-ready): creating the map, clustering, drawing. */
  drawMedianMs?: number;
  drawRunsMs: number[];
  /** Markers and clusters drawn at first view (MapView only; the peer draws into its own layers). */
  drawn?: number;
  error?: string;
}


/**
 * N synthetic points inside Romania's bounding box, a third of them around Cluj-Napoca (where
 * services concentrate), every seventh one approximate. Deterministic for a given seed.
 */
export function syntheticMapPoints(n: number, seed = 20261125): MapPoint[] {
  const rnd = prng(seed);
  const points: MapPoint[] = [];
  for (let i = 0; i < n; i++) {
    const nearCluj = rnd() < 1 / 3;
    const lat = nearCluj ? 46.72 + rnd() * 0.12 : 43.7 + rnd() * 4.5;
    const lng = nearCluj ? 23.5 + rnd() * 0.2 : 20.3 + rnd() * 9.3;
    points.push({
      id: `synthetic-${i}/loc`,
      name: `Serviciu sintetic ${i}`,
      lat: Math.round(lat * 1e5) / 1e5,
      lng: Math.round(lng * 1e5) / 1e5,
      precision: i % 7 === 0 ? 'approximate' : 'exact',
      href: `/providers/synthetic-${i}/`,
    });
  }
  return points;
}

/** Bundles the two harness pages with Vite (the same bundler the site uses). */
export async function buildMapHarness(): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: HARNESS_SRC,
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: {
      outDir: HARNESS_OUT,
      emptyOutDir: true,
      rollupOptions: { input: { ours: join(HARNESS_SRC, 'ours.html'), peer: join(HARNESS_SRC, 'peer.html') } },
    },
    oxc: { jsx: { runtime: 'automatic' } },
  } as Parameters<typeof build>[0]);
}

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml' };

function median(xs: number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function defaultChromium(): string | undefined {
  const setting = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : 'playwright');
  return setting === 'playwright' ? undefined : setting;
}

/** Serves the bundled harness on a free loopback port. */
async function serveHarness(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const file = join(HARNESS_OUT, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(HARNESS_OUT) || !existsSync(file) || !extname(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function measureOnce(browser: Browser, origin: string, impl: MapImpl, points: MapPoint[], cpuRate: number, timeoutMs: number): Promise<{ ms: number; drawMs: number; drawn?: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    // The points are in place before any page script runs, as they would be in the page's HTML.
    await context.addInitScript((json: string) => { (window as unknown as { __BENCH_POINTS__: unknown }).__BENCH_POINTS__ = JSON.parse(json); }, JSON.stringify(points));
    const page = await context.newPage();
    if (cpuRate !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    }
    await page.goto(`${origin}/${impl === 'mapview' ? 'ours' : 'peer'}.html`);
    await page.waitForFunction(
      () => performance.getEntriesByName('map-ready').length > 0 || (window as unknown as { __BENCH_ERROR__?: string }).__BENCH_ERROR__ !== undefined,
      undefined,
      { timeout: timeoutMs, polling: 50 },
    );
    return await page.evaluate(() => {
      const err = (window as unknown as { __BENCH_ERROR__?: string }).__BENCH_ERROR__;
      if (err) throw new Error(err);
      const start = performance.getEntriesByName('map-start')[0]!.startTime;
      const create = performance.getEntriesByName('map-create')[0]!.startTime;
      const ready = performance.getEntriesByName('map-ready')[0]!.startTime;
      const drawn = document.querySelector<HTMLElement>('[data-markers]')?.dataset.markers;
      return { ms: ready - start, drawMs: ready - create, drawn: drawn === undefined ? undefined : Number(drawn) };
    });
  } finally {
    await context.close();
  }
}

/** Measures map ready time for each implementation, size and CPU rate; returns one row per combination. */
export async function measureMapTime(options: MapTimeOptions = {}): Promise<MapTimeResult[]> {
  const sizes = options.sizes ?? [1_000, 10_000, 50_000];
  const cpuRates = options.cpuRates ?? [1, 4];
  const runs = options.runs ?? 3;
  const impls = options.impls ?? ['mapview', 'markercluster'];
  const timeoutMs = options.timeoutMs ?? 120_000;
  const log = options.log ? (s: string) => process.stderr.write(`${s}\n`) : () => {};

  if (!options.skipBuild || !existsSync(join(HARNESS_OUT, 'ours.html'))) {
    log('map bench: bundling the harness pages');
    await buildMapHarness();
  }
  const browser = await chromium.launch({
    executablePath: options.executablePath ?? defaultChromium(),
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      // No network: every host but loopback fails to resolve.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const { server, origin } = await serveHarness();
  const results: MapTimeResult[] = [];
  try {
    const all = options.points ?? syntheticMapPoints(Math.max(...sizes));
    for (const size of sizes) {
      const points = all.slice(0, size);
      for (const cpuRate of cpuRates) {
        for (const impl of impls) {
          const row: MapTimeResult = { impl, size, cpuRate, runsMs: [], drawRunsMs: [] };
          for (let r = 0; r < runs; r++) {
            try {
              const { ms, drawMs, drawn } = await measureOnce(browser, origin, impl, points, cpuRate, timeoutMs);
              row.runsMs.push(Math.round(ms * 10) / 10);
              row.drawRunsMs.push(Math.round(drawMs * 10) / 10);
              if (drawn !== undefined) row.drawn = drawn;
            } catch (e) {
              row.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
              break; // a timeout will repeat; do not spend minutes on it
            }
          }
          row.medianMs = median(row.runsMs);
          row.drawMedianMs = median(row.drawRunsMs);
          log(`map bench: ${impl} ${size} points, CPU ${cpuRate}x: ${row.medianMs === undefined ? `failed (${row.error})` : `ready ${row.medianMs} ms, of which create+cluster+draw ${row.drawMedianMs} ms`} [${row.runsMs.join(', ')}]`);
          results.push(row);
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

/** The results as a plain-text table: one line per size and CPU rate, ours beside the peer. */
export function formatMapTimeTable(results: MapTimeResult[], targetMs = 300, targetSize = 10_000): string {
  const ms = (v?: number) => (v === undefined ? '' : `${Math.round(v)}`);
  const cell = (r?: MapTimeResult) => (r === undefined ? '—' : r.medianMs === undefined ? 'failed' : `${ms(r.medianMs)} ms (${ms(r.drawMedianMs)})`);
  const lines = [
    'ready = map code loaded + map created + clustered + first drawn; (in brackets: the part after the code and CSS arrived)',
    'points   CPU   MapView (supercluster)   Leaflet.markercluster   target',
  ];
  const keys = [...new Set(results.map((r) => `${r.size}:${r.cpuRate}`))];
  for (const key of keys) {
    const [size, cpuRate] = key.split(':').map(Number) as [number, number];
    const ours = results.find((r) => r.impl === 'mapview' && r.size === size && r.cpuRate === cpuRate);
    const peer = results.find((r) => r.impl === 'markercluster' && r.size === size && r.cpuRate === cpuRate);
    const target = size === targetSize ? (ours?.medianMs !== undefined && ours.medianMs <= targetMs ? `≤ ${targetMs} ms: met` : `≤ ${targetMs} ms: MISSED`) : '';
    lines.push(`${String(size).padStart(6)}  ${String(cpuRate).padStart(3)}x  ${cell(ours).padStart(23)}  ${cell(peer).padStart(22)}   ${target}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : undefined;
  const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs').map(Number);
  const results = await measureMapTime({
    sizes: sizes.length ? sizes : undefined,
    runs,
    cpuRates: args.includes('--no-throttle') ? [1] : undefined,
    skipBuild: args.includes('--skip-build'),
    log: true,
  });
  console.log('\nMap ready time (median; from mounting the map to its first drawn markers; tiles blocked)');
  console.log(formatMapTimeTable(results));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
