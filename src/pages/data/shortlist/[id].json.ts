/**
 * /data/shortlist/<providerId>.json in `astro dev` only. A build writes these files outside Astro's
 * page pipeline (the shortlistFiles integration, src/build/integrations.ts), one per provider for
 * every language, which is much cheaper than a route per file; the dev server has no build step, so
 * it answers them here, with the same function.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAreaLabels, getDirectory } from '../../../collections/directory';
import { shortlistProviderFile } from '../../../lib/shortlist/provider-file';
import type { PublicProvider } from '../../../lib/confidentiality/public-provider';
import { SITE } from '../../../config';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const dir = await getDirectory();
  return dir.providers.filter((p) => p.services.length > 0).map((provider) => ({ params: { id: provider.id }, props: { provider } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { provider } = props as { provider: PublicProvider };
  const dir = await getDirectory();
  const file = shortlistProviderFile(provider, dir.buildDate, SITE.staleAfterMonths, await getAreaLabels());
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
