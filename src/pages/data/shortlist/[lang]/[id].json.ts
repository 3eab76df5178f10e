/**
 * /data/shortlist/<lang>/<providerId>.json: what the shortlist, compare table and referral sheet
 * show about one provider's services, in one language.
 *
 * One small file per provider rather than one file of everything: a shortlist holds a handful of
 * services from a few providers, so the browser fetches a few kilobytes whether the directory holds
 * 50 providers or 50,000 (one file of everything would grow with the directory, to megabytes, on a
 * caseworker's phone). The files are static, so a service worker can keep them for offline use.
 * Providers without documented services get no file; a link naming them reports them as unknown.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory, termMap } from '../../../../collections/directory';
import { LANGS, type Lang } from '../../../../locales';
import { referralProviderFile } from '../../../../lib/shortlist/service-view';
import type { PublicProvider } from '../../../../lib/confidentiality/public-provider';
import { SITE } from '../../../../config';

export const getStaticPaths = (async () => {
  const dir = await getDirectory();
  return LANGS.flatMap((lang) => dir.providers.filter((p) => p.services.length > 0).map((provider) => ({ params: { lang, id: provider.id }, props: { lang, provider } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { lang, provider } = props as { lang: Lang; provider: PublicProvider };
  const dir = await getDirectory();
  const terms = { categories: termMap(dir.beneficiaryCategories), types: termMap(dir.serviceTypes), areas: termMap(dir.areas) };
  const file = referralProviderFile(provider, lang, terms, dir.buildDate, SITE.staleAfterMonths);
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
