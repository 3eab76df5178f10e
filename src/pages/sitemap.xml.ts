// /sitemap.xml: every page in every language, with hreflang alternates. Static pages are found from
// the page files, so a new page appears here without editing this file.
import type { APIRoute } from 'astro';
import { getDirectory } from '../data/directory';
import { DEFAULT_LANG, LANGS, LOCALE, localePath, type Lang } from '../lib/i18n';
import { sitemapXml, staticPagePaths } from '../lib/sitemap';
import { SITE } from '../config';

export const GET: APIRoute = async () => {
  const dir = await getDirectory();
  const pages = Object.keys(import.meta.glob('./\\[...lang\\]/**/*.astro'));
  const paths = [
    ...staticPagePaths(pages),
    ...dir.providers.map((p) => `/providers/${p.id}/`),
    ...dir.beneficiaryCategories.map((t) => `/categories/${t.id}/`),
    ...dir.serviceTypes.map((t) => `/service-types/${t.id}/`),
  ];
  const body = sitemapXml(paths, { siteUrl: SITE.url, langs: LANGS, locale: LOCALE, localePath: (l, p) => localePath(l as Lang, p), defaultLang: DEFAULT_LANG });
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
