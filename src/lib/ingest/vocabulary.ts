/**
 * The search vocabulary as data: flattened to one row per word for the search engine, and
 * checked against the taxonomies (ids exist, no word listed twice). The schema checks one group;
 * these checks need the whole file and the taxonomies.
 */
import { LANGS } from '../../locales';
import { KIND_LISTS, type KindList, type VocabularyEntry, type VocabularyFile, type VocabularyKind } from '../../schemas/vocabulary';
import { words } from '../search/text-normalise';
import { closest, problem, type ContentProblem } from './friendly-errors';
import { message } from './messages';
import type { Taxonomies } from './checks';

const LISTS = Object.keys(KIND_LISTS) as KindList[];

/**
 * The key under which search compares words: the words search reads (accents, capitals and
 * punctuation removed), joined by one space, so "Fără casă", "fara casa" and "fără-casă" are one.
 * @example vocabularyKey('N-am  bani') === 'n am bani'
 */
export function vocabularyKey(word: string): string {
  return words(word).join(' ');
}

/** One row per word and language, in file order. */
export function flattenVocabulary(file: VocabularyFile): VocabularyEntry[] {
  const out: VocabularyEntry[] = [];
  file.groups.forEach((g, group) => {
    for (const list of LISTS) {
      const byLang = g[list];
      if (!byLang) continue;
      for (const lang of LANGS) {
        for (const word of byLang[lang] ?? []) {
          out.push({
            word,
            lang,
            kind: KIND_LISTS[list],
            beneficiary_categories: g.beneficiary_categories ?? [],
            service_types: g.service_types ?? [],
            weight: g.weight ?? 1,
            group,
          });
        }
      }
    }
  });
  return out;
}

/** Kinds that may be shown to people (as suggestions, "did you mean", chips). */
export const DISPLAYABLE_KINDS: readonly VocabularyKind[] = ['synonym', 'colloquial', 'regional'];

/** True when the word may be shown on the site; misspellings and sensitive words never are. */
export function isDisplayable(entry: Pick<VocabularyEntry, 'kind'>): boolean {
  return DISPLAYABLE_KINDS.includes(entry.kind);
}

/** Where a word sits in the file, as a path for friendly errors: groups[3].misspellings.ro[2]. */
function pathOf(file: VocabularyFile, entry: VocabularyEntry): (string | number)[] {
  const g = file.groups[entry.group]!;
  for (const list of LISTS) {
    if (KIND_LISTS[list] !== entry.kind) continue;
    const index = g[list]?.[entry.lang]?.indexOf(entry.word) ?? -1;
    if (index >= 0) return ['groups', entry.group, list, entry.lang, index];
  }
  return ['groups', entry.group];
}

/**
 * Checks that every id exists in the taxonomies and that no word is listed twice in one
 * language (after removing accents and capitals, which search ignores).
 */
export function checkVocabulary(file: VocabularyFile, tax: Pick<Taxonomies, 'beneficiaryCategories' | 'serviceTypes'>, fileName: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known = {
    beneficiary_categories: { ids: tax.beneficiaryCategories.map((t) => t.id), key: 'vocabulary.unknown-category' as const },
    service_types: { ids: tax.serviceTypes.map((t) => t.id), key: 'vocabulary.unknown-service-type' as const },
  };
  file.groups.forEach((g, i) => {
    for (const field of ['beneficiary_categories', 'service_types'] as const) {
      const { ids, key } = known[field];
      const seen = new Set<string>();
      g[field]?.forEach((id, j) => {
        if (seen.has(id)) problems.push(problem(fileName, ['groups', i, field, j], 'vocabulary.id-twice', { id }));
        seen.add(id);
        if (ids.includes(id)) return;
        const guess = closest(id, ids);
        problems.push(problem(fileName, ['groups', i, field, j], key, { id, hint: guess ? message('check.did-you-mean', { guess }) : message('vocabulary.pick-listed') }));
      });
    }
  });

  const first = new Map<string, VocabularyEntry>();
  for (const entry of flattenVocabulary(file)) {
    if (vocabularyKey(entry.word) === '') {
      problems.push(problem(fileName, pathOf(file, entry), 'vocabulary.no-latin', { word: entry.word }));
      continue;
    }
    const key = `${entry.lang}\u0000${vocabularyKey(entry.word)}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, entry);
      continue;
    }
    const same = earlier.word === entry.word ? message('vocabulary.same-word', { word: entry.word }) : message('vocabulary.same-folded', { word: entry.word, earlier: earlier.word });
    const where = earlier.group === entry.group ? message('vocabulary.earlier-in-group') : message('vocabulary.in-group', { group: earlier.group, idea: file.groups[earlier.group]!.idea });
    problems.push(problem(fileName, pathOf(file, entry), 'vocabulary.word-twice', { same, lang: entry.lang, where }));
  }
  return problems;
}

/** Taxonomy ids without an everyday (displayable) word in a language: what the vocabulary still lacks. */
export function vocabularyGaps(entries: readonly VocabularyEntry[], tax: Pick<Taxonomies, 'beneficiaryCategories' | 'serviceTypes'>): Array<{ field: 'beneficiary_categories' | 'service_types'; id: string; lang: (typeof LANGS)[number] }> {
  const gaps: ReturnType<typeof vocabularyGaps> = [];
  const fields = [
    ['beneficiary_categories', tax.beneficiaryCategories],
    ['service_types', tax.serviceTypes],
  ] as const;
  for (const [field, terms] of fields) {
    for (const term of terms) {
      for (const lang of LANGS) {
        if (!entries.some((e) => e.lang === lang && isDisplayable(e) && e[field].includes(term.id))) gaps.push({ field, id: term.id, lang });
      }
    }
  }
  return gaps;
}
