/**
 * Every area with its label and point, in the search data's order (lib/search/shards.ts,
 * SearchAreaFile): the island's area filter and "near" read it after the first results.
 */
import type { APIRoute } from 'astro';
import { getSearchShards } from '../../../../collections/directory';
import { LANGS, type Lang } from '../../../../locales';

export const getStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const { areaFile } = await getSearchShards(params.lang as Lang);
  return new Response(JSON.stringify(areaFile), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
