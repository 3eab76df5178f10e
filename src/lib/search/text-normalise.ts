/**
 * Text folding for search: people type "batrani" for "bătrâni", "ş" (cedilla) for "ș" (comma),
 * and Hungarian without accents. Both the index and the query go through the same functions,
 * so a match never depends on how a word was typed.
 */

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
// bătrân / bătrâni / bătrânilor / bătrânii meet, not a linguistic stemmer.
const SUFFIXES = [
  'urilor', 'ilor', 'elor', 'ului', 'uri', 'iei', 'lor', 'ul', 'le', 'ii', 'ie', 'ei', 'ea', 'a', 'e', 'i', 'u',
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

/** Splits folded text into words of letters and digits. */
export function words(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/).filter(Boolean);
}
