import { describe, expect, it } from 'vitest';
import { staticImports, withAsyncScript, withModulePreloads } from '../../src/build/module-preload';

// Minified the way the build writes them: `import{a as b}from"./x.js"`, `import"./y.js"`, and a
// dynamic import, which is loaded on demand and must not be preloaded.
const FILES: Record<string, string> = {
  '/_astro/first.js': 'import{a as e}from"./engine.js";import"./store.js";const f=()=>import("./fuse.js");',
  '/_astro/engine.js': 'import{r}from"./routes.js";export const a=1;',
  '/_astro/routes.js': 'export const r=1;',
  '/_astro/store.js': 'export const s=1;',
  '/_astro/fuse.js': 'export default 1;',
  '/_astro/layout.js': 'import"./store.js";',
};
const read = (p: string) => FILES[p];

describe('module preloads', () => {
  it('follows static imports through every level, not dynamic ones', () => {
    expect(staticImports(['/_astro/first.js'], read).sort()).toEqual(['/_astro/engine.js', '/_astro/routes.js', '/_astro/store.js']);
  });

  it('adds one link per script and per imported file to the head, none for files already linked', () => {
    const html = '<html><head><link rel="modulepreload" href="/_astro/store.js"></head><body><script type="module" src="/_astro/first.js"></script><script type="module" src="/_astro/layout.js"></script></body></html>';
    const out = withModulePreloads(html, read);
    const links = [...out.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    expect(links.sort()).toEqual(['/_astro/engine.js', '/_astro/first.js', '/_astro/layout.js', '/_astro/routes.js', '/_astro/store.js']);
    expect(out.match(/href="\/_astro\/store.js"/g)).toHaveLength(1);
    expect(out.indexOf('/_astro/engine.js')).toBeLessThan(out.indexOf('</head>'));
  });

  it('puts the scripts ahead of the data the page preloads: the first results wait for the last script', () => {
    const html = '<html><head><meta charset="utf-8"><link rel="preload" href="/data/search/ro/start.json" as="fetch" crossorigin="anonymous"><style>p{}</style></head><body><script type="module" src="/_astro/first.js"></script></body></html>';
    const out = withModulePreloads(html, read);
    expect(out.indexOf('<link rel="modulepreload" href="/_astro/first.js">')).toBeGreaterThan(out.indexOf('<meta charset'));
    expect(out.lastIndexOf('rel="modulepreload"')).toBeLessThan(out.indexOf('rel="preload"'));
  });

  it('marks only the page\'s own script async', () => {
    const html = '<head></head><body><script type="module" src="/_astro/Layout.js"></script><script type="module" src="/_astro/index.astro_x.js"></script></body>';
    expect(withAsyncScript(html, /index\.astro_x\.js$/)).toBe('<head></head><body><script type="module" src="/_astro/Layout.js"></script><script type="module" async src="/_astro/index.astro_x.js"></script></body>');
  });

  it('leaves a page without module scripts as it was', () => {
    expect(withModulePreloads('<html><head></head><body></body></html>', read)).toBe('<html><head></head><body></body></html>');
  });
});
