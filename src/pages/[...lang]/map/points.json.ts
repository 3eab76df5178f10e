/** The map's data: every public point, packed (see `packMapPoints`). The map page's island fetches it. */
import type { APIRoute } from 'astro';
import { getDirectory } from '../../../collections/directory';
import type { Lang } from '../../../locales';
import { langParams } from '../../../lib/routes';
import { mapPoints, packMapPoints } from '../../../lib/map/points';

export const getStaticPaths = () => langParams();

export const GET: APIRoute = async ({ props }) => {
  const dir = await getDirectory();
  const body = JSON.stringify(packMapPoints(mapPoints(dir.providers, (props as { lang: Lang }).lang)));
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
