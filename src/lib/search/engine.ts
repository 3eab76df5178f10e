/**
 * In-browser search over the static index: filters first (one bitset per facet value), then
 * token-prefix matching on an inverted index, and fuse.js only for a word that matches nothing,
 * over the indexed words (not over every record). Facet counts are live: each facet is counted
 * with the query and every other active filter applied.
 *
 * The search vocabulary (./vocabulary.ts) reads the query as people mean it: the services of the
 * categories and types its words mean are added, ranked below exact text matches. An area means
 * what `servesArea` (../catalogue/areas.ts) says, as on area pages and in the coverage view.
 *
 * The index format (./index-data.ts) stays in this folder: the engine answers with result objects
 * and map points (./results.ts), so the island never reads a row.
 */
import type Fuse from 'fuse.js';
import { huStems, isStopword, stem, words as foldWords } from './text-normalise';
import { meaningIds, VocabularyReader, type QueryMeaning, type SearchVocabulary } from './vocabulary';
import { compiledStateOn, nextDateOnWeekday, bucharestWallClock } from '../hours/compiled';
import { nearestKm, type LatLng } from '../map/geo';
import type { MapPoint } from '../map/core';
import * as B from './bitset';
import { FLAG, R, type SearchIndexData } from './index-data';
import { areaIndex, candidateAreas, LOCAL_REACHES, REACHES, servesArea, type AreaIndex, type PlacedService, type Reach } from '../catalogue/areas';
import { helplinesOf, hitOf, mapPointsOf, rowPlaces, type Helpline, type SearchHit } from './results';

export type { AccessMode, CostKind, Helpline, SearchHit } from './results';
export type { Reach } from '../catalogue/areas';

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
  /**
   * With `open`: leave out the services whose hours are unknown. By default they stay, after the
   * open ones, marked "call first": unknown is not closed.
   */
  hideUnknownHours: boolean;
  age: number | null;
}

export const NO_FILTERS: Filters = { cat: [], type: [], area: [], language: [], free: false, walkIn: false, wheelchair: false, open: null, hideUnknownHours: false, age: null };

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
  /** The words people type, as loaded so far; the engine's own when left out, none when null. */
  vocabulary?: VocabularyReader | null;
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
  /** Services whose hours are unknown, with every other filter applied (what "open" keeps after the open ones). */
  hoursUnknown: number;
}

/** A result as listed: with an area filter, how it serves the area; with "open", whether to call first. */
export interface ListedHit extends SearchHit {
  reach?: Reach;
  /** Listed under "open" although its hours are unknown. */
  callFirst?: true;
}

export interface SearchResult {
  total: number;
  /** The best `limit` results, best first. */
  hits: ListedHit[];
  counts: FacetCounts;
  /** True when a word matched only through typo tolerance. */
  fuzzy: boolean;
  /**
   * Results found only through the search vocabulary (the query's words mean their category or
   * type, their own text does not contain them); they come after the others.
   */
  related: number;
  /** With an "open" filter: results whose hours are unknown, listed after the open ones. */
  unknownHours: number;
  /**
   * With an area filter: how many results serve it each way, in the order they are listed
   * (located there, serving it from elsewhere, the whole county, the whole country); else null.
   */
  reachCounts: Record<Reach, number> | null;
  /**
   * When nothing matched: the categories and service types the query seems to mean (through the
   * vocabulary or a close word), those with services, closest first. Empty otherwise.
   */
  suggestions: TermRef[];
  /** The categories and service types the query means through the vocabulary (never the words themselves). */
  means: TermRef[];
  /**
   * A word of the query is neither in any entry's text nor in the vocabulary given: more of the
   * vocabulary (another language's words) may explain it.
   */
  unexplained: boolean;
  /**
   * A word of three letters or more matched nothing, and no fuse.js was given to look for close
   * words: the caller loads it (only now, it is only the fallback) and searches again.
   */
  needsTypos: boolean;
}

/** A beneficiary category or service type, for the island to label. */
export interface TermRef {
  field: 'cat' | 'type';
  id: string;
}

/** The matching rows in order (all of them), with what the result needs besides. */
interface Matches {
  rows: number[];
  /** Distance per row of `rows` when sorted by distance. */
  km: number[] | null;
  counts: FacetCounts;
  fuzzy: boolean;
  related: number;
  unknownHours: number;
  suggestions: SearchResult['suggestions'];
  query: QueryMatch | null;
  /** Per row, its rank in REACHES for the chosen areas (null without an area filter). */
  reach: Int8Array | null;
  reachCounts: Record<Reach, number> | null;
  /** Rows listed under "open" although their hours are unknown (null without an open filter). */
  callFirst: B.Bits | null;
}

/** What a query matches: rows by their own text, rows by what the words mean, and how. */
interface QueryMatch {
  /** Every meaningful word found in the row's text (or a close word, see `fuzzy`). */
  text: B.Bits;
  /** Rows carrying an id the query means through the vocabulary. */
  related: B.Bits;
  all: B.Bits;
  fuzzy: boolean;
  /** A word matched neither the text nor the vocabulary (before typo tolerance). */
  unexplained: boolean;
  /** Such a word wanted typo tolerance, but no fuse.js was given. */
  needsTypos: boolean;
  /** Words that must match the text (stopwords left out unless the query has nothing else). */
  words: string[];
  meaning: QueryMeaning;
  /** Ids reached through typo tolerance on the vocabulary, for suggestions. */
  closeIds: TermRef[];
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
  /** The vocabulary used when a request names none. */
  private readonly vocabulary: VocabularyReader | null;
  private readonly prefixCache = new Map<string, B.Bits>();
  private readonly fuseByInitial = new Map<string, Fuse<string>>();
  /** Typo candidates: the words of the index and the single words of a vocabulary, sorted; rebuilt when the vocabulary changes. */
  private typo: { vocabulary: VocabularyReader | null; words: string[]; fuse: FuseClass | null } | null = null;
  private hoursCache: { key: string; open: B.Bits; unknown: B.Bits } | null = null;
  private ageCache: { age: number; bits: B.Bits } | null = null;
  private readonly areaIndex: AreaIndex;
  /** Each row as servesArea reads it. */
  private readonly placed: PlacedService[];
  private reachCache: { key: string; reach: Int8Array; bits: B.Bits } | null = null;
  /** Rows by each area they name as served, built on the first area filter. */
  private servedBy: Map<string, number[]> | null = null;

  /**
   * `vocabulary`: the words people type (./vocabulary.ts), used when a request names none; without
   * one, only the entries' own words are found.
   */
  constructor(data: SearchIndexData, vocabulary: SearchVocabulary | VocabularyReader | null = null) {
    this.data = data;
    const n = (this.size = data.rows.length);
    const direct = (len: number, field: typeof R.cats | typeof R.types | typeof R.areas | typeof R.langs) => {
      const bits = Array.from({ length: len }, () => B.empty(n));
      data.rows.forEach((row, i) => { for (const v of row[field]) B.set(bits[v]!, i); });
      return bits;
    };
    const toMap = (ids: string[], bits: B.Bits[]) => new Map(ids.map((id, i) => [id, bits[i]!]));
    // "Here" has one meaning, servesArea's (../catalogue/areas.ts), the same as on area pages and
    // in the coverage view. The facet counts an area's local services (located there or serving
    // it); county-wide and national ones are found when the area is chosen, and listed apart.
    this.areaIndex = areaIndex(data.areas.map((id, a) => ({
      id,
      label: { ro: id, en: id, hu: id },
      ...(data.areaParent[a]! >= 0 ? { parent: data.areas[data.areaParent[a]!]! } : {}),
      ...(data.areaKind?.[a] ? { kind: data.areaKind[a] as NonNullable<Parameters<typeof areaIndex>[0][number]['kind']> } : {}),
    })));
    this.placed = data.rows.map((row) => ({
      areas_served: row[R.areas].map((a) => data.areas[a]!),
      places: (row[R.placeAreas] ?? []).map((a) => ({ area: data.areas[a]! })),
    }));
    const local = new Map<string, B.Bits>();
    this.placed.forEach((placed, i) => {
      for (const a of candidateAreas(placed, this.areaIndex)) {
        if (!LOCAL_REACHES.includes(servesArea(placed, a, this.areaIndex)!)) continue;
        let bits = local.get(a);
        if (!bits) local.set(a, (bits = B.empty(n)));
        B.set(bits, i);
      }
    });
    this.facetBits = {
      cat: toMap(data.cats, direct(data.cats.length, R.cats)),
      type: toMap(data.types, direct(data.types.length, R.types)),
      area: local,
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
    // The same texts come back row after row (a provider's name on each of its services, category
    // and type labels on most rows) and so do words: each text is folded and each word stemmed once.
    // This is most of the work of building the engine, which the first results wait for.
    // Folding goes by the pieces between spaces (folding never moves a space), so a word met again
    // in another description is not folded again either.
    const tokensOf = new Map<string, string[]>();
    const pieceTokens = (piece: string): string[] => {
      let out = tokensOf.get(piece);
      if (!out) {
        out = [];
        for (const w of foldWords(piece)) {
          const s = stem(w);
          out.push(w);
          if (s !== w) out.push(s);
        }
        tokensOf.set(piece, out);
      }
      return out;
    };
    const textTokens = new Map<string, string[]>();
    const tokens = (text: string): string[] => {
      let out = textTokens.get(text);
      if (!out) {
        out = text.split(/\s+/).flatMap(pieceTokens);
        textTokens.set(text, out);
      }
      return out;
    };
    const addText = (text: string, row: number, alsoName: boolean) => {
      for (const token of tokens(text)) {
        add(allMap, token, row);
        if (alsoName) add(nameMap, token, row);
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
    this.vocabulary = vocabulary instanceof VocabularyReader ? vocabulary : vocabulary ? new VocabularyReader([vocabulary]) : null;
  }

  /** The languages services are offered in (ISO 639 codes), for the language filter. */
  get languages(): readonly string[] {
    return this.data.langs;
  }

  /**
   * The category and service-type ids a query means through the vocabulary, as the engine reads it
   * while the query is typed (for tests and explanations; words themselves are never returned).
   */
  meaningOf(q: string, vocabulary: VocabularyReader | null = this.vocabulary): Set<string> {
    const ws = foldWords(q);
    return meaningIds(vocabulary?.read(ws, { typing: !/\s$/.test(q), isWord: this.isWord }) ?? { spans: [], covered: [] });
  }

  /** The helplines of the loaded data, national ones first: shown when nothing matched. */
  helplines(): Helpline[] {
    return helplinesOf(this.data);
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

  /**
   * Rows matching one typed word: any indexed word starting with it, with its Romanian stem, or
   * with one of its Hungarian stems of four letters or more ("időseknek" finds "idősek").
   */
  private wordBits(index: TokenIndex, word: string, cacheKey: string): B.Bits {
    const stems = new Set([stem(word), ...huStems(word).filter((s) => s.length >= 4)]);
    stems.delete(word);
    const bits = this.prefixBits(index, word, cacheKey);
    if (!stems.size) return bits;
    const out = new Uint32Array(bits);
    for (const s of stems) B.orInto(out, this.prefixBits(index, s, cacheKey));
    return out;
  }

  /** Words close to a misspelt one (fuse.js over the words of the index and the vocabulary, not over records). */
  private similarWords(word: string, FuseCtor: FuseClass, vocabulary: VocabularyReader | null): string[] {
    if (this.typo?.fuse !== FuseCtor || this.typo.vocabulary !== vocabulary) {
      this.fuseByInitial.clear();
      this.typo = { vocabulary, fuse: FuseCtor, words: [...new Set([...this.all.vocab, ...(vocabulary?.singleWords() ?? [])])].sort() };
    }
    const candidates = this.typo.words;
    const initial = word[0]!;
    let fuse = this.fuseByInitial.get(initial);
    if (!fuse) {
      const lo = lowerBound(candidates, initial);
      const hi = lowerBound(candidates, String.fromCharCode(initial.charCodeAt(0) + 1));
      fuse = new FuseCtor(candidates.slice(lo, hi), { threshold: 0.34, includeScore: true, ignoreLocation: true, minMatchCharLength: 2 });
      this.fuseByInitial.set(initial, fuse);
    }
    return fuse
      .search(word, { limit: 8 })
      .filter((r) => Math.abs(r.item.length - word.length) <= 3)
      .map((r) => r.item);
  }

  /** Rows of the words close to a misspelt one, and the vocabulary groups those words belong to. */
  private typoMatch(word: string, FuseCtor: FuseClass | null | undefined, vocabulary: VocabularyReader | null): { bits: B.Bits; groups: number[] } {
    const bits = B.empty(this.size);
    const groups = new Set<number>();
    if (!FuseCtor) return { bits, groups: [] };
    for (const similar of this.similarWords(word, FuseCtor, vocabulary)) {
      const i = lowerBound(this.all.vocab, similar);
      if (this.all.vocab[i] === similar) for (const row of this.all.postings[i]!) B.set(bits, row);
      for (const g of vocabulary?.groupsOfWord(similar) ?? []) groups.add(g);
    }
    return { bits, groups: [...groups] };
  }

  /** Rows carrying any of the ids. */
  private idBits(cats: readonly string[], types: readonly string[]): B.Bits {
    const bits = B.empty(this.size);
    for (const id of cats) { const b = this.facetBits.cat.get(id); if (b) B.orInto(bits, b); }
    for (const id of types) { const b = this.facetBits.type.get(id); if (b) B.orInto(bits, b); }
    return bits;
  }

  /** Rows open, and rows whose hours are unknown, at the filter's instant. */
  private hoursBits(open: OpenFilter, now: Date): { open: B.Bits; unknown: B.Bits } {
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
    if (this.hoursCache?.key === key) return this.hoursCache;
    const states = this.data.hours.map((h) => compiledStateOn(h, date, weekday, minute));
    const openBits = B.empty(this.size);
    const unknown = B.empty(this.size);
    this.data.rows.forEach((row, i) => {
      const state = row[R.hours] >= 0 ? states[row[R.hours]] : 'unknown';
      if (state === 'open') B.set(openBits, i);
      else if (state === 'unknown') B.set(unknown, i);
    });
    this.hoursCache = { key, open: openBits, unknown };
    return this.hoursCache;
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

  /**
   * How each row serves the chosen areas (the closest way over them, by servesArea): its rank in
   * REACHES, -1 for not at all, and the rows that serve them in any way. Local rows come from the
   * facet; county-wide and national ones from the rows naming one of the areas' ancestors.
   */
  private areaReach(areaIds: readonly string[]): { reach: Int8Array; bits: B.Bits } {
    const key = [...areaIds].sort().join(',');
    if (this.reachCache?.key === key) return this.reachCache;
    if (!this.servedBy) {
      this.servedBy = new Map();
      this.placed.forEach((p, i) => { for (const a of p.areas_served ?? []) { const list = this.servedBy!.get(a); if (list) list.push(i); else this.servedBy!.set(a, [i]); } });
    }
    const reach = new Int8Array(this.size).fill(-1);
    const bits = B.empty(this.size);
    for (const areaId of areaIds) {
      const candidates = new Set<number>(B.toArray(this.facetBits.area.get(areaId) ?? B.empty(this.size)));
      for (const up of this.areaIndex.chain(areaId)) for (const row of this.servedBy.get(up) ?? []) candidates.add(row);
      for (const row of candidates) {
        const r = servesArea(this.placed[row]!, areaId, this.areaIndex);
        if (r === undefined) continue;
        const rank = REACHES.indexOf(r);
        const before = reach[row]!;
        if (before < 0 || rank < before) reach[row] = rank;
        B.set(bits, row);
      }
    }
    this.reachCache = { key, reach, bits };
    return this.reachCache;
  }

  /** The bitset of one active filter group, or null when the group is not active. */
  private groupBits(group: MultiFacet | Toggle, f: Filters, now: Date): B.Bits | null {
    switch (group) {
      case 'free':
      case 'walkIn':
      case 'wheelchair':
        return f[group] ? this.flagBits[group] : null;
      case 'open': {
        if (!f.open) return null;
        const h = this.hoursBits(f.open, now);
        return f.hideUnknownHours ? h.open : B.orInto(new Uint32Array(h.open), h.unknown);
      }
      case 'age':
        return f.age === null ? null : this.ageBits(f.age);
      case 'area':
        return f.area.length ? this.areaReach(f.area).bits : null;
      default: {
        const values = f[group];
        if (!values.length) return null;
        const bits = B.empty(this.size);
        for (const v of values) { const vb = this.facetBits[group].get(v); if (vb) B.orInto(bits, vb); }
        return bits;
      }
    }
  }

  /**
   * Rows matching the text query, by their own words and by what the words mean; null for an
   * empty query. `typing`: the last word may be unfinished (the query does not end with a space).
   */
  private queryMatch(q: string, FuseCtor: FuseClass | null | undefined, vocabulary: VocabularyReader | null): QueryMatch | null {
    const ws = foldWords(q);
    if (!ws.length) return null;
    const typing = !/\s$/.test(q);
    const meaning = vocabulary?.read(ws, { typing, isWord: this.isWord }) ?? { spans: [], covered: ws.map(() => false) };
    const meaningful = ws.filter((w) => !isStopword(w));
    const required = meaningful.length ? meaningful : ws;
    let text: B.Bits | null = null;
    let fuzzy = false;
    let unexplained = false;
    let needsTypos = false;
    const closeGroups = new Set<number>();
    ws.forEach((w, i) => {
      if (!required.includes(w)) return;
      let wb = this.wordBits(this.all, w, 'a');
      // Typo tolerance only for a word of three letters or more that matches nothing as a prefix
      // and means nothing in the vocabulary.
      if (B.isEmpty(wb) && !meaning.covered[i]) unexplained = true;
      if (B.isEmpty(wb) && w.length >= 3 && !meaning.covered[i]) {
        if (!FuseCtor) needsTypos = true;
        const typo = this.typoMatch(w, FuseCtor, vocabulary);
        wb = typo.bits;
        for (const g of typo.groups) closeGroups.add(g);
        if (!B.isEmpty(wb) || typo.groups.length) fuzzy = true;
      }
      text = text ? B.andInto(text, wb) : new Uint32Array(wb);
    });
    const textBits: B.Bits = text ?? B.empty(this.size);
    const related = B.empty(this.size);
    for (const span of meaning.spans) B.orInto(related, this.idBits(span.cats, span.types));
    const closeIds: QueryMatch['closeIds'] = [];
    for (const g of closeGroups) {
      const { cats, types } = vocabulary!.groupIds(g);
      B.orInto(related, this.idBits(cats, types));
      for (const id of cats) closeIds.push({ field: 'cat', id });
      for (const id of types) closeIds.push({ field: 'type', id });
    }
    return { text: textBits, related, all: B.orInto(new Uint32Array(textBits), related), fuzzy, unexplained, needsTypos, words: required, meaning, closeIds };
  }

  /** The best `limit` results for a request, the total, live facet counts. */
  search(req: SearchRequest): SearchResult {
    const m = this.match(req, req.limit);
    return {
      total: m.rows.length,
      hits: m.rows.slice(0, req.limit).map((row, i) => ({
        ...hitOf(this.data, row, req.now, m.km?.[i]),
        ...(m.reach ? { reach: REACHES[m.reach[row]!]! } : {}),
        ...(m.callFirst && B.has(m.callFirst, row) ? { callFirst: true } : {}),
      })),
      reachCounts: m.reachCounts,
      counts: m.counts,
      fuzzy: m.fuzzy,
      related: m.related,
      unknownHours: m.unknownHours,
      suggestions: m.suggestions,
      means: m.query ? this.meaningTerms(m.query, Infinity, false) : [],
      unexplained: m.query?.unexplained ?? false,
      needsTypos: m.query?.needsTypos ?? false,
    };
  }

  /**
   * The public places of every result, for the map: the same set as the list, one point per
   * place, with the map page's ids and links (see `mapPointsOf`).
   */
  mapPoints(req: Omit<SearchRequest, 'limit'>): MapPoint[] {
    return mapPointsOf(this.data, this.match(req, 0).rows);
  }

  private readonly counts = new WeakMap<B.Bits, number>();
  /** How many rows a facet value has (cached: the bitsets never change). */
  private countOf(bits: B.Bits): number {
    let n = this.counts.get(bits);
    if (n === undefined) this.counts.set(bits, (n = B.count(bits)));
    return n;
  }

  /** True for a word of the entries' text (a whole word, not the start of one). */
  private readonly isWord = (word: string): boolean => this.all.vocab[lowerBound(this.all.vocab, word)] === word;

  /**
   * The last tie-break of relevance: 1 for an entry whose complete review is up to date, 0 for one
   * overdue or never done (FLAG.unreviewed), so reviewed entries come first at equal relevance.
   */
  private reviewRank(row: number): 0 | 1 {
    return (this.data.rows[row]![R.flags] & FLAG.unreviewed) !== 0 ? 0 : 1;
  }

  /** Rows having the word itself (or its Romanian stem) as a whole word: what "exact" means for ranking. */
  private wholeWordBits(word: string): B.Bits {
    const key = `w:${word}`;
    const cached = this.prefixCache.get(key);
    if (cached) return cached;
    const bits = B.empty(this.size);
    for (const t of new Set([word, stem(word)])) {
      const i = lowerBound(this.all.vocab, t);
      if (this.all.vocab[i] === t) for (const row of this.all.postings[i]!) B.set(bits, row);
    }
    this.prefixCache.set(key, bits);
    return bits;
  }

  /**
   * Relevance of each row of `rows` as a whole number, highest first when sorted:
   * 1. every word of the query is in the row's text as a whole word: exact matches first, ordered
   *    by how much of what the words mean the row carries, then by how many words are in its name;
   * 2. then the others, by how much of what the words mean they carry (the vocabulary's weight),
   *    then whether the words start words of their text ("loc" in "locuință"), then the name;
   * 3. at equal relevance, reviewed entries before overdue ones (`reviewRank`).
   */
  private relevance(rows: readonly number[], query: QueryMatch): Int32Array {
    const nameBits = query.words.map((w) => this.wordBits(this.names, w, 'n'));
    const wholeBits = query.words.map((w) => this.wholeWordBits(w));
    // Within a phrase meaning several ids, a rare id says more than a common one ("pensie
    // alimentară": legal advice, for families): each id counts by its inverse frequency.
    const spans = query.meaning.spans.map((s) => {
      const ids = [...s.cats.map((id) => this.facetBits.cat.get(id)), ...s.types.map((id) => this.facetBits.type.get(id))]
        .filter((b): b is B.Bits => b !== undefined)
        .map((bits) => ({ bits, idf: Math.log(1 + this.size / (1 + this.countOf(bits))) }));
      return { weight: s.weight, ids, idf: ids.reduce((sum, x) => sum + x.idf, 0) };
    });
    const maxMeaning = spans.reduce((sum, s) => sum + s.weight, 0);
    const scale = maxMeaning > 0 ? 15 / maxMeaning : 0;
    const out = new Int32Array(rows.length);
    rows.forEach((row, i) => {
      let name = 0;
      for (const nb of nameBits) if (B.has(nb, row)) name++;
      let meaning = 0;
      for (const s of spans) {
        if (!s.idf) continue;
        let carried = 0;
        for (const x of s.ids) if (B.has(x.bits, row)) carried += x.idf;
        meaning += (s.weight * carried) / s.idf;
      }
      const m = Math.round(meaning * scale);
      const text = B.has(query.text, row);
      const exact = text && wholeBits.every((b) => B.has(b, row));
      const score = exact ? (1 << 20) + (m << 8) + Math.min(name, 255) : (m << 12) + (text ? 1 << 8 : 0) + Math.min(name, 255);
      out[i] = score * 2 + this.reviewRank(row);
    });
    return out;
  }

  /** Every row matching the request, in order; distances for the first `kmFor` of them. */
  private match(req: Omit<SearchRequest, 'limit'>, kmFor: number): Matches {
    const { filters: f, now } = req;
    const query = this.queryMatch(req.q, req.fuse, req.vocabulary === undefined ? this.vocabulary : req.vocabulary);
    const base = query ? query.all : B.full(this.size);
    const groups = [...MULTI, ...TOGGLES];
    const active = new Map<string, B.Bits>();
    for (const g of groups) { const b = this.groupBits(g, f, now); if (b) active.set(g, b); }

    const maskWithout = (skip: string | null): B.Bits => {
      const m = new Uint32Array(base);
      for (const [g, b] of active) if (g !== skip) B.andInto(m, b);
      return m;
    };
    const result = maskWithout(null);

    const counts: FacetCounts = { cat: {}, type: {}, area: {}, language: {}, free: 0, walkIn: 0, wheelchair: 0, open: 0, hoursUnknown: 0 };
    for (const g of MULTI) {
      const mask = active.has(g) ? maskWithout(g) : result;
      for (const [v, vb] of this.facetBits[g]) { const c = B.countAnd(mask, vb); if (c) counts[g][v] = c; }
    }
    for (const g of ['free', 'walkIn', 'wheelchair'] as const) counts[g] = B.countAnd(active.has(g) ? maskWithout(g) : result, this.flagBits[g]);
    const hours = this.hoursBits(f.open ?? { kind: 'now' }, now);
    const withoutOpen = active.has('open') ? maskWithout('open') : result;
    counts.open = B.countAnd(withoutOpen, hours.open);
    counts.hoursUnknown = B.countAnd(withoutOpen, hours.unknown);

    let ordered = B.toArray(result);
    let km: number[] | null = null;
    if (req.sort === 'distance' && req.from) {
      const from = req.from;
      const withKm = ordered.map((row) => ({ row, km: nearestKm(from, rowPlaces(this.data, row)) }));
      withKm.sort((a, b) => (a.km === b.km ? a.row - b.row : a.km === Infinity ? 1 : b.km === Infinity ? -1 : a.km - b.km));
      ordered = withKm.map((x) => x.row);
      km = withKm.map((x) => x.km);
    } else if (req.sort === 'relevance') {
      // Buckets by score (few distinct values), best first; rows are stored in name order, so ties
      // stay alphabetical. Without a query, only the review tie-break applies.
      const score = query ? this.relevance(ordered, query) : Int32Array.from(ordered, (row) => this.reviewRank(row));
      const buckets = new Map<number, number[]>();
      ordered.forEach((row, i) => {
        const list = buckets.get(score[i]!);
        if (list) list.push(row); else buckets.set(score[i]!, [row]);
      });
      ordered = [...buckets.keys()].sort((a, b) => b - a).flatMap((k) => buckets.get(k)!);
    }
    // Sections, each keeping the order above: with an area, how the service serves it (located
    // there, serving it from elsewhere, the whole county, the whole country); with "open", the
    // open ones before those whose hours are unknown (call first).
    const reach = f.area.length ? this.areaReach(f.area).reach : null;
    const callFirst = f.open && !f.hideUnknownHours ? hours.unknown : null;
    let unknownHours = 0;
    let reachCounts: Record<Reach, number> | null = null;
    if (reach || callFirst) {
      const section = (row: number) => (reach ? reach[row]! * 2 : 0) + (callFirst && B.has(callFirst, row) ? 1 : 0);
      const buckets = new Map<number, Array<{ row: number; km?: number }>>();
      ordered.forEach((row, i) => {
        const k = section(row);
        const list = buckets.get(k);
        const item = km ? { row, km: km[i]! } : { row };
        if (list) list.push(item); else buckets.set(k, [item]);
      });
      const items = [...buckets.keys()].sort((a, b) => a - b).flatMap((k) => buckets.get(k)!);
      ordered = items.map((x) => x.row);
      if (km) km = items.map((x) => x.km!);
      if (callFirst) unknownHours = B.countAnd(result, callFirst);
      if (reach) {
        reachCounts = Object.fromEntries(REACHES.map((r) => [r, 0])) as Record<Reach, number>;
        for (const row of ordered) reachCounts[REACHES[reach[row]!]!]++;
      }
    }
    if (km) km = km.slice(0, kmFor);
    const related = query ? B.countAnd(result, query.related) - B.countAnd(result, B.andInto(new Uint32Array(query.related), query.text)) : 0;
    return { rows: ordered, km, counts, fuzzy: query?.fuzzy ?? false, related, unknownHours, reach, reachCounts, callFirst, suggestions: ordered.length || !query ? [] : this.meaningTerms(query, 4, true), query };
  }

  /**
   * The categories and types a query means, longest phrase first; with `close`, also those of words
   * close to a misspelt one. Only those with services, at most `max`: what the empty state offers.
   */
  private meaningTerms(query: QueryMatch, max: number, close: boolean): TermRef[] {
    const out: TermRef[] = [];
    const seen = new Set<string>();
    const spans = [...query.meaning.spans].sort((a, b) => b.length - a.length || b.closeness - a.closeness);
    const candidates: TermRef[] = [
      ...spans.flatMap((s) => [...s.cats.map((id) => ({ field: 'cat' as const, id })), ...s.types.map((id) => ({ field: 'type' as const, id }))]),
      ...(close ? query.closeIds : []),
    ];
    for (const c of candidates) {
      const key = `${c.field}:${c.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const bits = this.facetBits[c.field].get(c.id);
      if (bits && this.countOf(bits) > 0) out.push(c);
      if (out.length >= max) break;
    }
    return out;
  }
}
