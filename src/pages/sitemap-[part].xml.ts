// /sitemap-1.xml, /sitemap-2.xml…: the parts of a sitemap too large for one file (none for a city).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSitemapFiles } from '../collections/directory';

export const getStaticPaths = (async () => {
  const files = await getSitemapFiles(Object.keys(import.meta.glob('./\\[...lang\\]/**/*.astro')));
  return files.slice(1).map((f) => ({ params: { part: f.path.replace(/^\/sitemap-|\.xml$/g, '') }, props: { xml: f.xml } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { xml: string }).xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
