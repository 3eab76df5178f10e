/**
 * The search vocabulary for the browser, one file per language of its words: the words people type
 * (content/taxonomy/search-vocabulary.yaml), folded and packed, with the category and service-type
 * ids they mean. The page's language loads with the first county's search data, the other
 * languages right after the first results: every language is read at once, whatever the page.
 */
import type { APIRoute } from 'astro';
import { getSearchVocabulary } from '../../../../collections/directory';
import { LANGS, type Lang } from '../../../../locales';

export const getStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await getSearchVocabulary(params.lang as Lang)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
