// /sitemap.xml: every page in every language, with hreflang alternates; at national scale a sitemap
// index of /sitemap-1.xml, /sitemap-2.xml… (see getSitemapFiles). Written only when the build knows
// the site's public address (SITE_URL): a sitemap is a list of absolute URLs.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSitemapFiles } from '../collections/directory';

export const getStaticPaths = (async () => {
  const files = await getSitemapFiles(Object.keys(import.meta.glob('./\\[...lang\\]/**/*.astro')));
  return files.map((f) => ({ params: { sitemap: f.path.replace(/^\/|\.xml$/g, '') }, props: { xml: f.xml } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { xml: string }).xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
