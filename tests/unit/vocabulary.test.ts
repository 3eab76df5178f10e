/**
 * The search vocabulary (content/taxonomy/search-vocabulary.yaml) through the real schema and
 * checks, and the query set (tests/search-queries.yaml) against it.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGS } from '../../src/locales';
import { vocabularyFileSchema, type VocabularyEntry } from '../../src/schemas/vocabulary';
import { parseContentFile, locateProblems } from '../../src/lib/ingest/parse';
import { formatProblem } from '../../src/lib/ingest/friendly-errors';
import { checkVocabulary, flattenVocabulary, isDisplayable, vocabularyGaps, vocabularyKey } from '../../src/lib/ingest/vocabulary';
import { words } from '../../src/lib/search/text-normalise';
import { loadContent, VOCABULARY_FILE } from '../../src/build/content-files';
import { loadSearchQueries } from '../search-queries';
import { realContent, TODAY } from './helpers';

const FILE = `content/${VOCABULARY_FILE}`;
const text = readFileSync(FILE, 'utf8');
const parsed = parseContentFile(text, FILE, vocabularyFileSchema);
const entries = realContent.vocabulary;
const { beneficiaryCategories, serviceTypes } = realContent.taxonomies;

/** Validates a vocabulary text as `npm run validate` does; returns the formatted problems. */
function problemsOf(yaml: string): string[] {
  const result = parseContentFile(yaml, 'v.yaml', vocabularyFileSchema);
  if (!result.data) return result.problems.map(formatProblem);
  return locateProblems(yaml, checkVocabulary(result.data, realContent.taxonomies, 'v.yaml')).map(formatProblem);
}

/**
 * A reference reading of a query, standing in for the engine until it runs the query set: words
 * compared without accents; a vocabulary word matches a query word that equals it or extends it by
 * an ending (at most 7 letters, for words of 4 letters or more); phrases match consecutive words;
 * a longer phrase, then a whole word, wins over what it covers. Returns the ids the query means.
 */
function referenceMeaning(query: string, vocabulary: readonly VocabularyEntry[]): Set<string> {
  const q = words(query);
  interface Match { entry: VocabularyEntry; start: number; length: number; exact: number }
  const matches: Match[] = [];
  for (const entry of vocabulary) {
    const phrase = words(entry.word);
    for (let start = 0; start + phrase.length <= q.length; start++) {
      let exact = 0;
      const fits = phrase.every((w, i) => {
        const typed = q[start + i]!;
        if (typed === w) return ++exact > 0;
        return w.length >= 4 && typed.startsWith(w) && typed.length - w.length <= 7;
      });
      if (fits) matches.push({ entry, start, length: phrase.length, exact });
    }
  }
  matches.sort((a, b) => b.length - a.length || b.exact - a.exact);
  const holder: (Match | undefined)[] = [];
  const ids = new Set<string>();
  for (const m of matches) {
    const positions = Array.from({ length: m.length }, (_, i) => m.start + i);
    const beaten = positions.every((p) => {
      const h = holder[p];
      return h !== undefined && (h.length > m.length || (h.length === m.length && h.exact > m.exact));
    });
    if (beaten) continue;
    for (const p of positions) holder[p] ??= m;
    for (const id of [...m.entry.beneficiary_categories, ...m.entry.service_types]) ids.add(id);
  }
  return ids;
}

describe('search vocabulary: the real file', () => {
  it('passes the schema and the checks that npm run validate runs', () => {
    expect(parsed.problems.map(formatProblem)).toEqual([]);
    expect(checkVocabulary(parsed.data!, realContent.taxonomies, FILE).map(formatProblem)).toEqual([]);
    expect(realContent.problems.filter((p) => p.file.endsWith('search-vocabulary.yaml')).map(formatProblem)).toEqual([]);
  });

  it('is broad: at least 300 words, and at least 100 in each of Romanian, Hungarian and English', () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    for (const lang of LANGS) expect(entries.filter((e) => e.lang === lang).length, lang).toBeGreaterThanOrEqual(100);
  });

  it('uses only ids that exist in the taxonomies', () => {
    const cats = new Set(beneficiaryCategories.map((t) => t.id));
    const types = new Set(serviceTypes.map((t) => t.id));
    for (const e of entries) {
      for (const id of e.beneficiary_categories) expect(cats, `${e.word}: ${id}`).toContain(id);
      for (const id of e.service_types) expect(types, `${e.word}: ${id}`).toContain(id);
    }
  });

  it('lists no word twice in one language, even written with and without accents', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const e of entries) {
      const key = `${e.lang}:${vocabularyKey(e.word)}`;
      if (seen.has(key)) twice.push(`${e.word} / ${seen.get(key)}`);
      seen.set(key, e.word);
    }
    expect(twice).toEqual([]);
  });

  // Search matches a word in every language (people type Hungarian on a Romanian page), so a word
  // spelt alike in two languages must mean the same in both, or be listed here with the reason.
  const FALSE_FRIENDS: Record<string, string> = {};
  it('gives a word spelt alike in two languages the same meaning in both', () => {
    const meaning = new Map<string, { sig: string; where: string }>();
    const conflicts: string[] = [];
    for (const e of entries) {
      const key = vocabularyKey(e.word);
      const sig = `${[...e.beneficiary_categories].sort().join(',')}|${[...e.service_types].sort().join(',')}`;
      const first = meaning.get(key);
      if (!first) meaning.set(key, { sig, where: `${e.lang}:${e.word}` });
      else if (first.sig !== sig && !(key in FALSE_FRIENDS)) conflicts.push(`${first.where} (${first.sig}) vs ${e.lang}:${e.word} (${sig})`);
    }
    expect(conflicts).toEqual([]);
  });

  // Every category and service type must be findable in people's words in each language; an id
  // that truly has no everyday word goes here with the reason.
  const NO_EVERYDAY_WORD: Record<string, string> = {};
  it('has an everyday word (not a misspelling or a slur) for every category and service type in ro, hu and en', () => {
    const gaps = vocabularyGaps(entries, realContent.taxonomies).filter((g) => !(`${g.id}:${g.lang}` in NO_EVERYDAY_WORD));
    expect(gaps).toEqual([]);
  });

  it('never marks a misspelling or a sensitive word as displayable', () => {
    const shown = entries.filter(isDisplayable);
    expect(shown.some((e) => e.kind === 'sensitive' || e.kind === 'misspelling')).toBe(false);
    expect(entries.find((e) => e.word === 'boschetari')).toMatchObject({ kind: 'sensitive' });
    expect(isDisplayable(entries.find((e) => e.word === 'boschetari')!)).toBe(false);
    expect(isDisplayable(entries.find((e) => e.word === 'bătrâni')!)).toBe(true);
    expect(entries.filter((e) => e.kind === 'sensitive').map((e) => e.lang)).toEqual(expect.arrayContaining(['ro', 'hu', 'en']));
  });

  it('carries the group weight and defaults it to 1', () => {
    expect(entries.find((e) => e.word === 'pensie')?.weight).toBe(0.6);
    expect(entries.find((e) => e.word === 'bătrâni')?.weight).toBe(1);
  });

  it('gives the words of the issue their meaning', () => {
    const ids = (w: string) => { const e = entries.find((x) => x.word === w); return e ? [...e.beneficiary_categories, ...e.service_types] : []; };
    expect(ids('bătrâni')).toContain('elderly');
    expect(ids('masă caldă')).toContain('food-aid');
    expect(ids('mâncare')).toContain('food-aid');
    expect(ids('cantină')).toContain('food-aid');
  });
});

describe('search vocabulary: friendly errors for the common mistakes', () => {
  const group = (body: string) => `groups:\n  - idea: Test group\n${body}`;

  it('names an unknown id and suggests the closest one', () => {
    expect(problemsOf(group('    beneficiary_categories: [elderley]\n    words:\n      ro: [bătrâni noi]\n'))).toEqual([
      "v.yaml:3:30 groups[0].beneficiary_categories[0]: 'elderley' is not a known id in content/taxonomy/beneficiary-categories.yaml; did you mean 'elderly'?",
    ]);
    expect(problemsOf(group('    service_types: [cantina]\n    words:\n      ro: [ciorbă caldă]\n'))[0]).toMatch(/'cantina' is not a known id in content\/taxonomy\/service-types\.yaml; pick one of the ids listed there$/);
  });

  it('finds a word listed twice, with and without accents, and says where the first one is', () => {
    const yaml = 'groups:\n  - idea: Old people\n    beneficiary_categories: [elderly]\n    words:\n      ro: [bătrâni]\n  - idea: Food\n    service_types: [food-aid]\n    misspellings:\n      ro: [batrani]\n';
    expect(problemsOf(yaml)).toEqual([
      "v.yaml:9:12 groups[1].misspellings.ro[0]: 'batrani' (the same as 'bătrâni' once accents and capitals are ignored, as search does) is already listed in ro in groups[0] ('Old people'); a word belongs to one group: remove it here, or add the ids it should also mean to that group",
    ]);
  });

  it('allows the same word in two languages', () => {
    expect(problemsOf(group('    beneficiary_categories: [terminally-ill]\n    words:\n      ro: [hospice]\n      en: [hospice]\n'))).toEqual([]);
  });

  it('explains a comma inside a word', () => {
    expect(problemsOf(group("    beneficiary_categories: [elderly]\n    words:\n      ro: ['bătrâni, vârstnici']\n"))).toEqual([
      'v.yaml:5:12 groups[0].words.ro[0]: contains a comma or semicolon; put each word on its own line of the list, like [bătrâni, vârstnici]',
    ]);
  });

  it('suggests the right list name and language code', () => {
    expect(problemsOf(group('    beneficiary_categories: [elderly]\n    mispellings:\n      ro: [batrini]\n'))[0]).toMatch(
      /groups\[0\]\.mispellings: is not a field this schema knows; did you mean 'misspellings'\?$/,
    );
    expect(problemsOf(group('    beneficiary_categories: [elderly]\n    words:\n      eng: [seniors]\n'))[0]).toMatch(/groups\[0\]\.words\.eng: is not a field this schema knows; did you mean 'en'\?$/);
  });

  it('asks for quotes around a number', () => {
    expect(problemsOf(group('    beneficiary_categories: [everyone]\n    words:\n      ro: [112]\n'))[0]).toMatch(/groups\[0\]\.words\.ro\[0\]: must be a word or short phrase in quotes/);
  });

  it('refuses a group that leads nowhere or has no words', () => {
    expect(problemsOf(group('    words:\n      ro: [ceva]\n'))[0]).toMatch(/groups\[0\]: names no beneficiary_categories and no service_types; add at least one/);
    expect(problemsOf(group('    service_types: [food-aid]\n'))[0]).toMatch(/groups\[0\]: has no words; add a list such as words:/);
  });

  it('refuses a sentence and a word search cannot read', () => {
    expect(problemsOf(group('    service_types: [food-aid]\n    words:\n      ro: [unde pot să primesc o masă caldă]\n'))[0]).toMatch(/has more than 5 words/);
    expect(problemsOf(group('    beneficiary_categories: [migrants]\n    words:\n      en: [біженці]\n'))[0]).toMatch(/'біженці' has no letters that search can read/);
  });

  it('stops npm run validate and the build when the vocabulary is wrong or missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocabulary-'));
    cpSync('content/taxonomy', join(dir, 'taxonomy'), { recursive: true });
    mkdirSync(join(dir, 'providers'));
    writeFileSync(join(dir, VOCABULARY_FILE), group('    beneficiary_categories: [elderley]\n    words:\n      ro: [bătrâni]\n'));
    const broken = loadContent(dir, TODAY);
    expect(broken.problems.map(formatProblem)).toEqual([expect.stringMatching(/search-vocabulary\.yaml:3:30 groups\[0\]\.beneficiary_categories\[0\]: 'elderley' is not a known id/)]);
    cpSync(FILE, join(dir, VOCABULARY_FILE));
    expect(loadContent(dir, TODAY).problems).toEqual([]);
    expect(loadContent(dir, TODAY).vocabulary.length).toBe(entries.length);
    writeFileSync(join(dir, VOCABULARY_FILE), '');
    expect(loadContent(dir, TODAY).problems.map(formatProblem)[0]).toMatch(/search-vocabulary\.yaml .*empty/);
  });

  it('flattens a group to one row per word and language, with its kind', () => {
    const file = vocabularyFileSchema.parse({ groups: [{ idea: 'Food', service_types: ['food-aid'], weight: 0.5, words: { ro: ['mâncare'], hu: ['étel'] }, sensitive: { en: ['grub'] } }] });
    expect(flattenVocabulary(file)).toEqual([
      { word: 'mâncare', lang: 'ro', kind: 'synonym', beneficiary_categories: [], service_types: ['food-aid'], weight: 0.5, group: 0 },
      { word: 'étel', lang: 'hu', kind: 'synonym', beneficiary_categories: [], service_types: ['food-aid'], weight: 0.5, group: 0 },
      { word: 'grub', lang: 'en', kind: 'sensitive', beneficiary_categories: [], service_types: ['food-aid'], weight: 0.5, group: 0 },
    ]);
  });
});

describe('query set (tests/search-queries.yaml)', () => {
  const set = loadSearchQueries();
  const expecting = set.queries.filter((q) => q.expect !== undefined && q.must_not === undefined);
  const mustNot = set.queries.filter((q) => q.must_not !== undefined);
  const allIds = new Set([...beneficiaryCategories, ...serviceTypes].map((t) => t.id));

  it('has at least 30 queries per language, 90 in all, and 10 must-not cases', () => {
    for (const lang of LANGS) expect(expecting.filter((q) => q.lang === lang).length, lang).toBeGreaterThanOrEqual(30);
    expect(expecting.length).toBeGreaterThanOrEqual(90);
    expect(mustNot.length).toBeGreaterThanOrEqual(10);
  });

  it('includes the queries of the issue', () => {
    const qs = set.queries.map((q) => q.q);
    for (const q of ['bătrâni', 'masă caldă', 'mâncare', 'cantina']) expect(qs).toContain(q);
  });

  it('names only ids that exist, and categories and service types never share an id', () => {
    for (const q of set.queries) for (const id of [q.expect, q.must_not]) if (id) expect(allIds, `${q.q}: ${id}`).toContain(id);
    expect(beneficiaryCategories.filter((c) => serviceTypes.some((t) => t.id === c.id))).toEqual([]);
  });

  // The reference reading scans the whole vocabulary for each of the 230 queries: about 2 s alone,
  // over 5 s beside the rest of the suite on a busy 2-core machine. Not a speed test, so more time.
  it('can be answered from the vocabulary: every query means its expected id and not its must_not id', { timeout: 30_000 }, () => {
    const wrong: string[] = [];
    for (const q of set.queries) {
      const meaning = referenceMeaning(q.q, entries);
      if (q.expect && !meaning.has(q.expect)) wrong.push(`'${q.q}' does not mean ${q.expect} (means: ${[...meaning].join(', ') || 'nothing'})`);
      if (q.must_not && meaning.has(q.must_not)) wrong.push(`'${q.q}' must not mean ${q.must_not} (means: ${[...meaning].join(', ')})`);
    }
    expect(wrong).toEqual([]);
  });

  it('reference reading: longer phrases and whole words win, endings are allowed', () => {
    expect([...referenceMeaning('pensie alimentară', entries)].sort()).toEqual(['children-and-families', 'legal-advice']);
    expect(referenceMeaning('pensie', entries).has('elderly')).toBe(true);
    expect(referenceMeaning('hajléktalanoknak', entries).has('homeless')).toBe(true);
    expect(referenceMeaning('drugs', entries).has('addiction-services')).toBe(true);
    expect(referenceMeaning('drugstore', entries).has('addiction-services')).toBe(false);
    expect(referenceMeaning('nimic de găsit aici', entries).size).toBe(0);
  });
});
