/** One county's search rows (or the national ones), loaded by the search island on demand. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchShards } from '../../../../collections/directory';
import { LANGS } from '../../../../locales';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) {
    const { parts } = await getSearchShards(lang);
    for (const part of parts) paths.push({ params: { lang, shard: part.id }, props: { part } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { part: unknown }).part), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
