/** The pure parts of the search island's hooks and controls (src/lib/search). */
import { describe, expect, it } from 'vitest';
import { defaultOpenAt, parseAge, searchOrigin, shownTerms, toggled, weekdayNames, withCount, type AreaTerm } from '../../src/lib/search/controls';
import { addressFor, clockTime, decodeState, EMPTY_STATE, hasCriteria, knownValues, parseClockTime } from '../../src/lib/search/url-state';
import { initialShards, loadShards, missingShards, type SearchManifest, type ShardPart } from '../../src/lib/search/shards';

describe('controls', () => {
  it('name the weekdays in each language, Sunday first as the address numbers them', () => {
    expect(weekdayNames('en')).toEqual(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
    expect(weekdayNames('ro')[1]).toBe('luni');
    expect(weekdayNames('hu')[1]).toBe('hétfő');
  });
  it('write counts the way each language groups digits', () => {
    expect(withCount('Copii', 1234, 'ro')).toBe('Copii (1.234)');
    expect(withCount('Children', 1234, 'en')).toBe('Children (1,234)');
    expect(withCount('Gyermekek', 1234, 'hu')).toBe('Gyermekek (1234)');
    expect(withCount('Gyermekek', 12345, 'hu')).toBe('Gyermekek (12\u00a0345)');
    expect(withCount('Copii', undefined, 'ro')).toBe('Copii (0)');
  });
  it('list the choices with results, and the ones ticked even without', () => {
    const terms = [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }];
    expect(shownTerms(terms, { a: 2, b: 0 }, ['c']).map((t) => t.id)).toEqual(['a', 'c']);
  });
  it('tick and untick a value once', () => {
    expect(toggled(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
  });
  it('take an age of 0 to 120 whole years, and nothing else', () => {
    expect(parseAge('70')).toBe(70);
    expect(parseAge('0')).toBe(0);
    for (const bad of ['', '121', '-1', '7.5', 'abc']) expect(parseAge(bad)).toBeNull();
  });
  it('propose today at 10:00 in Cluj-Napoca for "open at"', () => {
    // 23:30 on a Monday in UTC is already Tuesday in Cluj-Napoca.
    expect(defaultOpenAt(new Date('2026-11-23T23:30:00Z'))).toEqual({ kind: 'at', day: 2, minute: 600 });
  });
  it('measure distances from the position, else from the chosen area, else not at all', () => {
    const areas = new Map<string, AreaTerm>([['marasti', { id: 'marasti', label: 'Mărăști', lat: 46.7775, lng: 23.6145 }], ['judet', { id: 'judet', label: 'Județ' }]]);
    const here = { lat: 46.77, lng: 23.59 };
    expect(searchOrigin(here, 'marasti', areas)).toBe(here);
    expect(searchOrigin(null, 'marasti', areas)).toEqual({ lat: 46.7775, lng: 23.6145 });
    expect(searchOrigin(null, 'judet', areas)).toBeNull();
    expect(searchOrigin(null, null, areas)).toBeNull();
  });
});

describe('the address', () => {
  const at = (search: string) => ({ pathname: '/en/', search, hash: '#search' });
  it('is replaced only when the state says something else', () => {
    expect(addressFor(at(''), EMPTY_STATE)).toBeNull();
    expect(addressFor(at(''), { ...EMPTY_STATE, q: 'food' })).toBe('/en/?q=food#search');
    expect(addressFor(at('?q=food'), { ...EMPTY_STATE, q: 'food' })).toBeNull();
    expect(addressFor(at('?q=food'), EMPTY_STATE)).toBe('/en/#search');
  });
  it('has something to clear unless only the view was chosen', () => {
    expect(hasCriteria(EMPTY_STATE)).toBe(false);
    expect(hasCriteria({ ...EMPTY_STATE, view: 'map' })).toBe(false);
    expect(hasCriteria({ ...EMPTY_STATE, near: 'marasti' })).toBe(true);
    expect(hasCriteria({ ...EMPTY_STATE, filters: { ...EMPTY_STATE.filters, age: 0 } })).toBe(true);
  });
  it('writes and reads times of day as a time input does', () => {
    expect(clockTime(870)).toBe('14:30');
    expect(clockTime(5)).toBe('00:05');
    expect(parseClockTime('14:30')).toBe(870);
    expect(parseClockTime('09:15:00')).toBe(555);
    for (const bad of ['', '24:00', '9:15', '12:60']) expect(parseClockTime(bad)).toBeNull();
  });
  it('knows the values of the data it was read with', () => {
    const known = knownValues({ cats: ['elderly'], types: ['shelter'], areas: ['marasti'], langs: ['hu'] });
    expect(decodeState('cat=elderly,x&type=shelter&area=marasti&language=hu,de', known).unrecognised).toBe(2);
  });
});

describe('loading shards', () => {
  // romania > judetul-cluj > marasti; romania > judetul-alba
  const manifest = {
    areas: ['romania', 'judetul-cluj', 'marasti', 'judetul-alba'],
    areaParent: [-1, 0, 1, 0],
    shards: [{ id: 'judetul-alba', rows: 1 }, { id: 'judetul-cluj', rows: 1 }, { id: 'national', rows: 1 }],
  } satisfies Pick<SearchManifest, 'areas' | 'areaParent' | 'shards'>;
  const part = (id: string): ShardPart => ({ id, providers: [], rows: [], order: [] });

  it('starts with the home county and the national services, plus what the address asks for', () => {
    expect(initialShards(manifest, [])).toEqual(['judetul-cluj', 'national']);
    expect(initialShards(manifest, ['judetul-alba'])).toEqual(['judetul-cluj', 'national', 'judetul-alba']);
    expect(initialShards(manifest, ['romania'])).toEqual(['judetul-cluj', 'national', 'judetul-alba']);
    // A directory without the home county loads everything it has.
    expect(initialShards({ ...manifest, shards: [{ id: 'judetul-alba', rows: 1 }] }, [])).toEqual(['judetul-alba']);
  });
  it('fetches only the shards it does not have, and names the ones still missing', async () => {
    const asked: string[] = [];
    const get = async (url: string) => { asked.push(url); return part(url.replace(/^.*\/|\.json$/g, '')); };
    const have = new Map([['national', part('national')]]);
    const loaded = await loadShards('/data/search/ro/', ['judetul-cluj', 'national'], have, get);
    expect(asked).toEqual(['/data/search/ro/judetul-cluj.json']);
    expect([...loaded.keys()].sort()).toEqual(['judetul-cluj', 'national']);
    expect(have.size).toBe(1);
    expect([...missingShards(manifest, loaded)]).toEqual(['judetul-alba']);
  });
  it('fails when a shard cannot be fetched, so the island can say so', async () => {
    const get = async (url: string) => { throw new Error(`${url}: 404`); };
    await expect(loadShards('/data/search/ro/', ['judetul-alba'], new Map(), get)).rejects.toThrow('judetul-alba.json: 404');
  });
});
