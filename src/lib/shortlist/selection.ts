/**
 * The caseworker's shortlist: which services are chosen, how a choice travels in a link, and how
 * it is kept on the device. Pure: no DOM globals are touched here (storage is passed in), so the
 * same code runs in Node tests and in the browser.
 *
 * Nothing about the person being helped is ever part of a shortlist: only service keys.
 */

/** A service key: `providerId/serviceId`, both kebab-case slugs as in content/providers. */
export type ServiceKey = `${string}/${string}`;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function serviceKey(providerId: string, serviceId: string): ServiceKey {
  return `${providerId}/${serviceId}`;
}

/** Splits a key into its ids, or undefined when it is not two slugs joined by one slash. */
export function parseServiceKey(key: string): { providerId: string; serviceId: string } | undefined {
  const parts = key.split('/');
  if (parts.length !== 2) return undefined;
  const [providerId, serviceId] = parts as [string, string];
  return SLUG.test(providerId) && SLUG.test(serviceId) ? { providerId, serviceId } : undefined;
}

export function isServiceKey(key: unknown): key is ServiceKey {
  return typeof key === 'string' && parseServiceKey(key) !== undefined;
}

/* ------------------------------------------------------------------------------------------ */
/* Link encoding                                                                              */
/* ------------------------------------------------------------------------------------------ */

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
    if (provider === undefined || !SLUG.test(provider) || services.length === 0) {
      result.unreadable++;
      continue;
    }
    for (const service of services) {
      if (!SLUG.test(service)) {
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

/* ------------------------------------------------------------------------------------------ */
/* Documents to bring, merged across services                                                 */
/* ------------------------------------------------------------------------------------------ */

/**
 * The comparison form of a document name: no diacritics (ș and ş alike), lower case, single spaces,
 * no trailing punctuation. "Carte de identitate." and "carte de  identitate" are the same document.
 */
export function documentKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('ro')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!]+$/u, '')
    .trim();
}

export interface MergedDocument {
  /** The wording of the first service that asks for it. */
  text: string;
  /** Keys (or names) of the services that ask for it, in the order given. */
  neededBy: string[];
}

/**
 * Merges the "documents to bring" of several services into one list without duplicates,
 * keeping the first wording and recording which services need each document.
 */
export function mergeDocuments(services: ReadonlyArray<{ id: string; documents: readonly string[] }>): MergedDocument[] {
  const merged = new Map<string, MergedDocument>();
  for (const s of services) {
    for (const doc of s.documents) {
      const key = documentKey(doc);
      if (key === '') continue;
      const found = merged.get(key);
      if (!found) merged.set(key, { text: doc.trim(), neededBy: [s.id] });
      else if (!found.neededBy.includes(s.id)) found.neededBy.push(s.id);
    }
  }
  return [...merged.values()];
}

/* ------------------------------------------------------------------------------------------ */
/* Keeping the shortlist on the device                                                         */
/* ------------------------------------------------------------------------------------------ */

/** The part of the Web Storage API the shortlist needs; `localStorage` fits, so does a test double. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const STORAGE_KEY = 'shortlist:v1';

/** Where the shortlist lives now: on the device, or only in this page's memory (lost on reload). */
export type Persistence = 'device' | 'memory';

export interface ShortlistStorage {
  read(): ServiceKey[];
  /** Saves; returns where the list is kept after the attempt. Never throws. */
  write(keys: readonly ServiceKey[]): Persistence;
  persistence(): Persistence;
  /** True when the last read found a stored value it could not understand (and ignored). */
  wasCorrupted(): boolean;
}

/** Reads the stored value: `{"v":1,"keys":[...]}`; a bare array is accepted too. Invalid keys are skipped. */
export function parseStored(raw: string | null): { keys: ServiceKey[]; corrupted: boolean } {
  if (raw === null || raw === '') return { keys: [], corrupted: false };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { keys: [], corrupted: true };
  }
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? (value as { keys?: unknown }).keys : undefined;
  if (!Array.isArray(list)) return { keys: [], corrupted: true };
  const keys = [...new Set(list.filter(isServiceKey))];
  return { keys, corrupted: keys.length !== list.length };
}

/**
 * Wraps a Storage-like object so that nothing it does can break the page: a missing storage
 * (private mode, blocked cookies), a corrupted value or a full quota turn into an in-memory list.
 * Pass a function for storage whose mere access may throw (`() => window.localStorage`).
 */
export function createShortlistStorage(storage: StorageLike | null | undefined | (() => StorageLike | null | undefined), key = STORAGE_KEY): ShortlistStorage {
  let backend: StorageLike | undefined;
  try {
    backend = (typeof storage === 'function' ? storage() : storage) ?? undefined;
  } catch {
    backend = undefined;
  }
  let memory: ServiceKey[] = [];
  let mode: Persistence = backend ? 'device' : 'memory';
  let corrupted = false;

  return {
    read() {
      if (mode === 'memory' || !backend) return [...memory];
      try {
        const parsed = parseStored(backend.getItem(key));
        corrupted = parsed.corrupted;
        memory = parsed.keys;
      } catch {
        mode = 'memory';
      }
      return [...memory];
    },
    write(keys) {
      memory = [...new Set(keys.filter(isServiceKey))];
      if (mode === 'memory' || !backend) return 'memory';
      try {
        if (memory.length === 0) backend.removeItem(key);
        else backend.setItem(key, JSON.stringify({ v: 1, keys: memory }));
        corrupted = false;
      } catch {
        // QuotaExceededError or storage revoked: keep working from memory for this page.
        mode = 'memory';
      }
      return mode;
    },
    persistence: () => mode,
    wasCorrupted: () => corrupted,
  };
}

/** Adds the key when absent, removes it when present; returns the new list. */
export function toggleKey(keys: readonly ServiceKey[], key: ServiceKey): ServiceKey[] {
  return keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key];
}
