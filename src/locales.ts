/**
 * The interface languages and their locale data: the only list of languages in the code.
 * Import-free on purpose, so schemas, the build, pages, islands and the map's small first chunk can
 * all read it without pulling anything else in. Adding a language starts here (and with
 * src/i18n/<lang>.json; the compiler then names every other place that needs it).
 */

/** Interface languages, in the order the language switch lists them. */
export const LANGS = ['ro', 'en', 'hu'] as const;
export type Lang = (typeof LANGS)[number];

/** Romanian: the language of the content and of the site root (other languages live under /<lang>/). */
export const DEFAULT_LANG = 'ro' satisfies Lang;

/**
 * The languages whose pages live under a /<lang>/ prefix. (Marked pure: a bundler may then leave
 * this file out of a page whose scripts use none of it.)
 */
export const PREFIXED_LANGS = /* @__PURE__ */ LANGS.filter((l): l is Exclude<Lang, typeof DEFAULT_LANG> => l !== DEFAULT_LANG);

/** BCP 47 tags, for Intl (numbers, dates, plurals, language names) and for hreflang. */
export const LOCALE: Record<Lang, string> = { ro: 'ro-RO', en: 'en-GB', hu: 'hu-HU' };

/** Each language's name in English, for the descriptions of the content schema (which editors read in English). */
export const ENGLISH_NAME: Record<Lang, string> = { ro: 'Romanian', en: 'English', hu: 'Hungarian' };

/**
 * How each language groups the digits of whole numbers (CLDR data, as Intl.NumberFormat does it):
 * the separator, and how many digits the highest group needs before grouping starts. Lets the map
 * label its clusters before the first Intl.NumberFormat has loaded its locale data
 * (see formatNumber in src/lib/i18n/translator.ts; the unit tests compare it with Intl).
 */
export const NUMBER_GROUPING: Record<Lang, { separator: string; minimumGroupingDigits: number }> = {
  ro: { separator: '.', minimumGroupingDigits: 1 },
  en: { separator: ',', minimumGroupingDigits: 1 },
  hu: { separator: '\u00a0', minimumGroupingDigits: 2 },
};
