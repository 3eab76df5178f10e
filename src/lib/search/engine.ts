/**
 * In-browser search over the static index: filters first (one bitset per facet value), then
 * token-prefix matching on an inverted index, and fuse.js only for a word that matches nothing,
 * over the vocabulary of words (not over every record). Facet counts are live: each facet is
 * counted with the query and every other active filter applied.
 *
 * The index format (./index-data.ts) stays in this folder: the engine answers with result objects
 * and map points (./results.ts), so the island never reads a row.
 */
import type Fuse from 'fuse.js';
import { stem, words as foldWords } from './text-normalise';
import { compiledStateOn, nextDateOnWeekday, bucharestWallClock } from '../hours/compiled';
import { nearestKm, type LatLng } from '../map/geo';
import type { MapPoint } from '../map/core';
import * as B from './bitset';
import { FLAG, R, type SearchIndexData } from './index-data';
import { hitOf, mapPointsOf, rowPlaces, type SearchHit } from './results';

export type { AccessMode, CostKind, SearchHit } from './results';

/** The fuse.js class, passed in so that it can load after the first results (it is only the typo fallback). */
export type FuseClass = typeof Fuse;

export type OpenFilter = { kind: 'now' } | { kind: 'at'; day: number; minute: number };
export type SortKey = 'relevance' | 'name' | 'distance';

export interface Filters {
  cat: string[];
  type: string[];
  area: string[];
  language: string[];
  free: boolean;
  walkIn: boolean;
  wheelchair: boolean;
  open: OpenFilter | null;
  age: number | null;
}

export const NO_FILTERS: Filters = { cat: [], type: [], area: [], language: [], free: false, walkIn: false, wheelchair: false, open: null, age: null };

export interface SearchRequest {
  q: string;
  filters: Filters;
  sort: SortKey;
  /** Needed for sort 'distance'; never leaves the browser. */
  from?: LatLng | null;
  /** "Now", for the open-now filter and status. */
  now: Date;
  /** How many results to return (the rest are only counted). */
  limit: number;
  /** fuse.js, once it has loaded: typo tolerance for a word that matches nothing. Without it such a word finds nothing. */
  fuse?: FuseClass | null;
}

export interface FacetCounts {
  cat: Record<string, number>;
  type: Record<string, number>;
  area: Record<string, number>;
  language: Record<string, number>;
  free: number;
  walkIn: number;
  wheelchair: number;
  open: number;
}

export interface SearchResult {
  total: number;
  /** The best `limit` results, best first. */
  hits: SearchHit[];
  counts: FacetCounts;
  /** True when a word matched only through typo tolerance. */
  fuzzy: boolean;
}

/** The matching rows in order (all of them), with what the result needs besides. */
interface Matches {
  rows: number[];
  /** Distance per row of `rows` when sorted by distance. */
  km: number[] | null;
  counts: FacetCounts;
  fuzzy: boolean;
}

type MultiFacet = 'cat' | 'type' | 'area' | 'language';
type Toggle = 'free' | 'walkIn' | 'wheelchair' | 'open' | 'age';
const MULTI: MultiFacet[] = ['cat', 'type', 'area', 'language'];
const TOGGLES: Toggle[] = ['free', 'walkIn', 'wheelchair', 'open', 'age'];

interface TokenIndex {
  vocab: string[];
  postings: Uint32Array[];
}

function buildTokenIndex(map: Map<string, number[]>): TokenIndex {
  const vocab = [...map.keys()].sort();
  return { vocab, postings: vocab.map((t) => Uint32Array.from(map.get(t)!)) };
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SearchEngine {
  private readonly data: SearchIndexData;
  readonly size: number;
  private readonly facetBits: Record<MultiFacet, Map<string, B.Bits>>;
  private readonly flagBits: { free: B.Bits; walkIn: B.Bits; wheelchair: B.Bits };
  private readonly all: TokenIndex;
  private readonly names: TokenIndex;
  private readonly prefixCache = new Map<string, B.Bits>();
  private readonly fuseByInitial = new Map<string, Fuse<string>>();
  private fuseClass: FuseClass | null = null;
  private openCache: { key: string; bits: B.Bits } | null = null;
  private ageCache: { age: number; bits: B.Bits } | null = null;

  constructor(data: SearchIndexData) {
    this.data = data;
    const n = (this.size = data.rows.length);
    const direct = (len: number, field: typeof R.cats | typeof R.types | typeof R.areas | typeof R.langs) => {
      const bits = Array.from({ length: len }, () => B.empty(n));
      data.rows.forEach((row, i) => { for (const v of row[field]) B.set(bits[v]!, i); });
      return bits;
    };
    const toMap = (ids: string[], bits: B.Bits[]) => new Map(ids.map((id, i) => [id, bits[i]!]));
    // An area matches services in it, serving it, serving a wider area it belongs to
    // (a county-wide service serves every neighbourhood), or located in one of its parts.
    const areaDirect = direct(data.areas.length, R.areas);
    const areaExpanded = data.areas.map((_, a) => {
      const bits = B.empty(n);
      for (let up = a; up >= 0; up = data.areaParent[up] ?? -1) B.orInto(bits, areaDirect[up]!);
      data.areas.forEach((__, d) => {
        for (let up = data.areaParent[d] ?? -1; up >= 0; up = data.areaParent[up] ?? -1) if (up === a) { B.orInto(bits, areaDirect[d]!); break; }
      });
      return bits;
    });
    this.facetBits = {
      cat: toMap(data.cats, direct(data.cats.length, R.cats)),
      type: toMap(data.types, direct(data.types.length, R.types)),
      area: toMap(data.areas, areaExpanded),
      language: toMap(data.langs, direct(data.langs.length, R.langs)),
    };
    const flag = (f: number) => {
      const bits = B.empty(n);
      data.rows.forEach((row, i) => { if (row[R.flags] & f) B.set(bits, i); });
      return bits;
    };
    this.flagBits = { free: flag(FLAG.free), walkIn: flag(FLAG.walkIn), wheelchair: flag(FLAG.wheelchair) };

    const allMap = new Map<string, number[]>();
    const nameMap = new Map<string, number[]>();
    const add = (map: Map<string, number[]>, token: string, row: number) => {
      const list = map.get(token);
      if (!list) map.set(token, [row]);
      else if (list[list.length - 1] !== row) list.push(row);
    };
    const addText = (text: string, row: number, alsoName: boolean) => {
      for (const w of foldWords(text)) {
        const s = stem(w);
        add(allMap, w, row);
        if (s !== w) add(allMap, s, row);
        if (alsoName) { add(nameMap, w, row); if (s !== w) add(nameMap, s, row); }
      }
    };
    data.rows.forEach((row, i) => {
      const provider = data.providers[row[R.provider]]!;
      addText(row[R.name], i, true);
      addText(`${provider[1]} ${provider[2]}`, i, true);
      addText(row[R.text], i, false);
      for (const c of row[R.cats]) addText(data.catText[c] ?? '', i, false);
      for (const t of row[R.types]) addText(data.typeText[t] ?? '', i, false);
    });
    this.all = buildTokenIndex(allMap);
    this.names = buildTokenIndex(nameMap);
  }

  /** The languages services are offered in (ISO 639 codes), for the language filter. */
  get languages(): readonly string[] {
    return this.data.langs;
  }

  /** Rows having a word that starts with `prefix` (already folded). */
  private prefixBits(index: TokenIndex, prefix: string, cacheKey: string): B.Bits {
    const key = `${cacheKey}:${prefix}`;
    const cached = this.prefixCache.get(key);
    if (cached) return cached;
    const bits = B.empty(this.size);
    for (let i = lowerBound(index.vocab, prefix); i < index.vocab.length && index.vocab[i]!.startsWith(prefix); i++) {
      for (const row of index.postings[i]!) B.set(bits, row);
    }
    if (this.prefixCache.size > 200) this.prefixCache.clear();
    this.prefixCache.set(key, bits);
    return bits;
  }

  /** Rows matching one typed word: any indexed word starting with it or with its stem. */
  private wordBits(index: TokenIndex, word: string, cacheKey: string): B.Bits {
    const bits = this.prefixBits(index, word, cacheKey);
    const s = stem(word);
    return s === word ? bits : B.orInto(new Uint32Array(bits), this.prefixBits(index, s, cacheKey));
  }

  /** Words of the vocabulary close to a misspelt one (fuse.js over words, not over records). */
  private similarWords(word: string, FuseCtor: FuseClass): string[] {
    if (this.fuseClass !== FuseCtor) {
      this.fuseByInitial.clear();
      this.fuseClass = FuseCtor;
    }
    const initial = word[0]!;
    let fuse = this.fuseByInitial.get(initial);
    if (!fuse) {
      const lo = lowerBound(this.all.vocab, initial);
      const hi = lowerBound(this.all.vocab, String.fromCharCode(initial.charCodeAt(0) + 1));
      fuse = new FuseCtor(this.all.vocab.slice(lo, hi), { threshold: 0.34, includeScore: true, ignoreLocation: true, minMatchCharLength: 2 });
      this.fuseByInitial.set(initial, fuse);
    }
    return fuse
      .search(word, { limit: 8 })
      .filter((r) => Math.abs(r.item.length - word.length) <= 3)
      .map((r) => r.item);
  }

  private typoBits(word: string, FuseCtor: FuseClass | null | undefined): B.Bits {
    const bits = B.empty(this.size);
    if (!FuseCtor) return bits;
    for (const similar of this.similarWords(word, FuseCtor)) {
      const i = lowerBound(this.all.vocab, similar);
      for (const row of this.all.postings[i] ?? []) B.set(bits, row);
    }
    return bits;
  }

  private openBits(open: OpenFilter, now: Date): B.Bits {
    let date: string;
    let weekday: number;
    let minute: number;
    if (open.kind === 'now') {
      ({ date, weekday, minute } = bucharestWallClock(now));
    } else {
      date = nextDateOnWeekday(now, open.day);
      weekday = open.day;
      minute = open.minute;
    }
    const key = `${date}@${minute}`;
    if (this.openCache?.key === key) return this.openCache.bits;
    const states = this.data.hours.map((h) => compiledStateOn(h, date, weekday, minute));
    const bits = B.empty(this.size);
    this.data.rows.forEach((row, i) => { if (row[R.hours] >= 0 && states[row[R.hours]] === 'open') B.set(bits, i); });
    this.openCache = { key, bits };
    return bits;
  }

  private ageBits(age: number): B.Bits {
    if (this.ageCache?.age === age) return this.ageCache.bits;
    const bits = B.empty(this.size);
    // A service without an age limit is kept: unknown is not "no".
    this.data.rows.forEach((row, i) => {
      if ((row[R.ageMin] < 0 || row[R.ageMin] <= age) && (row[R.ageMax] < 0 || age <= row[R.ageMax])) B.set(bits, i);
    });
    this.ageCache = { age, bits };
    return bits;
  }

  /** The bitset of one active filter group, or null when the group is not active. */
  private groupBits(group: MultiFacet | Toggle, f: Filters, now: Date): B.Bits | null {
    switch (group) {
      case 'free':
      case 'walkIn':
      case 'wheelchair':
        return f[group] ? this.flagBits[group] : null;
      case 'open':
        return f.open ? this.openBits(f.open, now) : null;
      case 'age':
        return f.age === null ? null : this.ageBits(f.age);
      default: {
        const values = f[group];
        if (!values.length) return null;
        const bits = B.empty(this.size);
        for (const v of values) { const vb = this.facetBits[group].get(v); if (vb) B.orInto(bits, vb); }
        return bits;
      }
    }
  }

  /** Rows matching the text query; null for an empty query. */
  private queryBits(q: string, FuseCtor: FuseClass | null | undefined): { bits: B.Bits; fuzzy: boolean; words: string[] } | null {
    const ws = foldWords(q);
    if (!ws.length) return null;
    let bits: B.Bits | null = null;
    let fuzzy = false;
    for (const w of ws) {
      let wb = this.wordBits(this.all, w, 'a');
      // Typo tolerance only for a word of three letters or more that matches nothing as a prefix.
      if (B.isEmpty(wb) && w.length >= 3) {
        wb = this.typoBits(w, FuseCtor);
        fuzzy = true;
      }
      bits = bits ? B.andInto(bits, wb) : new Uint32Array(wb);
    }
    return { bits: bits!, fuzzy, words: ws };
  }

  /** The best `limit` results for a request, the total, live facet counts. */
  search(req: SearchRequest): SearchResult {
    const m = this.match(req, req.limit);
    return { total: m.rows.length, hits: m.rows.slice(0, req.limit).map((row, i) => hitOf(this.data, row, req.now, m.km?.[i])), counts: m.counts, fuzzy: m.fuzzy };
  }

  /**
   * The public places of every result, for the map: the same set as the list, one point per
   * place, with the map page's ids and links (see `mapPointsOf`).
   */
  mapPoints(req: Omit<SearchRequest, 'limit'>): MapPoint[] {
    return mapPointsOf(this.data, this.match(req, 0).rows);
  }

  /** Every row matching the request, in order; distances for the first `kmFor` of them. */
  private match(req: Omit<SearchRequest, 'limit'>, kmFor: number): Matches {
    const { filters: f, now } = req;
    const query = this.queryBits(req.q, req.fuse);
    const base = query ? query.bits : B.full(this.size);
    const groups = [...MULTI, ...TOGGLES];
    const active = new Map<string, B.Bits>();
    for (const g of groups) { const b = this.groupBits(g, f, now); if (b) active.set(g, b); }

    const maskWithout = (skip: string | null): B.Bits => {
      const m = new Uint32Array(base);
      for (const [g, b] of active) if (g !== skip) B.andInto(m, b);
      return m;
    };
    const result = maskWithout(null);

    const counts: FacetCounts = { cat: {}, type: {}, area: {}, language: {}, free: 0, walkIn: 0, wheelchair: 0, open: 0 };
    for (const g of MULTI) {
      const mask = active.has(g) ? maskWithout(g) : result;
      for (const [v, vb] of this.facetBits[g]) { const c = B.countAnd(mask, vb); if (c) counts[g][v] = c; }
    }
    for (const g of ['free', 'walkIn', 'wheelchair'] as const) counts[g] = B.countAnd(active.has(g) ? maskWithout(g) : result, this.flagBits[g]);
    counts.open = B.countAnd(active.has('open') ? maskWithout('open') : result, this.openBits(f.open ?? { kind: 'now' }, now));

    let ordered = B.toArray(result);
    let km: number[] | null = null;
    if (req.sort === 'distance' && req.from) {
      const from = req.from;
      const withKm = ordered.map((row) => ({ row, km: nearestKm(from, rowPlaces(this.data, row)) }));
      withKm.sort((a, b) => (a.km === b.km ? a.row - b.row : a.km === Infinity ? 1 : b.km === Infinity ? -1 : a.km - b.km));
      ordered = withKm.map((x) => x.row);
      km = withKm.slice(0, kmFor).map((x) => x.km);
    } else if (req.sort === 'relevance') {
      // Counting sort by how many typed words appear in the service or provider name, then, at equal
      // relevance, entries whose complete review is overdue or was never done after reviewed ones
      // (FLAG.unreviewed); rows are stored in name order, so the remaining ties stay alphabetical.
      const words = query?.words ?? [];
      const nameBits = words.map((w) => this.wordBits(this.names, w, 'n'));
      const buckets: number[][] = Array.from({ length: (words.length + 1) * 2 }, () => []);
      for (const row of ordered) {
        let score = 0;
        for (const nb of nameBits) if (B.has(nb, row)) score++;
        const unreviewed = (this.data.rows[row]![R.flags] & FLAG.unreviewed) !== 0 ? 1 : 0;
        buckets[(words.length - score) * 2 + unreviewed]!.push(row);
      }
      ordered = buckets.flat();
    }
    return { rows: ordered, km, counts, fuzzy: query?.fuzzy ?? false };
  }
}
