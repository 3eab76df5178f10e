/**
 * sitemap.xml with hreflang alternates (https://www.sitemaps.org, Google's xhtml:link extension):
 * every page once per language, each listing all its language versions and an x-default (Romanian).
 */
import { absoluteUrl } from '../routes';

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

/** The sitemap protocol allows 50,000 URLs (and 50 MB) per file; stay well under both. */
export const SITEMAP_MAX_URLS = 40_000;

export interface SitemapFile {
  /** Site path: `/sitemap.xml`, and `/sitemap-2.xml`… when the site needs several. */
  path: string;
  xml: string;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

function urlEntries(paths: readonly string[], o: SitemapOptions): string[] {
  const abs = (lang: string, path: string) => xmlEscape(absoluteUrl(o.localePath(lang, path), o.siteUrl));
  return [...new Set(paths)].sort().flatMap((path) => o.langs.map((lang) => [
    '  <url>',
    `    <loc>${abs(lang, path)}</loc>`,
    ...o.langs.map((alt) => `    <xhtml:link rel="alternate" hreflang="${o.locale[alt]}" href="${abs(alt, path)}"/>`),
    `    <xhtml:link rel="alternate" hreflang="x-default" href="${abs(o.defaultLang, path)}"/>`,
    '  </url>',
  ].join('\n')));
}

const urlset = (entries: readonly string[]) =>
  `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;

/**
 * The sitemap files: one `/sitemap.xml` while the site fits in one; above `maxUrls` URLs,
 * `/sitemap.xml` becomes a sitemap index of `/sitemap-1.xml`, `/sitemap-2.xml`… (robots.txt
 * names only `/sitemap.xml` either way).
 */
export function sitemapFiles(paths: readonly string[], o: SitemapOptions, maxUrls: number = SITEMAP_MAX_URLS): SitemapFile[] {
  const entries = urlEntries(paths, o);
  if (entries.length <= maxUrls) return [{ path: '/sitemap.xml', xml: urlset(entries) }];
  const parts: SitemapFile[] = [];
  for (let i = 0; i < entries.length; i += maxUrls) parts.push({ path: `/sitemap-${parts.length + 1}.xml`, xml: urlset(entries.slice(i, i + maxUrls)) });
  const index = `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.map((p) => `  <sitemap><loc>${xmlEscape(absoluteUrl(p.path, o.siteUrl))}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`;
  return [{ path: '/sitemap.xml', xml: index }, ...parts];
}

/**
 * robots.txt: allow everything; name the sitemap when the site's address is known (without it there
 * is no sitemap, see getSitemapFiles).
 * @example robotsTxt('https://x.github.io/directory') // '...Sitemap: https://x.github.io/directory/sitemap.xml\n'
 */
export function robotsTxt(siteUrl: string | undefined): string {
  const lines = ['# Everything here is public and meant to be found.', 'User-agent: *', 'Allow: /'];
  if (siteUrl) lines.push('', `Sitemap: ${absoluteUrl('/sitemap.xml', siteUrl)}`);
  return `${lines.join('\n')}\n`;
}
