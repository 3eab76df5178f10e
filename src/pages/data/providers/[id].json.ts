// One provider's file as data (/data/providers/<id>.json), which the entry builder loads to
// "correct an existing entry". From the public provider: no confidential address can be in it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../../../collections/directory';
import { providerSource, type ProviderSource } from '../../../lib/ingest/provider-source';

export const getStaticPaths = (async () => {
  const dir = await getDirectory();
  return dir.providers.map((p) => ({ params: { id: p.id }, props: { source: providerSource(p, dir.providerFiles.get(p.id)) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { source } = props as { source: ProviderSource };
  return new Response(`${JSON.stringify(source)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
