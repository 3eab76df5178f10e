/**
 * The search vocabulary in the browser: the words people type (content/taxonomy/search-vocabulary.yaml)
 * packed small, and the reading of a query through them: which beneficiary categories and service
 * types the query means. The engine adds the services carrying those ids to the results, below the
 * services whose own text matches.
 *
 * How a query is read (the rules tests/search-queries.yaml depends on):
 * - a vocabulary phrase matches consecutive query words in order ("home care" is not "care home");
 * - a query word matches a vocabulary word when it is the same word (accents and capitals ignored),
 *   the same word with another ending in the vocabulary word's language (Romanian, Hungarian or
 *   English endings: "bătrânilor", "hajléktalanoknak", "refugees"), or, for the last word while it
 *   is being typed, the start of it;
 * - the longest phrase wins over the words inside it, then the closest match (same word, then
 *   another ending, then a start): "pensie alimentară" is child support, not a pension; "otthoni" is
 *   "at home", never "otthontalan" (homeless); "caldă" never reaches "căldură";
 * - two Hungarian words typed apart match a compound written together and the other way round
 *   ("nép konyha" / "népkonyha", "idősotthon" / "idős otthon");
 * - every language is read at once, whatever the page language.
 *
 * Misspellings and slurs are understood but never leave the engine: it answers with ids only.
 */
import { LANGS, type Lang } from '../../locales';
import type { VocabularyEntry } from '../../schemas/vocabulary';
import { isStopword, stemsIn, words as foldWords } from './text-normalise';

export const SEARCH_VOCABULARY_VERSION = 1;

/**
 * One idea of the vocabulary: the category and service-type ids it means, how surely (weight), and
 * its words per language (ro, hu, en, in LANGS order), each a phrase of folded words, joined by '|'.
 */
export type PackedGroup = [cats: string[], types: string[], weight: number, ...phrases: string[]];

/**
 * The vocabulary as served to the browser, one file per language of its words
 * (/data/search/vocabulary/<lang>.json): the page's language loads with the first results, the
 * others right after, and a reader takes any number of them.
 */
export interface SearchVocabulary {
  v: typeof SEARCH_VOCABULARY_VERSION;
  groups: PackedGroup[];
}

/**
 * Packs the flattened vocabulary for the browser: one entry per group, words folded and deduplicated.
 * Build time only. The kind of a word (misspelling, slur) is left out: nothing in the browser shows a word.
 */
export function packVocabulary(all: readonly VocabularyEntry[], langs: readonly Lang[] = LANGS): SearchVocabulary {
  const entries = all.filter((e) => langs.includes(e.lang));
  const groups = new Map<number, { cats: string[]; types: string[]; weight: number; phrases: Map<Lang, Set<string>> }>();
  for (const e of entries) {
    let g = groups.get(e.group);
    if (!g) groups.set(e.group, (g = { cats: e.beneficiary_categories, types: e.service_types, weight: e.weight, phrases: new Map() }));
    const key = foldWords(e.word).join(' ');
    if (!key) continue;
    let set = g.phrases.get(e.lang);
    if (!set) g.phrases.set(e.lang, (set = new Set()));
    set.add(key);
  }
  return {
    v: SEARCH_VOCABULARY_VERSION,
    groups: [...groups.values()].map((g) => [g.cats, g.types, g.weight, ...LANGS.map((l) => [...(g.phrases.get(l) ?? [])].join('|'))]),
  };
}

/** How closely a query word matches a vocabulary word. */
const EXACT = 3;
const INFLECTED = 2;
const TYPED_START = 1;
/** The shortest typed start that may match a longer word. */
const MIN_TYPED = 3;

interface Phrase {
  group: number;
  lang: Lang;
  words: string[];
  /** Stems of each word in the phrase's language. */
  stems: string[][];
}

/** A phrase of the vocabulary found in a query. */
export interface VocabularySpan {
  /** Position of the first query word it covers. */
  start: number;
  /** Number of query words it covers. */
  length: number;
  /** Sum of the closeness of its words (EXACT, INFLECTED, TYPED_START). */
  closeness: number;
  cats: readonly string[];
  types: readonly string[];
  weight: number;
}

/** What a query means through the vocabulary. */
export interface QueryMeaning {
  spans: VocabularySpan[];
  /** Per query word: covered by a kept span. */
  covered: boolean[];
}

export interface ReadOptions {
  /** The last word is still being typed: it may be the start of a vocabulary word. */
  typing: boolean;
  /**
   * Words known to be whole (the words of the entries' text): a typed word that is one is not
   * read as the start of a longer one ("home" is not the start of "homeless"). The vocabulary's
   * own words always count.
   */
  isWord?: (word: string) => boolean;
}

/** Reads queries through a packed vocabulary. Built once per page; queries are read in microseconds. */
export class VocabularyReader {
  private readonly groups: ReadonlyArray<{ cats: string[]; types: string[]; weight: number }>;
  /** Phrases by the stems of their first word, per language. */
  private readonly byFirstStem = new Map<Lang, Map<string, Phrase[]>>();
  /** Every single-word phrase's word, sorted, for typed starts. */
  private readonly singles: Array<{ word: string; phrase: Phrase }>;
  private readonly cache = new Map<string, QueryMeaning>();
  /** Every word of every phrase. */
  private readonly known = new Set<string>();

  constructor(vocabularies: readonly SearchVocabulary[]) {
    const all = vocabularies.flatMap((v) => v.groups);
    this.groups = all.map(([cats, types, weight]) => ({ cats, types, weight }));
    const singles: Array<{ word: string; phrase: Phrase }> = [];
    for (const lang of LANGS) this.byFirstStem.set(lang, new Map());
    all.forEach((g, group) => {
      LANGS.forEach((lang, li) => {
        const text = g[3 + li] as string | undefined;
        if (!text) return;
        for (const key of text.split('|')) {
          const ws = key.split(' ').filter(Boolean);
          if (!ws.length) continue;
          for (const w of ws) this.known.add(w);
          this.add({ group, lang, words: ws, stems: ws.map((w) => stemsIn(lang, w)) }, singles);
          // Hungarian compounds are written joined or apart: "idős otthon" also reads "idősotthon".
          if (lang === 'hu' && ws.length === 2) {
            const joined = ws.join('');
            this.add({ group, lang, words: [joined], stems: [stemsIn(lang, joined)] }, singles);
          }
        }
      });
    });
    this.singles = singles.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  }

  private add(phrase: Phrase, singles: Array<{ word: string; phrase: Phrase }>): void {
    const index = this.byFirstStem.get(phrase.lang)!;
    for (const s of phrase.stems[0]!) {
      const list = index.get(s);
      if (list) list.push(phrase);
      else index.set(s, [phrase]);
    }
    if (phrase.words.length === 1) singles.push({ word: phrase.words[0]!, phrase });
  }

  /** The ids a group means. */
  groupIds(group: number): { cats: readonly string[]; types: readonly string[]; weight: number } {
    return this.groups[group]!;
  }

  /** Every single vocabulary word (folded), for typo tolerance; never shown. */
  singleWords(): string[] {
    return [...new Set(this.singles.map((s) => s.word))];
  }

  /** The groups a single folded word (or its stem) belongs to, for a word found by typo tolerance. */
  groupsOfWord(word: string): number[] {
    const out = new Set<number>();
    for (const lang of LANGS) for (const s of stemsIn(lang, word)) for (const p of this.byFirstStem.get(lang)!.get(s) ?? []) if (p.words.length === 1) out.add(p.group);
    return [...out];
  }

  /**
   * What the folded query words mean: the vocabulary phrases found in them, the longest (then the
   * closest) kept where phrases overlap.
   * @example read(['masa', 'calda'], { typing: false }).spans[0].types // ['food-aid']
   */
  read(query: readonly string[], opts: ReadOptions): QueryMeaning {
    if (!query.length) return { spans: [], covered: [] };
    const key = `${opts.typing ? 1 : 0}${query.join(' ')}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const n = query.length;
    const stemCache = new Map<string, string[]>();
    const stemsOf = (lang: Lang, i: number) => {
      const k = `${lang}${i}`;
      let s = stemCache.get(k);
      if (!s) stemCache.set(k, (s = stemsIn(lang, query[i]!)));
      return s;
    };
    const last = query[n - 1]!;
    const unfinished = opts.typing && last.length >= MIN_TYPED && !isStopword(last) && !this.known.has(last) && !(opts.isWord?.(last) ?? false);
    const typedStart = (i: number) => unfinished && i === n - 1;
    const closeness = (p: Phrase, k: number, i: number): number => {
      const q = query[i]!;
      const w = p.words[k]!;
      if (q === w) return EXACT;
      const qs = stemsOf(p.lang, i);
      if (p.stems[k]!.some((s) => qs.includes(s))) return INFLECTED;
      if (typedStart(i) && w.startsWith(q)) return TYPED_START;
      return 0;
    };

    interface Found { phrase: Phrase; start: number; length: number; closeness: number }
    const found: Found[] = [];
    const seen = new Set<Phrase>();
    const tryPhrase = (p: Phrase, start: number) => {
      if (start + p.words.length > n) return;
      let sum = 0;
      for (let k = 0; k < p.words.length; k++) {
        const c = closeness(p, k, start + k);
        if (!c) return;
        sum += c;
      }
      found.push({ phrase: p, start, length: p.words.length, closeness: sum });
    };
    for (let i = 0; i < n; i++) {
      seen.clear();
      for (const lang of LANGS) {
        for (const s of stemsOf(lang, i)) for (const p of this.byFirstStem.get(lang)!.get(s) ?? []) {
          if (seen.has(p)) continue;
          seen.add(p);
          tryPhrase(p, i);
        }
      }
      // The word being typed: single words it is the start of.
      if (typedStart(i)) {
        const q = query[i]!;
        for (let j = lowerBound(this.singles, q); j < this.singles.length && this.singles[j]!.word.startsWith(q); j++) {
          const p = this.singles[j]!.phrase;
          if (!seen.has(p)) { seen.add(p); found.push({ phrase: p, start: i, length: 1, closeness: TYPED_START }); }
        }
      }
      // Two Hungarian words typed apart for one compound: "nép konyha" reads "népkonyha".
      if (i + 1 < n) {
        const joined = query[i]! + query[i + 1]!;
        for (const s of stemsIn('hu', joined)) for (const p of this.byFirstStem.get('hu')!.get(s) ?? []) {
          if (p.words.length !== 1) continue;
          found.push({ phrase: p, start: i, length: 2, closeness: p.words[0] === joined ? 2 * EXACT : 2 * INFLECTED });
        }
      }
    }

    // Longest first, then closest; a match is dropped when a longer or closer one holds every word it covers.
    found.sort((a, b) => b.length - a.length || b.closeness / b.length - a.closeness / a.length);
    const holder: Array<Found | undefined> = [];
    const spans: VocabularySpan[] = [];
    const kept = new Set<string>();
    for (const f of found) {
      let beaten = true;
      for (let p = f.start; p < f.start + f.length; p++) {
        const h = holder[p];
        if (!(h && (h.length > f.length || (h.length === f.length && h.closeness > f.closeness)))) { beaten = false; break; }
      }
      if (beaten) continue;
      for (let p = f.start; p < f.start + f.length; p++) holder[p] ??= f;
      const id = `${f.phrase.group}:${f.start}:${f.length}`;
      if (kept.has(id)) continue;
      kept.add(id);
      const g = this.groups[f.phrase.group]!;
      spans.push({ start: f.start, length: f.length, closeness: f.closeness, cats: g.cats, types: g.types, weight: g.weight });
    }
    const meaning = { spans, covered: Array.from({ length: n }, (_, i) => holder[i] !== undefined) };
    if (this.cache.size > 500) this.cache.clear();
    this.cache.set(key, meaning);
    return meaning;
  }
}

function lowerBound(sorted: ReadonlyArray<{ word: string }>, key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.word < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The category and service-type ids a query means through the vocabulary (for tests and the empty state). */
export function meaningIds(meaning: QueryMeaning): Set<string> {
  const ids = new Set<string>();
  for (const s of meaning.spans) for (const id of [...s.cats, ...s.types]) ids.add(id);
  return ids;
}
