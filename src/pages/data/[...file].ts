// The open-data files (/data/providers.json, /data/services.csv, /data/hsds/...), written at build
// time from src/lib/export; the downloads page at /data/ lists them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getExportFiles } from '../../collections/directory';
import type { DataFile } from '../../lib/export';

export const getStaticPaths = (async () => {
  const files = await getExportFiles();
  return files.map((f) => ({ params: { file: f.path.replace(/^data\//, '') }, props: { file: f } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: DataFile };
  return new Response(file.body(), { headers: { 'Content-Type': file.mediaType } });
};
