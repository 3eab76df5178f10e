/**
 * The UI strings of every language (src/i18n/<lang>.json), for the build. Pages translate with
 * `makeT(lang)`; an island gets only the strings it needs, picked here with `pickStrings`, and
 * translates them with the same `translator` (./translator.ts), so it does not bundle every catalogue.
 */
import ro from '../../i18n/ro.json';
import en from '../../i18n/en.json';
import hu from '../../i18n/hu.json';
import type { Lang } from '../../locales';
import { pickFrom, translator, type KeysWithPrefix, type Strings, type Translate } from './translator';

/** Typed against the Romanian catalogue: a key missing from another language does not compile. */
export const CATALOGUES: Record<Lang, Strings> = { ro, en, hu };

// Every component of every page asks for a translator: one per language serves the whole build.
const translators = new Map<Lang, Translate>();

/** The translator over a whole catalogue, for pages and build-time presenters. */
export function makeT(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = translator(CATALOGUES[lang], lang)));
  return t;
}

/**
 * The strings an island needs, in one language: every key that starts with one of the prefixes
 * (a whole key counts as its own prefix, and takes its plural forms along). The island's props are
 * typed by the same prefixes, so it cannot ask for a string its page did not pick.
 * @example pickStrings('hu', ['map.', 'hours.']) // { 'map.label': '…', 'hours.openNow': '…', … }
 */
export function pickStrings<P extends string>(lang: Lang, prefixes: readonly P[]): Strings<KeysWithPrefix<P>> {
  // Every provider page picks the same few sets: each is made once per language.
  const key = `${lang}\0${prefixes.join('\0')}`;
  let picked = picks.get(key);
  if (!picked) picks.set(key, (picked = pickFrom(CATALOGUES[lang], prefixes)));
  return picked as Strings<KeysWithPrefix<P>>;
}
const picks = new Map<string, Strings<never>>();
