// /sitemap.xml: every page in every language, with hreflang alternates; at national scale a sitemap
// index of /sitemap-1.xml… (see src/pages/sitemap-[part].xml.ts and getSitemapFiles).
import type { APIRoute } from 'astro';
import { getSitemapFiles } from '../collections/directory';

export const GET: APIRoute = async () => {
  const [first] = await getSitemapFiles(Object.keys(import.meta.glob('./\\[...lang\\]/**/*.astro')));
  return new Response(first!.xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
