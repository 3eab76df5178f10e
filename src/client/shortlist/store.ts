/**
 * The shortlist in the browser: one shared list per device, for every island and script on the page.
 *
 * API (import from any island or <script>; it never throws, even with storage blocked or full):
 *
 *   import { getShortlist, has, toggle, add, remove, clear, subscribe, persistence } from '…/scripts/shortlist-client';
 *
 *   getShortlist(): ServiceKey[]             keys 'providerId/serviceId', in the order they were added
 *   snapshot(): readonly ServiceKey[]        the same, without copying (stable between changes)
 *   has(key): boolean
 *   toggle(key): boolean                     true when the key is in the list afterwards
 *   add(key) / remove(key) / clear()
 *   subscribe(cb: (keys) => void): () => void
 *                                            cb runs on every change (this tab or another tab);
 *                                            call the returned function to stop listening
 *   persistence(): 'device' | 'memory'       'memory' when storage is unavailable or full: the list
 *                                            then lasts only until the page is closed
 *
 * Every change also dispatches `window` event `shortlist-change` (a CustomEvent whose `detail` is
 * `{ keys: ServiceKey[] }`), for code that prefers events to imports:
 *
 *   window.addEventListener('shortlist-change', (e) => render((e as CustomEvent).detail.keys));
 *
 * To add an "Add to shortlist" button elsewhere (search results, map popups), render
 * `<button type="button" data-shortlist-key="providerId/serviceId" hidden>` with the
 * `data-label-add` and `data-label-remove` texts and import `./shortlist-buttons` once; or call
 * `toggle(key)` from your own handler. Stored under localStorage key 'shortlist:v1'.
 */
import { createShortlistStorage, isServiceKey, toggleKey, STORAGE_KEY, type Persistence, type ServiceKey } from '../../lib/shortlist/selection';

export type { ServiceKey } from '../../lib/shortlist/selection';
export const SHORTLIST_EVENT = 'shortlist-change';

const storage = createShortlistStorage(() => (typeof window === 'undefined' ? undefined : window.localStorage));
let keys: ServiceKey[] = storage.read();
const listeners = new Set<(keys: ServiceKey[]) => void>();

function emit(): void {
  const snapshot = [...keys];
  for (const cb of listeners) cb(snapshot);
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(SHORTLIST_EVENT, { detail: { keys: snapshot } }));
}

function set(next: ServiceKey[]): void {
  keys = next;
  storage.write(keys);
  emit();
}

export function getShortlist(): ServiceKey[] {
  return [...keys];
}

/** The current list itself (not a copy): the same array until the next change, for React's useSyncExternalStore. */
export function snapshot(): readonly ServiceKey[] {
  return keys;
}

export function has(key: string): boolean {
  return keys.includes(key as ServiceKey);
}

export function toggle(key: string): boolean {
  if (!isServiceKey(key)) return false;
  set(toggleKey(keys, key));
  return keys.includes(key);
}

export function add(key: string): void {
  if (isServiceKey(key) && !keys.includes(key)) set([...keys, key]);
}

export function remove(key: string): void {
  if (keys.includes(key as ServiceKey)) set(keys.filter((k) => k !== key));
}

export function clear(): void {
  set([]);
}

export function subscribe(cb: (keys: ServiceKey[]) => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

export function persistence(): Persistence {
  return storage.persistence();
}

/** True when the stored list could not be read at load and was ignored (it is replaced on the next change). */
export function wasCorrupted(): boolean {
  return storage.wasCorrupted();
}

// Another tab changed the list: follow it.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== STORAGE_KEY && e.key !== null) return;
    keys = storage.read();
    emit();
  });
}
