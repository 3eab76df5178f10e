/**
 * Search+filter time per keystroke in Chromium, ours beside a plain fuse.js scan.
 *
 * Both sides search the whole country: the island is asked to load every county shard first.
 * Ours: the search island marks every search with `performance.measure('search')` around the
 * engine call (filters, prefix matching, typo fallback, facet counts, sort). We type the query key
 * by key with a category filter and an "open on Tuesday 10:00" filter applied, and read one
 * measure per keystroke.
 * Peer: in the same page, fuse.js over the same records with every field as a key (the obvious
 * implementation), searching each prefix of the query and then applying the same category filter.
 *
 * Used by `npm run bench` (scripts/bench/hooks.ts) and runnable alone:
 *   npx tsx scripts/bench/search-latency.ts <built site dir> [--query cantina] [--port 4382] [--rounds 3]
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { launch, serve } from './browser';
import { percentiles } from './table';
import type { BenchContext, SearchFigures } from './hooks';

/** Where `npm run bench` types and what counts as a result. */
export const selectors = { input: '#search-q', result: '.search-app__list > li' };

export interface SearchLatencyOptions {
  baseUrl: string;
  browser: Browser;
  query: string;
  /** How many times the query is typed; every keystroke is one sample. */
  rounds?: number;
}

export interface SearchLatencyFigures extends SearchFigures {
  /** Raw per-keystroke samples, ms. */
  samples: { ours: number[]; peer: number[]; commit: number[] };
  /** Rows in the index and the filter used. */
  rows: number;
  filter: string;
}

const FUSE_URL = '/__bench/fuse.mjs';

/** In the page: the whole country's rows (every shard), merged as the island merges them. */
const LOAD_ALL = `async () => {
  const m = await (await fetch('/data/search/ro/index.json')).json();
  const parts = await Promise.all(m.shards.map(async (s) => (await fetch('/data/search/ro/' + s.id + '.json')).json()));
  const seen = new Set(); const entries = [];
  // Shards are served by column with positions as differences (src/lib/search/shards.ts, decodeShard).
  const byRow = (cols) => cols[0].map((_, i) => cols.map((c) => c[i]));
  for (const file of parts) {
    let at = 0;
    const part = { rows: byRow(file.rows), providers: byRow(file.providers), order: file.order.map((d, i) => (at = i === 0 ? d : at + d)) };
    part.rows.forEach((row, i) => { const o = part.order[i]; if (!seen.has(o)) { seen.add(o); entries.push({ o, row, provider: part.providers[row[1]] }); } });
  }
  entries.sort((a, b) => a.o - b.o);
  const providers = []; const pos = new Map();
  const rows = entries.map(({ row, provider }) => { let p = pos.get(provider[0]); if (p === undefined) { p = providers.length; pos.set(provider[0], p); providers.push(provider); } const c = row.slice(); c[1] = p; return c; });
  return { ...m, providers, rows };
}`;

/** Waits for the island, then loads every county (the worst case: the whole country searched). */
async function readySearch(page: Page): Promise<void> {
  await page.waitForSelector('.search-app[data-state="ready"]', { timeout: 120_000 });
  const all = page.locator('.search-app__scope button');
  if (await all.count()) {
    await all.click();
    await page.waitForSelector('.search-app__scope', { state: 'detached', timeout: 120_000 });
  }
}

/** The most common category in the data: a filter that keeps a realistic share of rows. */
async function chooseFilter(page: Page): Promise<{ cat: string; rows: number }> {
  return page.evaluate(async (loadAll) => {
    // The loader is shared as source text with fuseScan, so it is rebuilt from that text here.
    const data = (await (new Function(`return (${loadAll})`)() as () => Promise<{ cats: string[]; rows: Array<unknown[]> }>)());
    const tally = new Map<number, number>();
    for (const row of data.rows) for (const c of row[4] as number[]) tally.set(c, (tally.get(c) ?? 0) + 1);
    const [best] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? [0];
    return { cat: data.cats[best] ?? '', rows: data.rows.length };
  }, LOAD_ALL);
}

async function typeAndMeasure(page: Page, query: string, rounds: number): Promise<{ search: number[]; commit: number[] }> {
  const input = page.locator(selectors.input);
  const samples: number[] = [];
  const commit: number[] = [];
  for (let round = 0; round < rounds; round++) {
    await input.fill('');
    await page.waitForFunction(() => (document.querySelector('#search-q') as HTMLInputElement | null)?.value === '');
    for (const ch of query) {
      await page.evaluate(() => { performance.clearMeasures('search'); performance.clearMeasures('search-commit'); });
      await input.press(ch === ' ' ? 'Space' : ch);
      const handle = await page.waitForFunction(() => {
        const m = performance.getEntriesByName('search', 'measure');
        return m.length ? m[m.length - 1]!.duration : null;
      });
      samples.push((await handle.jsonValue()) as number);
      const done = await page.waitForFunction(() => performance.getEntriesByName('search-commit', 'measure')[0]?.duration ?? null);
      commit.push((await done.jsonValue()) as number);
    }
  }
  return { search: samples, commit };
}

async function fuseScan(page: Page, query: string, rounds: number, cat: string): Promise<{ samples: number[]; indexMs: number }> {
  return page.evaluate(async ({ url, query, rounds, cat, loadAll }) => {
    const { default: Fuse } = (await import(url)) as { default: new (list: unknown[], opts: unknown) => { search: (q: string) => Array<{ item: { cats: string[] } }> } };
    type Data = { cats: string[]; catText: string[]; types: string[]; typeText: string[]; areas: string[]; langs: string[]; providers: string[][]; rows: Array<unknown[]> };
    const data = (await (new Function(`return (${loadAll})`)() as () => Promise<Data>)());
    // Every field of every record, as a plain implementation would index them.
    const records = data.rows.map((r) => {
      const p = data.providers[r[1] as number]!;
      return {
        name: r[2], text: r[3], provider: p[1], alternate: p[2], phone: p[3],
        cats: (r[4] as number[]).map((i) => data.cats[i]!),
        catLabels: (r[4] as number[]).map((i) => data.catText[i]!),
        typeLabels: (r[5] as number[]).map((i) => data.typeText[i]!),
        areas: (r[6] as number[]).map((i) => data.areas[i]!),
        langs: (r[7] as number[]).map((i) => data.langs[i]!),
      };
    });
    const t0 = performance.now();
    const fuse = new Fuse(records, { keys: ['name', 'text', 'provider', 'alternate', 'phone', 'catLabels', 'typeLabels', 'areas', 'langs'], threshold: 0.3 });
    const indexMs = performance.now() - t0;
    const samples: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (let i = 1; i <= query.length; i++) {
        const start = performance.now();
        fuse.search(query.slice(0, i)).filter((r) => r.item.cats.includes(cat));
        samples.push(performance.now() - start);
      }
    }
    return { samples, indexMs };
  }, { url: FUSE_URL, query, rounds, cat, loadAll: LOAD_ALL });
}

/** Measures both sides on a site already served at `baseUrl`. */
export async function measureSearchLatency(opts: SearchLatencyOptions): Promise<SearchLatencyFigures> {
  const rounds = opts.rounds ?? 3;
  // The measuring code is injected into the page (and the fuse.js peer with it); the site's CSP
  // would refuse it, and CSP has no bearing on search time. The service worker is blocked: requests it
  // answers bypass page.route, so once installed it would hide the injected peer.
  const context = await opts.browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    const fuseSource = readFileSync(join(dirname(createRequire(import.meta.url).resolve('fuse.js')), 'fuse.min.mjs'), 'utf8');
    await page.route(`**${FUSE_URL}`, (route) => route.fulfill({ body: fuseSource, contentType: 'text/javascript' }));
    await page.goto(`${opts.baseUrl}/`);
    await readySearch(page);
    const { cat, rows } = await chooseFilter(page);
    const filter = `cat=${cat}&open=tu-10:00`;
    await page.goto(`${opts.baseUrl}/?${filter}`);
    await readySearch(page);
    const typed = await typeAndMeasure(page, opts.query, rounds);
    const ours = typed.search;
    const commit = percentiles(typed.commit)!;
    const peer = await fuseScan(page, opts.query, rounds, cat);
    const o = percentiles(ours)!;
    const p = percentiles(peer.samples)!;
    return {
      ours: o,
      peer: { name: 'fuse.js scan, all fields', ...p },
      note: `${rows} rows, filter ${filter}, ${ours.length} keystrokes; keystroke to updated list (React commit) median ${commit.median.toFixed(1)} ms, p95 ${commit.p95.toFixed(1)} ms; fuse.js index build ${peer.indexMs.toFixed(0)} ms (not counted)`,
      samples: { ours, peer: peer.samples, commit: typed.commit },
      rows,
      filter,
    };
  } finally {
    await context.close();
  }
}

/** The hook `npm run bench` calls. */
export async function measure(ctx: BenchContext): Promise<SearchLatencyFigures> {
  return measureSearchLatency({ baseUrl: ctx.baseUrl, browser: ctx.browser, query: ctx.query });
}
export default measure;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const flag = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
  const dist = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!dist) {
    console.error('usage: npx tsx scripts/bench/search-latency.ts <built site dir> [--query cantina] [--port 4382] [--rounds 3]');
    process.exit(2);
  }
  const server = await serve(dist, Number(flag('port') ?? 4382));
  const browser = await launch();
  try {
    const f = await measureSearchLatency({ baseUrl: server.url, browser, query: flag('query') ?? 'cantina', rounds: Number(flag('rounds') ?? 3) });
    const fmt = (l: { median: number; p95: number }) => `median ${l.median.toFixed(2)} ms, p95 ${l.p95.toFixed(2)} ms`;
    console.log(`ours (bitset filters + prefix index): ${fmt(f.ours!)}`);
    console.log(`peer (${f.peer!.name}): ${fmt(f.peer!)}`);
    console.log(f.note);
  } finally {
    await browser.close();
    server.stop();
  }
}
