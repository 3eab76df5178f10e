/**
 * Compressed bytes of each page type of a built site, split into HTML, CSS and JavaScript, read
 * from the files on disk (what a static host with pre-compressed files would send). JavaScript
 * follows static and dynamic imports from every script and island the page names, so a lazily
 * loaded chunk counts as soon as the page can load it: the figure errs on the heavy side.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Compressed { raw: number; gzip: number; brotli: number }

const cache = new Map<string, Compressed>();

/** gzip -9 and brotli quality 11, as for pre-compressed static files; never more than the raw size. */
export function compressed(data: Buffer | string, key?: string): Compressed {
  if (key && cache.has(key)) return cache.get(key)!;
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  const result = {
    raw: buf.length,
    gzip: Math.min(buf.length, gzipSync(buf, { level: 9 }).length),
    brotli: Math.min(buf.length, brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length),
  };
  if (key) cache.set(key, result);
  return result;
}

export function fileCompressed(path: string): Compressed {
  return compressed(readFileSync(path), path);
}

const add = (a: Compressed, b: Compressed): Compressed => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO: Compressed = { raw: 0, gzip: 0, brotli: 0 };

export interface PageWeight {
  url: string;
  html: Compressed;
  css: Compressed;
  /** All JavaScript the page can load, including chunks imported on demand. */
  js: Compressed;
  /** The part loaded with the page itself (static imports only). */
  jsEager: Compressed;
  jsFiles: string[];
  /** Script tags other than JSON data (`application/ld+json`, `application/json`). */
  hasScript: boolean;
}

/** Maps a URL path on the site to a file in dist, like the static server does. */
export function urlToFile(dist: string, url: string): string | undefined {
  const clean = decodeURIComponent(url.split(/[?#]/)[0] ?? '/');
  const candidate = join(dist, clean);
  if (!relative(dist, candidate).startsWith('..') && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

function resolveUrl(fromUrl: string, ref: string): string {
  if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) return ref;
  return ref.startsWith('/') ? ref : posix.join(posix.dirname(fromUrl), ref);
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.m?js)["'`]/g;
const ANY_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+\.m?js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`]([^"'`]+\.m?js)["'`]/g;

/** Every JavaScript URL reachable from `entries` through static imports, and dynamic ones unless `eagerOnly`. */
export function jsClosure(dist: string, entries: string[], eagerOnly = false): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    const file = urlToFile(dist, url);
    if (!file) continue;
    seen.add(url);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(eagerOnly ? STATIC_IMPORT : ANY_IMPORT)) queue.push(resolveUrl(url, m[1]!));
  }
  return [...seen].sort();
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1]?.replace(/&amp;/g, '&');

/** Weighs one page: its HTML, its stylesheets and all the JavaScript it can load. */
export function pageWeight(dist: string, url: string): PageWeight | undefined {
  const file = urlToFile(dist, url);
  if (!file) return undefined;
  const html = readFileSync(file, 'utf8');
  const css: string[] = [];
  const js: string[] = [];
  let hasScript = false;
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(tag, 'rel');
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel === 'stylesheet') css.push(resolveUrl(url, href));
    if (rel === 'modulepreload') js.push(resolveUrl(url, href));
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const type = attr(tag, 'type');
    if (type && /json/.test(type)) continue;
    hasScript = true;
    const src = attr(tag, 'src');
    if (src) js.push(resolveUrl(url, src));
  }
  for (const m of html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) { hasScript = true; js.push(resolveUrl(url, m[1]!)); }
  // Imports inside inline module scripts (Astro inlines a small script without imports): a static
  // one loads with the page, a dynamic one (quoted with backticks by the minifier too) on demand.
  const inlineLazy: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const i of m[1]!.matchAll(STATIC_IMPORT)) js.push(resolveUrl(url, i[1]!));
    for (const i of m[1]!.matchAll(DYNAMIC_IMPORT)) inlineLazy.push(resolveUrl(url, i[1]!));
  }
  const jsFiles = jsClosure(dist, [...js, ...inlineLazy]);
  const sum = (urls: string[]) => urls.map((u) => urlToFile(dist, u)).filter((f): f is string => !!f).reduce((acc, f) => add(acc, fileCompressed(f)), ZERO);
  return { url, html: compressed(html, file), css: sum([...new Set(css)]), js: sum(jsFiles), jsEager: sum(jsClosure(dist, js, true)), jsFiles, hasScript };
}

/** Every index.html under `dir` (recursively), as site URLs. */
export function htmlUrls(dist: string, dir: string): string[] {
  const root = join(dist, dir);
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name === 'index.html') out.push(`/${relative(dist, dirname(join(d, e.name))).split('\\').join('/')}/`.replace(/\/+/g, '/'));
    }
  };
  walk(root);
  return out.sort();
}

/** The `count` largest pages among `urls`, by raw HTML size (cheap to find; compressed size follows it closely). */
export function largest(dist: string, urls: string[], count = 1): string[] {
  return urls
    .map((u) => ({ u, size: statSync(urlToFile(dist, u)!).size }))
    .sort((a, b) => b.size - a.size || a.u.localeCompare(b.u))
    .slice(0, count)
    .map((x) => x.u);
}

export interface ProviderPagesSummary {
  pages: number;
  /** Pages that carry a script other than JSON data. */
  withScript: number;
  medianGzip: number;
  largest: PageWeight;
}

/** All provider pages in every language: gzip of each HTML, scripts, and the heaviest page in full. */
export function providerPages(dist: string): ProviderPagesSummary | undefined {
  const urls = ['/providers', '/en/providers', '/hu/providers'].flatMap((d) => htmlUrls(dist, d)).filter((u) => u.split('/').filter(Boolean).length >= 2 && !/\/providers\/$/.test(u));
  if (urls.length === 0) return undefined;
  const gz: number[] = [];
  let withScript = 0;
  for (const u of urls) {
    const html = readFileSync(urlToFile(dist, u)!);
    gz.push(gzipSync(html, { level: 6 }).length);
    if (/<script\b(?![^>]*type="application\/(?:ld\+)?json")/.test(html.toString('utf8'))) withScript++;
  }
  gz.sort((a, b) => a - b);
  const top = largest(dist, urls, 1)[0]!;
  return { pages: urls.length, withScript, medianGzip: gz[Math.floor(gz.length / 2)]!, largest: pageWeight(dist, top)! };
}
