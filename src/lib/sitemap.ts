/**
 * sitemap.xml with hreflang alternates (https://www.sitemaps.org, Google's xhtml:link extension):
 * every page once per language, each listing all its language versions and an x-default (Romanian).
 */

export interface SitemapOptions {
  siteUrl: string;
  langs: readonly string[];
  /** BCP 47 tag per language, for hreflang. */
  locale: Readonly<Record<string, string>>;
  /** `/providers/x/` in a language. */
  localePath: (lang: string, path: string) => string;
  defaultLang: string;
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Language-neutral page paths from the page files under src/pages/[...lang]/ that take no other parameter. */
export function staticPagePaths(files: readonly string[]): string[] {
  const paths: string[] = [];
  for (const f of files) {
    const m = /\[\.\.\.lang\]\/(.*)\.astro$/.exec(f);
    if (!m || m[1]!.includes('[')) continue;
    const rest = m[1]!.replace(/(^|\/)index$/, '');
    paths.push(rest ? `/${rest}/` : '/');
  }
  return paths.sort();
}

/** The sitemap for these language-neutral paths, sorted and without duplicates. */
export function sitemapXml(paths: readonly string[], o: SitemapOptions): string {
  const base = o.siteUrl.replace(/\/$/, '');
  const abs = (lang: string, path: string) => xmlEscape(`${base}${o.localePath(lang, path)}`);
  const urls = [...new Set(paths)].sort().flatMap((path) => o.langs.map((lang) => [
    '  <url>',
    `    <loc>${abs(lang, path)}</loc>`,
    ...o.langs.map((alt) => `    <xhtml:link rel="alternate" hreflang="${o.locale[alt]}" href="${abs(alt, path)}"/>`),
    `    <xhtml:link rel="alternate" hreflang="x-default" href="${abs(o.defaultLang, path)}"/>`,
    '  </url>',
  ].join('\n')));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
