/**
 * The search vocabulary (content/taxonomy/search-vocabulary.yaml): the words people type, in
 * Romanian, Hungarian and English, grouped by idea, each group pointing at beneficiary
 * categories and/or service types. Written for the person who adds a word by pull request:
 * every word is plain text in a list, and the list it sits in says what kind of word it is.
 */
import { z } from 'zod';
import { LANGS } from '../locales';
import { msg } from '../lib/ingest/messages';

/** Which list a word came from; the engine ranks and displays by it. */
export const VOCABULARY_KINDS = ['synonym', 'colloquial', 'regional', 'misspelling', 'sensitive'] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

/** The group's list that holds each kind of word (`words` holds the ordinary ones). */
export const KIND_LISTS = {
  words: 'synonym',
  colloquial: 'colloquial',
  regional: 'regional',
  misspellings: 'misspelling',
  sensitive: 'sensitive',
} as const satisfies Record<string, VocabularyKind>;
export type KindList = keyof typeof KIND_LISTS;

const MAX_WORDS_IN_PHRASE = 5;

const word = z
  .string({ error: msg('vocabulary.word-type') })
  .trim()
  .min(1, { error: msg('vocabulary.word-empty') })
  .max(60, { error: msg('vocabulary.word-long') })
  .refine((s) => !/[,;]/.test(s), { error: msg('vocabulary.word-separator') })
  .refine((s) => !/[<>{}[\]"\\|=*#]/.test(s), { error: msg('vocabulary.word-character') })
  .refine((s) => /\p{L}|\p{N}/u.test(s), { error: msg('vocabulary.word-no-letters') })
  .refine((s) => s.split(/\s+/).length <= MAX_WORDS_IN_PHRASE, { error: msg('vocabulary.word-too-many', { max: MAX_WORDS_IN_PHRASE }) })
  .meta({ description: 'A word or short phrase exactly as people type it. Capitals and accents do not matter to the search.', examples: ['masă caldă'] });

const wordList = (lang: string, example: string[]) =>
  z.array(word).min(1, { error: msg('vocabulary.list-empty') }).meta({ description: `Words in ${lang}.`, examples: [example] });

/** Words per language; every language is optional, at least one word overall is checked on the group. */
const perLanguage = (description: string, examples: { ro: string[]; hu: string[]; en: string[] }) =>
  z
    .strictObject({
      ro: wordList('Romanian', examples.ro).optional(),
      hu: wordList('Hungarian', examples.hu).optional(),
      en: wordList('English', examples.en).optional(),
    } satisfies Record<(typeof LANGS)[number], unknown>)
    .meta({ description: `${description} One list per language: ro (Romanian), hu (Hungarian), en (English).`, examples: [examples] });

const ID_MESSAGES = {
  'beneficiary-categories': { type: 'vocabulary.category-id-type', format: 'vocabulary.category-id-format' },
  'service-types': { type: 'vocabulary.service-type-id-type', format: 'vocabulary.service-type-id-format' },
} as const;

const id = (what: keyof typeof ID_MESSAGES, example: string) =>
  z
    .string({ error: msg(ID_MESSAGES[what].type, { example }) })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: msg(ID_MESSAGES[what].format, { example }) })
    .meta({ description: `An id from content/taxonomy/${what}.yaml.`, examples: [example] });

export const vocabularyGroupSchema = z
  .strictObject({
    idea: z
      .string({ error: msg('vocabulary.idea-type') })
      .trim()
      .min(3, { error: msg('vocabulary.idea-short') })
      .meta({ description: 'What the words of this group mean, in a few plain words, for the people who edit this file. Not shown on the site.', examples: ['Old people'] }),
    beneficiary_categories: z
      .array(id('beneficiary-categories', 'elderly'))
      .min(1, { error: msg('vocabulary.categories-empty') })
      .optional()
      .meta({ description: 'Who the words point to: ids from content/taxonomy/beneficiary-categories.yaml.', examples: [['elderly']] }),
    service_types: z
      .array(id('service-types', 'food-aid'))
      .min(1, { error: msg('vocabulary.types-empty') })
      .optional()
      .meta({ description: 'What kind of help the words point to: ids from content/taxonomy/service-types.yaml.', examples: [['food-aid']] }),
    weight: z
      .number({ error: msg('vocabulary.weight-type') })
      .min(0.1, { error: msg('vocabulary.weight-min') })
      .max(1, { error: msg('vocabulary.weight-max') })
      .optional()
      .meta({ description: 'How surely these words mean the ids: 1 (the default) when they surely do, lower (like 0.5) for a loose association that should rank below the sure ones.', examples: [0.5] }),
    note: z
      .string()
      .trim()
      .min(1, { error: msg('vocabulary.note-empty') })
      .optional()
      .meta({ description: 'Why a word is here or is marked sensitive, for reviewers. Not shown on the site.', examples: ['"azil" means both an old people\'s home and asylum.'] }),
    words: perLanguage('Everyday words and synonyms; these may be shown as suggestions.', { ro: ['bătrâni', 'vârstnici'], hu: ['idősek', 'nyugdíjasok'], en: ['elderly', 'old people'] }).optional(),
    colloquial: perLanguage('Informal words people use in speech; shown as suggestions.', { ro: ['bătrânei'], hu: ['öregek'], en: ['oldies'] }).optional(),
    regional: perLanguage('Words used in one region (Transylvania, Moldova...) or one variety (American English); shown as suggestions.', { ro: ['pită'], hu: ['alokáció'], en: ['center'] }).optional(),
    misspellings: perLanguage('Common misspellings and old spellings (with î instead of â). Search understands them; they are never suggested. Accents left out need no entry: search ignores accents.', { ro: ['bătrîni'], hu: ['pszihológus'], en: ['eldery'] }).optional(),
    sensitive: perLanguage('Slurs and hurtful words that people still type. Search understands them; they are never shown anywhere on the site.', { ro: ['boschetari'], hu: ['csöves'], en: ['bum'] }).optional(),
  })
  .refine((g) => (g.beneficiary_categories?.length ?? 0) + (g.service_types?.length ?? 0) > 0, {
    error: msg('vocabulary.group-no-ids'),
  })
  .refine((g) => (Object.keys(KIND_LISTS) as KindList[]).some((k) => g[k] !== undefined), {
    error: msg('vocabulary.group-no-words'),
  })
  .meta({ description: 'One idea: the words people type for it, per language, and the categories and service types they mean.' });
export type VocabularyGroup = z.infer<typeof vocabularyGroupSchema>;

export const vocabularyFileSchema = z
  .strictObject({
    groups: z.array(vocabularyGroupSchema).min(1, { error: msg('vocabulary.groups-empty') })
      .meta({ description: 'The groups of words, one per idea.' }),
  })
  .meta({ description: 'The search vocabulary: the words people type, mapped to beneficiary categories and service types.' });
export type VocabularyFile = z.infer<typeof vocabularyFileSchema>;

/**
 * One word as the search engine consumes it: the vocabulary flattened, a row per word and language
 * (the `vocabulary` content collection holds these, already checked against the file's schema).
 */
export const vocabularyEntrySchema = z.strictObject({
  /** As written in the file (trimmed). */
  word: z.string(),
  lang: z.enum(LANGS),
  kind: z.enum(VOCABULARY_KINDS),
  beneficiary_categories: z.array(z.string()),
  service_types: z.array(z.string()),
  weight: z.number(),
  /** Index of the group in the file, for messages. */
  group: z.number().int().min(0),
});
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;
