/**
 * The manifest and the first shards in one file (lib/search/shards.ts, SearchStartFile): what the
 * home page's first results need, announced in its head.
 */
import type { APIRoute } from 'astro';
import { getSearchShards } from '../../../../collections/directory';
import { searchStartFile } from '../../../../lib/search/shards';
import { LANGS, type Lang } from '../../../../locales';

export const getStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const { manifest, parts } = await getSearchShards(params.lang as Lang);
  return new Response(JSON.stringify(searchStartFile(manifest, parts)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
