/**
 * Loads what the referral views show about a set of service keys, from the static per-provider
 * files (one language-neutral file per provider, src/lib/shortlist/provider-file.ts), and words them
 * in the page's language with `localizeReferral`. Keys whose provider file or service is missing are
 * returned as `unknown` (no longer in the directory); files that could not be fetched at all
 * (offline and not cached) as `unavailable`, so the page never confuses the two.
 */
import { parseServiceKey, type ServiceKey } from '../../lib/shortlist/selection';
import { shortlistDataPath } from '../../lib/routes';
import { localizeReferral, SHORTLIST_FILE_VERSION, type ReferralT, type ShortlistProviderFile, type TermLabels } from '../../lib/shortlist/provider-file';
// Types only: the island bundle must not pull in the build-side view code and every catalogue.
import type { ReferralService } from '../../lib/shortlist/service-view';
import type { Lang } from '../../locales';

export interface ResolvedSelection {
  services: ReferralService[];
  unknown: ServiceKey[];
  unavailable: ServiceKey[];
}

/** What wording a file needs: the page's language, the islands' translator and the term labels. */
export interface Wording {
  lang: Lang;
  t: ReferralT;
  labels: TermLabels;
}

type Fetched = ShortlistProviderFile | 'missing' | 'failed';
const cache = new Map<string, Promise<Fetched>>();

function fetchProvider(providerId: string): Promise<Fetched> {
  const url = shortlistDataPath(providerId);
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url, { credentials: 'omit' })
      .then(async (r): Promise<Fetched> => {
        if (r.status === 404 || r.status === 410) return 'missing';
        if (!r.ok) return 'failed';
        const file = (await r.json()) as ShortlistProviderFile;
        // A file of another shape (an old copy kept offline) is not misread: it counts as not loaded.
        return file.v === SHORTLIST_FILE_VERSION ? file : 'failed';
      })
      .catch((): Fetched => 'failed');
    // A failure is not cached: the next attempt (back online) tries again.
    pending.then((f) => { if (f === 'failed') cache.delete(url); });
    cache.set(url, pending);
  }
  return pending;
}

/** Resolves keys in their order; never throws. */
export async function resolveSelection(wording: Wording, keys: readonly ServiceKey[]): Promise<ResolvedSelection> {
  const providerIds = [...new Set(keys.map((k) => parseServiceKey(k)?.providerId).filter((id): id is string => id !== undefined))];
  const files = new Map(await Promise.all(providerIds.map(async (id) => [id, await fetchProvider(id)] as const)));
  const worded = new Map<string, ReferralService[]>();
  const servicesOf = (file: ShortlistProviderFile) => {
    let list = worded.get(file.id);
    if (!list) worded.set(file.id, (list = localizeReferral(file, wording.lang, wording.t, wording.labels)));
    return list;
  };
  const result: ResolvedSelection = { services: [], unknown: [], unavailable: [] };
  for (const key of keys) {
    const parsed = parseServiceKey(key);
    const file = parsed && files.get(parsed.providerId);
    if (file === 'failed') result.unavailable.push(key);
    else if (!file || file === 'missing') result.unknown.push(key);
    else {
      const service = servicesOf(file).find((s) => s.id === parsed?.serviceId);
      if (service) result.services.push(service);
      else result.unknown.push(key);
    }
  }
  return result;
}
