/**
 * The search data for one interface language, as static JSON: /data/search/ro.json, en.json, hu.json.
 * Built from public providers only (see directory.ts), so confidential addresses never get here.
 */
import type { APIRoute } from 'astro';
import { getSearchIndex } from '../../../data/directory';
import { LANGS, type Lang } from '../../../lib/i18n';

export const getStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const data = await getSearchIndex(params.lang as Lang);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
