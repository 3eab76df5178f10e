import { describe, expect, it } from 'vitest';
import { cspDirectives, mergeCsp, parseCsp, tileSource } from '../../src/lib/site/csp';
import { fileToUrl, offlineManifest } from '../../src/lib/site/offline';

describe('Content-Security-Policy', () => {
  it('allows the tile host only for images, with {s} subdomains as a wildcard', () => {
    expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
    expect(() => tileSource('javascript:alert(1)')).toThrow(/must start with https/);
    const d = cspDirectives('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(d).toContain("default-src 'self'");
    expect(d).toContain("img-src 'self' data: https://tile.openstreetmap.org");
    expect(d.join(';')).not.toMatch(/unsafe-inline|unsafe-eval|\*(?!\.)/);
  });

  it('merges per-page policies into one header policy with frame-ancestors', () => {
    const merged = mergeCsp(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'"]);
    expect(parseCsp(merged).get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'"]);
    expect(parseCsp(merged).get('frame-ancestors')).toEqual(["'none'"]);
    expect(parseCsp(merged).get('default-src')).toEqual(["'self'"]);
  });
});

describe('offline manifest', () => {
  const files = [
    'index.html', 'en/index.html', 'hu/index.html', '404.html', 'favicon.svg', '_astro/client.abc.js', '_astro/page.def.css',
    'providers/a/index.html', 'en/providers/a/index.html', 'hu/shortlist/index.html', 'shortlist/index.html',
    'data/coverage.csv', 'categories/index.html', 'categories/elderly/index.html', 'coverage/index.html', 'schema/provider.schema.json', 'sw.js',
  ];

  it('maps built files to the URLs a browser asks for', () => {
    expect(fileToUrl('index.html')).toBe('/');
    expect(fileToUrl('en/providers/a/index.html')).toBe('/en/providers/a/');
    expect(fileToUrl('data/coverage.csv')).toBe('/data/coverage.csv');
  });

  it('caches the shell at install and the catalogue, providers, shortlist and open data right after', () => {
    const m = offlineManifest(files, 'abc123');
    expect(m.buildId).toBe('abc123');
    expect(m.shell).toEqual(['/', '/404.html', '/_astro/client.abc.js', '/_astro/page.def.css', '/en/', '/favicon.svg', '/hu/']);
    expect(m.warm.slice(0, 3)).toEqual(['/hu/shortlist/', '/shortlist/', '/data/coverage.csv']);
    expect(m.warm).toEqual(expect.arrayContaining(['/providers/a/', '/en/providers/a/', '/categories/', '/categories/elderly/']));
    expect(m.warm).not.toContain('/sw.js');
    expect(m.warm).not.toContain('/schema/provider.schema.json');
  });

  it('lists links under the base path of a site published in a sub-folder', () => {
    const m = offlineManifest(files, 'x', { base: '/directory/' });
    expect(m.base).toBe('/directory/');
    expect(m.shell).toEqual(['/directory/', '/directory/404.html', '/directory/_astro/client.abc.js', '/directory/_astro/page.def.css', '/directory/en/', '/directory/favicon.svg', '/directory/hu/']);
    expect(m.warm.slice(0, 3)).toEqual(['/directory/hu/shortlist/', '/directory/shortlist/', '/directory/data/coverage.csv']);
  });

  it('caps the offline list, keeping the shortlist and open data first', () => {
    const many = [...files, ...Array.from({ length: 50 }, (_, i) => `providers/p${i}/index.html`)];
    const m = offlineManifest(many, 'x', { maxWarm: 10 });
    expect(m.warm).toHaveLength(10);
    expect(m.warm.slice(0, 3)).toEqual(['/hu/shortlist/', '/shortlist/', '/data/coverage.csv']);
  });

  it('keeps the offline list within a byte budget, skipping files too large for it', () => {
    const sized = [...files, 'data/providers.json'];
    const sizeOf = (f: string) => (f === 'data/providers.json' ? 150_000_000 : 1000);
    const m = offlineManifest(sized, 'x', { sizeOf, maxWarmBytes: 5000 });
    expect(m.warm).not.toContain('/data/providers.json');
    expect(m.warm).toHaveLength(5);
    expect(m.warm.slice(0, 3)).toEqual(['/hu/shortlist/', '/shortlist/', '/data/coverage.csv']);
    expect(offlineManifest(sized, 'x', { sizeOf, maxWarmBytes: 200_000_000 }).warm).toContain('/data/providers.json');
  });
});
