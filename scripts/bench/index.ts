/**
 * `npm run bench [-- --sizes 1000,10000,50000] [--seed 1] [--port 4336] [--no-browser] [--no-rebuild] [--smoke] [--site dist]`
 *
 * For each size: generate synthetic content (.bench/content-<n>), build the site from it
 * (.bench/dist-<n>), weigh every page type, then in Chromium count the bytes downloaded before the
 * first search result, beside Pagefind over the same site, time the first result on an emulated slow
 * phone beside Pagefind's UI and the HTML alone (scripts/bench/slow-phone.ts), and run the search and
 * map hooks (scripts/bench/hooks.ts). `--site dist` measures an already built site (the real one)
 * instead of synthetic sizes: every figure but the build's. Prints ONE table, each figure with its peer, its target and PASS/MISS,
 * and writes it to .bench/results-<date>.md with the raw figures as JSON.
 * Each build starts with an empty content cache (a first build); unless --no-rebuild, one provider
 * file is then corrected and the site built again with the cache warm (a pull request's rebuild).
 * A minimal Astro site of as many trivial pages is built in the same run, the peer for ms per page.
 * `--smoke` (npm run bench:smoke) runs 1k and fails only if the build or the table fails: no timing
 * assertions, so it can run in CI on any machine.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeSynthetic } from '../generate-synthetic';
import { buildPhases, timedBuild, type BuildResult } from './build';
import { minimalAstroBuild } from './astro-baseline';
import { contentCacheDir } from '../../src/build/content-cache';
import { htmlUrls, largest, pageWeight, providerPages, type Compressed, type PageWeight } from './bytes';
import { PEER_DIR, buildPagefind, homeJs, launch, oursFirstResult, pagefindFirstResult, serve } from './browser';
import { browsableWithoutJs } from './browsable';
import { measureMap, measureSearch, searchSelectors, type BenchContext } from './hooks';
import { measureSlowPhone, medianWaterfall, type SlowPhoneFigures } from './slow-phone';
import { kb, markdownTable, mb, ms, sec, verdict, type Row } from './table';

/**
 * The generator's own source, hashed: cached content is regenerated whenever the generator changes,
 * so a bench never builds content that the current generator (and validate) would not produce.
 */
const GENERATOR_VERSION = createHash('sha256')
  .update(['scripts/synthetic/generate.ts', 'scripts/synthetic/data.ts', 'scripts/generate-synthetic.ts'].map((f) => readFileSync(f, 'utf8')).join('\0'))
  .digest('hex').slice(0, 12);
const QUERY = 'cantina';
/** Fixed so that two runs build the same site (freshness labels depend on it). */
const BUILD_DATE = '2026-11-24';

interface Options { sizes: number[]; seed: number; port: number; browser: boolean; smoke: boolean; skipBuild: boolean; rebuild: boolean; site?: string }

const USAGE = `npm run bench [-- options]
  --sizes 1000,10000,50000  synthetic sizes to generate, build and measure (default all three)
  --site dist               measure an already built site instead (every figure but the build's)
  --seed 1                  the generator's seed
  --port 4336               the local server's port (or BENCH_PORT)
  --no-browser              build figures only
  --no-rebuild              skip the rebuild after one corrected file
  --skip-build              re-measure the site already in .bench/dist-<n>
  --smoke                   1,000 providers, no timing assertions (CI)
  --help                    this text`;

const WITH_VALUE = new Set(['--sizes', '--site', '--seed', '--port']);
const FLAGS = new Set(['--no-browser', '--no-rebuild', '--skip-build', '--smoke', '--help', '-h']);

/** Exported for its test: a mistyped option must not start a half-hour run that ignores it. */
export function options(argv: string[]): Options | 'help' {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (WITH_VALUE.has(a)) { i++; continue; }
    if (!FLAGS.has(a)) throw new Error(`unknown option '${a}'.\n${USAGE}`);
  }
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  const get = (name: string) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
  const smoke = argv.includes('--smoke');
  const sizes = (get('sizes') ?? (smoke ? '1000' : '1000,10000,50000')).split(',').map((s) => Number(s.trim().replace(/k$/i, '000')));
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--sizes takes whole numbers, like 1000,10000,50000');
  const site = get('site');
  if (site !== undefined && !existsSync(join(site, 'index.html'))) throw new Error(`--site ${site}: no built site there (run npm run build first)`);
  return { sizes: site ? [] : sizes, seed: Number(get('seed') ?? 1), port: Number(get('port') ?? process.env.BENCH_PORT ?? 4336), browser: !argv.includes('--no-browser'), smoke, skipBuild: argv.includes('--skip-build'), rebuild: !smoke && !argv.includes('--no-rebuild'), ...(site ? { site } : {}) };
}

/** Generates the content folder unless the same count, seed and generator are already there. */
function ensureContent(size: number, seed: number): string {
  const dir = join('.bench', `content-${size}`);
  const stamp = join(dir, '.synthetic.json');
  // The synthetic folder copies the real taxonomy: a taxonomy change makes a new folder.
  const taxonomy = createHash('sha1');
  for (const f of readdirSync('content/taxonomy').sort()) taxonomy.update(f).update(readFileSync(join('content/taxonomy', f)));
  const wanted = JSON.stringify({ size, seed, version: GENERATOR_VERSION, taxonomy: taxonomy.digest('hex').slice(0, 12) });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return dir;
  const t = performance.now();
  writeSynthetic({ count: size, out: dir, seed });
  writeFileSync(stamp, wanted);
  log(`  generated ${size} providers in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return dir;
}

function log(s: string) { process.stderr.write(`${s}\n`); }

const gz = (c: Compressed | undefined) => (c ? `${kb(c.gzip)} gz / ${kb(c.brotli)} br` : 'n/a');
const split = (w: { html: Compressed; css: Compressed; js: Compressed; jsEager?: Compressed; data?: Compressed }) =>
  `HTML ${kb(w.html.gzip)}, CSS ${kb(w.css.gzip)}, JS ${kb(w.js.gzip)}${w.jsEager && w.jsEager.gzip !== w.js.gzip ? ` (${kb(w.jsEager.gzip)} with the page, the rest on demand)` : ''}${w.data ? `, data ${kb(w.data.gzip)}` : ''}`;
const isMap = (path: string) => /leaflet|cluster|map/i.test(path);

interface SizeFigures {
  size: number;
  build: Omit<BuildResult, 'log'>;
  pages: Record<string, { url: string; html: Compressed; css: Compressed; js: Compressed; hasScript: boolean } | undefined>;
  providerPages?: { pages: number; withScript: number; medianGzip: number };
  browsable?: { ok: boolean; detail: string };
  firstResult?: unknown;
  pagefind?: unknown;
  slowPhone?: SlowPhoneFigures;
  search?: unknown;
  map?: unknown;
}

/** Providers of a built site: its Romanian provider pages. */
function providersIn(dist: string): number {
  const dir = join(dist, 'providers');
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).length : 0;
}

async function benchSize(size: number, opts: Options, rows: Row[]): Promise<SizeFigures> {
  const site = opts.site;
  log(site ? `\n== ${site} (${size} providers)` : `\n== ${size.toLocaleString('en-US')} providers`);
  const content = site ? 'content' : ensureContent(size, opts.seed);
  const dist = site ?? join('.bench', `dist-${size}`);
  // --skip-build re-measures a site already in .bench/dist-<n> (build figures then read n/a); --site never builds.
  const reuse = site !== undefined || (opts.skipBuild && existsSync(join(dist, 'index.html')));
  log(reuse ? `  reusing ${dist}` : `  building ${dist} (content cache emptied first) ...`);
  // A first build: nothing parsed and validated before (the content cache lives beside the out dir).
  if (!reuse) rmSync(contentCacheDir({ SITE_OUT_DIR: dist }), { recursive: true, force: true });
  const built: BuildResult = reuse ? { seconds: NaN, pages: 0, ok: true, log: '' } : await timedBuild(content, dist, BUILD_DATE);
  const { log: buildLog, ...build } = built;
  const perK = reuse ? undefined : built.seconds / (size / 1000);
  const buildTarget = size >= 10_000 ? 1.5 : undefined;
  const cpuPerK = built.cpuSeconds !== undefined ? built.cpuSeconds / (size / 1000) : undefined;
  rows.push({
    metric: 'Build time per 1,000 providers', size, ours: `${sec(perK)}${cpuPerK !== undefined ? ` (CPU ${sec(cpuPerK)})` : ''}`, peer: '—', target: '≤ 1.50 s (at 10k, 50k)',
    verdict: built.ok ? verdict(perK, buildTarget) : 'MISS', note: reuse ? `not built: ${site ? `--site ${site}` : '--skip-build'}` : `${built.seconds.toFixed(0)} s wall for ${built.pages} pages${built.ok ? '' : ', BUILD FAILED'}`,
  });
  rows.push({ metric: 'Peak build memory', size, ours: mb(built.peakBytes), peer: '—', target: '—', verdict: verdict(built.peakBytes, undefined) });
  const phases = buildPhases(buildLog);
  if (phases && built.pages) {
    const rest = built.seconds - phases.contentSeconds - phases.bundleSeconds - phases.pagesSeconds;
    rows.push({
      metric: 'Build phases', size, ours: `content ${phases.contentSeconds.toFixed(0)} s, bundling ${phases.bundleSeconds.toFixed(0)} s, pages ${phases.pagesSeconds.toFixed(0)} s (${(phases.pagesSeconds * 1000 / built.pages).toFixed(2)} ms per file), the rest ${rest.toFixed(0)} s`,
      peer: '—', target: '—', verdict: 'info', note: 'content = reading and validating every file; the rest = start-up, service worker and headers',
    });
  }
  if (!built.ok) {
    log(buildLog.split('\n').slice(-30).join('\n'));
    return { size, build, pages: {} };
  }
  if (!reuse && built.pages) {
    // The peer: the same number of trivial pages from a minimal Astro project, built now, on this machine.
    const n = Math.min(built.pages, 10_000);
    log(`  building ${n} minimal Astro pages (peer) ...`);
    const peer = await minimalAstroBuild(n);
    const oursPerPage = phases ? (phases.pagesSeconds * 1000) / built.pages : undefined;
    rows.push({
      metric: 'Time per page, ours and a minimal Astro page (same run)', size,
      ours: `${ms(oursPerPage, 2)} rendering, ${ms((built.seconds * 1000) / built.pages, 2)} whole build`,
      peer: peer.ok ? `minimal Astro: ${ms(peer.pagesSeconds !== undefined ? (peer.pagesSeconds * 1000) / n : undefined, 2)} rendering, ${ms((peer.seconds * 1000) / n, 2)} whole build (${n} pages)` : 'minimal Astro: build failed, see .bench/astro-minimal.log',
      target: '—', verdict: 'info', note: 'per page Astro counts; ours include the provider data files written after the pages',
    });
  }
  if (!reuse && opts.rebuild) {
    // A pull request's rebuild: one provider file corrected, everything else read from the content cache.
    const file = join(content, 'providers', readdirSync(join(content, 'providers')).filter((f) => f.endsWith('.yaml')).sort()[0]!);
    const original = readFileSync(file, 'utf8');
    appendFileSync(file, '# corrected by the benchmark\n');
    log('  rebuilding after one corrected file (content cache warm) ...');
    try {
      const again = await timedBuild(content, dist, BUILD_DATE);
      const againPhases = buildPhases(again.log);
      rows.push({
        metric: 'Rebuild after one corrected file, per 1,000 providers', size, ours: `${sec(again.seconds / (size / 1000))}${again.cpuSeconds !== undefined ? ` (CPU ${sec(again.cpuSeconds / (size / 1000))})` : ''}`,
        peer: '—', target: '—', verdict: again.ok ? 'info' : 'MISS', note: `${again.seconds.toFixed(0)} s wall${againPhases ? `, content ${againPhases.contentSeconds.toFixed(0)} s` : ''}, peak ${mb(again.peakBytes)}`,
      });
    } finally {
      writeFileSync(file, original);
    }
  }
  log(`  built in ${built.seconds.toFixed(1)} s; weighing pages ...`);

  const pick = (dir: string) => largest(dist, htmlUrls(dist, dir).filter((u) => u !== `/${dir}/`), 1)[0];
  const pageUrls: Record<string, string | undefined> = {
    'Home page (catalogue)': '/',
    'Category page (largest)': pick('categories'),
    'Service-type page (largest)': pick('service-types'),
    'Map page': existsSync(join(dist, 'map', 'index.html')) ? '/map/' : undefined,
  };
  const pages: SizeFigures['pages'] = {};
  for (const [name, url] of Object.entries(pageUrls)) {
    const w = url ? pageWeight(dist, url) : undefined;
    pages[name] = w && { url: w.url, html: w.html, css: w.css, js: w.js, hasScript: w.hasScript };
    const total = w && { raw: w.html.raw + w.css.raw + w.js.raw, gzip: w.html.gzip + w.css.gzip + w.js.gzip, brotli: w.html.brotli + w.css.brotli + w.js.brotli };
    rows.push({ metric: `${name}, HTML+CSS+JS`, size, ours: gz(total), peer: '—', target: '—', verdict: w ? 'info' : 'n/a', note: w ? `${w.url}: ${split(w)}` : 'page not built' });
  }
  const pp = providerPages(dist);
  let provider: PageWeight | undefined;
  if (pp) {
    provider = pp.largest;
    // What loads with the page; a map that loads Leaflet on scroll is named in the note.
    const total = provider.html.gzip + provider.css.gzip + provider.jsEager.gzip;
    pages['Provider page (largest)'] = { url: provider.url, html: provider.html, css: provider.css, js: provider.js, hasScript: provider.hasScript };
    rows.push({ metric: 'Provider page (largest), HTML+CSS+JS', size, ours: gz({ raw: 0, gzip: total, brotli: provider.html.brotli + provider.css.brotli + provider.jsEager.brotli }), peer: '—', target: '≤ 14.0 KB gz, no JS', verdict: total <= 14 * 1024 && !provider.hasScript ? 'PASS' : 'MISS', note: `${provider.url}: ${split(provider)}; median page HTML ${kb(pp.medianGzip)} gz` });
    rows.push({ metric: 'Provider pages carrying JavaScript', size, ours: `${pp.withScript} of ${pp.pages}`, peer: '—', target: '0', verdict: pp.withScript === 0 ? 'PASS' : 'MISS' });
  }

  const figures: SizeFigures = { size, build, pages, ...(pp ? { providerPages: { pages: pp.pages, withScript: pp.withScript, medianGzip: pp.medianGzip } } : {}) };
  if (!opts.browser) {
    rows.push({ metric: 'Browser figures', size, ours: 'n/a (--no-browser)', peer: '—', target: '—', verdict: 'n/a' });
    return figures;
  }

  log('  indexing with Pagefind (peer) ...');
  const pf = await buildPagefind(dist);
  if (!pf.ok) log(pf.log);
  const server = await serve(dist, opts.port);
  const browser = await launch();
  try {
    const walk = await browsableWithoutJs(browser, server.url);
    figures.browsable = walk;
    rows.push({ metric: 'Browsable with JavaScript off', size, ours: walk.ok ? 'yes' : 'no', peer: '—', target: 'every provider reachable, ≤ 100 rows a paged list', verdict: walk.ok ? 'PASS' : 'MISS', note: walk.detail });
    const selectors = await searchSelectors();
    log('  bytes before first result ...');
    const ours = await oursFirstResult(browser, server.url, dist, QUERY, selectors, (p) => !isMap(p));
    const peer = await pagefindFirstResult(browser, server.url, dist, QUERY);
    figures.firstResult = ours;
    figures.pagefind = peer;
    // Pagefind would sit inside our home page: its bytes are our home page's HTML and CSS plus its own.
    const home = pages['Home page (catalogue)'];
    const peerBytes = 'firstResult' in peer && home ? peer.firstResult.transfer.total.gzip + home.html.gzip + home.css.gzip : undefined;
    const oursBytes = 'transfer' in ours ? ours.transfer.total.gzip : undefined;
    rows.push({
      metric: `Bytes before the first result for '${QUERY}'`, size,
      ours: 'transfer' in ours ? `${kb(ours.transfer.total.gzip)} gz (${ours.transfer.requests} requests)` : `n/a (${ours.missing})`,
      peer: peerBytes !== undefined && 'firstResult' in peer ? `Pagefind: ${kb(peerBytes)} gz (${kb(peer.firstResult.transfer.total.gzip)} its own, ${peer.firstResult.transfer.requests} requests)` : `Pagefind: n/a (${'missing' in peer ? peer.missing : ''})`,
      target: '≤ Pagefind', verdict: verdict(oursBytes, peerBytes),
      ...('transfer' in ours ? { note: split(ours.transfer) } : {}),
    });

    // Catalogue JavaScript: everything the home page loads, up to a first search result, but the map.
    const js = 'transfer' in ours ? ours.transfer.js : (await homeJs(browser, server.url, dist, (p) => !isMap(p))).js;
    rows.push({ metric: 'Catalogue JavaScript without the map', size, ours: gz(js), peer: '—', target: '≤ 100.0 KB gz', verdict: verdict(js.gzip, 100 * 1024), note: 'transfer' in ours ? 'home page up to the first result' : 'home page after load' });

    log('  first result on a slow phone (3 cold loads each: ours, Pagefind UI, HTML alone) ...');
    const phone = await measureSlowPhone(browser, server.url, dist, QUERY, 3);
    figures.slowPhone = phone;
    rows.push(...slowPhoneRows(phone, size, site));

    const ctx: BenchContext = { size, distDir: dist, contentDir: content, baseUrl: server.url, browser, query: QUERY };
    log('  search latency hook ...');
    const search = await measureSearch(ctx);
    figures.search = search;
    const latTarget = size <= 10_000 ? 16 : 50;
    const pfq = 'query' in peer ? peer.query : undefined;
    const s = search.figures;
    const peerText = [s?.peer ? `${s.peer.name ?? 'fuse.js'}: ${ms(s.peer.median)} / ${ms(s.peer.p95)}` : 'fuse.js: n/a', pfq ? `Pagefind: ${ms(pfq.median)} / ${ms(pfq.p95)}` : undefined].filter(Boolean).join('; ');
    rows.push({
      metric: 'Search+filter per keystroke, median / p95', size,
      ours: s?.ours ? `${ms(s.ours.median)} / ${ms(s.ours.p95)}` : `n/a (${search.missing ?? 'no figure'})`,
      peer: peerText, target: `p95 ≤ ${latTarget} ms`, verdict: verdict(s?.ours?.p95, latTarget), ...(s?.note ? { note: s.note } : {}),
    });

    log('  map hook ...');
    const map = await measureMap(ctx);
    figures.map = map;
    const m = map.figures;
    rows.push({
      metric: 'Map ready with all points', size,
      ours: m?.ours ? ms(m.ours.readyMs, 0) : `n/a (${map.missing ?? 'no figure'})`,
      peer: m?.peer ? `${m.peer.name ?? 'leaflet.markercluster'}: ${ms(m.peer.readyMs, 0)}` : 'leaflet.markercluster: n/a',
      target: size <= 10_000 ? '≤ 300 ms (at 10k)' : '—', verdict: size <= 10_000 ? verdict(m?.ours?.readyMs, 300) : verdict(m?.ours?.readyMs, undefined), ...(m?.note ? { note: m.note } : {}),
    });
    rows.push({
      metric: 'Map ready, 4x CPU slowdown', size,
      ours: m?.ours?.readyMsSlow4x !== undefined ? ms(m.ours.readyMsSlow4x, 0) : `n/a (${map.missing ?? 'no figure'})`,
      peer: m?.peer?.readyMsSlow4x !== undefined ? `${m.peer.name ?? 'leaflet.markercluster'}: ${ms(m.peer.readyMsSlow4x, 0)}` : 'leaflet.markercluster: n/a',
      target: '—', verdict: verdict(m?.ours?.readyMsSlow4x, undefined),
    });
  } finally {
    await browser.close();
    server.stop();
    // A built site measured with --site is left as it was built, without the peer's index.
    if (site) rmSync(join(dist, PEER_DIR), { recursive: true, force: true });
  }
  return figures;
}

const secs = (v: number | undefined) => (v === undefined ? 'n/a' : `${(v / 1000).toFixed(2)} s`);

/** The slow-phone rows: the time beside Pagefind's UI and the HTML alone, and what loaded before it. */
function slowPhoneRows(f: SlowPhoneFigures, size: number, site: string | undefined): Row[] {
  const limit = site ? 1200 : size === 10_000 ? 1500 : undefined;
  const peer = 'runs' in f.pagefind ? f.pagefind.medianMs : undefined;
  const runs = f.ours.runs.map((r) => (r.firstResultMs !== undefined ? secs(r.firstResultMs) : `failed: ${r.error ?? 'no result'}`)).join(', ');
  const pass = f.ours.medianMs !== undefined && peer !== undefined && f.ours.medianMs <= peer && (limit === undefined || f.ours.medianMs <= limit);
  const before = f.ours.runs[0]?.requests.length;
  return [
    {
      metric: `First result on a slow phone, /?q=${f.query}`, size,
      ours: `${secs(f.ours.medianMs)} (first paint ${secs(f.ours.fcpMedianMs)}${f.ours.dataMedianMs !== undefined ? `; data in ${secs(f.ours.dataMedianMs)}, engine built in ${secs(f.ours.engineMedianMs)}` : ''})`,
      peer: `Pagefind UI: ${'runs' in f.pagefind ? `${secs(peer)} (first paint ${secs(f.pagefind.fcpMedianMs)})` : `n/a (${f.pagefind.missing})`}; HTML alone: first paint ${secs(f.floor.fcpMedianMs)}, load ${secs(f.floor.loadMedianMs)}`,
      target: `${limit !== undefined ? `≤ ${secs(limit)}${site ? ' (real site)' : ''} and ` : ''}≤ Pagefind UI`,
      verdict: f.ours.medianMs === undefined ? 'n/a' : pass ? 'PASS' : 'MISS',
      note: `${site ? `${site}; ` : ''}slow 4G 1.6 Mbps / 750 kbps / 150 ms, 4x CPU slowdown, cold cache, gzip, service worker blocked; median of 3 (${runs})`,
    },
    {
      metric: 'Slow phone: requests before the first result', size,
      ours: `${before ?? 'n/a'} requests`, peer: '—', target: 'no fuse.js, map or shortlist page before it',
      verdict: f.early.length === 0 ? 'PASS' : 'MISS',
      note: f.early.length ? `fetched early: ${f.early.join(', ')}` : `median run: ${medianWaterfall(f.ours)}`,
    },
  ];
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} CPU (${cpu}), ${Math.round(totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
}

async function main() {
  const opts = options(process.argv.slice(2));
  if (opts === 'help') return console.log(USAGE);
  mkdirSync('.bench', { recursive: true });
  const rows: Row[] = [];
  const all: SizeFigures[] = [];
  const started = new Date();
  for (const size of opts.sizes) all.push(await benchSize(size, opts, rows));
  if (opts.site) all.push(await benchSize(providersIn(opts.site), opts, rows));
  const table = markdownTable(rows);
  const date = started.toISOString().slice(0, 10);
  const header = `Benchmark ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}\nCommand: npm run bench -- ${opts.site ? `--site ${opts.site}` : `--sizes ${opts.sizes.join(',')}`}`;
  console.log(`\n${header}\n\n${table}\n`);
  const out = join('.bench', `results-${date}.md`);
  writeFileSync(out, `# Benchmark results\n\n${header}\n\nByte figures are gzip -9 (and brotli 11) of the files as built. Targets apply at the sizes named.\n\n${table}\n\n## Raw figures\n\n\`\`\`json\n${JSON.stringify({ date: started.toISOString(), machine: machine(), options: opts, rows, sizes: all }, null, 2)}\n\`\`\`\n`);
  writeFileSync(join('.bench', `results-${date}.json`), JSON.stringify({ date: started.toISOString(), machine: machine(), rows, sizes: all }, null, 2));
  log(`Wrote ${out}`);
  const failed = all.filter((f) => !f.build.ok);
  if (failed.length) {
    log(`Build failed at ${failed.map((f) => f.size).join(', ')} providers; see .bench/dist-<size>.log`);
    process.exit(1);
  }
  if (opts.smoke) {
    // No timing assertions: only that the synthetic build worked and the table has its figures.
    const problems = [
      !rows.some((r) => r.metric.startsWith('Provider page (largest)')) && 'the table has no provider page figure',
      all.some((f) => f.browsable && !f.browsable.ok) && 'the synthetic site is not browsable with JavaScript off',
    ].filter(Boolean);
    if (problems.length) {
      log(`Smoke failed: ${problems.join('; ')}`);
      process.exit(1);
    }
    log('Smoke passed.');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
