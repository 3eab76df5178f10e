/**
 * UI strings and language-aware paths. Every visible interface string goes through `t()`.
 * Romanian is the default language and lives at the site root; others under /en/, /hu/.
 */
import ro from '../../i18n/ro.json';
import en from '../../i18n/en.json';
import hu from '../../i18n/hu.json';
import type { Lang, LocalizedText } from '../../schemas/common';

export { LANGS, type Lang } from '../../schemas/common';
export const DEFAULT_LANG: Lang = 'ro';

export const DICTIONARIES: Record<Lang, Record<string, string>> = { ro, en, hu };

/** BCP 47 tags for Intl and the html lang attribute. */
export const LOCALE: Record<Lang, string> = { ro: 'ro-RO', en: 'en-GB', hu: 'hu-HU' };

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * Returns a translator for one language. `{name}` placeholders are filled from params; a key
 * with `.one`/`.few`/`.other` variants is chosen by `params.count` through Intl.PluralRules.
 */
export function makeT(lang: Lang, dictionaries: Record<Lang, Record<string, string>> = DICTIONARIES): Translate {
  // Intl objects are slow to create and every component of every page asks for a translator:
  // with the site's own dictionaries, one translator per language serves the whole build.
  if (dictionaries === DICTIONARIES) return (translators[lang] ??= buildT(lang, dictionaries));
  return buildT(lang, dictionaries);
}

const translators: Partial<Record<Lang, Translate>> = {};
const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};
const dateFormats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};

function buildT(lang: Lang, dictionaries: Record<Lang, Record<string, string>>): Translate {
  const dict = dictionaries[lang];
  const plural = new Intl.PluralRules(LOCALE[lang]);
  const numbers = (numberFormats[lang] ??= new Intl.NumberFormat(LOCALE[lang]));
  return (key, params) => {
    let template = dict[key];
    if (template === undefined && params && typeof params.count === 'number') {
      template = dict[`${key}.${plural.select(params.count)}`] ?? dict[`${key}.other`];
    }
    if (template === undefined) {
      // Visible but not fatal: tests assert every key exists in every language.
      return key;
    }
    return template.replace(/\{(\w+)\}/g, (m, name: string) => {
      const v = params?.[name];
      if (v === undefined) return m;
      return typeof v === 'number' ? numbers.format(v) : v;
    });
  };
}

/** Picks the text for a language from content, falling back to Romanian. */
export function localize(text: LocalizedText | undefined, lang: Lang): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text[lang] ?? text.ro;
}

/** True when the text exists in the requested language (else the page marks the Romanian fallback). */
export function hasTranslation(text: LocalizedText | undefined, lang: Lang): boolean {
  if (text === undefined || lang === 'ro') return true;
  return typeof text !== 'string' && text[lang] !== undefined;
}

/** `/providers/x/` in a language: `/providers/x/` (ro), `/en/providers/x/`. */
export function localePath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === DEFAULT_LANG ? clean : `/${lang}${clean}`;
}

/** Formats an ISO date (YYYY-MM-DD) for people, without time-zone surprises. */
export function formatDate(iso: string, lang: Lang): string {
  const d = new Date(`${iso}T12:00:00Z`);
  const format = (dateFormats[lang] ??= new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }));
  return format.format(d);
}

/** getStaticPaths entries for the `[...lang]` route segment: root for Romanian, /en/, /hu/. */
export function langParams(): Array<{ params: { lang: string | undefined }; props: { lang: Lang } }> {
  return (['ro', 'en', 'hu'] as const).map((lang) => ({ params: { lang: lang === DEFAULT_LANG ? undefined : lang }, props: { lang } }));
}
