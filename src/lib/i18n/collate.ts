/**
 * Alphabetical order as each language's readers expect it: Hungarian sorts "cs", "gy", "sz"… as
 * letters of their own and "ö" after "o", Romanian "ș" after "s". A list shown on a /hu/ page is
 * sorted with the Hungarian rules, on a Romanian page with the Romanian ones.
 */
import { LOCALE, type Lang } from '../../locales';

const collators = new Map<Lang, Intl.Collator>();

/** The collator for a language (made once; case and accents matter only to break ties). */
export function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(LOCALE[lang], { sensitivity: 'base' })));
  return c;
}

/**
 * A copy of `items` in alphabetical order of `text(item)` for the language; equal texts keep their order.
 * @example sortedFor('hu', ['Szenvedélybetegek', 'Személyek', 'Családok'], (x) => x) // ['Családok', 'Személyek', 'Szenvedélybetegek']
 */
export function sortedFor<T>(lang: Lang, items: readonly T[], text: (item: T) => string): T[] {
  const c = collator(lang);
  return [...items].sort((a, b) => c.compare(text(a), text(b)));
}
