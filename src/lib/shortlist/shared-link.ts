/**
 * How a shortlist travels in a link: the `s` parameter of the referral sheet (`/shortlist/sheet/?s=…`),
 * written by the shortlist and read by the sheet. Apart from ./selection.ts, which every page with
 * an "Add to shortlist" button loads, since only those two pages need it.
 */
import { isSlug, parseServiceKey, serviceKey, type ServiceKey } from './selection';

/** The query parameter that carries a selection: `/shortlist/sheet/?s=…`. */
export const SELECTION_PARAM = 's';

/*
 * Format (version 1 of the `s` parameter): services in the shortlist's order, consecutive services of
 * one provider grouped, the provider id first, then its service ids, joined by '.'; groups joined by '_'.
 * A provider whose services are not next to each other appears in more than one group, so the order
 * the caseworker chose survives the link (the sheet lists services in the link's order).
 *
 *   dasm-cluj-napoca.cantina-sociala.centrul-de-urgenta-sociala_asociatia-x.consiliere_dasm-cluj-napoca.locuinte
 *
 * Slugs only hold [a-z0-9-], so '.' and '_' can never be part of an id, and all four characters are
 * left as they are by URLSearchParams and by QR-code readers: the link stays short and readable.
 * A later, different format would use another parameter name, so old printed QR codes keep working.
 */
const GROUP_SEP = '_';
const ID_SEP = '.';

/**
 * Encodes keys into the compact `s` value, keeping their order and dropping duplicates.
 * @example encodeSelection(['p/a', 'q/c', 'p/b']) // 'p.a_q.c_p.b' (not 'p.a.b_q.c': that would reorder)
 */
export function encodeSelection(keys: readonly string[]): string {
  const groups: Array<[provider: string, services: string[]]> = [];
  const seen = new Set<string>();
  for (const key of keys) {
    const parsed = parseServiceKey(key);
    if (!parsed) throw new Error(`'${key}' is not a service key (providerId/serviceId)`);
    if (seen.has(key)) continue;
    seen.add(key);
    const last = groups[groups.length - 1];
    if (last && last[0] === parsed.providerId) last[1].push(parsed.serviceId);
    else groups.push([parsed.providerId, [parsed.serviceId]]);
  }
  return groups.map(([provider, services]) => [provider, ...services].join(ID_SEP)).join(GROUP_SEP);
}

/**
 * The most services one shared link rebuilds. A sheet is meant for one person's few referrals; a
 * link with hundreds of keys (by mistake or on purpose) would fetch hundreds of files.
 */
export const MAX_SHARED_SERVICES = 50;

export interface DecodedSelection {
  /** Well-formed keys in the link, in order, without duplicates, at most MAX_SHARED_SERVICES. */
  keys: ServiceKey[];
  /**
   * How many parts of the value could not be read as a provider followed by service ids. Only the
   * number: text from a link is never shown on the page as if the site had said it.
   */
  unreadable: number;
  /** How many well-formed keys were left out beyond MAX_SHARED_SERVICES. */
  overLimit: number;
}

/**
 * Reads an `s` value: the keys it holds (at most `max`), and how many parts were unreadable or
 * over the limit.
 *
 * @example decodeSelection('p.a.b_q.c_<b>x</b>') → { keys: ['p/a', 'p/b', 'q/c'], unreadable: 1, overLimit: 0 }
 */
export function decodeSelection(value: string | null | undefined, max = MAX_SHARED_SERVICES): DecodedSelection {
  const result: DecodedSelection = { keys: [], unreadable: 0, overLimit: 0 };
  const text = (value ?? '').trim();
  if (text === '') return result;
  const seen = new Set<ServiceKey>();
  for (const group of text.split(GROUP_SEP)) {
    if (group === '') continue; // a doubled or trailing separator loses nothing
    const [provider, ...services] = group.split(ID_SEP);
    if (provider === undefined || !isSlug(provider) || services.length === 0) {
      result.unreadable++;
      continue;
    }
    for (const service of services) {
      if (!isSlug(service)) {
        result.unreadable++;
        continue;
      }
      const key = serviceKey(provider, service);
      if (seen.has(key)) continue;
      seen.add(key);
      if (result.keys.length < max) result.keys.push(key);
      else result.overLimit++;
    }
  }
  return result;
}

/** The path and query of a sheet for a selection, e.g. `/en/shortlist/sheet/?s=…`. */
export function selectionQuery(keys: readonly string[]): string {
  return keys.length === 0 ? '' : `?${SELECTION_PARAM}=${encodeSelection(keys)}`;
}
