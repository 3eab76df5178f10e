import { describe, expect, it } from 'vitest';
import {
  createShortlistStorage,
  parseServiceKey,
  parseStored,
  STORAGE_KEY,
  toggleKey,
  type ServiceKey,
  type StorageLike,
} from '../../src/lib/shortlist/selection';
import { decodeSelection, encodeSelection, selectionQuery } from '../../src/lib/shortlist/shared-link';
import { documentKey, mergeDocuments } from '../../src/lib/shortlist/documents';

class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) { this.data.set(k, v); }
  removeItem(k: string) { this.data.delete(k); }
}

describe('service keys', () => {
  it('accepts providerId/serviceId slugs only', () => {
    expect(parseServiceKey('dasm-cluj-napoca/cantina-sociala')).toEqual({ providerId: 'dasm-cluj-napoca', serviceId: 'cantina-sociala' });
    for (const bad of ['dasm', 'a/b/c', 'A/b', 'a/', '/b', 'a b/c', 'a_b/c', 'a.b/c']) expect(parseServiceKey(bad)).toBeUndefined();
  });
});

describe('selection links', () => {
  const keys: ServiceKey[] = ['dasm-cluj-napoca/cantina-sociala', 'asociatia-x/consiliere', 'dasm-cluj-napoca/centrul-de-urgenta-sociala'];

  it('groups consecutive services of a provider in a short, URL-safe value, in the shortlist order', () => {
    const value = encodeSelection(keys);
    expect(value).toBe('dasm-cluj-napoca.cantina-sociala_asociatia-x.consiliere_dasm-cluj-napoca.centrul-de-urgenta-sociala');
    expect(encodeSelection(['p/a', 'p/b', 'q/c'])).toBe('p.a.b_q.c');
    // URLSearchParams leaves it untouched, so the link is as short as it looks.
    expect(new URLSearchParams({ s: value }).toString()).toBe(`s=${value}`);
  });

  it('round-trips in the same order: the sheet lists services as the shortlist does', () => {
    const decoded = decodeSelection(encodeSelection(keys));
    expect(decoded.unreadable).toBe(0);
    expect(decoded.overLimit).toBe(0);
    expect(decoded.keys).toEqual(keys);
    expect(decodeSelection(encodeSelection(decoded.keys)).keys).toEqual(decoded.keys);
  });

  it('drops duplicates when encoding and decoding', () => {
    expect(encodeSelection(['p/a', 'p/a', 'p/b'])).toBe('p.a.b');
    expect(decodeSelection('p.a.a_p.a').keys).toEqual(['p/a']);
  });

  it('refuses to encode something that is not a key', () => {
    expect(() => encodeSelection(['not a key'])).toThrow(/not a service key/);
  });

  it('counts unreadable parts, never keeping their text, and keeps the good ones', () => {
    const decoded = decodeSelection('p.a_<script>_q_Q.b_r.B.c_p.a%20');
    expect(decoded).toEqual({ keys: ['p/a', 'r/c'], unreadable: 5, overLimit: 0 });
    expect(JSON.stringify(decoded)).not.toMatch(/script|%20/);
  });

  it('keeps at most 50 services and counts the rest', () => {
    const many = `p.${Array.from({ length: 60 }, (_, i) => `s${i}`).join('.')}`;
    const decoded = decodeSelection(many);
    expect(decoded.keys).toHaveLength(50);
    expect(decoded.keys[49]).toBe('p/s49');
    expect(decoded.overLimit).toBe(10);
    expect(decodeSelection('p.a.b.c', 2)).toEqual({ keys: ['p/a', 'p/b'], unreadable: 0, overLimit: 1 });
  });

  it('treats empty, missing and separator-only values as an empty selection', () => {
    for (const v of [null, undefined, '', '  ', '_', '__']) expect(decodeSelection(v)).toEqual({ keys: [], unreadable: 0, overLimit: 0 });
  });

  it('builds the query string of a sheet', () => {
    expect(selectionQuery([])).toBe('');
    expect(selectionQuery(['p/a', 'q/b'])).toBe('?s=p.a_q.b');
  });
});

describe('documents to bring', () => {
  it('compares without case, diacritics (comma or cedilla), spacing or final dot', () => {
    expect(documentKey('Certificat de încadrare în grad de handicap.')).toBe(documentKey('certificat de incadrare in  grad de handicap'));
    expect(documentKey('Adeverință')).toBe(documentKey('ADEVERINŢĂ')); // ț (comma) vs Ţ (cedilla)
    expect(documentKey('Buletin')).not.toBe(documentKey('Certificat'));
  });

  it('merges across services, keeps the first wording and says who needs what', () => {
    const merged = mergeDocuments([
      { id: 'p/a', documents: ['Carte de identitate', 'Adeverință de venit'] },
      { id: 'p/b', documents: ['carte de identitate.', 'Certificat de naștere'] },
      { id: 'q/c', documents: ['CARTE DE IDENTITATE', 'Adeverinţă de venit', '  '] },
    ]);
    expect(merged).toEqual([
      { text: 'Carte de identitate', neededBy: ['p/a', 'p/b', 'q/c'] },
      { text: 'Adeverință de venit', neededBy: ['p/a', 'q/c'] },
      { text: 'Certificat de naștere', neededBy: ['p/b'] },
    ]);
  });

  it('lists a document once even when one service repeats it', () => {
    expect(mergeDocuments([{ id: 'p/a', documents: ['Buletin', 'buletin'] }])).toEqual([{ text: 'Buletin', neededBy: ['p/a'] }]);
  });
});

describe('storage on the device', () => {
  it('saves and reads back, and clears the key when empty', () => {
    const storage = new MemoryStorage();
    const store = createShortlistStorage(storage);
    expect(store.read()).toEqual([]);
    expect(store.write(['p/a', 'q/b'])).toBe('device');
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual({ v: 1, keys: ['p/a', 'q/b'] });
    expect(createShortlistStorage(storage).read()).toEqual(['p/a', 'q/b']);
    store.write([]);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('survives a corrupted value: empty list, flagged, overwritten on the next save', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{not json');
    const store = createShortlistStorage(storage);
    expect(store.read()).toEqual([]);
    expect(store.wasCorrupted()).toBe(true);
    store.write(['p/a']);
    expect(store.read()).toEqual(['p/a']);
    expect(store.wasCorrupted()).toBe(false);
  });

  it('keeps the valid keys of a partly wrong value', () => {
    expect(parseStored(JSON.stringify({ v: 1, keys: ['p/a', 42, 'bad', 'p/a', 'q/b'] }))).toEqual({ keys: ['p/a', 'q/b'], corrupted: true });
    expect(parseStored('["p/a"]')).toEqual({ keys: ['p/a'], corrupted: false });
    expect(parseStored('"p/a"')).toEqual({ keys: [], corrupted: true });
    expect(parseStored('null')).toEqual({ keys: [], corrupted: true });
  });

  it('falls back to memory when the quota is full, without throwing', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    const store = createShortlistStorage(storage);
    expect(store.write(['p/a'])).toBe('memory');
    expect(store.persistence()).toBe('memory');
    expect(store.read()).toEqual(['p/a']);
    expect(store.write(['p/a', 'p/b'])).toBe('memory');
    expect(store.read()).toEqual(['p/a', 'p/b']);
  });

  it('works in memory when there is no storage, or touching it throws', () => {
    for (const missing of [undefined, null, () => { throw new DOMException('denied', 'SecurityError'); }]) {
      const store = createShortlistStorage(missing);
      expect(store.persistence()).toBe('memory');
      store.write(['p/a']);
      expect(store.read()).toEqual(['p/a']);
    }
  });

  it('falls back to memory when reading throws', () => {
    const store = createShortlistStorage({ getItem: () => { throw new Error('revoked'); }, setItem: () => {}, removeItem: () => {} });
    expect(store.read()).toEqual([]);
    expect(store.persistence()).toBe('memory');
  });

  it('toggles a key', () => {
    expect(toggleKey(['p/a'], 'p/b')).toEqual(['p/a', 'p/b']);
    expect(toggleKey(['p/a', 'p/b'], 'p/a')).toEqual(['p/b']);
  });
});

describe('fetching a shared selection in small batches', () => {
  it('never runs more than a batch at once, and keeps the order', async () => {
    const { mapInBatches } = await import('../../src/lib/shortlist/batches');
    let running = 0;
    let most = 0;
    const out = await mapInBatches(Array.from({ length: 10 }, (_, i) => i), 4, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return n * 2;
    });
    expect(out).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(most).toBe(4);
  });
});
