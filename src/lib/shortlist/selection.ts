/**
 * The caseworker's shortlist: which services are chosen and how they are kept on the device (how a
 * choice travels in a link: ./shared-link.ts; documents to bring: ./documents.ts). Pure: no DOM globals are touched here (storage is passed in), so the
 * same code runs in Node tests and in the browser.
 *
 * Nothing about the person being helped is ever part of a shortlist: only service keys.
 */

/** A service key: `providerId/serviceId`, both kebab-case slugs as in content/providers. */
export type ServiceKey = `${string}/${string}`;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A provider or service id as content/providers writes them: a kebab-case slug. */
export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

export function serviceKey(providerId: string, serviceId: string): ServiceKey {
  return `${providerId}/${serviceId}`;
}

/** Splits a key into its ids, or undefined when it is not two slugs joined by one slash. */
export function parseServiceKey(key: string): { providerId: string; serviceId: string } | undefined {
  const parts = key.split('/');
  if (parts.length !== 2) return undefined;
  const [providerId, serviceId] = parts as [string, string];
  return isSlug(providerId) && isSlug(serviceId) ? { providerId, serviceId } : undefined;
}

export function isServiceKey(key: unknown): key is ServiceKey {
  return typeof key === 'string' && parseServiceKey(key) !== undefined;
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
