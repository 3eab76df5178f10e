/** Content text in the reader's language: what a provider file wrote, with Romanian as the fallback. */
import type { LocalizedText } from '../../schemas/common';
import { DEFAULT_LANG, type Lang } from '../../locales';

/** Picks the text for a language from content, falling back to Romanian. */
export function localize(text: LocalizedText | undefined, lang: Lang): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text[lang] ?? text[DEFAULT_LANG];
}

/** True when the text exists in the requested language (else the page marks the Romanian fallback). */
export function hasTranslation(text: LocalizedText | undefined, lang: Lang): boolean {
  if (text === undefined || lang === DEFAULT_LANG) return true;
  return typeof text !== 'string' && text[lang] !== undefined;
}
