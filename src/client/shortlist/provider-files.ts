/**
 * Loads what the referral views show about a set of service keys, from the static per-provider
 * files (one language-neutral file per provider, src/lib/shortlist/provider-file.ts), a few files at
 * a time, and words them in the page's language with `localizeReferral`. Keys whose provider file or
 * service is missing are returned as `unknown` (no longer in the directory); files that could not be
 * loaded as `unavailable`, with the cause (the network did not answer, offline and not cached; the
 * server answered with an error; or the file could not be read, an old copy of another shape
 * included), so the page never confuses the two and can say what really happened.
 */
import { parseServiceKey, type ServiceKey } from '../../lib/shortlist/selection';
import { mapInBatches } from '../../lib/shortlist/batches';
import { shortlistDataPath } from '../../lib/routes';
import { localizeReferral, SHORTLIST_FILE_VERSION, type ReferralT, type ShortlistProviderFile, type TermLabels } from '../../lib/shortlist/provider-file';
// Types only: the island bundle must not pull in the build-side view code and every catalogue.
import type { ReferralService } from '../../lib/shortlist/service-view';
import type { Lang } from '../../locales';

/** Why a file could not be loaded: no answer, an error answer, or an answer that is not the file. */
export type LoadFailure = 'network' | 'server' | 'data';

export interface ResolvedSelection {
  services: ReferralService[];
  unknown: ServiceKey[];
  unavailable: ServiceKey[];
  /** How many of `unavailable` failed for each cause. */
  failures: Record<LoadFailure, number>;
}

/** What wording a file needs: the page's language, the islands' translator and the term labels. */
export interface Wording {
  lang: Lang;
  t: ReferralT;
  labels: TermLabels;
}

/** Provider files fetched at once. */
export const BATCH_SIZE = 4;

type Fetched = ShortlistProviderFile | 'missing' | { failed: LoadFailure };
const cache = new Map<string, Promise<Fetched>>();

/** A file of another shape (an old copy kept offline) is not misread: it counts as not loaded. */
function isProviderFile(v: unknown): v is ShortlistProviderFile {
  return typeof v === 'object' && v !== null && (v as { v?: unknown }).v === SHORTLIST_FILE_VERSION && Array.isArray((v as { services?: unknown }).services);
}

function fetchProvider(providerId: string): Promise<Fetched> {
  const url = shortlistDataPath(providerId);
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url, { credentials: 'omit' })
      .then(async (r): Promise<Fetched> => {
        if (r.status === 404 || r.status === 410) return 'missing';
        if (!r.ok) return { failed: 'server' };
        const data: unknown = await r.json().catch(() => undefined);
        return isProviderFile(data) ? data : { failed: 'data' };
      })
      .catch((): Fetched => ({ failed: 'network' }));
    // A failure is not cached: the next attempt (back online) tries again.
    pending.then((f) => { if (typeof f === 'object' && 'failed' in f) cache.delete(url); });
    cache.set(url, pending);
  }
  return pending;
}

/** Resolves keys in their order; never throws. */
export async function resolveSelection(wording: Wording, keys: readonly ServiceKey[]): Promise<ResolvedSelection> {
  const providerIds = [...new Set(keys.map((k) => parseServiceKey(k)?.providerId).filter((id): id is string => id !== undefined))];
  const files = new Map(await mapInBatches(providerIds, BATCH_SIZE, async (id) => [id, await fetchProvider(id)] as const));
  const worded = new Map<string, ReferralService[]>();
  const servicesOf = (file: ShortlistProviderFile) => {
    let list = worded.get(file.id);
    if (!list) worded.set(file.id, (list = localizeReferral(file, wording.lang, wording.t, wording.labels)));
    return list;
  };
  const result: ResolvedSelection = { services: [], unknown: [], unavailable: [], failures: { network: 0, server: 0, data: 0 } };
  for (const key of keys) {
    const parsed = parseServiceKey(key);
    const file = parsed && files.get(parsed.providerId);
    if (file && typeof file === 'object' && 'failed' in file) {
      result.unavailable.push(key);
      result.failures[file.failed]++;
    } else if (!file || file === 'missing') result.unknown.push(key);
    else {
      const service = servicesOf(file).find((s) => s.id === parsed?.serviceId);
      if (service) result.services.push(service);
      else result.unknown.push(key);
    }
  }
  return result;
}
