/**
 * Text folding and word endings for search: people type "batrani" for "bătrâni", "ş" (cedilla) for
 * "ș" (comma), Hungarian without accents, and words with their endings ("bătrânilor",
 * "hajléktalanoknak"). The index, the query and the search vocabulary go through the same
 * functions, so a match never depends on how a word was typed.
 */
import type { Lang } from '../../locales';

/**
 * Lower-cases and removes diacritics: ș/ş → s, ț/ţ → t, ă/â → a, î → i, and Hungarian
 * á é í ó ö ő ú ü ű → a e i o o o u u u.
 * @example fold('Bătrânilor Şi Ţărani') === 'batranilor si tarani'
 */
export function fold(text: string): string {
  // NFD splits a letter from its accents (including the cedilla and comma below of ş/ș, ţ/ț,
  // and the double acute of ő/ű); removing the combining marks leaves the base letter.
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

// Romanian inflection endings, longest first. Cheap and deliberately conservative: enough to make
// bătrân / bătrâni / bătrânilor / bătrânii and familie / familiilor meet, not a linguistic stemmer.
const SUFFIXES = [
  'urilor', 'iilor', 'ilor', 'elor', 'ului', 'iile', 'uri', 'iei', 'lor', 'ul', 'le', 'ii', 'ie', 'ei', 'ea', 'a', 'e', 'i', 'u',
];
const MIN_STEM = 4;

/**
 * Removes one common Romanian ending from a folded word, keeping at least four letters.
 * @example stem('batranilor') === 'batran'; stem('copiii') === 'copi'; stem('copil') === 'copil'
 */
export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

// Hungarian endings (accents folded: -ből is -bol, -höz -hoz, -ük -uk), in the order they stack on
// a noun: stem + plural or possessive (+ possessive plural) + one case ending. Each layer strips at
// most one ending, and every way of stripping is kept, since folding makes some endings ambiguous
// ("romak" is roma + k, "hajlektalanok" is hajlektalan + ok).
const HU_CASE = [
  'kent', 'nak', 'nek', 'ban', 'ben', 'bol', 'hoz', 'hez', 'nal', 'nel', 'tol', 'rol', 'ert', 'val', 'vel',
  'ra', 're', 'ba', 'be', 'va', 've', 'on', 'en', 'ot', 'et', 'at', 'ig', 't', 'n',
];
const HU_PERSON = ['aink', 'eink', 'aim', 'eim', 'juk', 'unk', 'ink', 'ja', 'je', 'om', 'em', 'am', 'uk', 'ok', 'ek', 'ak', 'ai', 'ei', 'im', 'a', 'e', 'i', 'm', 'k'];
// "hajléktalan", "otthontalan", "fedél nélküli"... -talan/-telen ("without") makes a new word:
// stripping it would turn "homeless" into "home".
const HU_KEEP = /(talan|telen)$/;
const HU_MIN_STEM = 3;
const VOWELS = /[aeiou]$/;

function huStrip(word: string, suffixes: readonly string[], out: Set<string>): void {
  if (HU_KEEP.test(word)) return;
  for (const s of suffixes) {
    if (!word.endsWith(s) || word.length - s.length < HU_MIN_STEM) continue;
    // A lone -n or -t follows a vowel (utcá-n, szállás-t is the exception kept by -t below).
    if (s === 'n' && !VOWELS.test(word.slice(0, -1))) continue;
    out.add(word.slice(0, -s.length));
  }
  // -val/-vel takes the last consonant of the word: kerekesszék-kel, orvos-sal.
  const m = /([bcdfghjklmnpqrstvwxz])\1(al|el)$/.exec(word);
  if (m && word.length - 3 >= HU_MIN_STEM) out.add(word.slice(0, -3));
}

/**
 * The possible stems of a folded Hungarian word, the word itself included; "ly" is read as "j"
 * (people write "segéj" for "segély").
 * @example huStems('hajlektalanoknak') includes 'hajlektalan'; huStems('otthoni') includes 'otthon' but never 'otth'
 */
export function huStems(word: string): string[] {
  const w = word.replace(/ly/g, 'j');
  const cased = new Set([w]);
  huStrip(w, HU_CASE, cased);
  const out = new Set(cased);
  for (const c of cased) huStrip(c, HU_PERSON, out);
  return [...out];
}

/**
 * The possible stems of a folded English word: plural and possessive endings.
 * @example enStems('refugees') includes 'refugee'; enStems('drugstore') is ['drugstore']
 */
export function enStems(word: string): string[] {
  const out = new Set([word]);
  if (word.length > 4 && word.endsWith('ies')) out.add(`${word.slice(0, -3)}y`);
  if (word.length > 4 && /(s|x|z|ch|sh)es$/.test(word)) out.add(word.slice(0, -2));
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) out.add(word.slice(0, -1));
  return [...out];
}

/** The possible stems of a folded word read as a word of `lang`, the word itself first. */
export function stemsIn(lang: Lang, word: string): string[] {
  if (lang === 'hu') return huStems(word);
  if (lang === 'en') return enStems(word);
  const s = stem(word);
  return s === word ? [word] : [word, s];
}

/**
 * Words that carry no meaning of their own in a search ("where", "and", "for"): they never need
 * to match the text and never trigger typo tolerance. Folded.
 */
const STOPWORDS = new Set([
  // Hungarian
  'a', 'az', 'egy', 'es', 'nem', 'van', 'vagyok', 'kell', 'hol', 'hova',
  // Romanian
  'de', 'la', 'cu', 'in', 'pe', 'si', 'sa', 'din', 'pentru', 'un', 'o', 'al', 'ale', 'unde', 'ce', 'care', 'mi', 'ma', 'e', 'imi', 'am', 'nu', 'sunt', 'este', 'meu', 'mea', 'mei', 'mele',
  // English
  'the', 'an', 'for', 'of', 'to', 'on', 'and', 'my', 'i', 'me', 'is', 'with', 'at', 'where', 'need', 'help',
]);

/** True for a folded word that carries no meaning of its own (see STOPWORDS). */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Splits folded text into words of letters and digits. */
export function words(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/).filter(Boolean);
}
