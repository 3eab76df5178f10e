/**
 * The search manifest for one interface language: dictionaries, compiled opening hours and the
 * list of county shards (/data/search/<lang>/<shard>.json). Built from public providers only.
 */
import type { APIRoute } from 'astro';
import { getSearchShards } from '../../../../collections/directory';
import { LANGS, type Lang } from '../../../../locales';

export const getStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const { manifest } = await getSearchShards(params.lang as Lang);
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
