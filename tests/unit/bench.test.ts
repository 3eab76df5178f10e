import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownTable, percentiles, verdict } from '../../scripts/bench/table';
import { compressed, pageWeight, providerPages } from '../../scripts/bench/bytes';

describe('bench table', () => {
  it('gives PASS at or under the limit, MISS over it, n/a without a figure, info without a target', () => {
    expect(verdict(16, 16)).toBe('PASS');
    expect(verdict(16.1, 16)).toBe('MISS');
    expect(verdict(undefined, 16)).toBe('n/a');
    expect(verdict(3, undefined)).toBe('info');
  });

  it('computes the median and nearest-rank p95', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentiles(values)).toEqual({ median: 50, p95: 95 });
    expect(percentiles([])).toBeUndefined();
  });

  it('prints one markdown row per figure, escaping pipes', () => {
    const table = markdownTable([{ metric: 'a|b', size: 10000, ours: '1 ms', peer: '2 ms', target: '≤ 16 ms', verdict: 'PASS', note: 'n' }]);
    expect(table.split('\n')).toEqual([
      '| Figure | Providers | Ours | Peer | Target | Result |',
      '| --- | --- | --- | --- | --- | --- |',
      '| a\\|b (n) | 10,000 | 1 ms | 2 ms | ≤ 16 ms | PASS |',
    ]);
  });
});

describe('bench page weights', () => {
  const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'providers', 'a'), { recursive: true });
  mkdirSync(join(dist, 'providers', 'b'), { recursive: true });
  writeFileSync(join(dist, '_astro', 'island.js'), 'import{x}from"./chunk.js";const later=()=>import("./lazy.js");');
  writeFileSync(join(dist, '_astro', 'chunk.js'), 'export const x=1;'.repeat(50));
  writeFileSync(join(dist, '_astro', 'lazy.js'), 'export default 2;');
  writeFileSync(join(dist, '_astro', 'site.css'), 'body{color:red}');
  writeFileSync(join(dist, 'index.html'), '<html><link rel="stylesheet" href="/_astro/site.css"><astro-island component-url="/_astro/island.js"></astro-island></html>');
  writeFileSync(join(dist, 'providers', 'a', 'index.html'), '<html><script type="application/ld+json">{}</script><p>a</p></html>');
  writeFileSync(join(dist, 'providers', 'b', 'index.html'), `<html><p>${'b'.repeat(500)}</p><script src="/_astro/chunk.js"></script></html>`);
  // A small script Astro inlined, which loads a chunk when asked (the provider map's loader).
  writeFileSync(join(dist, 'inline.html'), '<html><script type="module">import{x}from"/_astro/chunk.js";onclick=()=>import(`/_astro/lazy.js`)</script></html>');

  it('follows islands through static and dynamic imports and counts stylesheets', () => {
    const w = pageWeight(dist, '/')!;
    expect(w.jsFiles).toEqual(['/_astro/chunk.js', '/_astro/island.js', '/_astro/lazy.js']);
    expect(w.css.raw).toBe('body{color:red}'.length);
    expect(w.hasScript).toBe(true);
    expect(w.js.gzip).toBeGreaterThan(0);
    expect(w.js.gzip).toBeLessThan(w.js.raw);
    // The chunk imported on demand counts in js but not in what loads with the page.
    expect(w.jsEager.raw).toBe(w.js.raw - 'export default 2;'.length);
  });

  it('counts an inline script\'s static import with the page and its dynamic import on demand', () => {
    const w = pageWeight(dist, '/inline.html')!;
    expect(w.jsFiles).toEqual(['/_astro/chunk.js', '/_astro/lazy.js']);
    expect(w.jsEager.raw).toBe('export const x=1;'.repeat(50).length);
  });

  it('counts provider pages with a real script, not JSON data', () => {
    const pp = providerPages(dist)!;
    expect(pp.pages).toBe(2);
    expect(pp.withScript).toBe(1);
    expect(pp.largest.url).toBe('/providers/b/');
  });

  it('never reports a compressed size above the raw size', () => {
    const c = compressed(Buffer.from([1, 2, 3]));
    expect(c.gzip).toBeLessThanOrEqual(3);
    expect(c.brotli).toBeLessThanOrEqual(3);
  });
});
