/** One county's search rows (or the national ones), loaded by the search island on demand. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchShards } from '../../../../collections/directory';
import { LANGS } from '../../../../locales';
import { encodeShard, type ShardPart } from '../../../../lib/search/shards';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) {
    const { parts } = await getSearchShards(lang);
    for (const part of parts) {
      // Files of their own sit beside the shards (./index.json.ts, ./areas.json.ts, ./start.json.ts); shard ids are counties and `national`.
      if (['areas', 'index', 'start'].includes(part.id)) throw new Error(`search shard id "${part.id}" is taken by another file of /data/search/${lang}/`);
      paths.push({ params: { lang, shard: part.id }, props: { part } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(encodeShard((props as { part: ShardPart }).part)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
