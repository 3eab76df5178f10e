/**
 * Module preload links for a built page's scripts. Astro emits a page's bundled scripts as
 * `<script type="module" src>`; the browser finds their imports one level at a time, each level one
 * more round trip (150 ms on a slow mobile line). Listing the whole static import closure in the
 * head lets every file start at once, as Vite does for its own HTML entries. Islands are not
 * scripts and are left alone: their code loads when their directive says.
 */
const MODULE_SCRIPT = /<script type="module" src="([^"]+\.js)"/g;
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;

/** A URL path resolved against the URL path of the file that names it. */
function resolve(from: string, ref: string): string {
  return new URL(ref, `http://site${from}`).pathname;
}

/**
 * The files `entries` import statically, directly or not, without the entries themselves.
 * `read` gives a built file's text by URL path (undefined when it is not there).
 * @example staticImports(['/_astro/a.js'], read) // ['/_astro/shared.js', '/_astro/more.js']
 */
export function staticImports(entries: readonly string[], read: (path: string) => string | undefined): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const m of (read(path) ?? '').matchAll(STATIC_IMPORT)) queue.push(resolve(path, m[1]!));
  }
  return [...seen].filter((p) => !entries.includes(p));
}

/** The page with a `<link rel="modulepreload">` in its head for each of its module scripts and every file they import. */
export function withModulePreloads(html: string, read: (path: string) => string | undefined): string {
  const entries = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!).filter((src) => src.startsWith('/'));
  // The scripts themselves too: they sit at the end of the body, where the browser finds them only
  // after the whole page has arrived and been scanned (0.3 to 0.8 s later on the emulated slow
  // phone), and the first results wait for the last of them.
  const links = [...entries, ...staticImports(entries, read)].filter((p) => !html.includes(`href="${p}"`)).map((p) => `<link rel="modulepreload" href="${p}">`);
  if (!links.length) return html;
  // Ahead of the page's data preloads: the first results wait for the last script more than for the
  // data (a slow phone runs the scripts after they arrive, and the data is read only then), and on a
  // connection of six requests at a time the first six asked are the first to arrive.
  const end = html.indexOf('</head>');
  const at = end >= 0 ? html.slice(0, end).indexOf('<link rel="preload"') : -1;
  return at >= 0 ? `${html.slice(0, at)}${links.join('')}${html.slice(at)}` : html.replace('</head>', `${links.join('')}</head>`);
}

/**
 * The page with its own script (`pageScript`: the one that draws the first results) marked `async`:
 * a module script otherwise waits until the whole page is parsed and every script before it has
 * run, which on a slow phone's long home page is 0.1 to 0.2 s after it arrived. The script waits for
 * its own elements itself (src/client/search/first-results.ts).
 */
export function withAsyncScript(html: string, pageScript: RegExp): string {
  return html.replace(/<script type="module" src="([^"]+)">/g, (tag, src: string) => (pageScript.test(src) ? `<script type="module" async src="${src}">` : tag));
}
