/**
 * The search vocabulary for the browser: the words people type (content/taxonomy/search-vocabulary.yaml),
 * folded and packed, with the category and service-type ids they mean. Loaded beside the first
 * county's search data; the same file for every interface language, since every language is read at once.
 */
import type { APIRoute } from 'astro';
import { getSearchVocabulary } from '../../../collections/directory';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchVocabulary()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
